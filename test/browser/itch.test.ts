// The build as itch.io serves it: the zip `npm run package` writes, checked and unpacked, served from
// a sub-path that changes with each upload, inside an iframe on another site, with a Content
// Security Policy that lets nothing in from elsewhere.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ITCH_LIMITS, packageFolder, readFolder, type PackageReport } from '../../src/tools/packageZip.ts';
import { freshContext, launch, watch, type PageProblems } from './support/browser.ts';
import { begin } from './support/player.ts';
import { serveStatic, type StaticServer } from './support/server.ts';

/** itch.io serves each upload under /html/<upload id>/ on html-classic.itch.zone. */
const GAME_PATH = '/html/12345/';
const HOST_PATH = '/someone/ultimate-defence';
const NO_FULLSCREEN_PATH = '/someone/ultimate-defence-no-fullscreen';
const SHOTS = '/tmp';

let browser: Browser;
/** The game's origin: 127.0.0.1:A, like html-classic.itch.zone. */
let game: StaticServer;
/** The page around it: localhost:B, another site, like itch.io. */
let host: StaticServer;

/** itch.io's game page: the game in a fixed 960x540 iframe, and a page long enough to scroll. */
function hostPage(src: string, allow: string | null): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ultimate Defence by someone</title>
<link rel="icon" href="data:,">
<style>body { margin: 0; background: #2b2b2b; color: #ddd; font: 16px sans-serif; min-height: 2400px; }
.game_frame { width: 960px; height: 540px; margin: 40px auto; background: #000; }</style></head>
<body><div class="game_frame"><iframe id="game_drop" src="${src}" width="960" height="540" frameborder="0" scrolling="no"
${allow === null ? '' : `allow="${allow}" allowfullscreen`} style="width: 960px; height: 540px; border: 0"></iframe></div>
<p>Comments and the rest of the page go on below the game.</p></body></html>`;
}

/** The package check's report on the real dist/, with the build's own graph when this run built it. */
let report: PackageReport;
/** Where the zip is unpacked, as itch.io unpacks it. */
let unpacked: string;

beforeAll(async () => {
  const graph = inject('bundleGraph');
  report = packageFolder('dist', ITCH_LIMITS, graph ? { graph: new Map(graph) } : {});
  if (!report.zip)
    throw new Error(
      `the package check refused dist/:\n${report.problems.map((p) => `[${p.rule}] ${p.message}`).join('\n')}`,
    );
  unpacked = mkdtempSync(join(tmpdir(), 'ud-itch-zip-'));
  for (const [path, data] of Object.entries(unzipSync(report.zip))) {
    mkdirSync(dirname(join(unpacked, path)), { recursive: true });
    writeFileSync(join(unpacked, path), data);
  }
  game = await serveStatic(unpacked, { prefix: GAME_PATH });
  const src = `${game.origin}${GAME_PATH}index.html`;
  host = await serveStatic('dist', {
    prefix: '/no-files-here/',
    originHost: 'localhost',
    routes: { [HOST_PATH]: hostPage(src, 'autoplay; fullscreen'), [NO_FULLSCREEN_PATH]: hostPage(src, null) },
  });
  expect(new URL(host.origin).host).not.toBe(new URL(game.origin).host);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
  await game?.close();
  if (unpacked) rmSync(unpacked, { recursive: true, force: true });
});

describe('the web zip', () => {
  it('passes the package check on the real build and holds exactly its files', () => {
    expect(report.problems).toEqual([]);
    expect(readFolder(unpacked).map((f) => f.path)).toEqual(readFolder('dist').map((f) => f.path));
    expect(report.fileCount).toBeGreaterThan(50);
  });
});

/** The game's frame inside the host page, once its title is on screen. */
async function gameFrame(page: Page): Promise<Frame> {
  await page.frameLocator('#game_drop').locator('#begin').waitFor({ state: 'visible', timeout: 30_000 });
  const frame = page.frames().find((f) => f.url().startsWith(game.origin + GAME_PATH));
  if (!frame)
    throw new Error(
      `no frame from ${game.origin}${GAME_PATH}: ${page
        .frames()
        .map((f) => f.url())
        .join(', ')}`,
    );
  return frame;
}

/** Requests made by the game's frame (or anything but the host page itself) that leave the game's origin. */
function watchFrames(page: Page): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (/^(data|blob|about):/.test(url)) return;
    let fromHost = false;
    try {
      fromHost = request.frame() === page.mainFrame();
    } catch {
      // A worker's request has no frame: it is the game's.
    }
    if (!fromHost && !url.startsWith(game.origin + '/')) foreign.push(url);
  });
  return foreign;
}

/** What the reader sees in a frame: the spoken line, the choices, and whether the end screen is up. */
function readState(frame: Frame) {
  return frame.evaluate(() => ({
    live: document.getElementById('live')?.textContent ?? '',
    choices: [...document.querySelectorAll('#choices button')].map((b) => b.textContent ?? ''),
  }));
}

/** Presses Space and Enter in turn (completing each line, then advancing) until choices are offered. */
async function readToFirstChoice(page: Page, frame: Frame): Promise<{ lines: string[]; choices: string[] }> {
  const lines: string[] = [];
  for (let press = 0; press < 400; press++) {
    const state = await readState(frame);
    if (state.live && lines.at(-1) !== state.live) lines.push(state.live);
    if (state.choices.length) return { lines, choices: state.choices };
    await page.keyboard.press(press % 2 ? 'Enter' : 'Space');
    await page.waitForTimeout(25);
  }
  throw new Error(`no choice after 400 key presses; last line: ${lines.at(-1)}`);
}

/** Waits until main.ts has run (module scripts run before the load event), which wires #fullscreen. */
async function gameLoaded(frame: Frame): Promise<void> {
  await frame.waitForFunction(() => document.readyState === 'complete');
}

describe('on itch.io: a sub-path, inside a cross-origin iframe', () => {
  it('plays from Begin (mouse) to the first choice and past it with the keyboard only, requesting nothing from elsewhere', async () => {
    const context = await freshContext(browser, 1280, 800);
    const page = await context.newPage();
    const problems = watch(page, [host.origin, game.origin]);
    const foreign = watchFrames(page);
    await page.goto(host.origin + HOST_PATH);
    const frame = await gameFrame(page);
    expect(await frame.evaluate(() => window.top === window)).toBe(false);
    await page.screenshot({ path: `${SHOTS}/itch-iframe-title.png` });

    // Click into the frame (as a player does to give it focus), then press Begin with the mouse.
    const box = (await page.locator('#game_drop').boundingBox())!;
    expect(box.width).toBe(960);
    expect(box.height).toBe(540);
    await page.mouse.click(box.x + box.width - 40, box.y + box.height - 40);
    await page.frameLocator('#game_drop').locator('#begin').click();
    await frame.waitForFunction(() => typeof window.__firstLine === 'number', null, { timeout: 30_000 });

    // The canvas fills the frame's 960x540 (16:9, so no letterbox).
    const canvas = (await page.frameLocator('#game_drop').locator('#game canvas').boundingBox())!;
    expect(Math.abs(canvas.width - 960)).toBeLessThanOrEqual(2);
    expect(Math.abs(canvas.height - 540)).toBeLessThanOrEqual(2);

    const { lines, choices } = await readToFirstChoice(page, frame);
    expect(lines.length).toBeGreaterThan(0);
    expect(choices.length).toBeGreaterThan(1);
    await page.screenshot({ path: `${SHOTS}/itch-iframe-choice.png` });

    const before = (await readState(frame)).live;
    await page.keyboard.press('1');
    await frame.waitForFunction(() => document.querySelectorAll('#choices button').length === 0, null, {
      timeout: 10_000,
    });
    await frame.waitForFunction(
      (previous) => {
        const live = document.getElementById('live')?.textContent ?? '';
        return live.length > 0 && live !== previous;
      },
      before,
      { timeout: 10_000 },
    );
    const after = (await readState(frame)).live;
    expect(after).not.toBe(before);
    expect(after.length).toBeGreaterThan(0);
    await page.screenshot({ path: `${SHOTS}/itch-iframe-after-choice.png` });

    // Space and the arrow keys belong to the game: the itch.io page around it must not scroll.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(problems).toEqual<PageProblems>({ errors: [], foreignRequests: [] });
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('plays the unzipped web zip to an ending inside the frame', async () => {
    const context = await freshContext(browser, 1280, 800);
    const page = await context.newPage();
    const problems = watch(page, [host.origin, game.origin]);
    await page.goto(host.origin + HOST_PATH);
    const frame = await gameFrame(page);
    await page.frameLocator('#game_drop').locator('#begin').click();
    await frame.waitForFunction(() => typeof window.__firstLine === 'number', null, { timeout: 30_000 });
    // Space reads on, 1 takes the first option; a reading that shows nothing new for 30 s has stalled.
    let last = '';
    let progressAt = Date.now();
    for (let press = 0; press < 4000; press++) {
      const ended = await frame.evaluate(() => !document.getElementById('end')!.hidden);
      if (ended) break;
      const state = await readState(frame);
      if (state.live !== last) [last, progressAt] = [state.live, Date.now()];
      if (Date.now() - progressAt > 30_000) throw new Error(`no new line for 30 s; last: ${last}`);
      await page.keyboard.press(state.choices.length ? '1' : 'Space');
      await page.waitForTimeout(20);
    }
    expect(await frame.evaluate(() => document.getElementById('live')!.textContent)).toMatch(/^Ending \d of \d: /);
    expect(await frame.evaluate(() => document.getElementById('end-found')!.textContent)).toMatch(/1 of \d endings/);
    expect(problems).toEqual<PageProblems>({ errors: [], foreignRequests: [] });
    await context.close();
  });

  it('has a Fullscreen toggle in the frame’s top-right corner that enters and leaves fullscreen', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const problems = watch(page, [host.origin, game.origin]);
    await page.goto(host.origin + HOST_PATH);
    const frame = await gameFrame(page);
    await gameLoaded(frame);
    const button = page.frameLocator('#game_drop').locator('#fullscreen');
    await button.waitFor({ state: 'visible' });
    expect(await button.getAttribute('aria-label')).toBe('Fullscreen');
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    const frameBox = (await page.locator('#game_drop').boundingBox())!;
    const buttonBox = (await button.boundingBox())!;
    expect(frameBox.x + frameBox.width - (buttonBox.x + buttonBox.width)).toBeLessThanOrEqual(24);
    expect(buttonBox.y - frameBox.y).toBeLessThanOrEqual(24);
    expect(buttonBox.width).toBeLessThanOrEqual(48);

    await page.screenshot({ path: `${SHOTS}/itch-iframe-fullscreen-button.png` });
    await button.click();
    await frame.waitForFunction(() => document.fullscreenElement === document.documentElement, null, { timeout: 5000 });
    // The button follows the fullscreenchange event, which fires a moment after fullscreenElement changes.
    await expect.poll(() => button.getAttribute('aria-pressed'), { timeout: 5000 }).toBe('true');
    expect(await button.getAttribute('aria-label')).toBe('Exit fullscreen');
    // The click handed focus back, so Space reads on instead of pressing the button again.
    expect(await frame.evaluate(() => document.activeElement?.id)).not.toBe('fullscreen');
    await button.click();
    await frame.waitForFunction(() => document.fullscreenElement === null, null, { timeout: 5000 });
    await expect.poll(() => button.getAttribute('aria-pressed'), { timeout: 5000 }).toBe('false');

    // Still there during play, above the canvas.
    await page.frameLocator('#game_drop').locator('#begin').click();
    await frame.waitForFunction(() => typeof window.__firstLine === 'number', null, { timeout: 30_000 });
    expect(await button.isVisible()).toBe(true);
    expect(problems).toEqual<PageProblems>({ errors: [], foreignRequests: [] });
    await context.close();
  });

  it('hides the Fullscreen toggle where the frame may not go fullscreen', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(host.origin + NO_FULLSCREEN_PATH);
    const frame = await gameFrame(page);
    expect(await frame.evaluate(() => document.fullscreenEnabled)).toBe(false);
    await gameLoaded(frame);
    await frame.waitForFunction(() => document.getElementById('fullscreen')?.hidden === true);
    expect(await page.frameLocator('#game_drop').locator('#fullscreen').isVisible()).toBe(false);
    await context.close();
  });
});

describe('the built page on its own', () => {
  it('carries a Content Security Policy that allows only its own origin, without eval', async () => {
    const context = await freshContext(browser);
    const page = await context.newPage();
    await page.goto(`${game.origin}${GAME_PATH}`);
    const content = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(content).toBeTruthy();
    const directives = new Map(
      content!
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([name, ...sources]) => [name, sources] as const),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    // Scripts: the game's own files, and the page's own inline scripts by their hash (no 'unsafe-inline').
    const inlineScripts = await page.evaluate(() =>
      [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? ''),
    );
    const hashes = inlineScripts.map((text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`);
    expect(inlineScripts.length).toBeGreaterThan(0);
    expect(directives.get('script-src')).toEqual(["'self'", ...hashes]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    const inline = new Set(['img-src', 'media-src', 'font-src', 'connect-src', 'worker-src']);
    const outsiders = [...directives].flatMap(([name, sources]) =>
      sources
        .filter((source) => {
          if (source === "'self'" || source === "'none'") return false;
          if ((source === 'data:' || source === 'blob:') && inline.has(name)) return false;
          // The page's own <style> block and Phaser's element styles; scripts never get this.
          if (source === "'unsafe-inline'" && name === 'style-src') return false;
          if (name === 'script-src' && hashes.includes(source)) return false;
          return true;
        })
        .map((source) => `${name} ${source}`),
    );
    expect(outsiders).toEqual([]);
    expect(content).not.toContain('unsafe-eval');
    expect(content).not.toMatch(/\*|https?:|wss?:/);
    await context.close();
  });

  it('plays to the first line without a single CSP violation', async () => {
    const context = await freshContext(browser);
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective} blocked ${event.blockedURI}`),
      );
    });
    const page = await context.newPage();
    const problems = watch(page, [game.origin]);
    const cspMessages: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspMessages.push(message.text());
    });
    await page.goto(`${game.origin}${GAME_PATH}`);
    await begin(page);
    expect((await page.textContent('#live'))?.length).toBeGreaterThan(0);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
    expect(cspMessages).toEqual([]);
    expect(problems).toEqual<PageProblems>({ errors: [], foreignRequests: [] });
    await context.close();
  });

  it('requests nothing outside its own origin from a cold load to the first line', async () => {
    const context = await freshContext(browser);
    const page = await context.newPage();
    const problems = watch(page, [game.origin]);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`${game.origin}${GAME_PATH}`, { waitUntil: 'load' });
    await begin(page);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((url) => url.startsWith(game.origin + GAME_PATH)).length).toBeGreaterThan(5);
    expect(problems).toEqual<PageProblems>({ errors: [], foreignRequests: [] });
    await context.close();
  });
});
