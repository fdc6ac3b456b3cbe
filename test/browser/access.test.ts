// The accessibility panel in a real browser: each option shows at once, and is still there after a reload.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHOICES, DESIGN } from '../../src/presentation/layout.ts';
import { choiceRows } from '../../src/presentation/widgets/ChoiceList.ts';
import { useGame } from './support/harness.ts';
import { pressAndWait, readToChoice } from './support/player.ts';

const SHOTS = 'test-results/screenshots';
const game = useGame();

/** Sets a range input, as a drag or the arrow keys would, and lets the page hear it. */
async function slide(page: Page, label: string, value: number): Promise<void> {
  const input = page.getByRole('dialog', { name: 'Accessibility' }).getByLabel(label, { exact: true });
  await input.evaluate((el, v) => {
    (el as HTMLInputElement).value = String(v);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, value);
}

/** The story line's face, and its line height as a multiple of its size. */
const lineLook = (page: Page) =>
  page.locator('.ud-line').evaluate((el) => {
    const style = getComputedStyle(el);
    return { family: style.fontFamily, spacing: parseFloat(style.lineHeight) / parseFloat(style.fontSize) };
  });

/** Mean red, green and blue (0-255) of a design-unit rectangle of the game's canvas, from a screenshot. */
async function colour(page: Page, x: number, y: number, width: number, height: number): Promise<number[]> {
  const box = (await page.locator('#game canvas').boundingBox())!;
  const s = box.width / DESIGN.width;
  const clip = { x: box.x + x * s, y: box.y + y * s, width: width * s, height: height * s };
  // The canvas alone: the words (a paragraph over it) are left out of the picture.
  const png = (await page.screenshot({ clip, style: '.ud-line { visibility: hidden; }' })).toString('base64');
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    const sum = [0, 0, 0];
    for (let i = 0; i < pixels.length; i += 4) for (let c = 0; c < 3; c++) sum[c] += pixels[i + c];
    return sum.map((v) => v / (pixels.length / 4));
  }, png);
}
// The inside of the dialogue box, under the nameplate: box and scene only.
const boxBand = (page: Page) => colour(page, 120, 800, 1680, 220);
/** The largest difference of one channel between two colours. */
const apart = (a: number[], b: number[]) => Math.max(...a.map((v, i) => Math.abs(v - b[i])));

/** Hovers the canvas where choice `position` of `count` stands at text scale `scale`, at its right end. */
async function hoverChoiceEnd(page: Page, position: number, count: number, scale: number): Promise<string> {
  const box = (await page.locator('#game canvas').boundingBox())!;
  const s = box.width / DESIGN.width;
  const { top, height, width, gap } = choiceRows(count, scale);
  const x = CHOICES.centreX + width / 2 - 30;
  const y = top + position * (height + gap) + height / 2;
  await page.mouse.move(box.x + x * s, box.y + y * s);
  return page.evaluate(() => document.activeElement?.textContent ?? '');
}

async function openPanel(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.getByRole('dialog', { name: 'Menu' }).getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('dialog', { name: 'Settings' }).getByRole('button', { name: 'Accessibility' }).click();
  await page.getByRole('dialog', { name: 'Accessibility' }).waitFor();
}

async function closeAll(page: Page): Promise<void> {
  for (let i = 0; i < 3 && (await page.locator('dialog[open]').count()); i++) await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('dialog[open]'));
}

describe('the accessibility panel', () => {
  it('applies font, size, spacing, opacity and keys at once, and keeps them after a reload', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const { context, page, problems } = await game.openReading();
    await readToChoice(page);
    const choices = await page.locator('#choices button').count();
    const plainBox = await boxBand(page);
    expect((await lineLook(page)).spacing).toBeCloseTo(1.55, 1);
    // Wider choices at a larger size: where the last choice ends now, nothing is yet.
    const lastChoice =
      (await page
        .locator('#choices button')
        .nth(choices - 1)
        .textContent()) ?? '';
    expect(await hoverChoiceEnd(page, choices - 1, choices, 1.4)).not.toBe(lastChoice);

    await openPanel(page);
    const panel = page.getByRole('dialog', { name: 'Accessibility' });
    const headingSize = () => panel.locator('h2').evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
    const before = await headingSize();
    await panel.getByLabel('OpenDyslexic').check();
    await slide(page, 'Text size', 56);
    await slide(page, 'Line spacing', 2);
    await slide(page, 'Dialogue box opacity', 30);
    // The menus grow with the text.
    await expect.poll(async () => (await headingSize()) / before).toBeCloseTo(1.4, 1);
    // Next line on Z; Back a line onto H, which hides the interface: asked first, then swapped.
    await panel.locator('button[data-action="advance"]').click();
    await page.keyboard.press('z');
    await panel.locator('button[data-action="rollback"]').click();
    await page.keyboard.press('h');
    const ask = page.getByRole('alertdialog', { name: 'Swap keys?' });
    await ask.waitFor();
    expect(await ask.textContent()).toContain('H is already "Hide the interface"');
    await ask.getByRole('button', { name: 'Swap' }).click();
    await expect.poll(() => panel.locator('.ud-keys-status').textContent()).toContain('Swapped');
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.screenshot({ path: `${SHOTS}/access-panel-1280.png` });
    await closeAll(page);

    const seeThrough = await checkLook(page, choices, plainBox);
    await page.screenshot({ path: `${SHOTS}/access-line-dyslexic-1280.png` });
    await page.setViewportSize({ width: 640, height: 360 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${SHOTS}/access-line-dyslexic-640.png` });
    await openPanel(page);
    await page.screenshot({ path: `${SHOTS}/access-panel-640.png` });
    await closeAll(page);
    await page.setViewportSize({ width: 1280, height: 720 });

    // After a reload the reading continues from its autosave, looking and keyed as the reader left it.
    await page.reload();
    await page.locator('#continue').click();
    await page.waitForFunction(() => (document.getElementById('live')?.textContent ?? '').length > 0, null, {
      timeout: 30_000,
    });
    // Z is "Next line" now (Space is not): it reads on to the choice, if the autosave stands before it.
    for (let i = 0; i < 40 && !(await page.locator('#choices button').count()); i++)
      await pressAndWait(page, 'z').catch(() => undefined);
    // The same box as before the reload.
    expect(apart(await checkLook(page, choices, plainBox), seeThrough)).toBeLessThan(4);
    const atChoice = await page.textContent('#live');
    await page.keyboard.press('1');
    await page.waitForFunction(() => !document.querySelectorAll('#choices button').length);
    // The chosen option's first line (it comes with staging: the rush over the desk).
    await page.waitForFunction((was) => document.getElementById('live')?.textContent !== was, atChoice);
    const line = await page.textContent('#live');
    expect(await pressAndWait(page, 'z')).not.toBe(line);
    // H now goes back a line (swapped from Page Up), and Page Up hides the interface.
    expect(await pressAndWait(page, 'h')).toBe(line);
    expect(problems).toEqual({ errors: [], foreignRequests: [] });
    await context.close();
  });
});

/** The reader's face, spacing, box and choice size, as the panel left them. */
async function checkLook(page: Page, choices: number, plainBox: number[]): Promise<number[]> {
  const look = await lineLook(page);
  expect(look.family).toContain('OpenDyslexic');
  expect(await page.evaluate(() => document.fonts.check('40px OpenDyslexic'))).toBe(true);
  expect(look.spacing).toBeCloseTo(2, 1);
  // The scene shows through the box: its colour moves well away from the solid box's.
  const band = await boxBand(page);
  expect(apart(band, plainBox)).toBeGreaterThan(10);
  const lastChoice = await page
    .locator('#choices button')
    .nth(choices - 1)
    .textContent();
  expect(await hoverChoiceEnd(page, choices - 1, choices, 1.4)).toBe(lastChoice);
  return band;
}

/** Plays a tone in the left channel only into Howler's master gain; the level each ear then hears. */
const earsHearing = (page: Page) =>
  page.evaluate(async () => {
    const howler = (window as unknown as { Howler: { ctx: AudioContext; masterGain: GainNode } }).Howler;
    const { ctx, masterGain } = howler;
    await ctx.resume();
    const tone = ctx.createOscillator();
    const leftOnly = ctx.createChannelMerger(2);
    tone.connect(leftOnly, 0, 0);
    leftOnly.connect(masterGain);
    // As the speakers take it: the destination's own mixing (two channels, "speakers" rules).
    const speakers = ctx.createGain();
    speakers.channelCount = ctx.destination.channelCount;
    speakers.channelCountMode = ctx.destination.channelCountMode;
    speakers.channelInterpretation = ctx.destination.channelInterpretation;
    masterGain.connect(speakers);
    const split = ctx.createChannelSplitter(2);
    speakers.connect(split);
    const ears = [0, 1].map((channel) => {
      const analyser = ctx.createAnalyser();
      split.connect(analyser, channel);
      return analyser;
    });
    tone.start();
    const rms = (analyser: AnalyserNode) => {
      const samples = new Float32Array(analyser.fftSize);
      analyser.getFloatTimeDomainData(samples);
      return Math.sqrt(samples.reduce((sum, v) => sum + v * v, 0) / samples.length);
    };
    // Wait for the tone to reach the analysers (a busy machine starts the audio thread late), then
    // average a few readings: the two ears are read one after the other, never at the same instant.
    for (let i = 0; i < 40 && rms(ears[0]) < 0.01; i++) await new Promise((done) => setTimeout(done, 50));
    const levels = [0, 0];
    for (let i = 0; i < 8; i++) {
      await new Promise((done) => setTimeout(done, 30));
      ears.forEach((analyser, ear) => {
        levels[ear] += rms(analyser) / 8;
      });
    }
    tone.stop();
    return levels;
  });

describe('mono sound', () => {
  it('plays a sound meant for the left ear in both ears, and only the left without it', async () => {
    for (const monoAudio of [true, false]) {
      // The story's own sounds silenced (they play in both ears): only the test's tone is heard.
      const volumes = { master: 1, music: 0, ambience: 0, sfx: 0 };
      const { context, page } = await game.openReading({ textSpeed: 0, monoAudio, volumes });
      const [left, right] = await earsHearing(page);
      expect(left).toBeGreaterThan(0.05);
      // Mono: the right ear hears what the left does (within 5 %); stereo: next to nothing.
      if (monoAudio) expect(Math.abs(right - left) / left).toBeLessThan(0.05);
      else expect(right).toBeLessThan(left * 0.01);
      await context.close();
    }
  });
});

describe('keyboard focus in the panel', () => {
  it('is never hidden behind its header, footer or the quick bar, and every control is at least 24x24', async () => {
    const { context, page, problems } = await game.openReading({ textSpeed: 0, textSize: 56, font: 'atkinson' });
    await page.setViewportSize({ width: 640, height: 360 });
    await openPanel(page);
    const seen = new Set<string>();
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const r = el.getBoundingClientRect();
        const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
        // A radio or checkbox is clicked through its label: the label's box is the target.
        const target = el.closest('label') ?? el;
        const t = target.getBoundingClientRect();
        return {
          name: `${el.tagName} ${el.getAttribute('aria-label') ?? target.textContent ?? ''} ${el.id}`,
          visible: !!hit && (hit === el || el.contains(hit) || target.contains(hit)),
          size: [Math.round(t.width), Math.round(t.height)],
        };
      });
      expect(focus.visible, `${focus.name} is in view`).toBe(true);
      expect(Math.min(...focus.size), `${focus.name} is large enough`).toBeGreaterThanOrEqual(24);
      if (seen.has(focus.name)) break;
      seen.add(focus.name);
    }
    expect(seen.size).toBeGreaterThan(20);
    expect(problems).toEqual({ errors: [], foreignRequests: [] });
    await context.close();
  });
});
