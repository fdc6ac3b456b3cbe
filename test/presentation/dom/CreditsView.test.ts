import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CREDITS } from '../../../src/presentation/dom/CreditsView.ts';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf-8');
const creditsFile = read('assets/CREDITS.md');
const shipped = Object.keys(
  (JSON.parse(read('package.json')) as { dependencies: Record<string, string> }).dependencies,
);

describe('the credits screen and assets/CREDITS.md', () => {
  it('credit every package that ships in the game, in both places', () => {
    const screen = CREDITS.flatMap((s) => s.lines)
      .join('\n')
      .toLowerCase();
    // The font package is credited by the font's name and the package it comes from.
    const names: Record<string, string> = {
      '@fontsource/literata': 'literata',
      '@fontsource/atkinson-hyperlegible': 'atkinson hyperlegible',
      '@fontsource/opendyslexic': 'opendyslexic',
      howler: 'howler.js',
      valibot: 'valibot',
    };
    for (const name of shipped) {
      expect(creditsFile.toLowerCase(), `${name} in assets/CREDITS.md`).toContain(name.toLowerCase());
      expect(screen, `${name} on the credits screen`).toContain(names[name] ?? name);
    }
  });

  it('give every asset folder its origin in assets/CREDITS.md', () => {
    for (const folder of [
      'assets/art/backdrops',
      'assets/art/overlays',
      'assets/art/portraits',
      'assets/art/ui',
      'assets/audio/music',
      'assets/audio/ambience',
      'assets/audio/sfx',
      'assets/fonts',
    ]) {
      expect(creditsFile).toContain(folder);
    }
  });

  it('name the licence of each library and the font on screen', () => {
    const libraries = CREDITS.find((s) => s.heading === 'Libraries')!.lines;
    expect(libraries.every((line) => /MIT License$/.test(line))).toBe(true);
    expect(CREDITS.find((s) => s.heading === 'Fonts')!.lines.join(' ')).toContain('SIL Open Font License 1.1');
  });

  it('say who wrote the original, and that the adaptation, art and music were made for this game', () => {
    const section = (heading: string) => CREDITS.find((s) => s.heading === heading)!.lines.join(' ');
    expect(section('Story')).toMatch(/Iruka\u2019s Ultimate Defence\u201d, a story by Kobutori Risu/);
    expect(section('Story')).toMatch(/adaptation.*written for this game/);
    expect(section('Art')).toMatch(/drawn for this game/);
    expect(section('Music and sound')).toMatch(/composed for this game/);
    expect(section('Fonts')).toMatch(/^The words are set in Literata, by TypeTogether/);
  });

  it('read as words for players: no source paths, package names or programming languages', () => {
    const screen = CREDITS.flatMap((s) => [s.heading, ...s.lines]).join('\n');
    expect(screen).not.toMatch(/src\/|assets\/|@fontsource|TypeScript|SVG|npm|\.ts\b/);
    // Each library is one line saying what it does for the game.
    for (const line of CREDITS.find((s) => s.heading === 'Libraries')!.lines)
      expect(line).toMatch(/^[\w.]+, which [a-z ]+[^:]*: MIT License$/);
  });
});
