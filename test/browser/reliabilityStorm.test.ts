// An input storm: 2,000 seeded random presses of Space, Enter, clicks on the canvas, Page Up, the
// number keys and Escape, a few milliseconds apart, on the built game. The page keeps a record of
// every press (what was on offer when it landed) and of every change of the spoken line and the
// choice buttons; from it the test checks what a reader would notice: no press moved the story on
// twice, no choice went without a press that took it, and the reading still moves afterwards.
// RELIABILITY_LONG=1 presses five times as many.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { Random, runCount } from '../reliability/random.ts';
import { type PageProblems, watch } from './support/browser.ts';
import { useGame } from './support/harness.ts';
import { analyse, type Entry } from './support/stormRecord.ts';
import { choicePoint, STALL_MS, withSettings } from './support/player.ts';

const PRESSES = runCount(2_000, 10_000);
const game = useGame();

/** Installs the record (window.__storm) before the game's own scripts run. */
function recordScript(): void {
  const log: unknown[] = [];
  Object.defineProperty(window, '__storm', { value: log });
  const choicesNow = () => document.querySelectorAll('#choices button').length;
  const press = (key: string, x = 0, y = 0) => {
    const buttons = [...document.querySelectorAll('#choices button')];
    log.push({
      kind: 'press',
      key,
      x,
      y,
      choices: buttons.length,
      focused: buttons.indexOf(document.activeElement as Element),
      overlay: !!document.querySelector('dialog[open]'),
    });
  };
  addEventListener('keydown', (e) => press(e.key), true);
  addEventListener('pointerdown', (e) => press('pointer', e.clientX, e.clientY), true);
  document.addEventListener('DOMContentLoaded', () => {
    const live = document.getElementById('live')!;
    const choices = document.getElementById('choices')!;
    let count = choicesNow();
    // One observer for both, so their changes stay in the order they happened.
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.target === live && r.addedNodes.length) log.push({ kind: 'line', text: live.textContent });
        if (r.target !== choices) continue;
        const before = count;
        count += [...r.addedNodes].filter((n) => n.nodeName === 'BUTTON').length;
        count -= [...r.removedNodes].filter((n) => n.nodeName === 'BUTTON').length;
        if (before > 0 && count === 0) log.push({ kind: 'cleared' });
        if (before === 0 && count > 0) log.push({ kind: 'offered', count });
      }
    }).observe(document.documentElement, { childList: true, subtree: true });
  });
}

/** What the driver looks at before each press. */
const look = (page: Page) =>
  page.evaluate(() => ({
    choices: document.querySelectorAll('#choices button').length,
    overlay: !!document.querySelector('dialog[open]'),
    ended: !document.getElementById('end')!.hidden,
    title: !document.getElementById('title')!.hidden,
  }));

const mark = (page: Page, label: string) =>
  page.evaluate((l) => (window as unknown as { __storm: unknown[] }).__storm.push({ kind: 'mark', label: l }), label);

/** Begins a new reading from the title and waits for its first line. */
async function beginAgain(page: Page): Promise<void> {
  await mark(page, 'title');
  await page.click('#begin');
  await page.waitForFunction(() => (document.getElementById('live')?.textContent ?? '').length > 0, null, {
    timeout: STALL_MS,
  });
  await mark(page, 'reading');
}

/** The storm itself: `count` presses from `random`; returns how many readings reached an ending. */
async function storm(page: Page, random: Random, count: number): Promise<number> {
  const box = (await page.locator('#game canvas').boundingBox())!;
  let endings = 0;
  for (let n = 0; n < count; ) {
    const state = await look(page);
    if (state.ended) {
      endings++;
      await mark(page, 'ended');
      await page.click('#to-title');
      await beginAgain(page);
      continue;
    }
    if (state.title) {
      await beginAgain(page);
      continue;
    }
    let kind = random.weighted({ space: 24, enter: 14, click: 20, pageUp: 12, digit: 20, escape: 10 });
    // A click on an open menu would press its buttons (Load, Settings, Return to title): another test.
    if (kind === 'click' && state.overlay) kind = 'escape';
    n++;
    if (kind === 'click') {
      const onChoice = random.chance(0.5);
      const at = onChoice
        ? await choicePoint(page, random.below(3), state.choices || 2 + random.below(2))
        : { x: box.x + box.width * (0.2 + 0.6 * random.next()), y: box.y + box.height * (0.84 + 0.1 * random.next()) };
      await page.mouse.click(at.x, at.y);
    } else {
      const key = { space: 'Space', enter: 'Enter', pageUp: 'PageUp', escape: 'Escape', digit: '' }[kind];
      await page.keyboard.press(key || String(1 + random.below(4)));
    }
    await page.waitForTimeout(random.below(25));
  }
  return endings;
}

describe('an input storm', () => {
  it(`of ${PRESSES} random presses never moves on twice for one press, never skips a choice, and leaves the reading moving`, async () => {
    const context = await game.browser.newContext({ viewport: { width: 1280, height: 720 } });
    await context.addInitScript(recordScript);
    await withSettings(context, { textSpeed: 0 });
    const page = await context.newPage();
    const problems = watch(page, [game.server.origin]);
    await page.goto(`${game.server.origin}/game/`);
    await page.click('#begin');
    await page.waitForFunction(() => !document.querySelector('.ud-opening'), null, { timeout: STALL_MS });
    await mark(page, 'reading');
    const started = Date.now();
    const endings = await storm(page, new Random(2222), PRESSES);
    const seconds = (Date.now() - started) / 1000;

    // Afterwards the reading still moves: every press of Space (or 1 at a choice) shows something new.
    while ((await look(page)).overlay) await page.keyboard.press('Escape');
    if ((await look(page)).ended || (await look(page)).title) {
      if ((await look(page)).ended) await page.click('#to-title');
      await beginAgain(page);
    }
    const moved: string[] = [];
    for (let n = 0; n < 30 && !(await look(page)).ended; n++) {
      const before = await page.textContent('#live');
      await page.keyboard.press((await look(page)).choices ? '1' : 'Space');
      await page.waitForFunction((b) => document.getElementById('live')!.textContent !== b, before, {
        timeout: STALL_MS,
      });
      moved.push((await page.textContent('#live')) ?? '');
    }
    expect(moved.length > 0 || (await look(page)).ended).toBe(true);

    const box = (await page.locator('#game canvas').boundingBox())!;
    const log = await page.evaluate(() => (window as unknown as { __storm: unknown[] }).__storm);
    const findings = analyse(log as Entry[], box);
    console.log(
      `[reliability] storm: ${PRESSES} presses in ${seconds.toFixed(0)} s, ${endings} endings, ${findings.lines} lines ` +
        `shown, ${findings.choicesTaken} choices taken, at most ${findings.mostLinesAfterOnePress} lines between two presses`,
    );
    expect(findings.skipped).toEqual([]);
    expect(findings.tooMany).toEqual([]);
    // One press moves on at most once; a press can land while the step before it is still being
    // staged, so two lines can show between two presses (that step's and this press's), never three.
    expect(findings.mostLinesAfterOnePress).toBeLessThanOrEqual(2);
    expect(findings.choicesTaken).toBeGreaterThan(0);
    expect(findings.lines).toBeGreaterThan(PRESSES / 10);
    expect(problems).toEqual<PageProblems>({ errors: [], foreignRequests: [] });
    await context.close();
  });
});
