// Small things a reader notices (issue #17): a chapter's autosave pictures its scene, not black; the
// autosaves are listed newest first; in the menu, the item under the mouse and the one the keys
// reached never light up together.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { STORAGE_PREFIX } from '../../src/persistence/LocalStorageStore.ts';
import { useGame } from './support/harness.ts';
import { chooseAndWait, readToChoice } from './support/player.ts';

const game = useGame();

/** The autosaves in storage as the game wrote them: slot, time, picture. */
function autosaves(page: Page): Promise<{ slot: string; time: number; thumbnail: string | null }[]> {
  return page.evaluate((prefix) => {
    const found = [];
    for (let n = 1; n <= 5; n++) {
      const text = localStorage.getItem(`${prefix}save:auto-${n}`);
      if (!text) continue;
      const save = JSON.parse(text) as { time: string; thumbnail: string | null };
      found.push({ slot: `auto-${n}`, time: Date.parse(save.time), thumbnail: save.thumbnail });
    }
    return found;
  }, STORAGE_PREFIX);
}

/** The mean brightness (0-255) of a picture given as a data URL, measured in the page. */
function brightness(page: Page, url: string): Promise<number> {
  return page.evaluate(async (src) => {
    const image = new Image();
    image.src = src;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    let sum = 0;
    for (let i = 0; i < data.length; i += 4) sum += (data[i] + data[i + 1] + data[i + 2]) / 3;
    return sum / (data.length / 4);
  }, url);
}

describe('saves and the menu', () => {
  it("a chapter's autosave shows its scene, and the autosaves list newest first", async () => {
    const { context, page, problems } = await game.openReading();
    // The first chapter's autosave is made as its first line is read: its picture waits for the scene.
    await page.waitForFunction(
      (key) => !!JSON.parse(localStorage.getItem(key) ?? 'null')?.thumbnail,
      `${STORAGE_PREFIX}save:auto-1`,
      { timeout: 15_000 },
    );
    const [first] = await autosaves(page);
    // The mission desk in the afternoon (bright), not the black of a scene not yet drawn.
    expect(await brightness(page, first.thumbnail!)).toBeGreaterThan(60);

    // Two more: the first choice, and the next.
    await readToChoice(page);
    await chooseAndWait(page, '1');
    await readToChoice(page);
    await chooseAndWait(page, '1');
    await page.waitForFunction((prefix) => !!localStorage.getItem(`${prefix}save:auto-3`), STORAGE_PREFIX, {
      timeout: 15_000,
    });
    const saved = await autosaves(page);
    const newestFirst = [...saved].sort((a, b) => b.time - a.time).map((s) => s.slot);
    expect(new Set(saved.map((s) => s.time)).size).toBe(saved.length);

    await page.keyboard.press('Escape');
    const menu = page.getByRole('dialog', { name: 'Menu' });
    await menu.waitFor();
    await menu.getByRole('button', { name: 'Load', exact: true }).click();
    const slots = page.getByRole('dialog', { name: /Load/ });
    await slots.waitFor();
    await slots.getByRole('tab', { name: 'Autosaves' }).click();
    const listed = await slots
      .locator('.ud-slot-main[data-slot^="auto-"]')
      .evaluateAll((cards) =>
        cards.filter((c) => !c.closest('[hidden]')).map((c) => (c as HTMLElement).dataset.slot ?? ''),
      );
    expect(listed.slice(0, newestFirst.length)).toEqual(newestFirst);
    expect(problems).toEqual({ errors: [], foreignRequests: [] });
    await context.close();
  });

  it('in the menu, the mouse takes the light with it: one item lit, never two', async () => {
    const { context, page } = await game.openReading();
    await page.keyboard.press('Escape');
    const menu = page.getByRole('dialog', { name: 'Menu' });
    await menu.waitFor();
    // Keys first: focus moves down to Save.
    await page.keyboard.press('Tab');
    const lit = () =>
      menu
        .locator('.ud-menu button')
        .evaluateAll((buttons) =>
          buttons.filter((b) => getComputedStyle(b).backgroundColor === 'rgb(232, 184, 106)').map((b) => b.textContent),
        );
    // The light fades in (a CSS transition): wait for it rather than read it mid-fade.
    await expect.poll(async () => (await lit()).length, { timeout: 5_000 }).toBe(1);
    const settings = menu.getByRole('button', { name: 'Settings' });
    const box = (await settings.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(lit, { timeout: 5_000 }).toEqual(['Settings']);
    await context.close();
  });
});
