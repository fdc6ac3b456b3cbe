// The author's loop, in a browser against the dev server: a reader in chapter 3, an earlier line of
// the same route edited in a temporary copy of ink/, and the page shows it without reloading.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DevServer, editInk, readUntil, startDevServer } from '../../src/tools/bench/devServer.ts';
import { freshContext, launch, watch } from './support/browser.ts';
import { begin, withSettings } from './support/player.ts';

const CHAPTER = 'chapters/03-breakfast.ink';
const EARLIER = 'Kakashi: Morning.';
const CURRENT = 'There are some things I need to organise.';

let server: DevServer;
let browser: Browser;
beforeAll(async () => {
  server = await startDevServer();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Waits for the next hot reload after `count` and returns how it landed. */
async function reloaded(page: Page, count: number): Promise<string> {
  await page.waitForFunction((n) => (window.__storyReload?.count ?? 0) > n, count, { timeout: 60_000 });
  return page.evaluate(() => window.__storyReload!.landing);
}

/** The backlog's lines as the reader sees them (L opens it; Escape closes it again). */
async function backlogText(page: Page): Promise<string> {
  await page.keyboard.press('l');
  const dialog = page.getByRole('dialog', { name: 'Backlog' });
  await dialog.waitFor({ timeout: 10_000 });
  const text = (await dialog.textContent()) ?? '';
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached', timeout: 10_000 });
  return text;
}

describe('a saved .ink file in the dev server', () => {
  it('shows an edited earlier line in the backlog and keeps the reader on the same line, without a reload', async () => {
    const context = await freshContext(browser);
    await withSettings(context, { textSpeed: 0 });
    const page = await context.newPage();
    const problems = watch(page, [server.origin]);
    // A cold dev server pre-bundles the dependencies and derives the replay data first.
    await page.goto(`${server.origin}/`, { waitUntil: 'domcontentloaded', timeout: 300_000 });
    await page.waitForFunction(() => window.__beginWired === true, null, { timeout: 300_000 });
    await begin(page);
    await readUntil(page, CURRENT);
    expect(await page.textContent('#live-heading')).toContain('Breakfast');
    await page.evaluate(() => {
      (window as { __sameDocument?: boolean }).__sameDocument = true;
    });
    const stage = await page.evaluate(() => ({ ...document.getElementById('game')!.dataset }));

    editInk(join(server.inkRoot, CHAPTER), EARLIER, 'Kakashi: Morning. You slept in.');
    expect(await reloaded(page, 0)).toBe('sameLine');

    expect(await page.evaluate(() => (window as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    expect(await page.textContent('#live')).toContain(CURRENT);
    expect(await page.evaluate(() => ({ ...document.getElementById('game')!.dataset }))).toEqual(stage);
    const backlog = await backlogText(page);
    expect(backlog).toContain('Morning. You slept in.');
    expect(backlog).not.toContain('Morning.Iruka');
    expect(backlog).toContain(CURRENT);
    // The reading goes on from there on the new story.
    await page.keyboard.press('Space');
    await page.waitForFunction((line) => !document.getElementById('live')!.textContent?.includes(line), CURRENT);
    expect(problems.errors).toEqual([]);
    await context.close();
  });

  it('keeps the game on the last good story when the ink does not compile, and takes the fix', async () => {
    const context = await freshContext(browser);
    await withSettings(context, { textSpeed: 0 });
    const page = await context.newPage();
    await page.goto(`${server.origin}/`, { waitUntil: 'domcontentloaded', timeout: 300_000 });
    await page.waitForFunction(() => window.__beginWired === true, null, { timeout: 300_000 });
    await begin(page);
    const first = (await page.textContent('#live')) ?? '';
    const file = join(server.inkRoot, CHAPTER);
    editInk(file, '-> kitchen\n', '-> no_such_stitch\n');
    const overlay = page.locator('vite-error-overlay');
    await overlay.waitFor({ state: 'attached', timeout: 60_000 });
    const message = await overlay.evaluate((o) => o.shadowRoot?.textContent ?? '');
    expect(message).toMatch(/03-breakfast\.ink.*line \d+|03-breakfast\.ink:\d+/);
    expect(await page.textContent('#live')).toBe(first);

    editInk(file, '-> no_such_stitch\n', '-> kitchen\n');
    await overlay.waitFor({ state: 'detached', timeout: 60_000 });
    expect(await page.textContent('#live')).toBe(first);
    await context.close();
  });
});
