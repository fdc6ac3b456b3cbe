// The canvas is drawn only when its picture changes, and the words of the line are set by the
// browser over the dialogue box (src/presentation/frameGate.ts, src/presentation/dom/LineText.ts).
import { readdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artFile, backdropKey, closeupKey, overlayKey } from '../../src/presentation/assets.ts';
import { freshContext, launch, watch } from './support/browser.ts';
import { begin, pressAndWait, withSettings } from './support/player.ts';
import { serveStatic, type StaticServer } from './support/server.ts';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic('dist', { prefix: '/game/', mounts: { '/art/': 'assets/art' } });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const frames = (page: Page) => page.evaluate(() => ({ ...window.__frames! }));

/** Frames drawn and skipped over `ms`. */
async function framesOver(page: Page, ms: number): Promise<{ drawn: number; skipped: number }> {
  const before = await frames(page);
  await page.waitForTimeout(ms);
  const after = await frames(page);
  return { drawn: after.drawn - before.drawn, skipped: after.skipped - before.skipped };
}

/** The dialogue box's part of the screen, as PNG bytes. */
const boxPicture = (page: Page) => page.screenshot({ clip: { x: 60, y: 505, width: 1160, height: 190 } });

describe('drawing only what changed', () => {
  it('draws almost no frames while a finished line sits on screen, and draws at once when the picture changes', async () => {
    const context = await freshContext(browser);
    await withSettings(context, { textSpeed: 0 });
    const page = await context.newPage();
    const problems = watch(page, [server.origin]);
    await page.goto(`${server.origin}/game/`);
    await begin(page);
    // The first line comes with the chapter card, which fades out after a few seconds.
    let still = await framesOver(page, 1000);
    for (let tries = 0; tries < 10 && still.drawn > 12; tries++) still = await framesOver(page, 1000);
    // Still: the continue mark's stepped bob (about seven pictures a second) and nothing else.
    expect(still.drawn).toBeLessThanOrEqual(12);
    // Frames were offered and passed over (a busy machine offers fewer than 60, so no ratio here).
    expect(still.skipped).toBeGreaterThan(0);

    // The words are the line the screen reader hears, set inside the dialogue box.
    const live = await page.textContent('#live');
    const line = page.locator('.ud-line');
    expect(await line.textContent()).toBe(live);
    const lineBox = (await line.boundingBox())!;
    expect(lineBox.y).toBeGreaterThan(720 * 0.7);
    expect(lineBox.y + lineBox.height).toBeLessThan(720 * 0.97);
    expect(lineBox.x).toBeGreaterThan(1280 * 0.05);

    // Hiding the interface changes the picture: the canvas is drawn again and the words go with the box.
    const shown = await boxPicture(page);
    await page.keyboard.press('h');
    await expect.poll(() => line.isVisible()).toBe(false);
    await expect.poll(async () => (await boxPicture(page)).equals(shown), { timeout: 3000 }).toBe(false);
    await page.keyboard.press('h');
    await expect.poll(() => line.isVisible()).toBe(true);
    await expect.poll(async () => (await boxPicture(page)).equals(shown), { timeout: 3000 }).toBe(true);

    // The next line replaces the words at once.
    await page.keyboard.press('Space');
    await page.waitForFunction((l) => document.getElementById('live')!.textContent !== l, live);
    expect(await line.textContent()).toBe(await page.textContent('#live'));
    expect(problems).toEqual({ errors: [], foreignRequests: [] });
    await context.close();
  });

  it('types a line in letter by letter over a still canvas', async () => {
    const context = await freshContext(browser);
    await withSettings(context, { textSpeed: 30 });
    const page = await context.newPage();
    await page.goto(`${server.origin}/game/`);
    await begin(page);
    const line = page.locator('.ud-line');
    const revealed = () => page.locator('.ud-line > span').first().textContent();
    // Let the first line type in whole (however long a busy machine takes), move on once, and watch
    // the next one type in: one press on a whole line is one step, never a completion.
    const typedWhole = async () => {
      const whole = await line.textContent();
      return !!whole && (await revealed()) === whole;
    };
    await expect.poll(typedWhole, { timeout: 60_000 }).toBe(true);
    const first = await page.textContent('#live');
    await page.keyboard.press('Space');
    await page.waitForFunction((f) => document.getElementById('live')!.textContent !== f, first);
    await expect.poll(async () => ((await revealed()) ?? '').length, { timeout: 5000 }).toBeGreaterThan(0);
    const partial = (await revealed()) ?? '';
    const whole = (await line.textContent()) ?? '';
    expect(partial.length).toBeLessThan(whole.length);
    expect(whole.startsWith(partial), JSON.stringify({ partial, whole })).toBe(true);
    // The paragraph holds the whole line from the start, so the wrap never changes while it types.
    const height = (await line.boundingBox())!.height;
    await expect.poll(async () => (await revealed())?.length, { timeout: 20_000 }).toBe(whole.length);
    expect((await line.boundingBox())!.height).toBe(height);
    await context.close();
  });

  it('sets a long line smaller at the largest text size, so it stays inside the box', async () => {
    const context = await freshContext(browser);
    await withSettings(context, { textSize: 56, textSpeed: 0 });
    const page = await context.newPage();
    await page.goto(`${server.origin}/game/`);
    await begin(page);
    const line = page.locator('.ud-line');
    // The box's inner bottom edge, in CSS pixels of the 1280x720 page (design 1920x1080).
    const boxBottom = ((752 + 300 - 20) * 720) / 1080;
    let longest = { length: 0, size: 0, bottom: 0 };
    for (let i = 0; i < 8; i++) {
      const text = (await line.textContent()) ?? '';
      const size = await line.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      const box = (await line.boundingBox())!;
      if (text.length > longest.length) longest = { length: text.length, size, bottom: box.y + box.height };
      expect(box.y + box.height, text).toBeLessThanOrEqual(boxBottom);
      await pressAndWait(page, 'Space');
    }
    // The longest of these lines (over 150 characters) did not fit at 56 and was set smaller.
    expect(longest.length).toBeGreaterThan(150);
    expect(longest.size).toBeLessThan((56 * 720) / 1080);
    await context.close();
  });
});

describe('art drawn as a plain copy', () => {
  it('covers every pixel wherever it is marked opaque (a gap would show black)', async () => {
    // Backdrops and the wall are rasterised without an alpha channel (src/presentation/assets.ts).
    const files = [
      ...readdirSync('assets/art/backdrops').map((name) => ({
        path: `backdrops/${name}`,
        key: backdropKey(name.replace(/\.svg$/, '')),
      })),
      ...readdirSync('assets/art/overlays').map((name) => ({
        path: `overlays/${name}`,
        key: overlayKey(name.replace(/\.svg$/, '')),
      })),
      ...readdirSync('assets/art/closeups').map((name) => ({
        path: `closeups/${name}`,
        key: closeupKey(name.replace(/\.svg$/, '')),
      })),
    ].filter((f) => artFile(f.key)?.opaque);
    expect(files.length).toBeGreaterThanOrEqual(15);
    const context = await freshContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.origin}/game/`);
    const gaps: Record<string, number> = {};
    for (const file of files) {
      gaps[file.path] = await page.evaluate(async (url) => {
        const image = new Image();
        image.src = url;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = 1920;
        canvas.height = 1080;
        const context2d = canvas.getContext('2d')!;
        context2d.drawImage(image, 0, 0, 1920, 1080);
        const pixels = context2d.getImageData(0, 0, 1920, 1080).data;
        let seeThrough = 0;
        for (let i = 3; i < pixels.length; i += 4) if (pixels[i] < 255) seeThrough++;
        return seeThrough;
      }, `/art/${file.path}`);
    }
    expect(Object.entries(gaps).filter(([, n]) => n > 0)).toEqual([]);
    await context.close();
  });
});
