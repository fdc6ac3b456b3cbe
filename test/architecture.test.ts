import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../src/', import.meta.url).pathname;

/** Every .ts file under a folder of src/. */
function sources(folder: string): string[] {
  const root = join(SRC, folder);
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : path.endsWith('.ts') ? [path] : [];
    });
  return walk(root);
}

/** The module specifiers a file imports (static and dynamic). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf-8');
  const found = [...text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g)];
  return found.map((m) => m[1] ?? m[2] ?? m[3]);
}

/** `imports` that break a rule, as "file -> specifier". */
function offenders(folder: string, allowed: (specifier: string, file: string) => boolean): string[] {
  return sources(folder).flatMap((file) =>
    importsOf(file).filter((s) => !allowed(s, file)).map((s) => `${relative(SRC, file)} -> ${s}`),
  );
}

const isRelativeWithin = (specifier: string, file: string, folder: string) =>
  specifier.startsWith('.') && join(file, '..', specifier).startsWith(join(SRC, folder));

describe('the architecture keeps its shape', () => {
  it('the story core imports only inkjs and itself, so it runs in node', () => {
    expect(offenders('story', (s, f) => s === 'inkjs' || isRelativeWithin(s, f, 'story'))).toEqual([]);
  });

  it('only src/audio imports Howler', () => {
    const all = ['story', 'persistence', 'presentation', 'tools'].flatMap((folder) => offenders(folder, (s) => s !== 'howler'));
    expect(all).toEqual([]);
  });

  it('only src/presentation imports Phaser', () => {
    const all = ['story', 'persistence', 'audio', 'tools'].flatMap((folder) => offenders(folder, (s) => s !== 'phaser'));
    expect(all).toEqual([]);
  });

  it('the browser bundle never imports the ink compiler', () => {
    const all = ['story', 'persistence', 'audio', 'presentation'].flatMap((folder) =>
      offenders(folder, (s) => !s.startsWith('inkjs/') && !s.includes('/tools/')),
    );
    expect(all).toEqual([]);
  });

  it('persistence imports only valibot, story types and itself', () => {
    expect(offenders('persistence', (s, f) => s === 'valibot' || isRelativeWithin(s, f, 'persistence') || isRelativeWithin(s, f, 'story'))).toEqual([]);
  });
});
