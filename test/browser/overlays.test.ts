// The DOM overlays over the story (src/presentation/dom/Overlay.ts): modal dialogs that stack, keep
// focus and keys to themselves, and let the notice show above them.
import { mkdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { freshContext, type watch } from './support/browser.ts';
import { pressAndWait } from './support/player.ts';
import { useGame } from './support/harness.ts';

const SHOTS = 'test-results/screenshots';
const game = useGame();
mkdirSync(SHOTS, { recursive: true });

async function reading(): Promise<{ context: BrowserContext; page: Page; problems: ReturnType<typeof watch> }> {
  const { context, page, problems } = await game.openReading();
  await pressAndWait(page, 'Space');
  return { context, page, problems };
}

/** What has focus: a slot card by its slot, else the element's text. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    return active?.dataset.slot ?? active?.textContent?.trim() ?? '';
  });
}

/** Whether a real click at the centre of `selector` would land on it (nothing drawn over it, not inert). */
function clickable(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((s) => {
    const target = document.querySelector(s)!;
    const box = target.getBoundingClientRect();
    const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return !!hit && target.contains(hit);
  }, selector);
}

describe('overlays over the story', () => {
  it('stacks a confirmation over the save screen over the menu, and hands focus back down the stack', async () => {
    const { context, page, problems } = await reading();
    await page.keyboard.press('Escape');
    const menu = page.getByRole('dialog', { name: 'Menu' });
    await menu.waitFor();
    expect(await focused(page)).toBe('Resume');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('Save');
    await page.keyboard.press('Enter');
    const slots = page.getByRole('dialog', { name: 'Save' });
    await slots.waitFor();
    expect(await focused(page)).toBe('Close');

    // Saving shows the notice above the modal save screen, where it can be clicked. Checked the moment
    // it shows (it hides itself after a few seconds).
    const onTop = page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          const notice = document.querySelector('.ud-notice')!;
          new MutationObserver(() => {
            if (!notice.classList.contains('is-shown')) return;
            const box = notice.getBoundingClientRect();
            resolve(notice.contains(document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2)));
          }).observe(notice, { attributes: true, attributeFilter: ['class'] });
        }),
    );
    await slots.locator('[data-slot="manual-1"]').click();
    expect(await onTop).toBe(true);
    await page.getByRole('button', { name: 'Dismiss notice' }).click();
    await page.locator('.ud-notice.is-shown').waitFor({ state: 'detached' });
    // Focus that was on the notice goes back into the save screen, not to the story.
    expect(await page.evaluate(() => !!document.activeElement?.closest('.ud-panel--slots'))).toBe(true);

    // The filled slot asks before it is overwritten; focus starts on Cancel and Tab stays in the question.
    await slots.locator('[data-slot="manual-1"]').focus();
    await page.keyboard.press('Enter');
    const question = page.getByRole('alertdialog', { name: 'Overwrite this save?' });
    await question.waitFor();
    expect(await question.getAttribute('aria-describedby')).toBeTruthy();
    expect(await focused(page)).toBe('Cancel');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('Overwrite');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('Cancel');
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('Overwrite');
    // The save screen under the question cannot be clicked.
    expect(await clickable(page, '.ud-panel--slots .ud-panel-header button')).toBe(false);

    // Escape closes one layer at a time, each handing focus back to what opened the one above.
    await page.keyboard.press('Escape');
    await question.waitFor({ state: 'detached' });
    expect(await slots.isVisible()).toBe(true);
    expect(await focused(page)).toBe('manual-1');
    await page.keyboard.press('Escape');
    await slots.waitFor({ state: 'detached' });
    expect(await menu.isVisible()).toBe(true);
    expect(await focused(page)).toBe('Save');
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    // The story has the keys again.
    await pressAndWait(page, 'Space');
    expect(problems).toEqual({ errors: [], foreignRequests: [] });
    await context.close();
  });

  it('keeps a notice shown before an overlay opened above it, and usable there', async () => {
    const context = await freshContext(game.browser);
    // Storage refused (a strict iframe, a private mode): the game says so in a notice that stays.
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get: () => {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const page = await context.newPage();
    await page.goto(`${game.server.origin}/game/`);
    const notice = page.getByText(/not letting this page keep saves/);
    await notice.waitFor();
    await page.click('#settings');
    const settings = page.getByRole('dialog', { name: 'Settings' });
    await settings.waitFor();
    expect(await clickable(page, '.ud-notice.is-shown')).toBe(true);
    await page.screenshot({ path: `${SHOTS}/notice-over-settings-1280.png` });
    // Its buttons come first in the dialog's Tab order, before the panel's Close.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('Export saves');
    await page.getByRole('button', { name: 'Dismiss notice' }).click();
    await notice.waitFor({ state: 'hidden' });
    // Focus that was on the notice goes back into the settings, not to the page under them.
    expect(await focused(page)).toBe('Close');
    expect(await settings.isVisible()).toBe(true);
    await context.close();
  });

  it('keeps keys, clicks and the wheel inside an open overlay away from the story', async () => {
    const { context, page, problems } = await reading();
    const line = await page.textContent('#live');
    await page.keyboard.press('l');
    const log = page.getByRole('dialog', { name: 'Backlog' });
    await log.waitFor();
    // Reading keys pressed in the backlog: advance, auto, hide, rollback, menu-by-right-click.
    for (const key of ['Space', 'Enter', 'a', 'h', 'PageUp', 'Tab', 'Tab']) await page.keyboard.press(key);
    const box = (await page.locator('.ud-panel--backlog').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -400);
    await page.mouse.click(box.x + box.width / 2, box.y + 20, { button: 'right' });
    expect(await page.locator('[role="dialog"], [role="alertdialog"]').count()).toBe(1);
    // The game under the dialog is inert: its canvas and quick bar take no click and no focus.
    expect(await clickable(page, '.ud-quickbar button')).toBe(false);
    expect(await clickable(page, '#game canvas')).toBe(false);
    expect(
      await page.evaluate(() => {
        const quick = document.querySelector<HTMLElement>('.ud-quickbar button')!;
        quick.focus();
        return document.activeElement === quick;
      }),
    ).toBe(false);
    // A click on the dim backdrop, outside the panel, closes it.
    await page.mouse.click(5, 5);
    await log.waitFor({ state: 'detached' });
    expect(await page.textContent('#live')).toBe(line);
    expect(await page.getByRole('button', { name: 'Auto mode' }).getAttribute('aria-pressed')).toBe('false');
    expect(await page.locator('.ud-quickbar').isVisible()).toBe(true);
    expect(problems).toEqual({ errors: [], foreignRequests: [] });
    await context.close();
  });

  it('stays open when a press that began on the panel is let go over the backdrop', async () => {
    const context = await freshContext(game.browser);
    const page = await context.newPage();
    await page.goto(`${game.server.origin}/game/`);
    await page.click('#settings');
    const settings = page.getByRole('dialog', { name: 'Settings' });
    await settings.waitFor();
    expect(await focused(page)).toBe('Close');
    const hint = (await settings.getByText('How long a finished line stays').boundingBox())!;
    await page.mouse.move(hint.x + hint.width / 2, hint.y + hint.height / 2);
    await page.mouse.down();
    await page.mouse.move(2, hint.y + hint.height / 2, { steps: 5 });
    await page.mouse.up();
    expect(await settings.isVisible()).toBe(true);
    // A press and release both on the backdrop does close it.
    await page.mouse.click(2, 2);
    await settings.waitFor({ state: 'detached' });
    await context.close();
  });
});
