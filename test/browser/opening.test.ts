import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshContext, launch, watch } from './support/browser.ts';
import { withSettings } from './support/player.ts';
import { serveStatic, type StaticServer } from './support/server.ts';

const SHOTS = 'test-results/screenshots';
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await serveStatic('dist');
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The game engine's chunk (Phaser and the scenes). */
const ENGINE = /\/GameShell-[\w-]+\.js$/;

/** Holds back every request matching `url` until the returned function is called. */
async function holdBack(context: BrowserContext, url: RegExp): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await context.route(url, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

const live = (page: import('playwright-core').Page) =>
  page.evaluate(() => document.getElementById('live')!.textContent ?? '');

describe('Begin pressed before the game has loaded', () => {
  it('shows the first line at once; the reader finishes it and goes on, and the game carries on from there', async () => {
    const context = await freshContext(browser);
    // Hold the game engine's download until the test lets it through: a slow connection.
    const release = await holdBack(context, ENGINE);
    const page = await context.newPage();
    const problems = watch(page, [server.origin]);
    await page.goto(`${server.origin}/`);
    await page.click('#begin');
    await page.waitForFunction(() => typeof window.__firstLine === 'number', null, { timeout: 10_000 });
    // The line is up and spoken, drawn by the opening line's own canvas: the game has not loaded.
    expect(await live(page)).toMatch(/^There was ink dried in the creases/);
    expect(await page.evaluate(() => [...document.querySelectorAll('canvas')].map((c) => c.className))).toEqual([
      'ud-opening',
    ]);
    expect(await page.isVisible('#title')).toBe(false);
    // Space finishes the line; a second Space asks to go on, which waits for the game.
    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.querySelector('.ud-line__rest')?.textContent === '');
    expect(await page.textContent('.ud-line')).toMatch(/had not got any shorter since noon\.$/);
    await page.screenshot({ path: `${SHOTS}/opening-line-before-the-game.png` });
    await page.keyboard.press('Space');
    await page.waitForTimeout(300);
    expect(await live(page)).toMatch(/^There was ink dried/);
    release();
    // The game takes the line over and goes on to the second line; the opening line is gone.
    await page.waitForFunction(
      () => !/^There was ink dried/.test(document.getElementById('live')!.textContent ?? ''),
      null,
      { timeout: 30_000 },
    );
    expect(await live(page)).toMatch(/^Iruka signed another/);
    await page.waitForFunction(() => !document.querySelector('.ud-opening'));
    expect(await page.evaluate(() => document.querySelectorAll('.ud-line').length)).toBe(1);
    expect(problems).toEqual({ errors: [], foreignRequests: [] });
    await context.close();
  });

  it('keeps a line half typed where it was when the game takes over', async () => {
    const context = await freshContext(browser);
    await withSettings(context, { textSpeed: 10 });
    const release = await holdBack(context, ENGINE);
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    await page.click('#begin');
    // Ten letters a second: wait for the first twenty.
    await page.waitForFunction(
      () => (document.querySelector('.ud-line')?.firstChild?.textContent?.length ?? 0) >= 20,
      null,
      { timeout: 10_000 },
    );
    release();
    await page.waitForFunction(() => !document.querySelector('.ud-opening'), null, { timeout: 30_000 });
    // The game's paragraph goes on from where the opening line was, not from the first letter
    // (from the first letter, it would show about ten letters a second after taking over).
    const shown = await page.evaluate(() => document.querySelector('.ud-line')!.firstChild!.textContent!.length);
    expect(shown).toBeGreaterThanOrEqual(20);
    expect(await live(page)).toMatch(/^There was ink dried/);
    await context.close();
  });

  it('shows the first line at once when the game has loaded but the opening scene is still on its way', async () => {
    const context = await freshContext(browser);
    const release = await holdBack(context, /\/mission-desk-[\w-]+\.svg$/);
    const page = await context.newPage();
    const problems = watch(page, [server.origin]);
    await page.goto(`${server.origin}/`);
    // The game has loaded (it counts its frames) while its opening backdrop is held back.
    await page.waitForFunction(() => window.__frames !== undefined, null, { timeout: 30_000 });
    await page.click('#begin');
    await page.waitForFunction(() => typeof window.__firstLine === 'number', null, { timeout: 5_000 });
    expect(await live(page)).toMatch(/^There was ink dried in the creases/);
    expect(await page.evaluate(() => !!document.querySelector('.ud-opening'))).toBe(true);
    release();
    // The game takes the line over once its scene is ready.
    await page.waitForFunction(() => !document.querySelector('.ud-opening'), null, { timeout: 30_000 });
    expect(await live(page)).toMatch(/^There was ink dried/);
    await page.keyboard.press('Space');
    await page.keyboard.press('Space');
    await page.waitForFunction(
      () => /^Iruka signed another/.test(document.getElementById('live')!.textContent ?? ''),
      null,
      { timeout: 10_000 },
    );
    expect(problems).toEqual({ errors: [], foreignRequests: [] });
    await context.close();
  });

  it('keeps a Begin pressed before the page’s own script has run', async () => {
    const context = await freshContext(browser);
    const release = await holdBack(context, /\/assets\/index-[\w-]+\.js$/);
    const page = await context.newPage();
    const problems = watch(page, [server.origin]);
    await page.goto(`${server.origin}/`, { waitUntil: 'commit' });
    // The title is plain HTML: on screen, and Begin can be pressed, before any script has loaded.
    await page.click('#begin');
    release();
    await page.waitForFunction(() => typeof window.__firstLine === 'number', null, { timeout: 30_000 });
    expect(await live(page)).toMatch(/^There was ink dried in the creases/);
    expect(problems).toEqual({ errors: [], foreignRequests: [] });
    await context.close();
  });
});
