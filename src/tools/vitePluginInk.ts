// Node-only: the Vite plugin that compiles `.ink` imports at build time, so only the inkjs
// runtime ships. Errors go to the terminal as file:line and to Vite's overlay; bad tags too.
// It also serves `virtual:replay-data`, the replay screens' data derived from the same story.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { findSourceTags, parseTag } from '../story/directives.ts';
import { compileInk, formatDiagnostic, type InkDiagnostic } from './inkCompile.ts';
import { replayData } from './replayData.ts';

/** Compiles an ink entry and checks every staging tag in it and its INCLUDEs. */
export function buildInk(entry: string): { json: string | null; diagnostics: InkDiagnostic[]; files: string[] } {
  const result = compileInk(entry);
  const diagnostics = [...result.diagnostics];
  for (const file of result.files) {
    for (const { tag, line } of findSourceTags(readFileSync(file, 'utf-8'))) {
      const parsed = parseTag(tag);
      if (!parsed.ok) diagnostics.push({ severity: 'error', file, line, message: `tag "# ${tag}": ${parsed.message}` });
    }
  }
  const failed = diagnostics.some((d) => d.severity === 'error');
  return { json: failed ? null : result.json, diagnostics, files: result.files };
}

/** The id the game imports the replay data by (`import replay from 'virtual:replay-data'`). */
export const REPLAY_DATA_ID = 'virtual:replay-data';
const RESOLVED_REPLAY_DATA_ID = '\0' + REPLAY_DATA_ID;

/** Options of the ink plugin. */
export interface InkPluginOptions {
  /** The story the replay data is derived from (default `ink/main.ink` under Vite's root). */
  replayEntry?: string;
}

type Built = ReturnType<typeof buildInk>;

/** What the plugin uses of Vite's plugin context. */
interface BuildContext {
  addWatchFile(file: string): void;
  warn(message: string): void;
  error(error: { message: string; id?: string; loc?: { file?: string; line: number; column: number } }): never;
}

/**
 * `import story from '../ink/main.ink'` yields the compiled story JSON as an object, and
 * `import replay from 'virtual:replay-data'` the `ReplayData` derived from `replayEntry`. Each
 * story is compiled once per build (and again in dev when an ink file changes).
 */
export function inkPlugin(options: InkPluginOptions = {}): Plugin {
  let replayEntry = options.replayEntry ?? resolve('ink/main.ink');
  const built = new Map<string, Built>();
  let replayCode: string | null = null;

  /** Compiles `entry` (once), watches its files, reports warnings, and fails the build on errors. */
  const compile = (context: BuildContext, entry: string): string => {
    let result = built.get(entry);
    if (!result) {
      result = buildInk(entry);
      built.set(entry, result);
    }
    const { json, diagnostics, files } = result;
    for (const file of files) context.addWatchFile(file);
    for (const d of diagnostics.filter((d) => d.severity !== 'error')) context.warn(formatDiagnostic(d));
    const errors = diagnostics.filter((d) => d.severity === 'error');
    if (errors.length || !json) {
      const first = errors[0];
      context.error({
        message: `ink: ${errors.length} error(s)\n${errors.map((d) => formatDiagnostic(d)).join('\n')}`,
        id: first?.file ?? entry,
        loc: first?.line ? { file: first.file ?? entry, line: first.line, column: 1 } : undefined,
      });
    }
    return json!;
  };

  return {
    name: 'ultimate-defence:ink',
    enforce: 'pre',
    configResolved(config) {
      replayEntry = options.replayEntry ? resolve(config.root, options.replayEntry) : resolve(config.root, 'ink/main.ink');
    },
    resolveId(id) {
      return id === REPLAY_DATA_ID ? RESOLVED_REPLAY_DATA_ID : null;
    },
    load(id) {
      if (id === RESOLVED_REPLAY_DATA_ID) {
        const json = compile(this, replayEntry);
        replayCode ??= `export default JSON.parse(${JSON.stringify(JSON.stringify(replayData(json)))});`;
        return { code: replayCode, map: null };
      }
      if (!id.endsWith('.ink')) return null;
      const json = compile(this, id);
      // A string literal parsed once is cheaper for the browser than a huge object literal.
      return { code: `export default JSON.parse(${JSON.stringify(json)});`, map: null };
    },
    handleHotUpdate({ file, server }) {
      if (!file.endsWith('.ink')) return;
      built.clear();
      replayCode = null;
      for (const module of server.moduleGraph.getModulesByFile(file) ?? []) server.moduleGraph.invalidateModule(module);
      for (const module of server.moduleGraph.idToModuleMap.values()) {
        if (module.id?.endsWith('.ink') || module.id === RESOLVED_REPLAY_DATA_ID) server.moduleGraph.invalidateModule(module);
      }
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}
