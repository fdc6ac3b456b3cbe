// The screenshot list of issue #17 (test/README.md): one canonical reading (the first option at every
// choice: leap the desk, walk past him, smile), photographed at the moments readers share, each at
// three window sizes, into test-results/screenshots/ for a person to look at.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useGame } from './support/harness.ts';
import { DESIGN } from '../../src/presentation/layout.ts';
import { CLOSEUP } from '../../src/presentation/stagingLayout.ts';
import { STALL_MS } from './support/player.ts';

const game = useGame();
const OUT = 'test-results/screenshots';

/** Desktop, a small window, a phone held landscape. */
const VIEWPORTS = [
  { name: '1280x720', width: 1280, height: 720 },
  { name: '640x360', width: 640, height: 360 },
  { name: '844x390', width: 844, height: 390 },
] as const;

/** The moments photographed: a name, and the start of the line (or the choice) on screen then. */
const SHOTS = [
  { name: 'ch1-desk-choice-highlighted', choice: 'Leap the desk' },
  { name: 'ch1-desk-leap', line: 'He did not remember deciding.' },
  { name: 'ch1-desk-embrace', line: "Kakashi's arms came round his back" },
  { name: 'ch7-kitchen-doorway', line: 'Kakashi was standing in the doorway.' },
  { name: 'ch7-kitchen-walk-past', line: 'Then he picked up the glass and walked past him' },
  { name: 'ch7-kitchen-hall', line: 'Three steps into the hall' },
  { name: 'ch7-kitchen-wrist', line: 'Fingers closed round his wrist.' },
  { name: 'ch7-kitchen-after-wrist', line: 'Not hard. The hand was warm' },
  { name: 'ch7-kitchen-are-you', line: 'Are you?' },
  { name: 'ch7-kitchen-over-shoulder', line: 'He looked back over his shoulder.' },
  { name: 'ch7-kitchen-smile', line: 'And smiled.' },
  { name: 'ending-card', ending: true },
] as const;

/** Staging (walks, turns, fades) is over within about a second of a line appearing. */
const SETTLE_MS = 1400;

const live = (page: Page) => page.evaluate(() => document.getElementById('live')!.textContent ?? '');

/** Photographs the screen as it is now at every viewport, then goes back to the first. */
async function photograph(page: Page, name: string): Promise<void> {
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    // The canvas follows the window on the next frames; give them time to be drawn.
    await page.waitForTimeout(viewport === VIEWPORTS[0] ? SETTLE_MS : 500);
    await page.screenshot({ path: `${OUT}/${name}-${viewport.name}.png` });
  }
  await page.setViewportSize(VIEWPORTS[0]);
  await page.waitForTimeout(300);
}

/**
 * What the stage says of the close-up (`#game`'s data-closeup) and whether its frame is seen: the amber
 * rule along the top of the inset's place at the left (where the kitchen and the desk leave room),
 * read from the screen's pixels at 1280x720.
 */
async function inset(page: Page): Promise<{ closeup: string; framed: boolean }> {
  const closeup = await page.evaluate(() => document.getElementById('game')!.dataset.closeup ?? '');
  const scale = 1280 / DESIGN.width;
  const top = Math.round((CLOSEUP.y - CLOSEUP.frame) * scale);
  const clip = {
    x: Math.round(CLOSEUP.x.left * scale),
    y: top - 2,
    width: Math.round(CLOSEUP.width * scale),
    height: 5,
  };
  const png = (await page.screenshot({ clip })).toString('base64');
  const amberShare = await page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { data: px, width, height } = context.getImageData(0, 0, image.width, image.height);
    // The best row: the rule is 2 px at this size, wherever it lands in the 5-row strip.
    let best = 0;
    for (let y = 0; y < height; y++) {
      let amber = 0;
      for (let x = 0; x < width; x++) {
        const i = (y * width + x) * 4;
        if (Math.abs(px[i] - 0xe8) < 40 && Math.abs(px[i + 1] - 0xb8) < 40 && Math.abs(px[i + 2] - 0x6a) < 50) amber++;
      }
      best = Math.max(best, amber / width);
    }
    return best;
  }, png);
  return { closeup, framed: amberShare > 0.8 };
}

describe('the screenshot list', () => {
  it('photographs the desk, the kitchen, a highlighted choice and the ending card at three sizes', async () => {
    mkdirSync(OUT, { recursive: true });
    const { context, page, problems } = await game.openReading();
    const todo: (typeof SHOTS)[number][] = [...SHOTS];
    const insets: Record<string, { closeup: string; framed: boolean }> = {};
    let last = '';
    let lastProgress = Date.now();
    while (todo.length) {
      const state = await page.evaluate(() => ({
        live: document.getElementById('live')!.textContent ?? '',
        choices: [...document.querySelectorAll('#choices button')].map((b) => b.textContent ?? ''),
        ended: !document.getElementById('end')!.hidden,
      }));
      const next = todo[0];
      if (state.live !== last) {
        last = state.live;
        lastProgress = Date.now();
        if ('line' in next && state.live.replace(/^\w+: /, '').startsWith(next.line)) {
          await photograph(page, next.name);
          insets[next.name] = await inset(page);
          todo.shift();
        }
      }
      if (Date.now() - lastProgress > STALL_MS) throw new Error(`stalled at "${last}" waiting for ${next.name}`);
      if ('ending' in next && state.ended) {
        await photograph(page, next.name);
        todo.shift();
      } else if (state.choices.length) {
        if ('choice' in next && state.choices.includes(next.choice)) {
          // Arrow-key focus lights the option, as a keyboard reader sees it before pressing Enter.
          await page.keyboard.press('ArrowDown');
          await photograph(page, next.name);
          todo.shift();
        }
        const count = state.choices.length;
        await page.keyboard.press('1');
        // Wait for the line after the choice itself: a Space pressed while its scene is staged would be
        // kept and read it away before it could be photographed.
        await page.waitForFunction(
          ([n, before]) =>
            document.querySelectorAll('#choices button').length !== n &&
            (document.getElementById('live')!.textContent !== before || !document.getElementById('end')!.hidden),
          [count, state.live] as const,
          { timeout: STALL_MS },
        );
        lastProgress = Date.now();
      } else {
        await page.keyboard.press('Space');
        await page
          .waitForFunction((before) => document.getElementById('live')!.textContent !== before, state.live, {
            timeout: 500,
          })
          .catch(() => undefined);
      }
    }
    expect(await live(page)).toMatch(/^Ending \d+ of \d+/);
    // The close-up of the hand on the wrist is up on its two lines, on the side the two men leave
    // free, and gone by Kakashi's question; the leap and the embrace have theirs at the desk.
    expect(insets['ch7-kitchen-wrist']).toEqual({ closeup: 'wrist', framed: true });
    expect(insets['ch7-kitchen-after-wrist']).toEqual({ closeup: 'wrist', framed: true });
    expect(insets['ch7-kitchen-are-you']).toEqual({ closeup: '', framed: false });
    expect(insets['ch7-kitchen-hall']).toEqual({ closeup: '', framed: false });
    expect(insets['ch1-desk-leap'].closeup).toBe('leap');
    expect(insets['ch1-desk-embrace'].closeup).toBe('embrace');
    expect(problems).toEqual({ errors: [], foreignRequests: [] });
    await context.close();
  });
});
