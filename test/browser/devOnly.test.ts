// The author's tools (src/dev/: the hot story reload and the dev panel) are for the dev server only:
// the built game must hold none of their code or words. (The swap logic itself, reading/hotReload.ts, is
// part of the reading session, node-tested there; it ships in the session's lazy chunk, unused.)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIST = new URL('../../dist/', import.meta.url).pathname;

/** Every text file of the build (scripts, styles, the page), by path under dist/. */
function builtTexts(): Map<string, string> {
  const files = readdirSync(DIST, { recursive: true, encoding: 'utf-8' }).filter((f) => /\.(js|css|html)$/.test(f));
  return new Map(files.map((f) => [f, readFileSync(join(DIST, f), 'utf-8')]));
}

describe('the built game', () => {
  it('ships none of the dev tools: no hot story reload, no dev panel, no knot sources', () => {
    const texts = builtTexts();
    expect(texts.size).toBeGreaterThan(3);
    const marks = [
      'ultimate-defence:story',
      'ud-dev-panel',
      'Dev panel',
      '__storyReload',
      'virtual:ink-sources',
      'Visit counts (knots and stitches)',
      'Read from there',
    ];
    const found = [...texts].flatMap(([file, text]) =>
      marks.filter((m) => text.includes(m)).map((m) => `${file}: ${m}`),
    );
    expect(found).toEqual([]);
    // The build is the game's: its own words are there (so the search above read the right files).
    expect([...texts.values()].some((t) => t.includes('ultimate-defence'))).toBe(true);
  });
});
