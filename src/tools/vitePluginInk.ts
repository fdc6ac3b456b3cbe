// Node-only: the Vite plugin that compiles `.ink` imports at build time, so only the inkjs
// runtime ships. Errors go to the terminal as file:line and to Vite's overlay; bad tags too.
// It also serves `virtual:replay-data`, the replay screens' data derived from the same story,
// cached by content hash and, in dev, derived in a child process after the reload (replayCache.ts).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { findSourceTags, parseTag } from '../story/directives.ts';
import { fnv1a } from '../story/hash.ts';
import { DevContinuity, overlayError } from './devContinuity.ts';
import { compileInk, formatDiagnostic, type InkDiagnostic } from './inkCompile.ts';
import { ReplayDataCache } from './replayCache.ts';
import type { ReplayData } from './replayData.ts';

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

/** A compiled story, ready to swap into a running game. */
export interface CompiledStory {
  /** Story JSON, or null when there were errors. */
  json: string | null;
  /** `StoryRunner.contentHash` of that JSON (FNV-1a), or null. */
  contentHash: string | null;
  diagnostics: InkDiagnostic[];
  files: string[];
  /** Milliseconds the compile and the tag check took. */
  ms: number;
}

/** Compiles `entry` (ink and tag checks, no route exploration) and fingerprints it: the hot reload's step. */
export function compileStory(entry: string): CompiledStory {
  const started = performance.now();
  const built = buildInk(entry);
  const contentHash = built.json ? fnv1a(built.json) : null;
  return { ...built, contentHash, ms: performance.now() - started };
}

/** The custom HMR event sent when fresh replay data is ready (payload `{ contentHash }`). */
export const REPLAY_DATA_EVENT = 'ultimate-defence:replay-data';

/** The id the game imports the replay data by (`import replay from 'virtual:replay-data'`). */
export const REPLAY_DATA_ID = 'virtual:replay-data';
const RESOLVED_REPLAY_DATA_ID = '\0' + REPLAY_DATA_ID;
/** The route map's larger data (lines per chapter), imported only when the map opens: not in the title's bytes. */
export const REPLAY_DETAILS_ID = 'virtual:replay-details';
const RESOLVED_REPLAY_DETAILS_ID = '\0' + REPLAY_DETAILS_ID;
const RESOLVED_REPLAY_IDS: readonly (string | undefined)[] = [RESOLVED_REPLAY_DATA_ID, RESOLVED_REPLAY_DETAILS_ID];

/** Options of the ink plugin. */
export interface InkPluginOptions {
  /** The story the replay data is derived from (default `ink/main.ink` under Vite's root). */
  replayEntry?: string;
  /** Where replay data is cached on disk (default `node_modules/.cache/ultimate-defence/replay-data`); null: memory only. */
  cacheFolder?: string | null;
}

type Built = ReturnType<typeof buildInk>;

/** What the plugin uses of Vite's plugin context. */
interface BuildContext {
  addWatchFile(file: string): void;
  warn(message: string): void;
  error(error: { message: string; id?: string; loc?: { file?: string; line: number; column: number } }): never;
}

/** Compiles `entry` (once per build, kept in `built`), watches its files, reports warnings, and fails the build on errors. */
function compileOnce(context: BuildContext, entry: string, built: Map<string, Built>): string {
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
}

/**
 * `import story from '../ink/main.ink'` yields the compiled story JSON as an object, and
 * `import replay from 'virtual:replay-data'` the `ReplayData` derived from `replayEntry`. Each
 * story is compiled once per build (and again in dev when an ink file changes).
 */
export function inkPlugin(options: InkPluginOptions = {}): Plugin {
  let replayEntry = options.replayEntry ?? resolve('ink/main.ink');
  const built = new Map<string, Built>();
  let cache: ReplayDataCache | null = null;
  let server: ViteDevServer | null = null;
  /** The last replay data served, kept for a dev reload while the new story's is derived. */
  let lastGood: ReplayData | null = null;
  /** In dev, the continuity facts of each new story, checked in the background (devContinuity.ts). */
  let continuity: DevContinuity | null = null;
  let checkedHash: string | null = null;
  /** Starts the background continuity check of the replay story, once per distinct story. */
  const checkContinuityInDev = (json: string) => {
    const hash = fnv1a(json);
    if (!continuity || hash === checkedHash) return;
    checkedHash = hash;
    void continuity.check(json, built.get(replayEntry)?.files ?? [replayEntry]);
  };

  const compile = (context: BuildContext, entry: string): string => compileOnce(context, entry, built);

  /**
   * The replay data for `json`: cached, or derived now; but a dev server that already served some
   * serves that again at once and derives the new story's in a child process, then invalidates the
   * module and sends REPLAY_DATA_EVENT, so a saved .ink file never waits for the route map.
   */
  const replayDataFor = async (json: string): Promise<ReplayData> => {
    const hash = fnv1a(json);
    const known = cache!.get(hash);
    if (known) return known;
    if (!server || !lastGood) return cache!.compute(json, hash);
    const dev = server;
    cache!.compute(json, hash).then(
      () => {
        const modules = RESOLVED_REPLAY_IDS.map((id) => dev.moduleGraph.getModuleById(id ?? ''));
        for (const module of modules) if (module) dev.moduleGraph.invalidateModule(module);
        dev.ws.send({ type: 'custom', event: REPLAY_DATA_EVENT, data: { contentHash: hash } });
      },
      (error: unknown) => dev.config.logger.error(`replay data: ${String(error)}`),
    );
    return lastGood;
  };

  return {
    name: 'ultimate-defence:ink',
    enforce: 'pre',
    configResolved(config) {
      replayEntry = options.replayEntry
        ? resolve(config.root, options.replayEntry)
        : resolve(config.root, 'ink/main.ink');
      const folder =
        options.cacheFolder === undefined
          ? resolve(config.root, 'node_modules/.cache/ultimate-defence/replay-data')
          : options.cacheFolder;
      cache = new ReplayDataCache(folder);
    },
    configureServer(dev) {
      server = dev;
      const root = dev.config.root;
      continuity = new DevContinuity(
        {
          log: (line) => dev.config.logger.warn(line),
          overlay: (problems) => dev.ws.send({ type: 'error', err: overlayError(problems, root) }),
        },
        root,
      );
      dev.httpServer?.on('close', () => continuity?.cancel());
    },
    resolveId(id) {
      if (id === REPLAY_DETAILS_ID) return RESOLVED_REPLAY_DETAILS_ID;
      return id === REPLAY_DATA_ID ? RESOLVED_REPLAY_DATA_ID : null;
    },
    async load(id) {
      if (RESOLVED_REPLAY_IDS.includes(id)) {
        const json = compile(this, replayEntry);
        checkContinuityInDev(json);
        const data = await replayDataFor(json);
        lastGood = data;
        const { details, ...served } = data;
        const part = id === RESOLVED_REPLAY_DETAILS_ID ? details : served;
        return { code: `export default JSON.parse(${JSON.stringify(JSON.stringify(part))});`, map: null };
      }
      if (!id.endsWith('.ink')) return null;
      const json = compile(this, id);
      // A string literal parsed once is cheaper for the browser than a huge object literal.
      return { code: `export default JSON.parse(${JSON.stringify(json)});`, map: null };
    },
    handleHotUpdate({ file, server }) {
      if (!file.endsWith('.ink')) return;
      built.clear();
      for (const module of server.moduleGraph.getModulesByFile(file) ?? []) server.moduleGraph.invalidateModule(module);
      for (const module of server.moduleGraph.idToModuleMap.values()) {
        if (module.id?.endsWith('.ink') || RESOLVED_REPLAY_IDS.includes(module.id ?? undefined))
          server.moduleGraph.invalidateModule(module);
      }
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}
