// Scripted readings of the game in one page, the way a reader with a keyboard plays: Space to
// finish a line's reveal and Space again to go on, the digit key for a choice. The harness knows
// the route in advance (route.ts), so it knows which press starts a scene transition or the
// stone wall, and it records the page's animation frames around them.
import type { Browser, Page } from 'playwright-core';
import { withSettings } from '../../../test/browser/support/player.ts';
import { DEFAULT_SETTINGS } from '../../persistence/profile.ts';
import { TIMING } from '../../presentation/layout.ts';
import { heapAfterGc, networkIdle, openPage, type Profile } from './coldLoad.ts';
import type { Route } from './route.ts';
import { frameStats, intervalsWithin, type FrameStats, type Window } from './stats.ts';

/** Typewriter speed at the default setting (characters per second). */
export const REVEAL_CPS = DEFAULT_SETTINGS.textSpeed;
/** After a scene transition's line is painted, its backdrop cross-fade may still run this long. */
const TRANSITION_TAIL_MS = TIMING.backdropFadeMs + 100;
/** ...and a chapter card, shown with the line, holds and then fades out (450 ms; see ChapterCard). */
const CHAPTER_TAIL_MS = TIMING.chapterCardMs + 450 + 150;
/** After the stone line is painted, the wall's turn to stone (3.2 s) and the shake still run. */
const STONE_TAIL_MS = 3900;

/** What the page shows, read in one go. */
interface PlayState {
  /** Changes of #live so far. */
  n: number;
  text: string;
  /** When #live last changed, and the next frame after (page ms). */
  t: number;
  painted: number | null;
  choices: number;
  ended: boolean;
  title: boolean;
  /** Time of the last keydown (page ms). */
  keyT: number | null;
}

function state(page: Page): Promise<PlayState> {
  return page.evaluate(() => {
    const b = window.__bench!;
    const e = b.live[b.live.length - 1];
    return {
      n: b.live.length,
      text: e ? e.text : '',
      t: e ? e.t : 0,
      painted: e ? e.painted : null,
      choices: document.querySelectorAll('#choices button').length,
      ended: !document.getElementById('end')!.hidden,
      title: !document.getElementById('title')!.hidden,
      keyT: b.keys.length ? b.keys[b.keys.length - 1].t : null,
    };
  });
}

/** Waits until #live has changed more than `n` times or the end screen shows; false on timeout. */
function waitChange(page: Page, n: number, timeout: number): Promise<boolean> {
  return page
    .waitForFunction((count) => window.__bench!.live.length > count || !document.getElementById('end')!.hidden, n, {
      polling: 'raf',
      timeout,
    })
    .then(
      () => true,
      () => false,
    );
}

/** Waits until the last #live change has been painted; returns the state then. */
async function painted(page: Page, s: PlayState): Promise<PlayState> {
  await page
    .waitForFunction((count) => window.__bench!.live[count - 1]?.painted != null, s.n, {
      polling: 'raf',
      timeout: 10_000,
    })
    .catch(() => undefined);
  return state(page);
}

async function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

async function sleep(ms: number): Promise<void> {
  if (ms > 0) await new Promise((r) => setTimeout(r, ms));
}

/** Sleeps until page time `t`. */
async function until(page: Page, t: number): Promise<void> {
  await sleep(t - (await pageNow(page)));
}

/** Skips chapter cards (#live says "Chapter N: ...") without dismissing them: waits for the line. */
async function pastCards(page: Page, s: PlayState, chapters: Set<string>, timeout = 30_000): Promise<PlayState> {
  while (!s.ended && chapters.has(s.text)) {
    if (!(await waitChange(page, s.n, timeout))) break;
    s = await state(page);
  }
  return s;
}

/** Indices of up to `count` plain lines spread over the route, long enough to watch a reveal, each followed by a plain line. */
export function sampleLines(route: Route, count: number, minChars = 80): number[] {
  const eligible = route.steps
    .map((step, i) => ({ step, i, next: route.steps[i + 1] }))
    .filter(
      ({ step, next }) =>
        step.live &&
        step.directives === 0 &&
        step.chars >= minChars &&
        !step.choices.length &&
        next?.live &&
        next.directives === 0 &&
        !next.ended,
    )
    .map(({ i }) => i);
  if (eligible.length <= count) return eligible;
  return Array.from({ length: count }, (_, k) => eligible[Math.floor((k * eligible.length) / count)]);
}

/** A moment of the route the timed reading stops to measure. */
export interface RouteEvent {
  /** Index of the route step it concerns. */
  index: number;
  /** sample: watch the line reveal, then time Space to the next line; transition: a backdrop
   *  change (from the press before it); stone: the wall turning to stone. */
  kind: 'sample' | 'transition' | 'stone';
}

/** The moments to measure on a route, in order: every backdrop change, the stone, and `samples` plain lines. */
export function routeEvents(route: Route, samples: number): RouteEvent[] {
  const events: RouteEvent[] = [];
  const sampled = new Set(sampleLines(route, samples));
  route.steps.forEach((step, index) => {
    if (index === 0) return; // the first scene comes with Begin: the cold loads measure it
    if (step.stone) events.push({ index, kind: 'stone' });
    else if (step.backdropChange) events.push({ index, kind: 'transition' });
    else if (sampled.has(index)) events.push({ index, kind: 'sample' });
  });
  return events;
}

/** How many times `text` is a line of the route in steps (from, to]. */
export function occurrences(route: Route, text: string, from: number, to: number): number {
  let n = 0;
  for (let k = from + 1; k <= to; k++) if (route.steps[k].live === text) n++;
  return n;
}

/** One reading at the default text speed, with the frames it took. */
export interface TimedPlay {
  cpu: number;
  ok: boolean;
  error?: string;
  durationMs: number;
  ending: string | null;
  windows: { reveal: Window[]; transition: Window[]; stone: Window[] };
  frames: { reveal: FrameStats; transition: FrameStats; firstChapterChange: FrameStats; stone: FrameStats };
  /** Space pressed to the next line painted (ms), on plain lines followed by a plain line. */
  clickToNextLine: number[];
  /** Samples dropped because that Space only finished a reveal still running. */
  droppedClicks: number;
  errors: string[];
}

/** What one timed reading has measured so far, and what it needs to go on. */
interface Reading {
  page: Page;
  route: Route;
  /** The chapter cards' #live texts, in route order. */
  chapters: string[];
  chapterSet: Set<string>;
  windows: { reveal: Window[]; transition: Window[]; stone: Window[] };
  clickToNextLine: number[];
  droppedClicks: number;
  firstChapterChange: Window | null;
  log: (s: string) => void;
}

/** Fast-forwards from inside the page to the `occurrence`-th next showing of `target` (null: the end). */
async function drive(r: Reading, target: string | null, occurrence: number, pressOnCards = true) {
  const options = { target, occurrence, chapters: r.chapters, pressOnCards, maxMs: 300_000, intervalMs: 0 };
  const result = await r.page.evaluate((d) => window.__bench!.drive(d), options);
  if (result.why === 'timeout') {
    throw new Error(
      `fast-forward to "${(target ?? 'the end').slice(0, 50)}" timed out at "${result.text.slice(0, 50)}"`,
    );
  }
  return result;
}

/** Presses `key`; returns the press time once #live changed, or null after `patience` ms. */
async function press(page: Page, key: string, s: PlayState, patience: number): Promise<number | null> {
  await page.keyboard.press(key);
  const keyT = (await state(page)).keyT!;
  return (await waitChange(page, s.n, patience)) ? keyT : null;
}

/** Watches the sampled line reveal, then times Space to the next line. */
async function measureSample(r: Reading, index: number, at: number): Promise<void> {
  const { page, route } = r;
  const step = route.steps[index];
  await drive(r, step.live, occurrences(route, step.live!, at, index));
  let s = await state(page);
  const reveal = (step.chars / REVEAL_CPS) * 1000;
  r.windows.reveal.push({ start: s.t, end: s.t + reveal });
  await until(page, s.t + reveal + 300);
  await sleep(Math.random() * 100); // the press lands anywhere in a frame
  s = await state(page);
  let keyT = await press(page, 'Space', s, 1_500);
  if (keyT === null) {
    r.droppedClicks++; // that press finished a reveal slowed by long frames
    keyT = await press(page, 'Space', s, 10_000);
  } else {
    const after = await painted(page, await state(page));
    if (after.text === route.steps[index + 1].live && after.painted !== null)
      r.clickToNextLine.push(after.painted - keyT);
  }
  if (keyT === null) throw new Error(`stuck after "${s.text.slice(0, 60)}"`);
}

/** A transition or the stone: stops on the line before, lets it finish, then presses and times it. */
async function measureChange(r: Reading, event: RouteEvent, at: number): Promise<void> {
  const { page, route } = r;
  const step = route.steps[event.index];
  const before = route.steps[event.index - 1];
  if (event.index - 1 > at) await drive(r, before.live, occurrences(route, before.live!, at, event.index - 1));
  let s = await state(page);
  if (before.choices.length) {
    await page.waitForFunction(() => document.querySelectorAll('#choices button').length > 0, null, {
      polling: 'raf',
      timeout: 20_000,
    });
  } else {
    await until(page, s.t + (before.chars / REVEAL_CPS) * 1000 + 500);
  }
  s = await state(page);
  const key = s.choices ? '1' : 'Space';
  const patience = 10_000 + step.pause * 1000;
  let keyT = await press(page, key, s, patience);
  if (keyT === null) keyT = await press(page, key, s, patience); // that press only finished the reveal
  if (keyT === null) throw new Error(`no ${event.kind} after "${s.text.slice(0, 60)}"`);
  const after = await painted(page, await pastCards(page, await state(page), r.chapterSet));
  const chapterTail = Math.max(CHAPTER_TAIL_MS, TRANSITION_TAIL_MS);
  const tail = event.kind === 'stone' ? STONE_TAIL_MS : step.chapter ? chapterTail : TRANSITION_TAIL_MS;
  const end = (after.painted ?? after.t) + tail;
  const window = { start: keyT, end };
  r.windows[event.kind as 'transition' | 'stone'].push(window);
  if (event.kind === 'transition' && step.chapter && !r.firstChapterChange) r.firstChapterChange = window;
  r.log(
    `  ${event.kind} at line ${event.index + 1}${step.chapter ? ` (${step.chapter})` : ''}: ${Math.round(end - keyT)} ms`,
  );
  await until(page, end);
}

/** The moments to measure, cut after the first chapter change when asked. */
function eventsToMeasure(route: Route, samples: number, throughFirstChapterChange: boolean): RouteEvent[] {
  const events = routeEvents(route, samples);
  if (!throughFirstChapterChange) return events;
  const first = events.find((e) => e.kind === 'transition' && route.steps[e.index].chapter);
  return events.filter((e) => !first || e.index <= first.index);
}

/** Frame figures over each kind of window. */
function framesOf(stamps: number[], r: Reading): TimedPlay['frames'] {
  const { windows } = r;
  return {
    reveal: frameStats(intervalsWithin(stamps, windows.reveal)),
    transition: frameStats(intervalsWithin(stamps, windows.transition)),
    firstChapterChange: frameStats(intervalsWithin(stamps, r.firstChapterChange ? [r.firstChapterChange] : [])),
    stone: frameStats(intervalsWithin(stamps, windows.stone)),
  };
}

/**
 * Reads the route once at the default text speed under CPU slowdown `cpu` (or only up to the
 * first chapter change). Between the measured moments it fast-forwards from inside the page
 * (b.drive); at each moment it presses real keys (Playwright) and records the animation frames.
 */
export async function timedPlaythrough(
  browser: Browser,
  url: string,
  route: Route,
  cpu: number,
  samples = 24,
  log: (s: string) => void = () => {},
  throughFirstChapterChange = false,
): Promise<TimedPlay> {
  const profile: Profile = { id: 'plain', label: `cpu ${cpu}x`, cpu, net: null };
  const { page, net, errors, close } = await openPage(browser, profile, {
    title: '#begin',
    flag: '__firstLine',
    text: null,
    live: 'live',
  });
  const chapters = route.steps.map((s) => s.chapter).filter((c): c is string => !!c);
  const r: Reading = {
    page,
    route,
    chapters,
    chapterSet: new Set(chapters),
    windows: { reveal: [], transition: [], stone: [] },
    clickToNextLine: [],
    droppedClicks: 0,
    firstChapterChange: null,
    log,
  };
  const started = Date.now();
  try {
    await page.goto(url);
    await networkIdle(net);
    await page.evaluate(() => window.__bench!.record(true));
    await page.click('#begin');
    if (!(await waitChange(page, 0, 60_000))) throw new Error('no story after Begin');
    await pastCards(page, await state(page), r.chapterSet);
    let at = 0; // the route step on screen
    for (const event of eventsToMeasure(route, samples, throughFirstChapterChange)) {
      if (event.kind === 'sample') await measureSample(r, event.index, at);
      else await measureChange(r, event, at);
      at = event.kind === 'sample' ? event.index + 1 : event.index;
    }
    const last = throughFirstChapterChange ? null : await drive(r, null, 0);
    const stamps = await page.evaluate(() => {
      window.__bench!.record(false);
      return window.__bench!.stamps;
    });
    return {
      cpu,
      ok: true,
      durationMs: Date.now() - started,
      ending: last ? last.text.replace(/^Ending: /, '') : null,
      windows: r.windows,
      frames: framesOf(stamps, r),
      clickToNextLine: r.clickToNextLine,
      droppedClicks: r.droppedClicks,
      errors,
    };
  } catch (e) {
    const empty = frameStats([]);
    return {
      cpu,
      ok: false,
      error: String((e as Error).message ?? e).split('\n')[0],
      durationMs: Date.now() - started,
      ending: null,
      windows: r.windows,
      frames: { reveal: empty, transition: empty, firstChapterChange: empty, stone: empty },
      clickToNextLine: r.clickToNextLine,
      droppedClicks: r.droppedClicks,
      errors,
    };
  } finally {
    await close();
  }
}

/** Empties the probe's lists (#live changes, keys, clicks, frames), which grow with every reading. */
async function forgetProbeRecords(page: Page): Promise<void> {
  await page.evaluate(() => {
    const b = window.__bench!;
    b.live.length = 0;
    b.keys.length = 0;
    b.clicks.length = 0;
    b.stamps.length = 0;
  });
}

/** The JS heap over repeated readings in one page. */
export interface HeapPlay {
  ok: boolean;
  error?: string;
  runs: number;
  /** MB after a forced GC: after the first line, after the first reading (back at the title), after the last. */
  afterFirstLine: number | null;
  afterOne: number | null;
  afterAll: number | null;
  /** After each reading, back at the title. */
  perRun: number[];
  /** Seconds each reading took. */
  seconds: number[];
  errors: string[];
}

/** One unthrottled page with instant text, for the readings measured in one page (the heap, the long session). */
export async function openInstantPage(browser: Browser) {
  const profile: Profile = { id: 'plain', label: 'unthrottled', cpu: 1, net: null };
  const opened = await openPage(browser, profile, { title: '#begin', flag: '__firstLine', text: null, live: 'live' });
  await withSettings(opened.page.context(), { textSpeed: 0 });
  return opened;
}

/** The chapter titles a route passes, in order. */
export const chaptersOf = (route: Route): string[] => route.steps.map((s) => s.chapter).filter((c): c is string => !!c);

/**
 * Reads the route `runs` times in one page with instant text, fast-forwarding from inside the page
 * (a key every few ms: Space, or 1 at a choice), returning to the title from the end screen and
 * pressing Begin again; measures the heap after each reading.
 */
export async function heapPlaythroughs(
  browser: Browser,
  url: string,
  route: Route,
  runs: number,
  log: (s: string) => void = () => {},
): Promise<HeapPlay> {
  const { page, cdp, net, errors, close } = await openInstantPage(browser);
  const chapters = chaptersOf(route);
  const result: HeapPlay = {
    ok: false,
    runs: 0,
    afterFirstLine: null,
    afterOne: null,
    afterAll: null,
    perRun: [],
    seconds: [],
    errors,
  };
  try {
    await page.goto(url);
    await networkIdle(net);
    for (let run = 0; run < runs; run++) {
      const started = Date.now();
      const before = (await state(page)).n;
      await page.click('#begin');
      if (!(await waitChange(page, before, 60_000))) throw new Error(`run ${run + 1}: no story after Begin`);
      if (run === 0) {
        await pastCards(page, await state(page), new Set(chapters));
        await sleep(300);
        result.afterFirstLine = await heapAfterGc(cdp);
      }
      const r = await page.evaluate((d) => window.__bench!.drive(d), {
        target: null,
        occurrence: 0,
        chapters,
        pressOnCards: true,
        maxMs: 600_000,
        intervalMs: 0,
      });
      if (r.why !== 'end') throw new Error(`run ${run + 1}: no end screen; stopped at "${r.text.slice(0, 60)}"`);
      await page.click('#to-title');
      await page.waitForFunction(() => !document.getElementById('title')!.hidden, null, { timeout: 10_000 });
      await sleep(300);
      await forgetProbeRecords(page); // the probe's own records would otherwise grow the heap measured
      const heap = await heapAfterGc(cdp);
      result.perRun.push(heap);
      result.seconds.push((Date.now() - started) / 1000);
      result.runs = run + 1;
      log(`reading ${run + 1}/${runs}: ${((Date.now() - started) / 1000).toFixed(1)} s, heap ${heap.toFixed(2)} MB`);
    }
    result.afterOne = result.perRun[0] ?? null;
    result.afterAll = result.perRun.at(-1) ?? null;
    result.ok = true;
  } catch (e) {
    result.error = String((e as Error).message ?? e).split('\n')[0];
  } finally {
    await close();
  }
  return result;
}
