import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshContext, launch, watch } from './support/browser.ts';
import { begin, chooseAndWait, pressAndWait, readToChoice, screenState, withSettings } from './support/player.ts';
import { serveStatic, type StaticServer } from './support/server.ts';

const SHOTS = 'test-results/screenshots';
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await serveStatic('dist', { prefix: '/game/' });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(
  settings: Parameters<typeof withSettings>[1] = { textSpeed: 0 },
): Promise<{ context: BrowserContext; page: Page; problems: ReturnType<typeof watch> }> {
  const context = await freshContext(browser);
  await withSettings(context, settings);
  const page = await context.newPage();
  const problems = watch(page, [server.origin]);
  await page.goto(`${server.origin}/game/`);
  return { context, page, problems };
}

describe('reading controls', () => {
  it('rolls back across a choice with Page Up, restoring the stage, and lets the reader choose differently', async () => {
    const { context, page, problems } = await open();
    await begin(page);
    await readToChoice(page);
    const atChoice = await screenState(page);
    expect(atChoice.choices).toEqual(['Leap the desk', 'Stay where he is']);
    const leapt = await chooseAndWait(page, '1');
    const afterLeap = await pressAndWait(page, 'Space');
    // Back line by line: the line after the choice, the choice, the line before it.
    await page.keyboard.press('PageUp');
    await page.waitForFunction((l) => document.getElementById('live')!.textContent === l, leapt);
    await page.keyboard.press('PageUp');
    await page.waitForFunction(() => document.querySelectorAll('#choices button').length === 2);
    await page.keyboard.press('PageUp');
    await page.waitForFunction(() => document.querySelectorAll('#choices button').length === 0);
    expect((await screenState(page)).live).not.toBe(atChoice.live);
    await pressAndWait(page, 'Space');
    // The line comes first, its choices once it has shown whole.
    await page.waitForFunction(() => document.querySelectorAll('#choices button').length > 0, null, {
      timeout: 10_000,
    });
    expect((await screenState(page)).choices).toEqual(atChoice.choices);
    await chooseAndWait(page, '2');
    const afterStay = await pressAndWait(page, 'Space');
    expect(afterStay).not.toBe(afterLeap);
    expect((await screenState(page)).stage.backdrop).toBe('mission-desk');
    expect(problems).toEqual({ errors: [], foreignRequests: [] });
    await context.close();
  });

  it('rolls back at least a hundred steps', async () => {
    const { context, page } = await open();
    await begin(page);
    const read: string[] = [(await page.textContent('#live'))!];
    while (read.length < 110) {
      if (await page.locator('#choices button').count()) await page.keyboard.press('1');
      const line = await pressAndWait(page, 'Space');
      if (line !== read.at(-1)) read.push(line);
    }
    // Press Page Up until the reading is back among its first lines (a press during a scene change is taken by it).
    let back = (await page.textContent('#live'))!;
    for (let presses = 0; presses < 200 && !(read.indexOf(back) >= 0 && read.indexOf(back) <= 5); presses++) {
      await page.keyboard.press('PageUp');
      await page
        .waitForFunction((b) => document.getElementById('live')!.textContent !== b, back, { timeout: 2_000 })
        .catch(() => undefined);
      back = (await page.textContent('#live'))!;
    }
    expect(read.indexOf(back)).toBeGreaterThanOrEqual(0);
    expect(read.indexOf(back)).toBeLessThanOrEqual(5);
    await context.close();
  });

  it('skips only lines already read, stopping at the first unseen line', async () => {
    const { context, page } = await open();
    await begin(page);
    const firstReading = await readToChoice(page);
    await chooseAndWait(page, '1');
    const firstNew = await pressAndWait(page, 'Space');
    // Back to the title and read again: everything up to the choice has been seen.
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Return to title' }).click();
    await page.click('#begin');
    await page.waitForFunction(() => document.getElementById('title')!.hidden);
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => document.querySelectorAll('#choices button').length > 0, null, {
      timeout: 20_000,
    });
    expect(await page.getByRole('button', { name: /^Skip/ }).getAttribute('aria-pressed')).toBe('false');
    // Skip stops at the choice; take the other option: its line has never been read.
    await chooseAndWait(page, '2');
    const other = await pressAndWait(page, 'Space');
    expect(other).not.toBe(firstNew);
    // From here every line is new: skip moves on to the next one, which was never read, and stops there.
    await page.keyboard.press('Tab');
    await page.waitForFunction((o) => document.getElementById('live')!.textContent !== o, other, { timeout: 10_000 });
    const stoppedAt = await page.textContent('#live');
    await page.waitForTimeout(1000);
    expect(await page.textContent('#live')).toBe(stoppedAt);
    expect(await page.getByRole('button', { name: /^Skip/ }).getAttribute('aria-pressed')).toBe('false');
    expect(firstReading.length).toBeGreaterThan(5);
    await context.close();
  });

  it('auto mode moves on by itself after each line, and A turns it off', async () => {
    const { context, page } = await open({ textSpeed: 0, autoDelay: 0.5 });
    await begin(page);
    const first = await page.textContent('#live');
    await page.keyboard.press('a');
    await page.waitForFunction((f) => document.getElementById('live')!.textContent !== f, first, { timeout: 8000 });
    const second = await page.textContent('#live');
    await page.waitForFunction((s) => document.getElementById('live')!.textContent !== s, second, { timeout: 8000 });
    await page.keyboard.press('a');
    const stopped = await page.textContent('#live');
    await page.waitForTimeout(2500);
    expect(await page.textContent('#live')).toBe(stopped);
    await context.close();
  });

  it('opens the backlog with L, the menu with Escape, and hides the interface with H', async () => {
    const { context, page, problems } = await open();
    await begin(page);
    for (let i = 0; i < 4; i++) await pressAndWait(page, 'Space');
    const current = (await page.textContent('#live'))!;
    await page.keyboard.press('l');
    const log = page.getByRole('dialog', { name: 'Backlog' });
    await log.waitFor();
    expect(await log.textContent()).toContain(current.replace(/^[A-Z][a-z]+: /, ''));
    await page.screenshot({ path: `${SHOTS}/backlog-1280.png` });
    await page.keyboard.press('Escape');
    await log.waitFor({ state: 'detached' });
    await page.keyboard.press('Escape');
    const menu = page.getByRole('dialog', { name: 'Menu' });
    await menu.waitFor();
    for (const name of ['Resume', 'Save', 'Load', 'Backlog', 'Settings', 'Return to title']) {
      expect(await menu.getByRole('button', { name }).count()).toBe(1);
    }
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    // Keys reach the story again once the overlays are closed.
    await pressAndWait(page, 'Space');
    await page.keyboard.press('h');
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${SHOTS}/hidden-interface-1280.png` });
    await page.keyboard.press('h');
    expect(problems).toEqual({ errors: [], foreignRequests: [] });
    await context.close();
  });

  it('applies a setting at once and keeps it in the profile', async () => {
    const { context, page } = await open();
    await page.click('#settings');
    const settings = page.getByRole('dialog', { name: 'Settings' });
    await settings.waitFor();
    await settings.getByLabel('High-contrast dialogue box').check();
    await page.keyboard.press('Escape');
    await page.reload();
    await page.click('#settings');
    await settings.waitFor();
    expect(await settings.getByLabel('High-contrast dialogue box').isChecked()).toBe(true);
    await context.close();
  });

  it('gives a screen reader the current line and the choices as buttons', async () => {
    const { context, page } = await open();
    await begin(page);
    await readToChoice(page);
    const snapshot = await page.locator('body').ariaSnapshot();
    const line = (await page.textContent('#live'))!;
    expect(snapshot).toContain(line.slice(0, 40));
    expect(snapshot).toMatch(/button "Choice 1 of 2: Leap the desk"/);
    expect(snapshot).toMatch(/button "Choice 2 of 2: Stay where he is"/);
    // The choice buttons are focusable and pressing Enter on one chooses it.
    await page.getByRole('button', { name: 'Choice 2 of 2: Stay where he is' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('#choices button').length === 0);
    await context.close();
  });
});
