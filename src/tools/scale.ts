// `npm run story:scale [-- copies]`: how the tools scale. Measures our story (1x) and a generated
// one `copies` times its size (default 10; generateStory.ts) for compile, exploration and replay
// data (CPU time: the figure to trust on a busy machine; wall time beside it), peak memory and
// the route map's size; exits 1 when a figure at Nx is more than 1.5N times the 1x one.
// Each size is measured in a fresh node process, so memory figures do not mix.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { exploreStory } from './explorer/explore.ts';
import { generateStory } from './generateStory.ts';
import { replayData } from './replayData.ts';
import { compileStory } from './vitePluginInk.ts';

/** What one size of story cost. */
export interface ScaleFigures {
  compileMs: number;
  exploreCpuMs: number;
  exploreMs: number;
  replayCpuMs: number;
  replayMs: number;
  /** Peak resident memory of the measuring process. */
  peakMb: number;
  states: number;
  nodes: number;
  edges: number;
  /** The replay data as shipped (JSON), in kilobytes. */
  replayKb: number;
}

/** Wall and CPU milliseconds `run` takes. */
function timed<T>(run: () => T): { value: T; ms: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = run();
  const used = process.cpuUsage(cpu);
  return { value, ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
}

/** Measures one story, in this process. */
export function measure(entry: string): ScaleFigures {
  const compiled = compileStory(entry);
  if (!compiled.json) throw new Error(`${entry} did not compile: ${JSON.stringify(compiled.diagnostics.slice(0, 3))}`);
  const json = compiled.json;
  const explored = timed(() => exploreStory(json));
  const replay = timed(() => replayData(json));
  return {
    compileMs: compiled.ms,
    exploreCpuMs: explored.cpuMs,
    exploreMs: explored.ms,
    replayCpuMs: replay.cpuMs,
    replayMs: replay.ms,
    peakMb: process.resourceUsage().maxRSS / 1024,
    states: explored.value.exploration.statesExpanded,
    nodes: replay.value.graph.nodes.length,
    edges: replay.value.graph.edges.length,
    replayKb: JSON.stringify(replay.value).length / 1024,
  };
}

/** Measures `entry` in a child process. */
function measureApart(entry: string): ScaleFigures {
  const self = fileURLToPath(import.meta.url);
  const run = spawnSync(process.execPath, ['--import', 'tsx', self, '--measure', entry], { encoding: 'utf-8' });
  if (run.status !== 0) throw new Error(`measuring ${entry} failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as ScaleFigures;
}

const ROWS: [keyof ScaleFigures, string][] = [
  ['compileMs', 'compile (ms, wall)'],
  ['exploreCpuMs', 'explore (ms CPU)'],
  ['exploreMs', 'explore (ms, wall)'],
  ['replayCpuMs', 'replay data (ms CPU)'],
  ['replayMs', 'replay data (ms, wall)'],
  ['peakMb', 'peak memory (MB)'],
  ['states', 'states explored'],
  ['nodes', 'route map nodes'],
  ['edges', 'route map edges'],
  ['replayKb', 'replay data (KB)'],
];
/** Wall-clock rows are shown but not held to the limit: other processes decide them. */
const CHECKED = new Set<keyof ScaleFigures>([
  'exploreCpuMs',
  'replayCpuMs',
  'peakMb',
  'states',
  'nodes',
  'edges',
  'replayKb',
]);

/** The Markdown table of both sizes, and the figures over the limit (`limit` times the 1x figure). */
export function compare(one: ScaleFigures, many: ScaleFigures, copies: number, limit: number) {
  const lines = [`| | 1x | ${copies}x | ratio |`, '|---|---|---|---|'];
  const over: string[] = [];
  for (const [key, label] of ROWS) {
    const ratio = many[key] / one[key];
    lines.push(`| ${label} | ${one[key].toFixed(0)} | ${many[key].toFixed(0)} | ${ratio.toFixed(1)}x |`);
    if (CHECKED.has(key) && ratio > limit) over.push(`${label}: ${ratio.toFixed(1)}x`);
  }
  return { table: lines.join('\n'), over };
}

function main(args: string[]): void {
  if (args[0] === '--measure') {
    process.stdout.write(JSON.stringify(measure(args[1])));
    return;
  }
  const copies = Number(args[0] ?? 10);
  const generated = generateStory(copies);
  try {
    console.error(`measuring ink/main.ink, then ${copies} copies (${generated.folder})...`);
    const one = measureApart('ink/main.ink');
    const many = measureApart(generated.entry);
    const limit = 1.5 * copies;
    const { table, over } = compare(one, many, copies, limit);
    console.log(table);
    if (over.length) {
      console.error(`over ${limit}x: ${over.join('; ')}`);
      process.exitCode = 1;
    }
  } finally {
    rmSync(generated.folder, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main(process.argv.slice(2));
