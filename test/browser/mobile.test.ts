// On a phone: in landscape the game fits the screen and is read by touch; in portrait it shows the
// title (test/browser/portrait.test.ts plays it upright); no window is asked to turn.
import { devices, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshContext, launch, watch, type PageProblems } from './support/browser.ts';
import { choicePoint } from './support/player.ts';
import { serveStatic, type StaticServer } from './support/server.ts';

const PATH = '/html/12345/';
const SHOTS = '/tmp';
const PHONE = devices['Pixel 7'];

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic('dist', { prefix: PATH });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A Pixel 7 held one way or the other: touch, mobile viewport rules, its pixel ratio. */
function phone(width: number, height: number): Promise<BrowserContext> {
  return browser.newContext({ ...PHONE, viewport: { width, height }, screen: { width, height } });
}

/** What the reader sees: the spoken line and the choices offered. */
function readState(page: Page) {
  return page.evaluate(() => ({
    live: document.getElementById('live')?.textContent ?? '',
    choices: [...document.querySelectorAll('#choices button')].map((b) => b.textContent ?? ''),
  }));
}

describe('on a phone', () => {
  it('in landscape, fits the screen and plays by touch: Begin, taps to read, a tap on a choice', async () => {
    const context = await phone(915, 412);
    const page = await context.newPage();
    const problems = watch(page, [server.origin]);
    await page.goto(`${server.origin}${PATH}`);
    await page.screenshot({ path: `${SHOTS}/phone-landscape-title.png` });

    await page.tap('#begin');
    // At the phone's 2.625 pixel ratio the canvas is ~2080x1170: slow in software rendering on a busy CI machine.
    await page.waitForFunction(() => typeof window.__firstLine === 'number', null, { timeout: 90_000 });

    // The 16:9 canvas fits inside the 915x412 screen (height-bound), centred, and nothing scrolls.
    const box = (await page.locator('#game canvas').boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(-1);
    expect(box.y).toBeGreaterThanOrEqual(-1);
    expect(box.x + box.width).toBeLessThanOrEqual(916);
    expect(box.y + box.height).toBeLessThanOrEqual(413);
    expect(Math.abs(box.height - 412)).toBeLessThanOrEqual(2);
    expect(Math.abs(box.x - (915 - box.width) / 2)).toBeLessThanOrEqual(2);
    expect(
      await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight]),
    ).toEqual([915, 412]);
    await page.screenshot({ path: `${SHOTS}/phone-landscape-first-line.png` });

    // Tap the dialogue box to complete and advance lines until the first choice.
    const lines: string[] = [];
    let choices: string[] = [];
    for (let tap = 0; tap < 400 && !choices.length; tap++) {
      const state = await readState(page);
      if (state.live && lines.at(-1) !== state.live) lines.push(state.live);
      choices = state.choices;
      if (!choices.length) {
        await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height * 0.85);
        await page.waitForTimeout(25);
      }
    }
    expect(lines.length).toBeGreaterThan(0);
    expect(choices.length).toBeGreaterThan(1);
    await page.screenshot({ path: `${SHOTS}/phone-landscape-choice.png` });

    // The choice buttons are visually hidden for screen readers; a finger taps the one drawn on the canvas.
    const before = (await readState(page)).live;
    const point = await choicePoint(page, 0, choices.length);
    await page.touchscreen.tap(point.x, point.y);
    await page.waitForFunction(() => document.querySelectorAll('#choices button').length === 0, null, {
      timeout: 10_000,
    });
    await page.waitForFunction(
      (previous) => {
        const live = document.getElementById('live')?.textContent ?? '';
        return live.length > 0 && live !== previous;
      },
      before,
      { timeout: 10_000 },
    );
    expect((await readState(page)).live).not.toBe(before);
    await page.screenshot({ path: `${SHOTS}/phone-landscape-after-choice.png` });
    expect(problems).toEqual<PageProblems>({ errors: [], foreignRequests: [] });
    await context.close();
  }, 240_000);

  it('in portrait, shows the title and its content note (no prompt to turn the phone)', async () => {
    const context = await phone(412, 915);
    const page = await context.newPage();
    const problems = watch(page, [server.origin]);
    await page.goto(`${server.origin}${PATH}`);
    await page.locator('#begin').waitFor({ state: 'visible' });
    expect(await page.locator('#rotate').count()).toBe(0);
    expect(await page.isVisible('#content-note')).toBe(true);
    await page.screenshot({ path: `${SHOTS}/phone-portrait.png` });
    expect(problems).toEqual<PageProblems>({ errors: [], foreignRequests: [] });
    await context.close();
  });
});

describe('on a desktop', () => {
  for (const [width, height] of [
    [1280, 720],
    [600, 900],
  ] as const) {
    it(`never shows the turn-your-device prompt (${width}x${height} window, mouse)`, async () => {
      const context = await freshContext(browser, width, height);
      const page = await context.newPage();
      await page.goto(`${server.origin}${PATH}`);
      await page.locator('#begin').waitFor({ state: 'visible' });
      expect(await page.locator('#rotate').count()).toBe(0);
      await context.close();
    });
  }
});
