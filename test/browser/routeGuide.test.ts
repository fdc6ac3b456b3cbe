// The route map that guides, in the built game: two different endings finished in one profile, then
// the map shows the options seen but not taken, the hints of the endings not yet reached, each
// chapter's completion, no two points with one name, and at its smallest zoom fits 1280x720.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useGame } from './support/harness.ts';
import { begin, playToEnd } from './support/player.ts';

const game = useGame();
const SHOTS = 'test-results/screenshots';

/** Opens the map from the end screen and waits for it. */
async function openMap(page: Page) {
  await page.click('#end-map');
  const map = page.getByRole('dialog', { name: 'Route map' });
  await map.locator('.ud-map-node').first().waitFor();
  return map;
}

describe('the route map after two endings', () => {
  it('shows untaken options, hints, completion and unique names, and fits the screen at its smallest', async () => {
    const { context, page, problems } = await game.openReading();
    const first = await playToEnd(page, 'keyboard', () => 0);
    await page.click('#to-title');
    await begin(page);
    const second = await playToEnd(page, 'keyboard', (choices) => choices.length - 1);
    expect(second.ending).not.toBe(first.ending);
    await page.screenshot({ path: `${SHOTS}/end-1280.png` });
    const map = await openMap(page);

    // Options shown on screen but never taken read as words, not blank bars.
    const seen = await map.locator('.ud-map-choice.is-seen').allTextContents();
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((t) => t.trim().length > 0)).toBe(true);
    // Endings not reached show their hint (the story has been finished); reached ones their title.
    const hints = await map.locator('.ud-map-node--ending.is-unknown .ud-map-hint').allTextContents();
    expect(hints.length).toBe(4);
    expect(hints.every((h) => h.length > 20)).toBe(true);
    // Each chapter says how much of it has been read, in numbers only.
    const done = await map.locator('.ud-map-head-done').allTextContents();
    expect(done[0]).toMatch(/^\d+ of \d+ lines, \d+ of \d+ choices$/);
    const [seenLines, allLines] = done[0].match(/\d+/g)!.map(Number);
    expect(seenLines).toBeGreaterThan(0);
    expect(seenLines).toBeLessThan(allLines);
    expect(done.at(-1)).toBe('2 of 6 found');
    // No two points share a name.
    const labels = await map.locator('.ud-map-node.is-found .ud-map-node-label').allTextContents();
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels.filter((l) => l.startsWith('Kitchen'))).toEqual(['Kitchen, Breakfast', 'Kitchen, A Year Later']);
    // A screen reader hears the untaken options and the hints too.
    const ending = await map.locator('.ud-map-node--ending.is-unknown').first().getAttribute('aria-label');
    expect(ending).toMatch(/^An ending not yet reached\. Hint: /);
    await page.screenshot({ path: `${SHOTS}/map-1280.png` });

    // Zoomed all the way out, the whole map is on screen, and no text in it is under 12 px.
    await map.locator('.ud-map-node').first().focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press('-');
    await expect.poll(() => map.locator('.ud-map.is-compact').count()).toBe(1);
    const fit = await page.evaluate(() => {
      const viewport = document.querySelector<HTMLElement>('.ud-map-viewport')!;
      const texts = [...document.querySelectorAll<HTMLElement>('.ud-map *')].filter(
        (e) => e.childNodes.length && [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim()),
      );
      const sizes = texts.filter((e) => e.getClientRects().length).map((e) => parseFloat(getComputedStyle(e).fontSize));
      const rect = viewport.getBoundingClientRect();
      return {
        overflowX: viewport.scrollWidth - viewport.clientWidth,
        overflowY: viewport.scrollHeight - viewport.clientHeight,
        smallest: Math.min(...sizes),
        inside: rect.right <= innerWidth && rect.bottom <= innerHeight,
      };
    });
    expect(fit).toEqual({ overflowX: 0, overflowY: 0, smallest: fit.smallest, inside: true });
    expect(fit.smallest).toBeGreaterThanOrEqual(12);
    await page.screenshot({ path: `${SHOTS}/map-compact-1280.png` });
    await page.setViewportSize({ width: 640, height: 360 });
    await page.screenshot({ path: `${SHOTS}/map-compact-640.png` });
    await page.keyboard.press('Escape');
    await page.screenshot({ path: `${SHOTS}/end-640.png` });
    expect(problems).toEqual({ errors: [], foreignRequests: [] });
    await context.close();
  });
});
