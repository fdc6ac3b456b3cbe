// Coming back and keeping a reading, in the built game: "Previously..." for a save a week old, then
// the same line; the transcript downloaded and read; a line shared (the clipboard, where Chromium
// on Linux has no share sheet).
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useGame } from './support/harness.ts';
import { playToEnd, pressAndWait, readToChoice, screenState } from './support/player.ts';

const game = useGame();
const SHOTS = 'test-results/screenshots';
const WEEK_MS = 7 * 24 * 3600 * 1000;

/** Moves the time of every save in the page's storage `ms` into the past, as if she had been away. */
async function ageSaves(page: Page, ms: number): Promise<number> {
  return page.evaluate((back) => {
    let aged = 0;
    for (const key of Object.keys(localStorage)) {
      const value = localStorage.getItem(key) ?? '';
      if (!value.includes('"time"')) continue;
      const save = JSON.parse(value);
      if (typeof save?.time !== 'string') continue;
      save.time = new Date(Date.parse(save.time) - back).toISOString();
      localStorage.setItem(key, JSON.stringify(save));
      aged++;
    }
    return aged;
  }, ms);
}

const recapDialog = (page: Page) => page.getByRole('dialog', { name: 'Previously...' });

describe('coming back to a reading', () => {
  it('a save a week old opens "Previously..." with this reading so far; one press, and the same line', async () => {
    const { context, page, problems } = await game.openReading();
    await readToChoice(page);
    await page.keyboard.press('1');
    for (let i = 0; i < 3; i++) await pressAndWait(page, 'Space');
    const before = await screenState(page);
    await page.keyboard.press('F5');
    await page.getByText('Quick saved.').waitFor();
    expect(await ageSaves(page, WEEK_MS)).toBeGreaterThan(0);
    await page.reload();
    await page.click('#continue');
    const recap = recapDialog(page);
    await recap.waitFor({ timeout: 30_000 });
    await expect.poll(() => recap.textContent()).toContain('Iruka went over the desk in front of everyone');
    const text = (await recap.textContent()) ?? '';
    expect(text).toContain('1. The Mission Desk');
    expect(text).toContain('You chose: Leap the desk');
    // Screen readers hear it from the panel's own live region (the page's are inert under the dialog).
    await expect
      .poll(() => recap.locator('.ud-recap-live').textContent())
      .toMatch(/^Previously\. Chapter 1: The Mission Desk\. After four months away/);
    await page.screenshot({ path: `${SHOTS}/recap-1280.png` });
    await page.setViewportSize({ width: 640, height: 360 });
    await page.screenshot({ path: `${SHOTS}/recap-640.png` });
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.keyboard.press('Enter');
    await recap.waitFor({ state: 'detached' });
    const after = await screenState(page);
    expect(after.live).toBe(before.live);
    // The story has its keys back: the next press reads on.
    expect(await pressAndWait(page, 'Space')).not.toBe(before.live);
    expect(problems).toEqual({ errors: [], foreignRequests: [] });
    await context.close();
  });

  it('a save continued the same day resumes without a recap; the menu still offers one', async () => {
    const { context, page } = await game.openReading();
    await readToChoice(page);
    await page.keyboard.press('2');
    await pressAndWait(page, 'Space');
    await page.keyboard.press('F5');
    await page.getByText('Quick saved.').waitFor();
    await page.reload();
    await page.click('#continue');
    await page.waitForFunction(() => typeof window.__firstLine === 'number');
    await page.waitForTimeout(300);
    expect(await recapDialog(page).count()).toBe(0);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Previously...' }).click();
    await expect.poll(() => recapDialog(page).textContent()).toContain('You chose: Stay where he is');
    await page.keyboard.press('Space');
    await recapDialog(page).waitFor({ state: 'detached' });
    await context.close();
  });
});

describe('keeping a reading', () => {
  it('at the end, the transcript downloads with the ending named, and a line is shared by the clipboard', async () => {
    const { context, page, problems } = await game.openReading();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: game.server.origin });
    const read = await playToEnd(page, 'keyboard', () => 0);
    await page.click('#end-keep');
    const panel = page.getByRole('dialog', { name: 'Keep this reading' });
    await panel.waitFor();
    await page.screenshot({ path: `${SHOTS}/keep-1280.png` });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'Download transcript' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('ultimate-defence-stone-wall.md');
    const transcript = readFileSync((await download.path())!, 'utf-8');
    expect(transcript).toContain('Ending: **The Stone Wall**');
    expect(transcript).toContain('> You chose: Leap the desk');
    expect(transcript).toContain('**Kakashi:** Yo.');
    expect(transcript).toContain('## Chapter 7: A Year Later');
    // Every line the reader saw is in it (the mirror heard them one by one).
    const spoken = read.lines.filter((l) => !/^(Chapter \d+|Ending)/.test(l)).map((l) => l.replace(/^[^:]+: /, ''));
    for (const line of spoken.slice(0, 40)) expect(transcript).toContain(line.replace(/([*_`[\]<>\\])/g, '\\$1'));
    await expect.poll(() => panel.locator('.ud-keep-status').textContent()).toMatch(/copy it instead/);

    const last = panel.getByRole('button', { name: /share this line/ }).last();
    const words = (await last.locator('.ud-keep-words').textContent()) ?? '';
    await last.click();
    await expect.poll(() => panel.locator('.ud-keep-status').textContent()).toBe('Copied to the clipboard.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`“${words}”, from Ultimate Defence`);
    expect(problems).toEqual({ errors: [], foreignRequests: [] });
    await context.close();
  });

  it('from the backlog mid-reading, the transcript can be copied instead of downloaded', async () => {
    const { context, page } = await game.openReading();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: game.server.origin });
    await readToChoice(page);
    await page.keyboard.press('l');
    await page.getByRole('button', { name: 'Keep this reading' }).click();
    const panel = page.getByRole('dialog', { name: 'Keep this reading' });
    await panel.getByRole('button', { name: 'Copy transcript' }).click();
    await expect.poll(() => panel.locator('.ud-keep-status').textContent()).toBe('Transcript copied.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('Not finished yet.');
    expect(copied).toContain('**Kakashi:** Yo.');
    await context.close();
  });
});
