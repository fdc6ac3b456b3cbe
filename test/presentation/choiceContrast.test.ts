import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COLOURS } from '../../src/presentation/layout.ts';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  const linear = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The solid colours a plate's background is painted in (its gradient stops at full strength; glows are faint). */
function plateColours(file: string): string[] {
  const svg = readFileSync(new URL(`../../assets/art/ui/${file}`, import.meta.url), 'utf-8');
  return [...svg.matchAll(/<stop offset="[\d.]+" stop-color="(#[0-9a-f]{6})"(?! stop-opacity)/gi)].map((m) => m[1]);
}

describe('the choices can be read', () => {
  it('the highlighted option is at least 4.5:1 against every colour of its plate', () => {
    const plate = plateColours('choice-hover.svg');
    expect(plate.length).toBeGreaterThan(0);
    for (const colour of plate) expect(contrast(COLOURS.choiceHover, colour), colour).toBeGreaterThanOrEqual(4.5);
  });

  it('an option not highlighted is too', () => {
    const plate = plateColours('choice.svg');
    expect(plate.length).toBeGreaterThan(0);
    for (const colour of plate) expect(contrast(COLOURS.choice, colour), colour).toBeGreaterThanOrEqual(4.5);
  });

  it('the highlight is told apart by more than its plate: its words change colour', () => {
    expect(COLOURS.choiceHover).not.toBe(COLOURS.choice);
  });

  it('measures the contrast the way WCAG does (black on white is 21:1)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#1b1f29', '#3f2c20')).toBeLessThan(1.5);
  });
});
