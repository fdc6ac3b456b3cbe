import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshContext, launch, watch } from './support/browser.ts';
import { begin, playToEnd, screenState, withSettings } from './support/player.ts';
import { serveStatic, type StaticServer } from './support/server.ts';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic('dist', { prefix: '/game/' });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Closes the credits that follow an ending and goes back to the title. */
async function backToTitle(page: Page): Promise<void> {
  const credits = page.getByRole('dialog', { name: 'Credits' });
  await credits.waitFor();
  await page.keyboard.press('Escape');
  await credits.waitFor({ state: 'detached' });
  await page.click('#to-title');
  await page.locator('#title').waitFor({ state: 'visible' });
}

describe('replaying for the other endings', () => {
  it('shows two reached endings as cards, the route map with what was found, and starts a reading from a choice point', async () => {
    const context = await freshContext(browser);
    await withSettings(context, { textSpeed: 0 });
    const page = await context.newPage();
    const problems = watch(page, [server.origin]);
    await page.goto(`${server.origin}/game/`);

    await begin(page);
    const canon = await playToEnd(page, 'keyboard', () => 0);
    expect(canon.ending).toBe('The Stone Wall');
    await backToTitle(page);
    await page.click('#begin');
    await page.waitForFunction(() => document.getElementById('title')!.hidden);
    // The same route, but the truth at the very end.
    const truth = await playToEnd(page, 'keyboard', (choices) => (choices.includes('Tell him the truth') ? choices.indexOf('Tell him the truth') : 0));
    expect(truth.ending).not.toBe('The Stone Wall');
    await backToTitle(page);

    expect(await page.textContent('#progress')).toMatch(/2 of 6 endings/);
    await page.click('#endings');
    const endings = page.getByRole('dialog', { name: 'Endings' });
    await endings.waitFor();
    const cards = await endings.textContent();
    expect(cards).toContain('The Stone Wall');
    expect(cards).toContain(truth.ending!);
    expect(cards).toMatch(/2 of 6/);
    await page.screenshot({ path: 'test-results/screenshots/endings-1280.png' });
    await page.keyboard.press('Escape');

    await page.click('#route-map');
    const map = page.getByRole('dialog', { name: 'Route map' });
    await map.waitFor();
    await page.screenshot({ path: 'test-results/screenshots/route-map-1280.png' });
    // Start from a discovered choice point: the breakfast table of chapter 3.
    const point = map.getByRole('button', { name: /Kitchen/ }).first();
    await point.click();
    await page.getByRole('button', { name: 'Start reading' }).click();
    await page.waitForFunction(() => document.getElementById('title')!.hidden && document.querySelectorAll('#choices button').length > 0, null, { timeout: 30_000 });
    const there = await screenState(page);
    expect(there.choices).toEqual(['Say nothing', "Ask him what's wrong", 'Tell him how the last two days have felt']);
    expect(there.stage.backdrop).toBe('kitchen-morning');
    const fromHere = await playToEnd(page, 'keyboard', (choices) => choices.length - 1);
    expect(fromHere.ending).toBeTruthy();
    expect(problems).toEqual({ errors: [], foreignRequests: [] });
    await context.close();
  }, 480_000);
});
