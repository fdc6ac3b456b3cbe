import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshContext, launch, watch } from './support/browser.ts';
import { begin, playToEnd, withSettings } from './support/player.ts';
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

/** Goes back to the title from the end screen. */
async function backToTitle(page: Page): Promise<void> {
  await page.click('#to-title');
  await page.locator('#title').waitFor({ state: 'visible' });
}

describe('replaying for the other endings', () => {
  it('reaches two endings (the second from a route-map choice point) and shows both cards and the route found', async () => {
    const context = await freshContext(browser);
    await withSettings(context, { textSpeed: 0 });
    const page = await context.newPage();
    const problems = watch(page, [server.origin]);
    await page.goto(`${server.origin}/game/`);

    await begin(page);
    const canon = await playToEnd(page, 'keyboard', () => 0);
    expect(canon.ending).toBe('The Stone Wall');
    await backToTitle(page);

    // The route map shows what the reading found; start again from its last choice point.
    await page.click('#route-map');
    const map = page.getByRole('dialog', { name: 'Route map' });
    await map.waitFor();
    await page.screenshot({ path: 'test-results/screenshots/route-map-1280.png' });
    const found = await map.getByRole('button', { name: /Taken:/ }).count();
    expect(found).toBeGreaterThanOrEqual(13);
    expect(await map.getByRole('button', { name: /not yet/ }).count()).toBeGreaterThan(0);
    await map
      .getByRole('button', { name: /Are you happy/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Start reading' }).click();
    await page.waitForFunction(() => document.getElementById('title')!.hidden, null, { timeout: 30_000 });
    const truth = await playToEnd(page, 'keyboard', (choices) =>
      choices.includes('Tell him the truth') ? choices.indexOf('Tell him the truth') : 0,
    );
    expect(truth.ending).toBeTruthy();
    expect(truth.ending).not.toBe('The Stone Wall');
    expect(truth.choicesTaken).toContain('Tell him the truth');
    await backToTitle(page);

    expect(await page.textContent('#progress')).toMatch(/2 of 6 endings/);
    await page.click('#endings');
    const endings = page.getByRole('dialog', { name: 'Endings' });
    await endings.waitFor();
    const cards = await endings.textContent();
    expect(cards).toContain('The Stone Wall');
    expect(cards).toContain(truth.ending!);
    await page.screenshot({ path: 'test-results/screenshots/endings-1280.png' });
    await page.keyboard.press('Escape');
    expect(problems).toEqual({ errors: [], foreignRequests: [] });
    await context.close();
  }, 480_000);
});
