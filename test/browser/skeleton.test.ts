import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshContext, launch, watch } from './support/browser.ts';
import { begin, playToEnd, withSettings } from './support/player.ts';
import { serveStatic, type StaticServer } from './support/server.ts';

const SHOTS = 'test-results/screenshots';
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await serveStatic('dist', { prefix: '/some/sub/path/' });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a player reads the story in a real browser', () => {
  it('begins from the title, plays with the keyboard to an ending and returns to the title', async () => {
    const context = await freshContext(browser);
    await withSettings(context, { textSpeed: 0 });
    const page = await context.newPage();
    const problems = watch(page, [server.origin]);
    await page.goto(`${server.origin}/some/sub/path/`);
    await expect(page.locator('#begin').isVisible()).resolves.toBe(true);
    await begin(page);
    const first = await page.textContent('#live');
    expect(first?.length).toBeGreaterThan(10);
    await page.screenshot({ path: `${SHOTS}/first-line-1280.png` });
    const run = await playToEnd(page, 'keyboard', () => 0);
    await page.screenshot({ path: `${SHOTS}/end-keyboard-1280.png` });
    expect(run.choicesTaken.length).toBeGreaterThan(0);
    expect(run.lines.length).toBeGreaterThan(20);
    expect(run.ending).toBeTruthy();
    // The ending is held: the key that ended the story, and the next few, do not skip past it.
    await expect.poll(() => page.textContent('#live')).toMatch(/^Ending \d of \d: /);
    for (const key of ['Enter', 'Space', 'Enter']) await page.keyboard.press(key);
    expect(await page.locator('#end').isVisible()).toBe(true);
    expect(await page.textContent('#end-found')).toMatch(/^You have found 1 of \d endings\.$/);
    // The credits are a choice on the end screen; closing them gives focus back there.
    // Tab along the end screen's actions to Credits, as a keyboard reader would.
    const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
    for (let i = 0; i < 8 && (await focusedId()) !== 'end-credits'; i++) await page.keyboard.press('Tab');
    expect(await focusedId()).toBe('end-credits');
    await page.keyboard.press('Enter');
    const credits = page.getByRole('dialog', { name: 'Credits' });
    await credits.waitFor();
    expect(await credits.textContent()).toContain('Kobutori Risu');
    await page.keyboard.press('Escape');
    await credits.waitFor({ state: 'detached' });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('#title').waitFor({ state: 'visible' });
    expect(problems).toEqual({ errors: [], foreignRequests: [] });
    await context.close();
  });

  it('reads on over a plain wash when a piece of art cannot be loaded, and says which in the console', async () => {
    const context = await freshContext(browser);
    await withSettings(context, { textSpeed: 0 });
    await context.route(/\/mission-desk-[\w-]+\.svg$/, (route) => route.fulfill({ status: 404, body: '' }));
    const page = await context.newPage();
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    const problems = watch(page, [server.origin]);
    await page.goto(`${server.origin}/some/sub/path/`);
    await begin(page);
    expect(warnings.filter((w) => w.startsWith('[art]'))).toEqual([
      expect.stringContaining('could not load "backdrop:mission-desk"'),
    ]);
    const first = await page.textContent('#live');
    await page.keyboard.press('Space');
    await page.waitForFunction((line) => document.getElementById('live')!.textContent !== line, first);
    // The browser reports the failed request itself; nothing else went wrong.
    expect(problems.errors.filter((e) => !e.includes('404'))).toEqual([]);
    await context.close();
  });

  it('plays another path with the mouse at 640x360, taking the last option each time', async () => {
    const context = await freshContext(browser, 640, 360);
    await withSettings(context, { textSpeed: 0 });
    const page = await context.newPage();
    const problems = watch(page, [server.origin]);
    await page.goto(`${server.origin}/some/sub/path/`);
    await begin(page);
    const mouseRun = await playToEnd(page, 'mouse', (choices) => choices.length - 1);
    await page.screenshot({ path: `${SHOTS}/end-mouse-640.png` });
    expect(mouseRun.ending).toBeTruthy();
    expect(mouseRun.choicesTaken.length).toBeGreaterThan(0);
    await page.click('#to-title');
    await page.locator('#title').waitFor({ state: 'visible' });
    expect(problems).toEqual({ errors: [], foreignRequests: [] });
    await context.close();
  });
});
