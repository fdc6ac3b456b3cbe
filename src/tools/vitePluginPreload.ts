import type { Plugin } from 'vite';

/**
 * Lists in the built page, as `<link rel="modulepreload">`, the chunks the game loads with dynamic
 * `import()` as soon as it starts (and what they import), so the browser fetches and compiles them
 * while the entry chunk is still running, instead of after it. `sources` are the modules' paths
 * from the project root, e.g. `src/presentation/GameShell.ts`.
 */
export function preloadPlugin(sources: readonly string[]): Plugin {
  return {
    name: 'ultimate-defence:preload-game',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const bundle = context.bundle;
        if (!bundle) return;
        const chunks = Object.values(bundle).flatMap((output) => (output.type === 'chunk' ? [output] : []));
        const entries = new Set(chunks.filter((chunk) => chunk.isEntry).flatMap((chunk) => [chunk.fileName, ...chunk.imports]));
        const wanted: string[] = [];
        const add = (fileName: string) => {
          if (entries.has(fileName) || wanted.includes(fileName)) return;
          wanted.push(fileName);
          const chunk = bundle[fileName];
          if (chunk?.type === 'chunk') chunk.imports.forEach(add);
        };
        for (const source of sources) {
          const chunk = chunks.find((c) => c.facadeModuleId?.replaceAll('\\', '/').endsWith(`/${source}`));
          if (!chunk) throw new Error(`preload: no chunk for ${source} (is it still imported with import()?)`);
          add(chunk.fileName);
        }
        return wanted.map((fileName) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, fetchpriority: 'low', href: `./${fileName}` }, injectTo: 'head' as const }));
      },
    },
  };
}
