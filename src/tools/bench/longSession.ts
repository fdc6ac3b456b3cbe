// The long session: ten readings in one page, each doing what a reader does over an evening (Begin,
// roll back, quick save, back to the title from the menu, Continue from the save, read to the end,
// back to the title), with the JS heap and the DOM counted at the title after each. What one page
// keeps from reading to reading is a leak: after ten, the figures must be within 1.1x of after one.
import type { Browser, CDPSession, Page } from 'playwright-core';
import { heapAfterGc, networkIdle } from './coldLoad.ts';
import { chaptersOf, openInstantPage } from './playthrough.ts';
import type { DriveOptions, DriveResult } from './probe.ts';
import type { Route } from './route.ts';

/** What the page holds, back at the title after a forced GC. */
export interface SessionCount {
  /** JS heap used (MB). */
  heapMB: number;
  /** DOM nodes alive, attached or not, and event listeners (DevTools' Memory.getDOMCounters). */
  nodes: number;
  listeners: number;
  /** Elements in the document. */
  elements: number;
}

/** The long session's figures. */
export interface LongSession {
  ok: boolean;
  error?: string;
  /** After each reading. */
  perReading: SessionCount[];
  /** After the last reading over after the first, per figure. */
  ratios: { heap: number; nodes: number; listeners: number; elements: number } | null;
  seconds: number[];
  errors: string[];
}

/** The limit the issue sets: after ten readings within 1.1x of after one. */
export const LONG_SESSION_LIMIT = 1.1;

async function count(page: Page, cdp: CDPSession): Promise<SessionCount> {
  const heapMB = await heapAfterGc(cdp);
  const dom = (await cdp.send('Memory.getDOMCounters')) as { nodes: number; jsEventListeners: number };
  const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
  return { heapMB, nodes: dom.nodes, listeners: dom.jsEventListeners, elements };
}

/** Fast-forwards inside the page until #live shows `target` (or the end screen, for null). */
async function driveTo(page: Page, target: string | null, chapters: string[]): Promise<DriveResult> {
  const options: DriveOptions = { target, occurrence: 1, chapters, pressOnCards: true, maxMs: 600_000, intervalMs: 0 };
  const result = await page.evaluate((d) => window.__bench!.drive(d), options);
  const wanted = target === null ? 'end' : 'target';
  if (result.why !== wanted) throw new Error(`drove for "${target}" and stopped (${result.why}) at "${result.text}"`);
  return result;
}

/** Presses `key` and waits for #live to change (a rollback, a load). */
async function pressForChange(page: Page, key: string): Promise<void> {
  const before = await page.textContent('#live');
  await page.keyboard.press(key);
  await page.waitForFunction((b) => document.getElementById('live')!.textContent !== b, before, { timeout: 30_000 });
}

/** One evening's reading, from the title back to the title. */
async function oneReading(page: Page, marks: { first: string; second: string }, chapters: string[]): Promise<void> {
  await page.click('#begin');
  await driveTo(page, marks.first, chapters);
  for (let n = 0; n < 10; n++) await pressForChange(page, 'PageUp');
  await driveTo(page, marks.second, chapters);
  await page.keyboard.press('F5');
  await page.getByText('Quick saved.').waitFor({ timeout: 30_000 });
  await page.keyboard.press('Escape');
  await page.locator('dialog[open]').getByRole('button', { name: 'Return to title' }).click();
  await page.locator('#continue').waitFor({ state: 'visible', timeout: 30_000 });
  await page.click('#continue');
  await page.waitForFunction((line) => document.getElementById('live')!.textContent === line, marks.second, {
    timeout: 30_000,
  });
  await driveTo(page, null, chapters);
  await page.click('#to-title');
  await page.waitForFunction(() => !document.getElementById('title')!.hidden, null, { timeout: 30_000 });
}

/** Reads `readings` evenings in one page with instant text; counts the heap and the DOM after each. */
export async function longSession(
  browser: Browser,
  url: string,
  route: Route,
  readings: number,
  log: (s: string) => void = () => {},
): Promise<LongSession> {
  const { page, cdp, net, errors, close } = await openInstantPage(browser);
  const chapters = chaptersOf(route);
  // Two plain lines a third and two thirds of the way through the route: where it rolls back and saves.
  const lines = route.steps.filter((s) => s.live && !s.chapter && !s.choices.length).map((s) => s.live!);
  const marks = { first: lines[Math.floor(lines.length / 3)], second: lines[Math.floor((lines.length * 2) / 3)] };
  const result: LongSession = { ok: false, perReading: [], ratios: null, seconds: [], errors };
  try {
    await page.goto(url);
    await networkIdle(net);
    for (let n = 0; n < readings; n++) {
      const started = Date.now();
      await oneReading(page, marks, chapters);
      // The probe's own records grow with every reading; they are the bench's, not the game's.
      await page.evaluate(() => {
        const b = window.__bench!;
        for (const list of [b.live, b.keys, b.clicks, b.stamps]) list.length = 0;
      });
      const counted = await count(page, cdp);
      result.perReading.push(counted);
      result.seconds.push((Date.now() - started) / 1000);
      log(
        `reading ${n + 1}/${readings}: ${result.seconds.at(-1)!.toFixed(0)} s, heap ${counted.heapMB.toFixed(2)} MB, ` +
          `${counted.nodes} nodes, ${counted.listeners} listeners, ${counted.elements} elements`,
      );
    }
    const [first, last] = [result.perReading[0], result.perReading.at(-1)!];
    result.ratios = {
      heap: last.heapMB / first.heapMB,
      nodes: last.nodes / first.nodes,
      listeners: last.listeners / first.listeners,
      elements: last.elements / first.elements,
    };
    result.ok = true;
  } catch (e) {
    result.error = String((e as Error).message ?? e).split('\n')[0];
  } finally {
    await close();
  }
  return result;
}

/** The long session as a Markdown section of the report. */
export function renderLongSession(session: LongSession): string {
  if (!session.ok || !session.ratios) return `#### Long session\n\nFAILED: ${session.error}\n`;
  const rows = session.perReading.map(
    (c, n) =>
      `| ${n + 1} | ${c.heapMB.toFixed(2)} | ${c.nodes} | ${c.listeners} | ${c.elements} | ${session.seconds[n].toFixed(0)} |`,
  );
  const { heap, nodes, listeners, elements } = session.ratios;
  const within = Math.max(heap, nodes, listeners, elements) <= LONG_SESSION_LIMIT;
  return [
    `#### Long session: ${session.perReading.length} readings in one page (roll back, quick save, title, Continue, end)`,
    '',
    '| after reading | JS heap (MB) | DOM nodes | listeners | elements | seconds |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    `Last over first: heap ${heap.toFixed(2)}x, DOM nodes ${nodes.toFixed(2)}x, listeners ${listeners.toFixed(2)}x, ` +
      `elements ${elements.toFixed(2)}x; within ${LONG_SESSION_LIMIT}x: ${within ? 'yes' : 'no'}.`,
    '',
  ].join('\n');
}
