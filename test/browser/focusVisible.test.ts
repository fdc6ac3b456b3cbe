// Keyboard focus is never hidden (WCAG 2.2, 2.4.11) and every target is at least 24x24 CSS px, in
// every screen a keyboard reader reaches: the title and its overlays, the in-game menu and each
// overlay it opens. Each screen is walked with Tab until focus comes round again; at each stop the
// focused control's centre must hit the control itself (nothing over it) and lie inside the window.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useGame } from './support/harness.ts';

const game = useGame();

/** What the focused element is, whether it shows, and its target size (a label for a radio or checkbox). */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    // A control drawn by its label (a radio, a checkbox, the file input behind "Import from file")
    // shows its focus there: the label is what must be in view.
    const label = el.closest('label') ?? (el as HTMLInputElement).labels?.[0] ?? null;
    const target = label ?? el;
    const t = target.getBoundingClientRect();
    const x = t.x + t.width / 2;
    const y = t.y + t.height / 2;
    const inWindow = x >= 0 && y >= 0 && x <= innerWidth && y <= innerHeight;
    const hit = inWindow ? document.elementFromPoint(x, y) : null;
    return {
      name: `${el.tagName} "${(el.getAttribute('aria-label') ?? target.textContent ?? '').trim().slice(0, 40)}" ${el.id}`,
      shown: !!hit && (hit === target || target.contains(hit) || el.contains(hit)),
      size: [Math.round(t.width), Math.round(t.height)],
    };
  });

/** Tabs round the screen on top, checking each stop; returns how many distinct stops there were. */
async function walkFocus(page: Page, screen: string): Promise<number> {
  const seen = new Set<string>();
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab');
    // A panel may scroll the newly focused control into view over a few frames: wait for that.
    let focus = await focused(page);
    for (let frame = 0; focus && !focus.shown && frame < 30; frame++) {
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
      focus = await focused(page);
    }
    if (!focus) continue;
    expect(focus.shown, `${screen}: ${focus.name} is in view, not covered`).toBe(true);
    expect(Math.min(...focus.size), `${screen}: ${focus.name} is at least 24 px`).toBeGreaterThanOrEqual(24);
    if (seen.has(focus.name)) break;
    seen.add(focus.name);
  }
  return seen.size;
}

/** Presses a button of the dialog on top by its name, with the keyboard (focus, then Enter). */
async function pressButton(page: Page, name: string): Promise<void> {
  const button = page.locator('dialog[open]').last().getByRole('button', { name, exact: true });
  await button.focus();
  await page.keyboard.press('Enter');
}

const openDialogs = (page: Page) => page.locator('dialog[open]').count();

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 640, height: 360 },
]) {
  describe(`keyboard focus at ${viewport.width}x${viewport.height}`, () => {
    it('is never hidden in the in-game menu or any overlay it opens, and every target is at least 24x24', async () => {
      const { context, page, problems } = await game.openReading({ textSpeed: 0 });
      await page.setViewportSize(viewport);
      await page.keyboard.press('Escape');
      await expect.poll(() => openDialogs(page)).toBe(1);
      expect(await walkFocus(page, 'menu')).toBeGreaterThanOrEqual(5);
      for (const item of ['Save', 'Load', 'Backlog', 'Settings']) {
        await pressButton(page, item);
        await expect.poll(() => openDialogs(page), { message: `${item} opens over the menu` }).toBe(2);
        expect(await walkFocus(page, item)).toBeGreaterThanOrEqual(1);
        await page.keyboard.press('Escape');
        await expect.poll(() => openDialogs(page), { message: `${item} closes back to the menu` }).toBe(1);
      }
      expect(problems).toEqual({ errors: [], foreignRequests: [] });
      await context.close();
    });

    it('is never hidden on the title or the overlays it opens', async () => {
      const { context, page, problems } = await game.openReading({ textSpeed: 0 });
      await page.setViewportSize(viewport);
      // Back at the title with a reading begun: Continue, Load, the map and the endings are all offered.
      await page.keyboard.press('Escape');
      await pressButton(page, 'Return to title');
      await page.locator('#title').waitFor({ state: 'visible' });
      await expect.poll(() => openDialogs(page)).toBe(0);
      expect(await walkFocus(page, 'title')).toBeGreaterThanOrEqual(4);
      for (const id of ['settings', 'endings', 'credits', 'load', 'route-map', 'chapters']) {
        const button = page.locator(`#${id}`);
        if (!(await button.isVisible())) continue;
        await button.focus();
        await page.keyboard.press('Enter');
        await expect.poll(() => openDialogs(page), { message: `#${id} opens an overlay` }).toBe(1);
        expect(await walkFocus(page, `title ${id}`)).toBeGreaterThanOrEqual(1);
        await page.keyboard.press('Escape');
        await expect.poll(() => openDialogs(page), { message: `#${id}'s overlay closes` }).toBe(0);
      }
      expect(problems).toEqual({ errors: [], foreignRequests: [] });
      await context.close();
    });
  });
}
