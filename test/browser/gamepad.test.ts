import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { freshContext, watch } from './support/browser.ts';
import { useGame } from './support/harness.ts';
import { withSettings } from './support/player.ts';

const game = useGame();

// A scripted standard pad: the page's navigator.getGamepads() reports window.__pad, which the test sets.
const SCRIPTED_PAD = `
  window.__pad = { pressed: [] };
  const pad = () => ({ index: 0, id: 'Scripted pad', mapping: 'standard', connected: true, timestamp: performance.now(),
    buttons: Array.from({ length: 17 }, (_, i) => ({ pressed: window.__pad.pressed.includes(i), touched: false, value: 0 })),
    axes: [0, 0, 0, 0] });
  navigator.getGamepads = () => [pad(), null, null, null];
  window.addEventListener('load', () => window.dispatchEvent(new Event('gamepadconnected')));
`;

/** Presses and lets go of standard button `button`, a few frames each. */
async function press(page: Page, button: number): Promise<void> {
  await page.evaluate((b) => ((window as unknown as { __pad: { pressed: number[] } }).__pad.pressed = [b]), button);
  await page.waitForTimeout(120);
  await page.evaluate(() => ((window as unknown as { __pad: { pressed: number[] } }).__pad.pressed = []));
  await page.waitForTimeout(120);
}

const A = 0;
const B = 1;
const START = 9;
const DOWN = 13;

describe('a reader with only a gamepad', () => {
  it('begins from the title, reads to a choice, chooses, opens the menu and closes it', async () => {
    const context = await freshContext(game.browser);
    await withSettings(context, { textSpeed: 0 });
    await context.addInitScript(SCRIPTED_PAD);
    const page = await context.newPage();
    const problems = watch(page, [game.server.origin]);
    await page.goto(`${game.server.origin}/game/`);
    await page.waitForFunction(() => window.__frames !== undefined, null, { timeout: 60_000 });
    // On the title, A presses the focused button; Begin has focus first.
    await page.focus('#begin');
    await press(page, A);
    await page.waitForFunction(() => (document.getElementById('live')?.textContent ?? '').length > 0, null, {
      timeout: 60_000,
    });
    expect(await page.isVisible('.ud-pad-legend')).toBe(true);
    // A reads on until the first choice.
    for (let i = 0; i < 200 && !(await page.locator('#choices button').count()); i++) {
      const before = await page.textContent('#live');
      await press(page, A);
      await page
        .waitForFunction(
          (b) =>
            document.getElementById('live')!.textContent !== b ||
            document.querySelectorAll('#choices button').length > 0,
          before,
          { timeout: 10_000 },
        )
        .catch(() => undefined);
    }
    const offered = await page.locator('#choices button').allTextContents();
    expect(offered.length).toBeGreaterThan(1);
    // Down moves to the second option; A takes it.
    const before = await page.textContent('#live');
    await press(page, DOWN);
    await press(page, A);
    await page.waitForFunction(
      (b) =>
        document.querySelectorAll('#choices button').length === 0 && document.getElementById('live')!.textContent !== b,
      before,
      { timeout: 15_000 },
    );
    // The choice counts as the reader's: it was autosaved.
    await expect
      .poll(() =>
        page.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith('ultimate-defence:save:auto'))),
      )
      .toBe(true);
    // Start opens the menu; the D-pad moves through it; B closes it, and A reads on again.
    await press(page, START);
    const menu = page.getByRole('dialog', { name: 'Menu' });
    await menu.waitFor();
    await press(page, DOWN);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBeTruthy();
    await press(page, B);
    await menu.waitFor({ state: 'detached' });
    const after = await page.textContent('#live');
    await press(page, A);
    await page.waitForFunction((b) => document.getElementById('live')!.textContent !== b, after, { timeout: 15_000 });
    expect(problems).toEqual({ errors: [], foreignRequests: [] });
    await context.close();
  });
});
