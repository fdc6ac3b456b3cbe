// One reader, one device: from the title to an ending and back to the title with only the keyboard,
// only the mouse, or only a gamepad (a scripted navigator.getGamepads(), as in gamepad.test.ts).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { freshContext, watch } from './support/browser.ts';
import { useGame } from './support/harness.ts';
import { pageAnswered, playToEnd, STALL_MS, withSettings } from './support/player.ts';

const game = useGame();

/** A fresh page at the title with instant text, the game loaded behind it. */
async function atTitle(init?: string): Promise<{ page: Page; close: () => Promise<void>; problems: object }> {
  const context = await freshContext(game.browser);
  await withSettings(context, { textSpeed: 0 });
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const problems = watch(page, [game.server.origin]);
  await page.goto(`${game.server.origin}/game/`);
  await page.waitForFunction(() => window.__frames !== undefined, null, { timeout: 60_000 });
  return { page, close: () => context.close(), problems };
}

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const titleShown = (page: Page) => page.locator('#title').waitFor({ state: 'visible', timeout: STALL_MS });
const firstLine = (page: Page) =>
  page.waitForFunction(() => (document.getElementById('live')?.textContent ?? '').length > 0, null, {
    timeout: STALL_MS,
  });

/** Presses Tab until the element with `id` has focus (at most `limit` presses). */
async function tabTo(page: Page, id: string, limit = 20): Promise<void> {
  for (let i = 0; i < limit && (await activeId(page)) !== id; i++) await page.keyboard.press('Tab');
  expect(await activeId(page)).toBe(id);
}

describe('one device from the title to an ending and back', () => {
  it('keyboard only: Tab to Begin, read and choose with keys, Tab to "Return to title"', async () => {
    const { page, close, problems } = await atTitle();
    await tabTo(page, 'begin');
    await page.keyboard.press('Enter');
    await firstLine(page);
    await page.waitForFunction(() => !document.querySelector('.ud-opening'), null, { timeout: STALL_MS });
    const run = await playToEnd(page, 'keyboard', () => 0);
    expect(run.ending).toBeTruthy();
    await tabTo(page, 'to-title');
    await page.keyboard.press('Enter');
    await titleShown(page);
    expect(problems).toEqual({ errors: [], foreignRequests: [] });
    await close();
  });

  it('mouse only: click Begin, click through lines and choices, click "Return to title"', async () => {
    const { page, close, problems } = await atTitle();
    const click = async (selector: string) => {
      const box = (await page.locator(selector).boundingBox())!;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    };
    await click('#begin');
    await firstLine(page);
    await page.waitForFunction(() => !document.querySelector('.ud-opening'), null, { timeout: STALL_MS });
    const run = await playToEnd(page, 'mouse', (choices) => choices.length - 1);
    expect(run.ending).toBeTruthy();
    await click('#to-title');
    await titleShown(page);
    expect(problems).toEqual({ errors: [], foreignRequests: [] });
    await close();
  });

  it('gamepad only: A on Begin, A and the D-pad through the story, the D-pad to "Return to title"', async () => {
    const { page, close, problems } = await atTitle(SCRIPTED_PAD);
    await page.focus('#begin');
    await press(page, A);
    await firstLine(page);
    const ending = await padToEnd(page);
    expect(ending).toMatch(/^Ending/);
    for (let i = 0; i < 8 && (await activeId(page)) !== 'to-title'; i++) await press(page, DOWN);
    expect(await activeId(page)).toBe('to-title');
    await press(page, A);
    await titleShown(page);
    expect(problems).toEqual({ errors: [], foreignRequests: [] });
    await close();
  });
});

const SCRIPTED_PAD = `
  window.__pad = { pressed: [], polls: 0 };
  const pad = () => ({ index: 0, id: 'Scripted pad', mapping: 'standard', connected: true, timestamp: performance.now(),
    buttons: Array.from({ length: 17 }, (_, i) => ({ pressed: window.__pad.pressed.includes(i), touched: false, value: 0 })),
    axes: [0, 0, 0, 0] });
  navigator.getGamepads = () => (window.__pad.polls++, [pad(), null, null, null]);
  window.addEventListener('load', () => window.dispatchEvent(new Event('gamepadconnected')));
`;
const A = 0;
const DOWN = 13;

type PadWindow = { __pad: { pressed: number[]; polls: number } };

/** Sets the buttons held and waits until the game has read the pad twice since (a busy page polls late). */
async function hold(page: Page, buttons: number[]): Promise<void> {
  const polls = await page.evaluate((b) => {
    const pad = (window as unknown as PadWindow).__pad;
    pad.pressed = b;
    return pad.polls;
  }, buttons);
  await page.waitForFunction((p) => (window as unknown as PadWindow).__pad.polls >= p + 2, polls);
}

/** Presses and lets go of standard button `button`, each held until the game has seen it. */
async function press(page: Page, button: number): Promise<void> {
  await hold(page, [button]);
  await hold(page, []);
}

/** Reads to the end screen with A, taking each first choice with Down then A; the ending's words. */
async function padToEnd(page: Page): Promise<string> {
  let last = '';
  let progress = Date.now();
  for (let step = 0; step < 3000; step++) {
    const state = await page.evaluate(() => ({
      live: document.getElementById('live')!.textContent ?? '',
      choices: document.querySelectorAll('#choices button').length,
      ended: !document.getElementById('end')!.hidden,
    }));
    if (state.ended) return state.live;
    if (state.live !== last) [last, progress] = [state.live, Date.now()];
    if (Date.now() - progress > STALL_MS) throw new Error(`no new line for ${STALL_MS / 1000} s; last: ${last}`);
    if (state.choices) await press(page, DOWN);
    await press(page, A);
    await pageAnswered(page, state.live);
  }
  throw new Error(`no end screen; last line: ${last}`);
}
