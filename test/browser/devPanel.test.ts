// The dev panel, against the dev server (it never ships: devOnly.test.ts): the author's view of the
// reading, with its place in the ink, its state to edit, jumps and the route so far.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DevServer, readUntil, startDevServer } from '../../src/tools/bench/devServer.ts';
import { freshContext, launch, watch } from './support/browser.ts';
import { begin, withSettings } from './support/player.ts';

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

describe('the dev panel (F2, dev server only)', () => {
  it('shows the place in the ink, edits a variable, jumps to a knot, and gives the route so far', async () => {
    const context = await freshContext(browser);
    await withSettings(context, { textSpeed: 0 });
    const page = await context.newPage();
    const problems = watch(page, [server.origin]);
    await page.goto(`${server.origin}/`, { waitUntil: 'domcontentloaded', timeout: 300_000 });
    await page.waitForFunction(() => window.__beginWired === true, null, { timeout: 300_000 });
    await begin(page);
    await readUntil(page, 'Kakashi: Yo.');
    await page.keyboard.press('F2');
    const panel = page.getByRole('complementary', { name: 'Dev panel' });
    // The panel's words line by line, as laid out (textContent would run the place and its file together).
    // biome-ignore lint/performance/useDomNodeTextContent: the line breaks are what the checks read
    const panelText = () => panel.innerText();
    await panel.waitFor({ timeout: 60_000 });
    expect(await panelText()).toMatch(/mission_desk\s+chapters\/01-mission-desk\.ink:\d+/);
    expect(await panelText()).toMatch(/\d+ of \d+ \(\d+\.\d%\)/);

    const courage = panel.getByRole('textbox', { name: 'courage', exact: true });
    expect(await courage.inputValue()).toBe('0');
    await courage.fill('3');
    await courage.press('Enter');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => !document.getElementById('live')!.textContent!.includes('Yo.'));
    expect(await panel.getByRole('textbox', { name: 'courage', exact: true }).inputValue()).toBe('3');

    await panel.locator('select').selectOption('breakfast_scene');
    await panel.getByRole('button', { name: 'Jump' }).click();
    await page.waitForFunction(() => document.getElementById('live')!.textContent!.includes('He woke alone'));
    expect(await panelText()).toMatch(/breakfast_scene\s+chapters\/03-breakfast\.ink:\d+/);
    const log = JSON.parse(await panel.locator('textarea[readonly]').inputValue()) as { route: number[] };
    expect(Array.isArray(log.route)).toBe(true);
    await page.screenshot({ path: 'test-results/dev-panel.png' });

    await page.keyboard.press('F2');
    await panel.waitFor({ state: 'hidden' });
    expect(problems.errors).toEqual([]);
    await context.close();
  });
});
