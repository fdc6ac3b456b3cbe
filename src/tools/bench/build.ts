// Builds the game for the benchmark with Vite's JS API (into a folder of its own, so the project's
// dist/ and a running test are left alone), and times the ink compile on its own.
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { compileInk, formatDiagnostic } from '../inkCompile.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Builds the game into `outDir`; returns how long Vite took (ms). */
export async function buildGame(outDir: string): Promise<number> {
  const start = performance.now();
  await build({
    root: ROOT,
    configFile: `${ROOT}vite.config.ts`,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  return performance.now() - start;
}

/** Compiles ink/main.ink (as the build does); returns the story JSON and how long it took (ms). */
export function compileStory(entry = `${ROOT}ink/main.ink`): { json: string; ms: number } {
  const start = performance.now();
  const result = compileInk(entry);
  const ms = performance.now() - start;
  if (!result.json)
    throw new Error(`ink does not compile:\n${result.diagnostics.map((d) => formatDiagnostic(d)).join('\n')}`);
  return { json: result.json, ms };
}
