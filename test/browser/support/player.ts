// Plays the game in a page the way a person does: reads the aria-live mirror, presses keys or
// clicks the canvas where the choice buttons are drawn.
import type { Page } from 'playwright-core';
import { STORAGE_PREFIX } from '../../../src/persistence/LocalStorageStore.ts';
import { changeSettings, freshProfile, serializeProfile, type Settings } from '../../../src/persistence/profile.ts';
import { PROFILE_KEY } from '../../../src/persistence/ProfileStore.ts';
import { choiceListTop, frameFor } from '../../../src/presentation/windowLayout.ts';

/** How the player gives input. */
export type Hands = 'keyboard' | 'mouse';

/** What a playthrough saw. */
export interface Playthrough {
  lines: string[];
  choicesTaken: string[];
  ending: string | null;
}

/**
 * Page coordinates of the centre of the canvas choice button at `position`, out of `count`, where
 * the game's layout (layout.ts frameFor, for this window and pointer) draws it.
 */
export async function choicePoint(page: Page, position: number, count: number): Promise<{ x: number; y: number }> {
  const box = (await page.locator('#game canvas').boundingBox())!;
  const view = await page.evaluate(() => ({
    width: innerWidth,
    height: innerHeight,
    touch: matchMedia('(pointer: coarse)').matches,
  }));
  const frame = frameFor(view);
  const scale = box.width / frame.width;
  const { height, gap, centreX } = frame.choices;
  const top = choiceListTop(frame.choices, count);
  return { x: box.x + centreX * scale, y: box.y + (top + position * (height + gap) + height / 2) * scale };
}

/** Clicks Begin and waits for the first line to be painted and the game to be reading it. */
export async function begin(page: Page): Promise<void> {
  await page.click('#begin');
  await page.waitForFunction(() => typeof window.__firstLine === 'number', null, { timeout: 30_000 });
  // A Begin pressed while the game was still loading shows the first line without it (OpeningLine);
  // the reading controls work once the game has taken the line over.
  await page.waitForFunction(() => !document.querySelector('.ud-opening'), null, { timeout: 30_000 });
}

/**
 * How long a playthrough may go without a new line, choice or ending before it fails: the bound is
 * on progress, not on the whole reading, which on a busy machine takes minutes where nothing is wrong.
 */
export const STALL_MS = 30_000;

/**
 * Reads on to the end screen. `pick(choices, turn)` chooses which option (by position) to take;
 * keyboard hands press Space (complete, then advance) and digit keys; mouse hands click. Fails when
 * nothing new has appeared for STALL_MS, naming the last line.
 */
export async function playToEnd(
  page: Page,
  hands: Hands,
  pick: (choices: string[], turn: number) => number,
  maxActions = 3000,
): Promise<Playthrough> {
  const seen: Playthrough = { lines: [], choicesTaken: [], ending: null };
  const box = (await page.locator('#game canvas').boundingBox())!;
  let lastProgress = Date.now();
  for (let action = 0; action < maxActions; action++) {
    const state = await page.evaluate(() => ({
      live: document.getElementById('live')!.textContent ?? '',
      choices: [...document.querySelectorAll('#choices button')].map((b) => b.textContent ?? ''),
      ended: !document.getElementById('end')!.hidden,
    }));
    if (state.live && seen.lines.at(-1) !== state.live) {
      seen.lines.push(state.live);
      lastProgress = Date.now();
    } else if (!state.choices.length && !state.ended && Date.now() - lastProgress > STALL_MS) {
      throw new Error(
        `no new line for ${STALL_MS / 1000} s after ${seen.lines.length} lines; last line: ${seen.lines.at(-1)}`,
      );
    }
    if (state.ended) {
      seen.ending = state.live.replace(/^Ending(?: \d+ of \d+)?: /, '');
      return seen;
    }
    if (state.choices.length) {
      const position = pick(state.choices, seen.choicesTaken.length);
      seen.choicesTaken.push(state.choices[position]);
      if (hands === 'keyboard') await page.keyboard.press(String(position + 1));
      else {
        const point = await choicePoint(page, position, state.choices.length);
        await page.mouse.move(point.x, point.y);
        await page.mouse.down();
        await page.mouse.up();
      }
      await page.waitForFunction(
        (n) => document.querySelectorAll('#choices button').length !== n,
        state.choices.length,
        { timeout: STALL_MS },
      );
      lastProgress = Date.now();
      continue;
    }
    if (hands === 'keyboard') await page.keyboard.press(action % 2 ? 'Enter' : 'Space');
    else await page.mouse.click(box.x + box.width / 2, box.y + box.height * 0.85);
    // Wait for the page to answer (a new line, choices, or the end) before acting again.
    await pageAnswered(page, state.live);
  }
  throw new Error(`no end screen after ${maxActions} actions; last line: ${seen.lines.at(-1)}`);
}

/**
 * A returning reader's stored profile with the given settings (e.g. instant text), written into
 * the page's storage before the game starts, the way the game itself would have written it.
 */
export async function withSettings(
  context: import('playwright-core').BrowserContext,
  settings: Partial<Settings>,
): Promise<void> {
  const key = STORAGE_PREFIX + PROFILE_KEY;
  const value = serializeProfile(changeSettings(freshProfile(), settings));
  await context.addInitScript(
    ([k, v]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(k, v);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [key, value] as const,
  );
}

/** What the page shows now: the mirrored line, the choices, the stage attributes, open dialogs. */
export async function screenState(
  page: Page,
): Promise<{ live: string; choices: string[]; stage: Record<string, string>; dialog: string | null; ended: boolean }> {
  return page.evaluate(() => ({
    live: document.getElementById('live')!.textContent ?? '',
    choices: [...document.querySelectorAll('#choices button')].map((b) => b.textContent ?? ''),
    stage: { ...document.getElementById('game')!.dataset } as Record<string, string>,
    dialog: document.querySelector('[role="dialog"] h2, [role="dialog"] [id]')?.textContent ?? null,
    ended: !document.getElementById('end')!.hidden,
  }));
}

/** Presses `key` and waits until the mirrored line is no longer `before` (or choices appear). */
export async function pressAndWait(page: Page, key: string, timeout = 10_000): Promise<string> {
  const before = await page.textContent('#live');
  await page.keyboard.press(key);
  await page.waitForFunction(
    (b) =>
      document.getElementById('live')!.textContent !== b || document.querySelectorAll('#choices button').length > 0,
    before,
    { timeout },
  );
  return (await page.textContent('#live')) ?? '';
}

/**
 * Presses a choice's number key and waits until the line after the choice is on screen (a key
 * pressed while that line's art loads would be ignored, as the game ignores a reader's).
 */
export async function chooseAndWait(page: Page, key: string, timeout = 10_000): Promise<string> {
  const before = await page.textContent('#live');
  await page.keyboard.press(key);
  await page.waitForFunction(
    (b) =>
      document.querySelectorAll('#choices button').length === 0 && document.getElementById('live')!.textContent !== b,
    before,
    { timeout },
  );
  return (await page.textContent('#live')) ?? '';
}

/** Reads on with Space until choices are offered; returns the lines read on the way. */
export async function readToChoice(page: Page, maxLines = 400): Promise<string[]> {
  const lines: string[] = [];
  for (let i = 0; i < maxLines; i++) {
    if (await page.locator('#choices button').count()) return lines;
    const before = await page.textContent('#live');
    await page.keyboard.press('Space');
    await page
      .waitForFunction(
        (b) =>
          document.getElementById('live')!.textContent !== b || document.querySelectorAll('#choices button').length > 0,
        before,
        { timeout: 10_000 },
      )
      .catch(() => undefined);
    const now = (await page.textContent('#live')) ?? '';
    if (now !== before) lines.push(now);
  }
  throw new Error('no choice reached');
}

/**
 * Waits (briefly) for the page to answer a press: a new line, choices, or the end screen. A press
 * while the game is busy (a scene's art loading, a pause in the story) may be ignored, as it would
 * be for a reader: press again. Pressing again early is safe: the game keeps one pending advance at
 * most, and then the line changes at once.
 */
export const pageAnswered = (page: Page, before: string | null) =>
  page
    .waitForFunction(
      (b) =>
        document.getElementById('live')!.textContent !== b ||
        document.querySelectorAll('#choices button').length > 0 ||
        !document.getElementById('end')!.hidden,
      before,
      { timeout: 500 },
    )
    .catch(() => undefined);
