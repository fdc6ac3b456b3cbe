// The bundle budget: what a reader downloads before the title is on screen, read from the built
// dist/ (the browser project builds it first). Each limit is a measurement with modest headroom
// (README, "Bundle budget"), so a leak (the ink runtime, Phaser or a library slipping into the
// entry chunk, as ReplayError once pulled all of inkjs in) fails here instead of in a reader's wait.
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseAst } from 'vite';
import { describe, expect, it } from 'vitest';

const DIST = 'dist';

/** Limits in bytes (gzip for text, as served; woff2 as it is, already compressed). Measured 2026-12-02. */
const BUDGET = {
  /** Measured 39.2 KB. Without inkjs in it; with it, 72 KB. */
  entryChunk: 45_000,
  /** Measured 5.6 KB. */
  css: 7_000,
  /** Page, entry chunk and its static imports, CSS, and the three Literata faces the title sets. Measured ~112 KB. */
  title: 125_000,
};

const read = (path: string) => readFileSync(posix.join(DIST, path));
const gzip = (path: string) => gzipSync(read(path), { level: 9 }).byteLength;

/** The scripts a module imports statically (loaded before it runs), as zip paths. */
function staticImports(path: string): string[] {
  const program = parseAst(read(path).toString('utf-8'), { sourceType: 'module' });
  return program.body.flatMap((node) =>
    (node.type === 'ImportDeclaration' ||
      node.type === 'ExportAllDeclaration' ||
      node.type === 'ExportNamedDeclaration') &&
    node.source
      ? [posix.normalize(posix.join(posix.dirname(path), String(node.source.value)))]
      : [],
  );
}

/** What the title needs, by kind: the entry chunk with everything it imports, the CSS, the fonts. */
function titleFiles() {
  const html = read('index.html').toString('utf-8');
  // The page is Vite's own output: one module script and one style sheet, relative to the page.
  const entry = /<script type="module"[^>]*\ssrc="\.\/([^"]+)"/.exec(html)?.[1];
  const css = [...html.matchAll(/<link rel="stylesheet"[^>]*\shref="\.\/([^"]+)"/g)].map((m) => m[1]);
  if (!entry || !css.length) throw new Error(`dist/index.html names no entry script or style sheet`);
  const scripts = new Set([entry]);
  for (const script of scripts) for (const imported of staticImports(script)) scripts.add(imported);
  // The first source of each face is the woff2 a current browser fetches.
  const fonts = css.flatMap((sheet) =>
    [
      ...read(sheet)
        .toString('utf-8')
        .matchAll(/@font-face\{[^}]*?src:url\(\.\/([^)]+\.woff2)\)/g),
    ].map((m) => posix.join(posix.dirname(sheet), m[1])),
  );
  return { entry, scripts: [...scripts], css, fonts };
}

describe('the bundle budget', () => {
  const files = titleFiles();

  it(`keeps the entry chunk under ${BUDGET.entryChunk / 1000} KB gzip, without the ink runtime`, () => {
    const size = gzip(files.entry);
    console.log(`entry chunk ${files.entry}: ${(size / 1000).toFixed(1)} KB gzip`);
    expect(size).toBeLessThan(BUDGET.entryChunk);
    // inkjs's Story carries its save format version under this name; the runtime loads after Begin.
    expect(files.scripts.filter((path) => read(path).toString('utf-8').includes('inkVersionCurrent'))).toEqual([]);
  });

  it(`keeps the style sheets under ${BUDGET.css / 1000} KB gzip`, () => {
    const size = files.css.reduce((sum, path) => sum + gzip(path), 0);
    console.log(`css: ${(size / 1000).toFixed(1)} KB gzip`);
    expect(size).toBeLessThan(BUDGET.css);
  });

  it(`keeps everything the title needs under ${BUDGET.title / 1000} KB`, () => {
    expect(files.fonts).toHaveLength(3);
    const parts = [
      gzip('index.html'),
      ...files.scripts.map(gzip),
      ...files.css.map(gzip),
      ...files.fonts.map((path) => read(path).byteLength),
    ];
    const size = parts.reduce((sum, n) => sum + n, 0);
    console.log(
      `title: ${(size / 1000).toFixed(1)} KB (${files.scripts.length} scripts, ${files.css.length} css, ${files.fonts.length} fonts)`,
    );
    expect(size).toBeLessThan(BUDGET.title);
  });
});
