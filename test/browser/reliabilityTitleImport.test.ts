// A reader moving to a new browser (#22, item 12): saves exported in one browser are imported from
// the title of a browser that has none yet, without beginning a reading first, and Continue then
// takes her back to the line she saved on.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { freshContext, type PageProblems, watch } from './support/browser.ts';
import { useGame } from './support/harness.ts';
import { chooseAndWait, readToChoice } from './support/player.ts';

const game = useGame();

describe('importing saves from the title of a new browser', () => {
  it('offers Import saves on a fresh title, imports a bundle there, and then offers Continue to the saved line', async () => {
    // The old browser: read past the first choice, quick save, export every save as a file.
    const old = await game.openReading();
    await readToChoice(old.page);
    await chooseAndWait(old.page, '1');
    await old.page.keyboard.press('Space');
    await old.page.waitForTimeout(200);
    await old.page.keyboard.press('F5');
    await old.page.getByText('Quick saved.').waitFor({ timeout: 10_000 });
    const savedLine = await old.page.textContent('#live');
    await old.page.keyboard.press('Escape');
    await old.page.locator('dialog[open]').getByRole('button', { name: 'Load', exact: true }).click();
    const [download] = await Promise.all([
      old.page.waitForEvent('download'),
      old.page.getByRole('button', { name: 'Export all saves' }).click(),
    ]);
    const bundle = readFileSync((await download.path())!, 'utf-8');
    expect(JSON.parse(bundle)).toBeTruthy();
    await old.context.close();

    // The new browser: nothing saved, so no Continue; Import saves is on the title all the same.
    const context = await freshContext(game.browser);
    const page = await context.newPage();
    const problems = watch(page, [game.server.origin]);
    await page.goto(`${game.server.origin}/game/`);
    const load = page.locator('#load');
    await load.waitFor({ state: 'visible', timeout: 30_000 });
    expect(await load.textContent()).toBe('Import saves');
    expect(await page.locator('#continue').isVisible()).toBe(false);
    await page.screenshot({ path: 'test-results/title-import-fresh.png' });

    await load.click();
    await page.locator('dialog[open] input[type="file"]').setInputFiles({
      name: 'ultimate-defence-saves.json',
      mimeType: 'application/json',
      buffer: Buffer.from(bundle),
    });
    await page.getByRole('alertdialog', { name: 'Import these saves?' }).waitFor({ timeout: 10_000 });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText(/Imported \d+ saves?/).waitFor({ timeout: 10_000 });
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('dialog[open]'));

    // The title now has saves: Continue, and Load under its own name.
    await page.locator('#continue').waitFor({ state: 'visible', timeout: 10_000 });
    expect(await load.textContent()).toBe('Load');
    await page.screenshot({ path: 'test-results/title-import-done.png' });
    await page.click('#continue');
    await page.waitForFunction((line) => document.getElementById('live')?.textContent === line, savedLine, {
      timeout: 30_000,
    });
    expect(problems).toEqual<PageProblems>({ errors: [], foreignRequests: [] });
    await context.close();
  });
});
