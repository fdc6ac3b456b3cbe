import { describe, expect, it } from 'vitest';
import { preloadPlugin } from '../../src/tools/vitePluginPreload.ts';

type Chunk = { type: 'chunk'; fileName: string; isEntry: boolean; facadeModuleId: string | null; imports: string[] };
const chunk = (fileName: string, facade: string | null, imports: string[] = [], isEntry = false): Chunk => ({ type: 'chunk', fileName, isEntry, facadeModuleId: facade, imports });

/** A build like ours: the entry, the runtime it imports, and the game's chunks loaded with import(). */
const bundle = Object.fromEntries(
  [
    chunk('assets/index-1.js', '/repo/index.html', ['assets/runtime-1.js'], true),
    chunk('assets/runtime-1.js', null),
    chunk('assets/GameShell-1.js', '/repo/src/presentation/GameShell.ts', ['assets/runtime-1.js', 'assets/assets-1.js']),
    chunk('assets/assets-1.js', '/repo/src/presentation/assets.ts', ['assets/runtime-1.js']),
    chunk('assets/main-1.js', '/repo/ink/main.ink'),
    chunk('assets/later-1.js', '/repo/src/presentation/dom/RouteMapView.ts'),
    { type: 'asset', fileName: 'assets/title-1.svg' },
  ].map((output) => [output.fileName, output]),
);

function tags(sources: string[]) {
  const hook = preloadPlugin(sources).transformIndexHtml as { handler: (html: string, context: { bundle?: object }) => unknown };
  return hook.handler('', { bundle }) as { attrs: { rel: string; href: string } }[];
}

describe('the page preloads the chunks Begin needs', () => {
  it('lists each wanted chunk and what it imports, once, and nothing the entry already loads', () => {
    expect(tags(['src/presentation/GameShell.ts', 'ink/main.ink']).map((t) => t.attrs.href)).toEqual([
      './assets/GameShell-1.js',
      './assets/assets-1.js',
      './assets/main-1.js',
    ]);
    expect(tags(['src/presentation/GameShell.ts']).every((t) => t.attrs.rel === 'modulepreload')).toBe(true);
  });

  it('fails the build when a listed module no longer has its own chunk', () => {
    expect(() => tags(['src/story/Gone.ts'])).toThrow(/no chunk for src\/story\/Gone\.ts/);
  });
});
