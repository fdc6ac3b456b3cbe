// One cold load: a fresh browser context (empty cache and storage, a new renderer process), the
// page loaded from the bench server, timed by the probe, its bytes counted up to the first line.
import type { Browser, CDPSession, Page } from 'playwright-core';
import { NetworkLog, SLOW_NETWORK, type NetworkConditions, type Resource } from './network.ts';
import { probeScript, type ProbeOptions, type ProbeRecord } from './probe.ts';

/** How hard the machine is made to work: CPU slowdown and network emulation. */
export interface Profile {
  id: 'plain' | 'throttled';
  label: string;
  cpu: number;
  net: NetworkConditions | null;
}

export const PLAIN: Profile = { id: 'plain', label: 'unthrottled', cpu: 1, net: null };
export const THROTTLED: Profile = {
  id: 'throttled',
  label: 'throttled (CPU 4x, 9 Mbps, 150 ms RTT)',
  cpu: 4,
  net: SLOW_NETWORK,
};

/** A page to load: our game (title, Begin, __firstLine) or a peer (text or flag mode). */
export interface Target {
  name: string;
  url: string;
  kind: 'game' | 'text' | 'flag';
  /** Text mode: the first line's text. */
  text?: string;
  /** Flag mode: the window property set when the first line is painted (default __firstLine). */
  flag?: string;
}

/**
 * When Begin is clicked: `eager` as soon as it is painted and has its listener (DOMContentLoaded),
 * so the load of the game behind the title counts; `ready` once the network has been quiet for
 * half a second (the game has loaded), as a reader who reads the title first would.
 */
export type BeginMode = 'eager' | 'ready';

/** What one cold load measured; times in ms from navigation start. */
export interface ColdLoad {
  ok: boolean;
  error?: string;
  target: string;
  profile: Profile['id'];
  mode: BeginMode | null;
  /** The title's Begin button painted. */
  titlePainted: number | null;
  firstContentfulPaint: number | null;
  domContentLoaded: number | null;
  /** Begin clicked (the click event's time). */
  clickedAt: number | null;
  /** The frame after #live first changed: the story's first frame (a chapter card, or the first line). */
  firstScreen: number | null;
  firstLine: number | null;
  beginToFirstLine: number | null;
  /**
   * Bytes on the wire the first line waited for: responses finished by the frame that painted it,
   * of requests made before the frame in which the line was put on screen (the game requests the
   * scene's music and ambience as it shows the line; those are in requestedWithFirstLine).
   */
  bytesBeforeFirstLine: number | null;
  requestsBeforeFirstLine: number | null;
  resourcesBeforeFirstLine: Resource[];
  /** Requests made as the first line was put on screen, and how many bytes of them had arrived by its paint. */
  requestedWithFirstLine: Resource[];
  bytesTotal: number;
  requestsTotal: number;
  /** JS heap in use after the first line, after a forced garbage collection (MB). */
  heapAfterFirstLine: number | null;
  errors: string[];
}

const TIMEOUT = 60_000;

/** Forces a full garbage collection, then reads the JS heap in use (MB). */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 2 ** 20;
}

/** A new page in a fresh context with the probe, CDP, network log and throttling in place. */
export async function openPage(
  browser: Browser,
  profile: Profile,
  probe: ProbeOptions,
): Promise<{
  page: Page;
  cdp: CDPSession;
  net: NetworkLog;
  errors: string[];
  close: () => Promise<void>;
}> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
  page.on('console', (m) => {
    // A 404 is reported below with its URL (the browser asks for /favicon.ico on pages without an icon).
    if (m.type() === 'error' && !/^Failed to load resource: .*404/.test(m.text())) errors.push(`console: ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) errors.push(`${r.status()}: ${r.url()}`);
  });
  const cdp = await context.newCDPSession(page);
  const net = new NetworkLog();
  await net.attach(cdp, profile.net);
  if (profile.cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  await page.addInitScript({ content: probeScript(probe) });
  return { page, cdp, net, errors, close: () => context.close() };
}

/** Resolves once no request has been in flight for `quietMs` (or after `maxMs`). */
export async function networkIdle(net: NetworkLog, quietMs = 500, maxMs = 30_000): Promise<void> {
  const start = Date.now();
  while (Date.now() - start < maxMs) {
    if (net.pending === 0 && Date.now() - net.lastActivity >= quietMs) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Reads the probe's record from the page. */
export function record(page: Page): Promise<ProbeRecord> {
  return page.evaluate(() => JSON.parse(JSON.stringify(window.__bench)) as ProbeRecord);
}

/** One cold load of `target` under `profile`; our game's Begin is clicked as `mode` says. */
export async function coldLoad(
  browser: Browser,
  target: Target,
  profile: Profile,
  mode: BeginMode = 'eager',
): Promise<ColdLoad> {
  const game = target.kind === 'game';
  const result = emptyResult(target, profile, game ? mode : null);

  const { page, cdp, net, errors, close } = await openPage(browser, profile, {
    title: game ? '#begin' : null,
    flag: target.kind === 'text' ? null : (target.flag ?? '__firstLine'),
    text: target.kind === 'text' ? (target.text ?? null) : null,
    live: game ? 'live' : null,
  });
  try {
    await page.goto(target.url, { waitUntil: 'commit', timeout: TIMEOUT });
    net.setTimeOrigin(await page.evaluate(() => performance.timeOrigin));
    if (game) await clickBegin(page, net, mode);
    await page.waitForFunction(() => window.__bench!.firstLine != null, null, { timeout: TIMEOUT, polling: 'raf' });
    const r = await record(page);
    result.titlePainted = r.title;
    result.domContentLoaded = r.dcl;
    result.firstContentfulPaint = await page.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    );
    result.firstLine = r.firstLine;
    result.clickedAt = r.clicks.find((c) => c.id === 'begin')?.t ?? null;
    result.firstScreen = r.live.find((e) => e.text)?.painted ?? null;
    if (result.clickedAt !== null && result.firstLine !== null)
      result.beginToFirstLine = result.firstLine - result.clickedAt;
    // The line was put on screen in the frame of the last #live change before its paint.
    const shown = [...r.live].reverse().find((e) => e.t <= r.firstLine!);
    const requestedBy = shown?.frame ?? r.firstLine!;
    const before = net.before(r.firstLine!, requestedBy);
    result.requestedWithFirstLine = net.resources.filter(
      (x) => x.startedAt !== null && x.startedAt > requestedBy && x.startedAt <= r.firstLine!,
    );
    result.bytesBeforeFirstLine = before.bytes;
    result.requestsBeforeFirstLine = before.requests;
    result.resourcesBeforeFirstLine = before.resources;
    result.heapAfterFirstLine = await heapAfterGc(cdp);
    const total = net.total();
    result.bytesTotal = total.bytes;
    result.requestsTotal = total.requests;
    result.ok = true;
  } catch (e) {
    result.error = String((e as Error).message ?? e).split('\n')[0];
  } finally {
    result.errors = errors;
    await close();
  }
  return result;
}

/** Clicks Begin the moment it is painted (or once the network is idle, in 'ready' mode), as a reader does. */
async function clickBegin(page: Page, net: NetworkLog, mode: BeginMode): Promise<void> {
  // Polled on a timer, not per frame: the browser draws few frames while the page loads, and
  // a reader's click does not wait for one. It returns where Begin is, to click there.
  const painted = await page.waitForFunction(
    () => {
      const b = window.__bench!;
      if (b.title == null || b.dcl == null) return null;
      const r = document.getElementById('begin')!.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    },
    null,
    { timeout: TIMEOUT, polling: 10 },
  );
  let box = await painted.jsonValue();
  if (mode === 'ready') {
    await networkIdle(net);
    box = await page.evaluate(() => document.getElementById('begin')!.getBoundingClientRect().toJSON());
  }
  // One click at Begin's centre, as a reader's: the browser hands it to the page between two
  // tasks. Playwright's page.click() (and locator.boundingBox()) first set up its own script
  // in the page and wait for Begin to be visible, stable over two frames and the target of a
  // hit test, round trips that queue behind the game's loading tasks: it measured those (a
  // click meant at once landed at ~250 ms or ~500 ms, by how the round trips fell).
  if (!box) throw new Error('Begin is painted but has no box');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** A cold load's record before anything is measured. */
function emptyResult(target: Target, profile: Profile, mode: BeginMode | null): ColdLoad {
  return {
    ok: false,
    target: target.name,
    profile: profile.id,
    mode,
    titlePainted: null,
    firstContentfulPaint: null,
    domContentLoaded: null,
    clickedAt: null,
    firstScreen: null,
    firstLine: null,
    beginToFirstLine: null,
    bytesBeforeFirstLine: null,
    requestsBeforeFirstLine: null,
    resourcesBeforeFirstLine: [],
    requestedWithFirstLine: [],
    bytesTotal: 0,
    requestsTotal: 0,
    heapAfterFirstLine: null,
    errors: [],
  };
}
