// `npm run dev:measure`: the author's loop, timed. Builds the game once (the production build's total
// time), starts the dev server on a temporary copy of ink/, reads to a line in chapter 3 in headless
// Chromium, then saves edits to the copy and times each from the file written to the new text on screen
// (and to the swap done, for an edit of an earlier line). A measurement, never a test.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { freshContext, launch } from '../../../test/browser/support/browser.ts';
import { begin, withSettings } from '../../../test/browser/support/player.ts';
import { buildGame } from './build.ts';
import { editInk, readUntil, startDevServer } from './devServer.ts';
import { markdownTable } from './report.ts';
import { median } from './stats.ts';

/** Where the bench stands and what it edits (chapter 3, canonical route). */
const CHAPTER = 'chapters/03-breakfast.ink';
const CURRENT = 'I have to head out again. Today.';
const EARLIER = 'Kakashi: Morning.';

/** One timed save. */
export interface DevLoopSample {
  kind: 'current line' | 'earlier line';
  /** File written to the edited line on screen (current) or to the swap done (earlier), in ms. */
  saveToLineMs: number;
  compileMs: number;
  landing: string;
}

/** Writes an edit and waits for the reload it causes; returns the sample. */
async function timeEdit(page: Page, file: string, kind: DevLoopSample['kind'], from: string, to: string) {
  const count = await page.evaluate(() => window.__storyReload?.count ?? 0);
  const watched = kind === 'current line' ? to : null;
  // The page notes the moment the new text is in the live mirror (the line is on screen with it).
  await page.evaluate((text) => {
    window.__editSeenAt = undefined;
    if (!text) return;
    const live = document.getElementById('live')!;
    const observer = new MutationObserver(() => {
      if (!live.textContent?.includes(text)) return;
      window.__editSeenAt = Date.now();
      observer.disconnect();
    });
    observer.observe(live, { childList: true, subtree: true, characterData: true });
  }, watched);
  const written = Date.now();
  editInk(file, from, to);
  await page.waitForFunction((n) => (window.__storyReload?.count ?? 0) > n, count, { timeout: 30_000 });
  const mark = (await page.evaluate(() => ({ ...window.__storyReload!, seen: window.__editSeenAt ?? null })))!;
  if (watched && mark.seen === null) throw new Error(`the edited line "${to}" is not on screen after the reload`);
  const end = watched ? mark.seen! : mark.shownAt;
  return { kind, saveToLineMs: end - written, compileMs: mark.compileMs, landing: mark.landing };
}

/** Times `edits` saves of each kind; `buildMs` is measured first unless `build` is false. */
export async function measureDevLoop(edits = 5, build = true) {
  let buildMs: number | null = null;
  if (build) {
    const out = mkdtempSync(join(tmpdir(), 'ud-build-'));
    buildMs = await buildGame(out).finally(() => rmSync(out, { recursive: true, force: true }));
  }
  const server = await startDevServer();
  const browser = await launch();
  const samples: DevLoopSample[] = [];
  try {
    const context = await freshContext(browser);
    await withSettings(context, { textSpeed: 0 });
    const page = await context.newPage();
    const opened = Date.now();
    // A cold dev server pre-bundles the dependencies and derives the replay data first: minutes under load.
    await page.goto(`${server.origin}/`, { waitUntil: 'domcontentloaded', timeout: 300_000 });
    await page.waitForFunction(() => window.__beginWired === true, null, { timeout: 300_000 });
    await begin(page);
    const firstLoadMs = Date.now() - opened;
    await readUntil(page, CURRENT);
    const file = join(server.inkRoot, CHAPTER);
    for (let n = 0; n < edits; n++) {
      const current = [`Kakashi: ${CURRENT}`, `Kakashi: ${CURRENT.replace('Today.', `Today. (${n})`)}`];
      samples.push(await timeEdit(page, file, 'current line', current[0], current[1]));
      samples.push(await timeEdit(page, file, 'current line', current[1], current[0]));
      samples.push(await timeEdit(page, file, 'earlier line', EARLIER, `Kakashi: Morning (${n}).`));
      samples.push(await timeEdit(page, file, 'earlier line', `Kakashi: Morning (${n}).`, EARLIER));
    }
    return { buildMs, firstLoadMs, samples };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The Markdown report of a measurement. */
export function renderDevLoop(result: Awaited<ReturnType<typeof measureDevLoop>>): string {
  const rows = (['current line', 'earlier line'] as const).map((kind) => {
    const of = result.samples.filter((s) => s.kind === kind);
    const ms = of.map((s) => s.saveToLineMs);
    const landings = [...new Set(of.map((s) => s.landing))].join(', ');
    const fmt = (x: number | null) => (x === null ? '-' : x.toFixed(0));
    return [
      kind,
      String(of.length),
      fmt(median(ms)),
      fmt(Math.max(...ms)),
      fmt(median(of.map((s) => s.compileMs))),
      landings,
    ];
  });
  const header = ['edit', 'saves', 'save to line (ms, median)', 'max', 'compile (ms, median)', 'landed'];
  return [
    `Dev loop, ${new Date().toISOString()}, load ${loadavg()[0].toFixed(1)}`,
    '',
    markdownTable(header, rows),
    '',
    `first page load to first line: ${result.firstLoadMs} ms`,
    result.buildMs === null ? '' : `production build (vite build, total): ${(result.buildMs / 1000).toFixed(1)} s`,
  ].join('\n');
}

declare global {
  interface Window {
    /** Set by the dev-loop bench when the edited text reached the live mirror. */
    __editSeenAt?: number;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const edits = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 5);
  const result = await measureDevLoop(edits, !process.argv.includes('--no-build'));
  console.log(renderDevLoop(result));
}
