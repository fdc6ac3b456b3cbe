// `npm run bench`: builds the game, serves it, loads it cold in headless Chromium and reads it
// through, then prints a Markdown report (stdout; progress goes to stderr). See README.md here.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launch } from '../../../test/browser/support/browser.ts';
import { buildGame, compileStory } from './build.ts';
import { coldLoad, PLAIN, THROTTLED, type ColdLoad, type Target } from './coldLoad.ts';
import { LONG_SESSION_LIMIT, longSession, renderLongSession, type LongSession } from './longSession.ts';
import { heapPlaythroughs, timedPlaythrough, type HeapPlay, type TimedPlay } from './playthrough.ts';
import {
  compare,
  evaluateTargets,
  ID,
  renderComparison,
  renderReport,
  type BenchResult,
  type Figure,
  type FramesByMoment,
  type Unit,
} from './report.ts';
import { readRoute } from './route.ts';
import { serveDist, type DistServer } from './server.ts';
import { spread } from './stats.ts';

const HELP = `usage: npm run bench -- [options]
  --runs N         cold loads per target and profile (default 5; --quick: 2), after --warmup N rounds (default 1)
  --readings N     readings in one page for the heap figure (default 10; --quick: 2)
  --samples N      lines watched for the reveal and click-to-next-line figures (default 24; --quick: 12)
  --throttle       also run the cold loads throttled: CPU 4x, 9 Mbps down, 1.5 Mbps up, 150 ms RTT
  --peers DIR      also load the shared peers from DIR (bare-ink, phaser-ink), interleaved, and
                   check the targets against them; build them with
                   cd ../shared/bench && npm install && peers/build.sh /tmp/peers
  --no-play        cold loads only (no readings)
  --only PARTS     only some parts, comma-separated: cold (cold loads), frames (the two timed
                   readings), heap (the readings for the heap figure), long-session (--readings
                   readings in one page with rollback, save, title and Continue: heap and DOM)
  --quick          --runs 2 --readings 2 --samples 12, and the CPU 4x reading stops after the
                   first chapter change (so no stone-ending frames at 4x)
  --dist DIR       measure this build instead of building one
  --json FILE      write every figure and run as JSON
  --compare FILE   print the change since an earlier --json`;

const { values: o } = parseArgs({
  options: {
    runs: { type: 'string' },
    warmup: { type: 'string', default: '1' },
    readings: { type: 'string' },
    samples: { type: 'string' },
    throttle: { type: 'boolean', default: false },
    peers: { type: 'string' },
    'no-play': { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    dist: { type: 'string' },
    json: { type: 'string' },
    compare: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (o.help) {
  console.log(HELP);
  process.exit(0);
}
const int = (value: string | undefined, fallback: number) =>
  value === undefined ? fallback : Math.max(0, Math.floor(Number(value)));
const options = {
  runs: Math.max(1, int(o.runs, o.quick ? 2 : 5)),
  warmup: int(o.warmup, 1),
  readings: Math.max(1, int(o.readings, o.quick ? 2 : 10)),
  samples: Math.max(1, int(o.samples, o.quick ? 12 : 24)),
  throttle: o.throttle,
  peers: o.peers ? resolve(o.peers) : null,
  quick: o.quick,
};
const parts = new Set(o.only ? o.only.split(',').map((x) => x.trim()) : ['cold', 'frames', 'heap', 'long-session']);
if (o['no-play']) {
  parts.delete('frames');
  parts.delete('heap');
  parts.delete('long-session');
}
const log = (s: string) => process.stderr.write(s + '\n');
const PEERS = [
  { name: 'bare-ink', kind: 'text' as const, text: 'The rain had not stopped for three days.' },
  { name: 'phaser-ink', kind: 'flag' as const, flag: '__firstLine' },
];
if (options.peers) {
  const missing = PEERS.filter((p) => !existsSync(join(options.peers!, p.name, 'dist', 'index.html')));
  if (missing.length) {
    console.error(
      `no ${missing.map((p) => p.name).join(', ')} build under ${options.peers}: build the peers first with\n` +
        `  cp -r ../shared/bench /tmp/bench-shared && cd /tmp/bench-shared && npm install && peers/build.sh ${options.peers}`,
    );
    process.exit(2);
  }
}

const loadBefore = loadavg();
let builtDir: string | null = null;
let build: BenchResult['build'] = null;
const story = compileStory();
let distDir: string;
if (o.dist) distDir = resolve(o.dist);
else {
  builtDir = distDir = mkdtempSync(join(tmpdir(), 'ud-bench-'));
  log(`building into ${distDir}`);
  build = { viteMs: await buildGame(distDir), inkCompileMs: story.ms };
}
const route = readRoute(story.json);
const servers: DistServer[] = [];
const ours = await serveDist(distDir);
servers.push(ours);
const targets: Target[] = [{ name: 'ours', url: ours.url, kind: 'game' }];
for (const peer of options.peers ? PEERS : []) {
  const server = await serveDist(join(options.peers!, peer.name, 'dist'));
  servers.push(server);
  targets.push({ ...peer, url: server.url });
}
const browser = await launch();
const chromium = browser.version();
let failed = false;

// Cold loads, interleaved (ours at once, ours once loaded, each peer; then again) so that drift in
// the machine's load hits every target alike.
const loads: ColdLoad[] = [];
for (const profile of !parts.has('cold') ? [] : options.throttle ? [PLAIN, THROTTLED] : [PLAIN]) {
  for (let round = -options.warmup; round < options.runs; round++) {
    for (const target of targets) {
      for (const mode of target.kind === 'game' ? (['eager', 'ready'] as const) : (['eager'] as const)) {
        const load = await coldLoad(browser, target, profile, mode);
        const what = `${profile.id} ${round < 0 ? 'warm-up' : `run ${round + 1}/${options.runs}`} ${target.name}${target.kind === 'game' ? ` (${mode})` : ''}`;
        log(
          load.ok
            ? `${what}: first line ${load.firstLine!.toFixed(0)} ms${load.errors.length ? `, ${load.errors.length} page errors: ${load.errors[0]}` : ''}`
            : `${what}: FAILED ${load.error}`,
        );
        if (round >= 0) loads.push(load);
        if (round >= 0 && !load.ok) failed = true;
      }
    }
  }
}

// Readings: at the default text speed (frames, click to next line), unthrottled and at CPU 4x;
// then several with instant text in one page (heap).
const timed: TimedPlay[] = [];
let heap: HeapPlay | null = null;
{
  for (const cpu of parts.has('frames') ? [1, 4] : []) {
    const partial = options.quick && cpu > 1;
    log(`reading the route at CPU ${cpu}x${partial ? ' up to the first chapter change (--quick)' : ''}`);
    const play = await timedPlaythrough(browser, ours.url, route, cpu, options.samples, log, partial);
    log(play.ok ? `  done in ${(play.durationMs / 1000).toFixed(0)} s` : `  FAILED ${play.error}`);
    if (!play.ok) failed = true;
    timed.push(play);
  }
  if (parts.has('heap')) {
    log(`${options.readings} readings in one page, instant text`);
    heap = await heapPlaythroughs(browser, ours.url, route, options.readings, (s) => log('  ' + s));
    if (!heap.ok) {
      failed = true;
      log(`  FAILED ${heap.error}`);
    }
  }
}
let session: LongSession | null = null;
if (parts.has('long-session')) {
  log(`long session: ${options.readings} readings in one page (roll back, quick save, title, Continue, end)`);
  session = await longSession(browser, ours.url, route, options.readings, (s) => log('  ' + s));
  const worst = session.ratios ? Math.max(...Object.values(session.ratios)) : Infinity;
  if (!session.ok || worst > LONG_SESSION_LIMIT) failed = true;
  if (!session.ok) log(`  FAILED ${session.error}`);
}
await browser.close();
for (const server of servers) await server.close();

// Figures.
const figures: Figure[] = [];
const add = (id: string, label: string, unit: Unit, values: (number | null | undefined)[]) => {
  const value = spread(values);
  if (value.n) figures.push({ id, label, unit, value });
};
for (const p of ['plain', 'throttled'] as const) {
  const mine = (mode: 'eager' | 'ready') =>
    loads.filter((l) => l.ok && l.target === 'ours' && l.profile === p && l.mode === mode);
  const eager = mine('eager');
  const ready = mine('ready');
  const tag = p === 'plain' ? '' : ', throttled';
  add(
    ID.title(p),
    `title with Begin painted${tag}`,
    'ms',
    [...eager, ...ready].map((l) => l.titlePainted),
  );
  add(
    ID.navToFirstLine(p),
    `navigation to first line, Begin at once${tag}`,
    'ms',
    eager.map((l) => l.firstLine),
  );
  add(
    ID.beginToFirstLineEager(p),
    `Begin to first line, clicked at once${tag}`,
    'ms',
    eager.map((l) => l.beginToFirstLine),
  );
  add(
    ID.beginToFirstLine(p),
    `Begin to first line, clicked once loaded${tag}`,
    'ms',
    ready.map((l) => l.beginToFirstLine),
  );
  add(
    ID.beginToFirstScreen(p),
    `Begin to first screen, once loaded${tag}`,
    'ms',
    ready.map((l) => (l.firstScreen !== null && l.clickedAt !== null ? l.firstScreen - l.clickedAt : null)),
  );
  add(
    ID.bytes(p),
    `bytes before first line${tag}`,
    'KB',
    eager.map((l) => (l.bytesBeforeFirstLine ?? NaN) / 1024),
  );
  add(
    ID.requests(p),
    `requests before first line${tag}`,
    'count',
    eager.map((l) => l.requestsBeforeFirstLine),
  );
  add(
    ID.heapFirstLine(p),
    `heap after first line${tag}`,
    'MB',
    eager.map((l) => l.heapAfterFirstLine),
  );
  for (const peer of PEERS) {
    const runs = loads.filter((l) => l.ok && l.target === peer.name && l.profile === p);
    add(
      ID.peerFirstLine(peer.name, p),
      `${peer.name} first line${tag}`,
      'ms',
      runs.map((l) => l.firstLine),
    );
    add(
      ID.peerBytes(peer.name, p),
      `${peer.name} bytes before first line${tag}`,
      'KB',
      runs.map((l) => (l.bytesBeforeFirstLine ?? NaN) / 1024),
    );
    add(
      ID.peerRequests(peer.name, p),
      `${peer.name} requests before first line${tag}`,
      'count',
      runs.map((l) => l.requestsBeforeFirstLine),
    );
  }
}
const frames: BenchResult['frames'] = { plain: null, cpu4: null };
for (const play of timed.filter((t) => t.ok)) {
  const key = play.cpu === 1 ? 'plain' : 'cpu4';
  frames[key] = play.frames;
  for (const moment of Object.keys(play.frames) as (keyof FramesByMoment)[]) {
    const s = play.frames[moment];
    if (!s.count) continue;
    add(ID.frames(key, moment, 'p95'), `frames p95, ${moment}, ${key === 'plain' ? 'unthrottled' : 'CPU 4x'}`, 'ms', [
      s.p95,
    ]);
    add(
      ID.frames(key, moment, 'slow'),
      `frames over 34 ms, ${moment}, ${key === 'plain' ? 'unthrottled' : 'CPU 4x'}`,
      'count',
      [s.slow],
    );
  }
  add(
    ID.click(key),
    `click to next line painted, ${key === 'plain' ? 'unthrottled' : 'CPU 4x'}`,
    'ms',
    play.clickToNextLine,
  );
}
if (heap?.ok) {
  add(ID.heapAfterFirstLine, 'heap after first line (reading page)', 'MB', [heap.afterFirstLine]);
  add(ID.heapAfterOne, 'heap after one reading', 'MB', [heap.afterOne]);
  add(ID.heapAfterAll, `heap after ${heap.runs} readings`, 'MB', [heap.afterAll]);
}

// What was loaded before the first line, by kind, from the first unthrottled eager load.
const sample = loads.find((l) => l.ok && l.target === 'ours' && l.profile === 'plain' && l.mode === 'eager');
const kinds = new Map<string, { kb: number; requests: number; files: string[] }>();
const fileName = (url: string) =>
  (url.replace(ours.url, '').replace(/^assets\//, '') || 'index.html').replace(/-[\w-]{8}\./, '.');
for (const res of sample?.resourcesBeforeFirstLine ?? []) {
  const name = fileName(res.url);
  const ext = name.split('.').pop() ?? '';
  const kind =
    res.type === 'Document'
      ? 'page'
      : /^(ogg|mp3|m4a|wav)$/.test(ext)
        ? 'audio'
        : /^(woff2?|ttf|otf)$/.test(ext)
          ? 'fonts'
          : ext === 'svg'
            ? 'art (SVG)'
            : /^m?js$/.test(ext)
              ? 'JavaScript'
              : ext === 'css'
                ? 'CSS'
                : res.type;
  const k = kinds.get(kind) ?? { kb: 0, requests: 0, files: [] };
  k.kb += res.bytes / 1024;
  k.requests++;
  k.files.push(name);
  kinds.set(kind, k);
}

const { list, ...distTotals } = ours.stats;
const result: BenchResult = {
  tool: 'ultimate-defence-bench',
  version: 1,
  date: new Date().toISOString(),
  machine: {
    chromium,
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? '?',
    loadBefore,
    loadAfter: loadavg(),
  },
  options: { ...options, parts: [...parts] },
  build,
  dist: { ...distTotals, largest: list.slice(0, 10) },
  route: {
    lines: route.steps.filter((s) => s.live).length,
    choices: route.picks.length,
    ending: route.ending?.title ?? null,
  },
  beforeFirstLine: [...kinds].map(([kind, k]) => ({ kind, ...k })).sort((a, b) => b.kb - a.kb),
  withFirstLine: (sample?.requestedWithFirstLine ?? []).map((r) => ({ file: fileName(r.url), kb: r.bytes / 1024 })),
  figures,
  frames,
  targets: [],
  raw: { coldLoads: loads, readings: timed, heap },
};
result.targets = evaluateTargets(figures, frames);

process.stdout.write(renderReport(result));
if (session) process.stdout.write('\n' + renderLongSession(session));
if (o.compare) {
  const previous = JSON.parse(readFileSync(o.compare, 'utf-8')) as BenchResult;
  process.stdout.write('\n' + renderComparison(compare(previous.figures, figures), previous.date));
}
if (o.json) writeFileSync(o.json, JSON.stringify({ ...result, longSession: session }, null, 2) + '\n');
if (builtDir) rmSync(builtDir, { recursive: true, force: true });
process.exitCode = failed ? 1 : 0;
