// A phone held upright plays as well as one held sideways, by touch alone: the title with its
// content note, the scene framed for a tall screen, choices as big buttons, a way back, the quick
// bar and the menu in reach of the thumb, and a turn of the phone mid-line keeps the line and state.
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type Frame, frameFor, TOUCH } from '../../src/presentation/windowLayout.ts';
import { type PageProblems, watch } from './support/browser.ts';
import { useGame } from './support/harness.ts';
import { choicePoint, pageAnswered, STALL_MS, withSettings } from './support/player.ts';

const game = useGame();
const SHOTS = '/tmp';
const UPRIGHT = { width: 390, height: 844 } as const;
const SIDEWAYS = { width: 844, height: 390 } as const;
type Size = { width: number; height: number };

/** A touch phone of `size` (pixel ratio 1, to keep the canvas small on a busy machine), with `settings`. */
async function phone(
  size: Size,
  settings: Parameters<typeof withSettings>[1],
): Promise<{
  context: BrowserContext;
  page: Page;
  problems: PageProblems;
}> {
  const context = await game.browser.newContext({
    viewport: size,
    hasTouch: true,
    isMobile: true,
    deviceScaleFactor: 1,
  });
  await withSettings(context, settings);
  const page = await context.newPage();
  const problems = watch(page, [game.server.origin]);
  await page.goto(`${game.server.origin}/game/`);
  await page.locator('#begin').waitFor({ state: 'visible' });
  return { context, page, problems };
}

/** The frame the game lays itself out in for `size` on touch (the same pure function the game calls). */
const frameOf = (size: Size): Frame => frameFor({ ...size, touch: true });

/** What the reader sees: the spoken line, the choices offered, the end screen, the typed part of the line. */
function readState(page: Page) {
  return page.evaluate(() => ({
    live: document.getElementById('live')?.textContent ?? '',
    choices: [...document.querySelectorAll('#choices button')].map((b) => b.textContent ?? ''),
    ended: !document.getElementById('end')!.hidden,
    typed: document.querySelector('.ud-line span:first-child')?.textContent ?? '',
    whole: document.querySelector('.ud-line')?.textContent ?? '',
    layout: document.getElementById('game')!.dataset.layout,
    stage: `${document.getElementById('game')!.dataset.backdrop}|${document.getElementById('game')!.dataset.cast}`,
  }));
}

/** Taps Begin and waits for the game to be reading its first line. */
async function tapBegin(page: Page): Promise<void> {
  await page.tap('#begin');
  await page.waitForFunction(() => typeof window.__firstLine === 'number', null, { timeout: 90_000 });
  await page.waitForFunction(() => !document.querySelector('.ud-opening'), null, { timeout: 90_000 });
}

/** A point on the stage, clear of the box, the choices and the quick bar: a tap there reads on. */
async function stagePoint(page: Page): Promise<{ x: number; y: number }> {
  const box = (await page.locator('#game canvas').boundingBox())!;
  const frame = frameOf(page.viewportSize()!);
  const scale = box.width / frame.width;
  return { x: box.x + box.width / 2, y: box.y + (frame.stageTop + 220) * scale };
}

/** Taps the story and waits (briefly) for it to answer: a new line, choices, the end. */
async function tapOn(page: Page): Promise<void> {
  const before = (await readState(page)).live;
  const point = await stagePoint(page);
  await page.touchscreen.tap(point.x, point.y);
  await pageAnswered(page, before);
}

/** Taps on until choices are offered; the lines read on the way. */
async function tapToChoice(page: Page): Promise<string[]> {
  const lines: string[] = [];
  let last = Date.now();
  while (Date.now() - last < STALL_MS) {
    const state = await readState(page);
    if (state.live && lines.at(-1) !== state.live) {
      lines.push(state.live);
      last = Date.now();
    }
    if (state.choices.length) return lines;
    await tapOn(page);
  }
  throw new Error(`no choice after ${lines.length} lines; last: ${lines.at(-1)}`);
}

/** Taps the canvas choice at `position` and waits for the line after it. */
async function tapChoice(page: Page, position: number, count: number): Promise<void> {
  const point = await choicePoint(page, position, count);
  await page.touchscreen.tap(point.x, point.y);
  await page.waitForFunction(() => document.querySelectorAll('#choices button').length === 0, null, {
    timeout: STALL_MS,
  });
}

/** The on-page rectangles of every visible, enabled button (and of the box, from the frame). */
async function buttonBoxes(page: Page, selector: string) {
  return page.evaluate((sel) => {
    return [...document.querySelectorAll<HTMLElement>(sel)]
      .filter((b) => b.checkVisibility() && b.getClientRects().length && !(b as HTMLButtonElement).disabled)
      .map((b) => {
        const r = b.getBoundingClientRect();
        return { name: b.textContent?.trim() ?? '', x: r.x, y: r.y, width: r.width, height: r.height };
      });
  }, selector);
}

/** The dialogue box and its continue mark in page pixels, from the frame and the canvas's place. */
async function boxOnPage(page: Page) {
  const canvas = (await page.locator('#game canvas').boundingBox())!;
  const frame = frameOf(page.viewportSize()!);
  const s = canvas.width / frame.width;
  const { box, continueMark } = frame;
  return {
    box: { x: canvas.x + box.x * s, y: canvas.y + box.y * s, width: box.width * s, height: box.height * s },
    mark: {
      x: canvas.x + (continueMark.x - 20) * s,
      y: canvas.y + (continueMark.y - 24) * s,
      width: 40 * s,
      height: 56 * s,
    },
  };
}

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Every quick bar button is a 44x44 target, apart from the others, and clear of the box and its mark. */
async function expectQuickBarInReach(page: Page): Promise<void> {
  const buttons = await buttonBoxes(page, '.ud-quickbar button');
  expect(buttons.map((b) => b.name)).toEqual(['Back', 'Auto', 'Skip', 'Log', 'Save', 'Load', 'Menu', 'Hide']);
  const { box, mark } = await boxOnPage(page);
  const view = page.viewportSize()!;
  for (const [i, b] of buttons.entries()) {
    expect(b.width, b.name).toBeGreaterThanOrEqual(TOUCH.target);
    expect(b.height, b.name).toBeGreaterThanOrEqual(TOUCH.target);
    expect(b.x >= 0 && b.y >= 0 && b.x + b.width <= view.width && b.y + b.height <= view.height, b.name).toBe(true);
    expect(overlaps(b, mark), `${b.name} over the continue mark`).toBe(false);
    expect(overlaps(b, box), `${b.name} over the box`).toBe(false);
    for (const other of buttons.slice(i + 1)) expect(overlaps(b, other), `${b.name}/${other.name}`).toBe(false);
  }
}

/** Every visible button on the page is at least 44x44 (a finger's target). */
async function expectTouchTargets(page: Page, selector: string): Promise<void> {
  const buttons = await buttonBoxes(page, selector);
  expect(buttons.length).toBeGreaterThan(0);
  for (const b of buttons) {
    expect(b.height, `${b.name} height`).toBeGreaterThanOrEqual(TOUCH.target - 0.5);
    expect(b.width, `${b.name} width`).toBeGreaterThanOrEqual(TOUCH.target - 0.5);
  }
}

describe.each([
  ['upright', UPRIGHT, 'portrait'],
  ['sideways', SIDEWAYS, 'landscape'],
] as const)('a phone held %s, by touch only', (name, size, orientation) => {
  it('plays from the title to a choice, back to the choice, and opens the menu', async () => {
    const { context, page, problems } = await phone(size, { textSpeed: 0 });
    expect(await page.locator('#rotate').count()).toBe(0);
    const note = (await page.locator('#content-note').boundingBox())!;
    expect(note.y + note.height).toBeLessThanOrEqual(size.height);
    expect(await page.textContent('#content-note')).toContain('Content note');
    await expectTouchTargets(page, '#title button');
    await page.screenshot({ path: `${SHOTS}/${name}-title.png` });

    await tapBegin(page);
    expect((await readState(page)).layout).toBe(orientation);
    const canvas = (await page.locator('#game canvas').boundingBox())!;
    expect(canvas.x).toBeGreaterThanOrEqual(-1);
    expect(canvas.x + canvas.width).toBeLessThanOrEqual(size.width + 1);
    expect(canvas.y + canvas.height).toBeLessThanOrEqual(size.height + 1);
    // The words are set in the box, at a size a phone can be read at upright.
    const words = (await page.locator('.ud-line').boundingBox())!;
    const { box } = await boxOnPage(page);
    expect(words.x).toBeGreaterThan(box.x);
    expect(words.x + words.width).toBeLessThan(box.x + box.width);
    const fontPx = await page.$eval('.ud-line', (p) => Number.parseFloat(getComputedStyle(p).fontSize));
    if (orientation === 'portrait') expect(fontPx).toBeGreaterThanOrEqual(16);
    await expectQuickBarInReach(page);
    await page.screenshot({ path: `${SHOTS}/${name}-line.png` });

    const lines = await tapToChoice(page);
    expect(lines.length).toBeGreaterThan(1);
    const offered = (await readState(page)).choices;
    expect(offered.length).toBeGreaterThan(1);
    await page.screenshot({ path: `${SHOTS}/${name}-choice.png` });

    await tapChoice(page, offered.length - 1, offered.length);
    await page.waitForFunction((l) => document.getElementById('live')!.textContent !== l, lines.at(-1)!);
    const after = (await readState(page)).live;
    expect(after).not.toBe(lines.at(-1));
    // Back (a tap on the quick bar) returns to the choice, offered again as it was.
    await page.getByRole('button', { name: 'Back one line' }).tap();
    await page.waitForFunction((n) => document.querySelectorAll('#choices button').length === n, offered.length, {
      timeout: STALL_MS,
    });
    expect((await readState(page)).choices).toEqual(offered);
    expect((await readState(page)).live).toBe(lines.at(-1));

    // The menu opens from the quick bar; upright it rises from the bottom edge, by the thumb.
    await page.getByRole('button', { name: 'Menu' }).tap();
    const menu = page.getByRole('dialog', { name: 'Menu' });
    await menu.waitFor();
    await page.waitForTimeout(300);
    await expectTouchTargets(page, 'dialog[open] .ud-panel button');
    const panel = (await page.locator('dialog[open] .ud-panel').boundingBox())!;
    if (orientation === 'portrait') expect(panel.y + panel.height).toBeGreaterThan(size.height * 0.95);
    await page.screenshot({ path: `${SHOTS}/${name}-menu.png` });
    await menu.getByRole('button', { name: 'Resume' }).tap();
    await menu.waitFor({ state: 'detached' }).catch(() => menu.waitFor({ state: 'hidden' }));
    // Reading on by touch after the menu: the choice is still there to take.
    await tapChoice(page, 0, offered.length);
    expect(problems).toEqual<PageProblems>({ errors: [], foreignRequests: [] });
    await context.close();
  }, 240_000);
});

describe('turning the phone', () => {
  it('mid-line keeps the line, how much of it has typed, the stage and the choices', async () => {
    const { context, page, problems } = await phone(UPRIGHT, { textSpeed: 12 });
    await tapBegin(page);
    // A slow reveal: the line is still typing when the phone turns.
    await page.waitForFunction(() => (document.querySelector('.ud-line span')?.textContent ?? '').length > 3);
    const before = await readState(page);
    expect(before.typed.length).toBeLessThan(before.whole.length);
    for (const [size, orientation] of [
      [SIDEWAYS, 'landscape'],
      [UPRIGHT, 'portrait'],
    ] as const) {
      await page.setViewportSize(size);
      await page.waitForFunction((o) => document.getElementById('game')!.dataset.layout === o, orientation);
      await page.waitForTimeout(200);
      const now = await readState(page);
      expect(now.live).toBe(before.live);
      expect(now.whole).toBe(before.whole);
      expect(now.stage).toBe(before.stage);
      // Typing carried on from where it was: never back to the start, never a second copy.
      expect(now.typed.length).toBeGreaterThanOrEqual(before.typed.length);
      expect(before.whole.startsWith(now.typed)).toBe(true);
      // The words moved with the box.
      const words = (await page.locator('.ud-line').boundingBox())!;
      const { box } = await boxOnPage(page);
      expect(words.x).toBeGreaterThan(box.x);
      expect(words.y).toBeGreaterThan(box.y);
      expect(words.x + words.width).toBeLessThan(box.x + box.width);
      await expectQuickBarInReach(page);
    }
    // At a choice: turned, the same choices are offered where the new layout draws them, and a tap takes one.
    await tapToChoice(page);
    const offered = (await readState(page)).choices;
    await page.setViewportSize(SIDEWAYS);
    await page.waitForFunction(() => document.getElementById('game')!.dataset.layout === 'landscape');
    await page.waitForTimeout(200);
    expect((await readState(page)).choices).toEqual(offered);
    await page.screenshot({ path: `${SHOTS}/turned-choice.png` });
    await tapChoice(page, 0, offered.length);
    expect((await readState(page)).live).not.toBe('');
    expect(problems).toEqual<PageProblems>({ errors: [], foreignRequests: [] });
    await context.close();
  }, 240_000);
});

/**
 * Reads to an ending by touch alone: the quick bar's Skip runs through the lines (it stops at each
 * choice, chapter start and the last line), a tap on the canvas choice takes the first option, a tap
 * on the story reads on where skip stopped. Fails when nothing new happens for STALL_MS.
 */
async function tapToEnding(page: Page): Promise<{ lines: number; choices: number }> {
  const skip = page.getByRole('button', { name: 'Skip' });
  let lines = 0;
  let choices = 0;
  let last = '';
  let progress = Date.now();
  while (Date.now() - progress < STALL_MS) {
    const state = await readState(page);
    if (state.ended) return { lines, choices };
    if (state.live !== last) {
      last = state.live;
      lines++;
      progress = Date.now();
    }
    if (state.choices.length) {
      await tapChoice(page, 0, state.choices.length);
      choices++;
      progress = Date.now();
      continue;
    }
    if ((await skip.getAttribute('aria-pressed')) !== 'true') {
      // Where skip stopped (a chapter's start, the last line): read on by a tap, then skip again.
      await tapOn(page);
      if ((await readState(page)).choices.length || (await readState(page)).ended) continue;
      if (await skip.isVisible()) await skip.tap();
    }
    await page.waitForTimeout(100);
  }
  throw new Error(`no ending: nothing new for ${STALL_MS / 1000} s after ${lines} lines; last: ${last}`);
}

describe.each([
  ['upright', UPRIGHT],
  ['sideways', SIDEWAYS],
] as const)('held %s', (_name, size) => {
  it('a reader plays by touch alone from the title to an ending and back to the title', async () => {
    const { context, page, problems } = await phone(size, { textSpeed: 0, skipMode: 'all' });
    await tapBegin(page);
    const read = await tapToEnding(page);
    expect(read.choices).toBeGreaterThan(0);
    const heard = await page.textContent('#live');
    expect(heard).toMatch(/^Ending/);
    await expectTouchTargets(page, '#end button');
    await page.screenshot({ path: `${SHOTS}/${_name}-ending.png` });
    await page.locator('#to-title').tap();
    await page.locator('#begin').waitFor({ state: 'visible' });
    expect(await page.isVisible('#title')).toBe(true);
    expect(problems).toEqual<PageProblems>({ errors: [], foreignRequests: [] });
    await context.close();
  }, 600_000);
});
