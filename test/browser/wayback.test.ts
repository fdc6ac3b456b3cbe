import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useGame } from './support/harness.ts';
import { withSettings } from './support/player.ts';

const game = useGame();

const live = (page: Page) => page.evaluate(() => document.getElementById('live')!.textContent ?? '');

/** Does `act`, then waits until the spoken line is `expected` (bounded: the step is drawn within seconds or never). */
async function expectLine(page: Page, act: () => Promise<unknown>, expected: string): Promise<void> {
  await act();
  await page.waitForFunction((l) => document.getElementById('live')!.textContent === l, expected, { timeout: 15_000 });
}

/** Reads `count` more lines with `next`, returning every line on screen so far (the first included). */
async function readLines(page: Page, count: number, next: () => Promise<unknown>): Promise<string[]> {
  const lines = [await live(page)];
  while (lines.length <= count) {
    await next();
    await page
      .waitForFunction((l) => document.getElementById('live')!.textContent !== l, lines.at(-1)!, { timeout: 15_000 })
      .catch(() => undefined);
    const now = await live(page);
    if (now !== lines.at(-1)) lines.push(now);
  }
  return lines;
}

describe('a way back for every input', () => {
  it('with the mouse: the wheel rolls back up and forward down, and the quick bar has Back', async () => {
    const { context, page, problems } = await game.openReading();
    // A screen reader hears the chapter's title as well as its first line (two live regions, so neither is lost).
    expect(await page.textContent('#live-heading')).toMatch(/^Chapter 1: \S/);
    expect((await live(page)).length).toBeGreaterThan(10);
    await page.mouse.move(640, 250);
    const lines = await readLines(page, 3, () => page.mouse.click(640, 250));
    await expectLine(page, () => page.mouse.wheel(0, -120), lines[2]);
    await expectLine(page, () => page.mouse.wheel(0, -120), lines[1]);
    // Forward again through what was read, to where the reader was; no further.
    await expectLine(page, () => page.mouse.wheel(0, 120), lines[2]);
    await expectLine(page, () => page.mouse.wheel(0, 120), lines[3]);
    await page.mouse.wheel(0, 120);
    await page.waitForTimeout(300);
    expect(await live(page)).toBe(lines[3]);
    await expectLine(page, () => page.getByRole('button', { name: 'Back one line' }).click(), lines[2]);
    // Reading on after going back takes the next line, as before.
    await expectLine(page, () => page.mouse.click(640, 250), lines[3]);
    // A line picked in the backlog (opened from the quick bar) is a way back too.
    await page.getByRole('button', { name: 'Log (backlog)' }).click();
    const log = page.getByRole('dialog', { name: 'Backlog' });
    await log.waitFor();
    await expectLine(
      page,
      () =>
        log
          .getByRole('button', { name: lines[1].slice(0, 40) })
          .first()
          .click(),
      lines[1],
    );
    await log.waitFor({ state: 'detached' });
    expect(problems).toEqual({ errors: [], foreignRequests: [] });
    await context.close();
  });

  it('by touch: a swipe to the right goes back a line', async () => {
    const context = await game.browser.newContext({
      viewport: { width: 844, height: 390 },
      hasTouch: true,
      isMobile: true,
      deviceScaleFactor: 1,
    });
    await withSettings(context, { textSpeed: 0 });
    const page = await context.newPage();
    await page.goto(`${game.server.origin}/game/`);
    await page.tap('#begin');
    await page.waitForFunction(() => typeof window.__firstLine === 'number', null, { timeout: 90_000 });
    await page.waitForFunction(() => !document.querySelector('.ud-opening'), null, { timeout: 90_000 });
    const lines = await readLines(page, 2, () => page.touchscreen.tap(422, 150));
    const cdp = await context.newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y: 150 }] });
    await expectLine(
      page,
      async () => {
        await touch('touchStart', 200);
        for (let x = 240; x <= 560; x += 40) await touch('touchMove', x);
        await touch('touchEnd', 560);
      },
      lines[1],
    );
    await context.close();
  });
});
