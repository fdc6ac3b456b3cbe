// Node-only: the Vite plugin that compiles `.ink` imports at build time, so only the inkjs
// runtime ships. Errors go to the terminal as file:line and to Vite's overlay; bad tags too.
// It also serves `virtual:replay-data`, the replay screens' data derived from the same story,
// cached by content hash and, in dev, derived in a child process after the reload (replayCache.ts).
// In dev, a saved .ink file is compiled at once and sent to the running game as STORY_EVENT (the game
// swaps it in where the reader stands: src/dev/storyReload.ts), never as a page reload.
import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { findSourceTags, parseTag } from '../story/directives.ts';
import { fnv1a } from '../story/hash.ts';
import { ContinuityInDev } from './devContinuity.ts';
import { compileInk, formatDiagnostic, type InkDiagnostic } from './inkCompile.ts';
import { type InkOutline, inkSources } from './inkSources.ts';
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

/** The custom HMR event carrying a freshly compiled story to the running game (payload `StoryUpdate`). */
export const STORY_EVENT = 'ultimate-defence:story';

/** What STORY_EVENT sends: the story JSON and how long it took, from the save being seen to the send. */
export interface StoryUpdate {
  json: string;
  contentHash: string;
  /** The .ink file that was saved. */
  file: string;
  compileMs: number;
  /** `Date.now()` on the server when the saved file was seen (the dev loop's bench reads it). */
  seenAt: number;
  /** Where each knot and stitch is written now (the dev panel's). */
  sources: InkOutline;
}

/** The dev panel's id for where each knot and stitch is written (`InkOutline`). */
export const INK_SOURCES_ID = 'virtual:ink-sources';
const RESOLVED_INK_SOURCES_ID = '\0' + INK_SOURCES_ID;

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
  /**
   * The folder the game's `ink/` is read from (default: env `UD_INK_ROOT`, else `ink/` under Vite's root):
   * `import '../ink/main.ink'` then compiles the same file under it, so a test or the dev bench can edit
   * a temporary copy and never the real ink.
   */
  inkRoot?: string;
  /** How long after a hot reload the dev server waits before deriving the new replay data (default 1500 ms). */
  replayDelayMs?: number;
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
  if (!json || diagnostics.some((d) => d.severity === 'error')) context.error(overlayError(diagnostics, entry));
  return json!;
}

/** The Vite error overlay's payload for a failed compile: every error, the first located as file:line. */
export function overlayError(diagnostics: readonly InkDiagnostic[], entry: string) {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const first = errors[0];
  return {
    message: `ink: ${errors.length} error(s)\n${errors.map((d) => formatDiagnostic(d)).join('\n')}`,
    id: first?.file ?? entry,
    loc: first?.line ? { file: first.file ?? entry, line: first.line, column: 1 } : undefined,
  };
}

/** The dev server's side of a saved .ink file: compile now, send the story or the error, derive replay data later. */
class HotStory {
  private replayTimer: ReturnType<typeof setTimeout> | null = null;
  private lastHash: string | null = null;

  constructor(
    private readonly inkRoot: () => string,
    private readonly entry: () => string,
    private readonly built: Map<string, Built>,
    private readonly deriveLater: (json: string) => void,
    private readonly delayMs: number,
  ) {}

  /** `file` was saved: recompile the story and tell the game (or show the errors and keep the last good story). */
  saved(server: ViteDevServer, file: string): void {
    const seenAt = Date.now();
    const entry = this.entry();
    const story = compileStory(entry);
    this.built.set(entry, story);
    for (const file of story.files) server.watcher.add(file);
    const log = server.config.logger;
    for (const d of story.diagnostics.filter((d) => d.severity !== 'error')) log.warn(formatDiagnostic(d));
    if (!story.json || !story.contentHash) {
      // The fix will be sent even if it compiles to the story the game already has: it closes the overlay.
      this.lastHash = null;
      const err = overlayError(story.diagnostics, entry);
      log.error(err.message);
      server.ws.send({ type: 'error', err: { ...err, stack: '', plugin: 'ultimate-defence:ink' } });
      return;
    }
    if (story.contentHash === this.lastHash) {
      log.info(`ink: ${relative(server.config.root, file)} compiles to the same story`, { timestamp: true });
      return;
    }
    this.lastHash = story.contentHash;
    const sources = inkSources(story.files, this.inkRoot());
    const { json, contentHash, ms: compileMs } = story;
    const update: StoryUpdate = { json, contentHash, file, compileMs, seenAt, sources };
    server.ws.send({ type: 'custom', event: STORY_EVENT, data: update });
    log.info(`ink: story swapped in (compiled in ${story.ms.toFixed(0)} ms)`, { timestamp: true });
    // The route map's data waits until the game has swapped the story in, and for the last of quick saves.
    if (this.replayTimer) clearTimeout(this.replayTimer);
    this.replayTimer = setTimeout(() => this.deriveLater(json), this.delayMs);
  }

  /** The story the game was served (its hash), so an edit that compiles to the same JSON sends nothing. */
  served(json: string): void {
    this.lastHash ??= fnv1a(json);
  }
}

/** The replay data the plugin serves: cached by content hash, and in dev never waited for twice. */
class ReplayDataSource {
  /** Set once Vite's config is known. */
  cache: ReplayDataCache | null = null;
  /** The last replay data served, kept for a dev reload while the new story's is derived. */
  private lastGood: ReplayData | null = null;

  /**
   * The replay data for `json`: cached, or derived now; but a dev server that already served some
   * serves that again at once and derives the new story's in a child process, so a page load never
   * waits for the route map.
   */
  async dataFor(json: string, server: ViteDevServer | null): Promise<ReplayData> {
    const hash = fnv1a(json);
    const known = this.cache!.get(hash);
    if (known) return (this.lastGood = known);
    if (server && this.lastGood) {
      this.deriveInBackground(server, json);
      return this.lastGood;
    }
    this.lastGood = await this.cache!.compute(json, hash);
    return this.lastGood;
  }

  /** Derives (or finds) the replay data, then invalidates the module and sends REPLAY_DATA_EVENT. */
  deriveInBackground(dev: ViteDevServer, json: string): void {
    const hash = fnv1a(json);
    this.cache!.compute(json, hash).then(
      () => {
        const modules = RESOLVED_REPLAY_IDS.map((id) => dev.moduleGraph.getModuleById(id ?? ''));
        for (const module of modules) if (module) dev.moduleGraph.invalidateModule(module);
        dev.ws.send({ type: 'custom', event: REPLAY_DATA_EVENT, data: { contentHash: hash } });
      },
      (error: unknown) => dev.config.logger.error(`replay data: ${String(error)}`),
    );
  }
}

/** The plugin's virtual modules, by the id imported and the id resolved. */
const VIRTUAL_IDS = new Map([
  [REPLAY_DATA_ID, RESOLVED_REPLAY_DATA_ID],
  [REPLAY_DETAILS_ID, RESOLVED_REPLAY_DETAILS_ID],
  [INK_SOURCES_ID, RESOLVED_INK_SOURCES_ID],
]);
/** A module made from the story (an .ink import or a virtual module): stale once an .ink file is saved. */
const isStoryModule = (id: string | null | undefined) =>
  !!id && (id.endsWith('.ink') || [...VIRTUAL_IDS.values()].includes(id));

/**
 * `import story from '../ink/main.ink'` yields the compiled story JSON as an object, and
 * `import replay from 'virtual:replay-data'` the `ReplayData` derived from `replayEntry`. Each
 * story is compiled once per build (and again in dev when an ink file changes).
 */
export function inkPlugin(options: InkPluginOptions = {}): Plugin {
  let root = resolve('.');
  let inkRoot = resolve(options.inkRoot ?? process.env.UD_INK_ROOT ?? 'ink');
  let replayEntry = options.replayEntry ?? resolve(inkRoot, 'main.ink');
  const built = new Map<string, Built>();
  const replay = new ReplayDataSource();
  let server: ViteDevServer | null = null;
  /** In dev, the continuity facts of each new story, checked in the background (devContinuity.ts). */
  const continuity = new ContinuityInDev();
  const checkContinuityInDev = (json: string | null | undefined) =>
    continuity.check(json, built.get(replayEntry)?.files ?? [replayEntry]);

  const compile = (context: BuildContext, entry: string): string => compileOnce(context, entry, built);
  /** Where an .ink id is read from: the same path under `inkRoot` when it names the project's own ink/. */
  const source = (id: string): string => {
    const inProject = relative(resolve(root, 'ink'), id);
    return inProject.startsWith('..') || inProject.startsWith(sep) ? id : resolve(inkRoot, inProject);
  };
  const hot = new HotStory(
    () => inkRoot,
    () => replayEntry,
    built,
    (json) => server && replay.deriveInBackground(server, json),
    options.replayDelayMs ?? 1500,
  );

  return {
    name: 'ultimate-defence:ink',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
      inkRoot = resolve(config.root, options.inkRoot ?? process.env.UD_INK_ROOT ?? 'ink');
      replayEntry = options.replayEntry ? resolve(config.root, options.replayEntry) : resolve(inkRoot, 'main.ink');
      const folder =
        options.cacheFolder === undefined
          ? resolve(config.root, 'node_modules/.cache/ultimate-defence/replay-data')
          : options.cacheFolder;
      replay.cache = new ReplayDataCache(folder);
    },
    configureServer(dev) {
      server = dev;
      continuity.attach(dev);
    },
    resolveId(id) {
      return VIRTUAL_IDS.get(id) ?? null;
    },
    async load(id) {
      if (RESOLVED_REPLAY_IDS.includes(id)) {
        const json = compile(this, replayEntry);
        checkContinuityInDev(json);
        const { details, ...served } = await replay.dataFor(json, server);
        const part = id === RESOLVED_REPLAY_DETAILS_ID ? details : served;
        return { code: `export default JSON.parse(${JSON.stringify(JSON.stringify(part))});`, map: null };
      }
      if (id === RESOLVED_INK_SOURCES_ID) {
        compile(this, replayEntry);
        const sources = inkSources(built.get(replayEntry)?.files ?? [], inkRoot);
        return { code: `export default ${JSON.stringify(sources)};`, map: null };
      }
      if (!id.endsWith('.ink')) return null;
      const entry = source(id);
      const json = compile(this, entry);
      // A copy outside Vite's root (inkRoot) is not watched unless asked.
      if (server) for (const file of built.get(entry)?.files ?? []) server.watcher.add(file);
      if (entry === replayEntry) hot.served(json);
      // A string literal parsed once is cheaper for the browser than a huge object literal.
      return { code: `export default JSON.parse(${JSON.stringify(json)});`, map: null };
    },
    handleHotUpdate({ file, server }) {
      if (!file.endsWith('.ink')) return;
      built.clear();
      // A page loaded from now on gets the new story; the page already open gets it as STORY_EVENT.
      for (const module of server.moduleGraph.idToModuleMap.values())
        if (isStoryModule(module.id)) server.moduleGraph.invalidateModule(module);
      hot.saved(server, file);
      checkContinuityInDev(built.get(replayEntry)?.json);
      return [];
    },
  };
}
