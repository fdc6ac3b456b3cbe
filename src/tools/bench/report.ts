// The benchmark's results as data (written as JSON), the targets from the performance issue,
// the Markdown report, and the comparison with an earlier run. Pure: no browser, no files.
import type { DistStats } from './server.ts';
import { ratio, type FrameStats, type Spread } from './stats.ts';

export type Unit = 'ms' | 'KB' | 'MB' | 'count';

/** One measured figure; `id` is stable across runs, so runs can be compared. */
export interface Figure {
  id: string;
  label: string;
  unit: Unit;
  value: Spread;
}

/** Frame intervals of one reading, by moment. */
export interface FramesByMoment {
  reveal: FrameStats;
  transition: FrameStats;
  firstChapterChange: FrameStats;
  stone: FrameStats;
}

/** One of the issue's targets, checked. */
export interface TargetCheck {
  label: string;
  /** The measured value (a ratio, ms, or a count), null when it was not measured. */
  actual: number | null;
  /** How the measured value is shown ("1.23x", "16.7 ms"). */
  shown: string;
  limit: string;
  met: boolean | null;
}

/** Everything one `npm run bench` measured. */
export interface BenchResult {
  tool: 'ultimate-defence-bench';
  version: 1;
  date: string;
  machine: {
    chromium: string;
    node: string;
    cpus: number;
    cpuModel: string;
    loadBefore: number[];
    loadAfter: number[];
  };
  options: {
    runs: number;
    warmup: number;
    readings: number;
    samples: number;
    throttle: boolean;
    peers: string | null;
    quick: boolean;
    parts?: string[];
  };
  build: { viteMs: number; inkCompileMs: number } | null;
  dist: Omit<DistStats, 'list'> & { largest: DistStats['list'] };
  route: { lines: number; choices: number; ending: string | null };
  /** What our game loads before its first line (one unthrottled cold load, Begin clicked at once), by kind. */
  beforeFirstLine: { kind: string; kb: number; requests: number; files: string[] }[];
  /** Requested as the first line was put on screen (not waited for), from the same load. */
  withFirstLine: { file: string; kb: number }[];
  figures: Figure[];
  frames: { plain: FramesByMoment | null; cpu4: FramesByMoment | null };
  targets: TargetCheck[];
  /** Per-run data (cold loads, readings), for digging. */
  raw: Record<string, unknown>;
}

/** The figure ids the report and the targets read. */
export const ID = {
  title: (p: string) => `cold.${p}.titlePainted`,
  navToFirstLine: (p: string) => `cold.${p}.navToFirstLine`,
  beginToFirstLineEager: (p: string) => `cold.${p}.beginToFirstLineEager`,
  beginToFirstLine: (p: string) => `cold.${p}.beginToFirstLine`,
  beginToFirstScreen: (p: string) => `cold.${p}.beginToFirstScreen`,
  bytes: (p: string) => `cold.${p}.bytesBeforeFirstLine`,
  requests: (p: string) => `cold.${p}.requestsBeforeFirstLine`,
  heapFirstLine: (p: string) => `cold.${p}.heapAfterFirstLine`,
  peerFirstLine: (name: string, p: string) => `peer.${name}.${p}.firstLine`,
  peerBytes: (name: string, p: string) => `peer.${name}.${p}.bytesBeforeFirstLine`,
  peerRequests: (name: string, p: string) => `peer.${name}.${p}.requestsBeforeFirstLine`,
  frames: (p: string, moment: string, stat: string) => `frames.${p}.${moment}.${stat}`,
  click: (p: string) => `play.${p}.clickToNextLine`,
  heapAfterFirstLine: 'heap.afterFirstLine',
  heapAfterOne: 'heap.afterOne',
  heapAfterAll: 'heap.afterAll',
} as const;

/** One frame at 60 Hz. */
export const FRAME_MS = 1000 / 60;

/** Formats a number, '-' when missing. */
export function fmt(x: number | null | undefined, digits = 0): string {
  if (x == null || !Number.isFinite(x)) return '-';
  return x.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** "median (min-max)", or just the median when there was one value. */
export function fmtSpread(s: Spread | undefined, digits = 0): string {
  if (!s || s.median == null) return '-';
  if (s.n <= 1 || s.min === s.max) return fmt(s.median, digits);
  return `${fmt(s.median, digits)} (${fmt(s.min, digits)}-${fmt(s.max, digits)})`;
}

/** A Markdown table: the first column left-aligned, the others right-aligned, padded to line up. */
export function markdownTable(header: string[], rows: string[][]): string {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(3, ...all.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    '| ' + widths.map((w, i) => (i ? (r[i] ?? '').padStart(w) : (r[i] ?? '').padEnd(w))).join(' | ') + ' |';
  const rule = '|' + widths.map((w, i) => (i ? '-'.repeat(w + 1) + ':' : '-'.repeat(w + 2))).join('|') + '|';
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** Figures by id. */
export function byId(figures: readonly Figure[]): Map<string, Figure> {
  return new Map(figures.map((f) => [f.id, f]));
}

const med = (figures: Map<string, Figure>, id: string) => figures.get(id)?.value.median ?? null;

function check(
  label: string,
  actual: number | null,
  limit: number,
  shown: (x: number) => string,
  limitShown: string,
): TargetCheck {
  return {
    label,
    actual,
    shown: actual == null ? '-' : shown(actual),
    limit: limitShown,
    met: actual == null ? null : actual <= limit,
  };
}

/** Checks the issue's targets against the figures (and the frames), as far as they were measured. */
export function evaluateTargets(figures: readonly Figure[], frames: BenchResult['frames']): TargetCheck[] {
  const f = byId(figures);
  const x = (v: number) => `${fmt(v, 2)}x`;
  const ms = (v: number) => `${fmt(v, 1)} ms`;
  const pct = (v: number) => `${fmt(v, 2)} %`;
  const out: TargetCheck[] = [];
  for (const p of ['plain', 'throttled']) {
    const tag = p === 'plain' ? 'unthrottled' : 'throttled (--throttle)';
    if (!f.has(ID.title(p)) && p === 'plain') continue;
    out.push(
      check(
        `title with Begin painted / bare-ink's first line (${tag})`,
        ratio(med(f, ID.title(p)), med(f, ID.peerFirstLine('bare-ink', p))),
        1.5,
        x,
        '<= 1.5x',
      ),
    );
    out.push(
      check(
        `first line / phaser-ink's first line (${tag})`,
        ratio(med(f, ID.navToFirstLine(p)), med(f, ID.peerFirstLine('phaser-ink', p))),
        1.0,
        x,
        '<= 1.0x',
      ),
    );
    if (p === 'plain') {
      out.push(
        check(
          "bytes before the first line / phaser-ink's",
          ratio(med(f, ID.bytes(p)), med(f, ID.peerBytes('phaser-ink', p))),
          1.1,
          x,
          '<= 1.1x',
        ),
      );
    }
  }
  const moments: [keyof FramesByMoment, string][] = [
    ['reveal', 'text reveal'],
    ['transition', 'scene transitions'],
    ['stone', 'stone ending'],
  ];
  for (const [moment, name] of moments) {
    const plain = frames.plain?.[moment];
    if (plain) {
      out.push(check(`frames p95, ${name} (unthrottled)`, plain.count ? plain.p95 : null, 17, ms, '<= 17 ms'));
      out.push(
        check(`frames over 34 ms, ${name} (unthrottled)`, plain.count ? plain.slow : null, 0, (v) => fmt(v), '0'),
      );
    }
    const cpu4 = frames.cpu4?.[moment];
    if (cpu4)
      out.push(check(`frames over 34 ms, ${name} (CPU 4x)`, cpu4.count ? cpu4.slowPct : null, 0.999, pct, '< 1 %'));
  }
  out.push(
    check(
      'heap after ten readings / after one',
      ratio(med(f, ID.heapAfterAll), med(f, ID.heapAfterOne)),
      1.1,
      x,
      '<= 1.1x',
    ),
  );
  out.push(
    check(
      'click to next line painted, median (unthrottled)',
      med(f, ID.click('plain')),
      FRAME_MS + 0.5,
      ms,
      '<= 1 frame (16.7 ms)',
    ),
  );
  return out;
}

function frameCell(s: FrameStats | undefined): string {
  if (!s?.count) return '-';
  return `${s.count} / ${fmt(s.median, 1)} / ${fmt(s.p95, 1)} / ${fmt(s.max, 0)} / ${s.slow} (${fmt(s.slowPct, 1)} %)`;
}

/** The whole report, in Markdown. */
export function renderReport(r: BenchResult): string {
  const f = byId(r.figures);
  const cell = (id: string, digits = 0) => fmtSpread(f.get(id)?.value, digits);
  const profiles = ['plain', 'throttled'].filter((p) => f.has(ID.title(p)));
  const profileName = (p: string) => (p === 'plain' ? 'unthrottled' : 'throttled');
  const out: string[] = [];
  const m = r.machine;
  out.push(`## Ultimate Defence benchmark, ${r.date.slice(0, 16).replace('T', ' ')} UTC`);
  out.push(
    `Chromium ${m.chromium}, node ${m.node}, ${m.cpus} cores (${m.cpuModel}); load average ${m.loadBefore.map((l) => l.toFixed(1)).join(' ')} before, ` +
      `${m.loadAfter.map((l) => l.toFixed(1)).join(' ')} after${Math.max(...m.loadBefore, ...m.loadAfter) > m.cpus ? ' (busy machine: times are inflated, compare the ratios)' : ''}.`,
  );
  const d = r.dist;
  out.push(
    (r.build
      ? `Build: Vite ${fmt(r.build.viteMs)} ms (it compiles the ink too); the ink compile alone ${fmt(r.build.inkCompileMs)} ms. `
      : '') +
      `dist: ${d.files} files, ${fmt(d.bytes / 1024)} KB (${fmt(d.gzipBytes / 1024)} KB gzip); JavaScript ${fmt(d.js.gzipBytes / 1024)} KB gzip in ${d.js.files} files. ` +
      `Largest (gzip): ${d.largest
        .slice(0, 4)
        .map((x) => `${x.path.replace(/^assets\//, '')} ${fmt(x.gzipBytes / 1024)} KB`)
        .join(', ')}.`,
  );

  out.push(...coldLoadSection(r, cell, profiles, profileName));
  out.push(...framesSection(r, cell));
  if (f.has(ID.heapAfterOne)) {
    out.push(
      `JS heap after a forced GC: after the first line ${cell(ID.heapAfterFirstLine, 2)} MB; back at the title after one reading ` +
        `${cell(ID.heapAfterOne, 2)} MB, after ${r.options.readings} readings ${cell(ID.heapAfterAll, 2)} MB ` +
        `(${fmt(ratio(med(f, ID.heapAfterAll), med(f, ID.heapAfterOne)), 2)}x).`,
    );
  }
  if (r.targets.length) {
    out.push('### Targets');
    out.push(
      markdownTable(
        ['target', 'measured', 'limit', 'met'],
        r.targets.map((t) => [t.label, t.shown, t.limit, t.met == null ? 'not measured' : t.met ? 'yes' : 'NO']),
      ),
    );
  }
  return out.join('\n\n') + '\n';
}

/** One figure's change between two runs. */
export interface Delta {
  id: string;
  label: string;
  unit: Unit;
  before: number;
  after: number;
  change: number;
  /** Relative change in percent, null when before was 0. */
  pct: number | null;
}

/** Figures measured (as medians) in both runs, with their change. */
export function compare(before: readonly Figure[], after: readonly Figure[]): Delta[] {
  const old = byId(before);
  const out: Delta[] = [];
  for (const fig of after) {
    const a = fig.value.median;
    const b = old.get(fig.id)?.value.median;
    if (a == null || b == null) continue;
    out.push({
      id: fig.id,
      label: fig.label,
      unit: fig.unit,
      before: b,
      after: a,
      change: a - b,
      pct: b === 0 ? null : (100 * (a - b)) / b,
    });
  }
  return out;
}

/** The comparison as a Markdown table (every figure is better lower). */
export function renderComparison(deltas: readonly Delta[], previousDate: string): string {
  const digits = (u: Unit) => (u === 'MB' ? 2 : u === 'ms' ? 1 : 0);
  const rows = deltas.map((d) => [
    `${d.label} (${d.unit})`,
    fmt(d.before, digits(d.unit)),
    fmt(d.after, digits(d.unit)),
    `${d.change > 0 ? '+' : ''}${fmt(d.change, digits(d.unit))}${d.pct == null ? '' : ` (${d.pct > 0 ? '+' : ''}${fmt(d.pct, 1)} %)`}`,
  ]);
  return (
    `### Change since ${previousDate.slice(0, 16).replace('T', ' ')} (medians; lower is better)\n\n` +
    markdownTable(['figure', 'before', 'now', 'change'], rows) +
    '\n'
  );
}

/** The report's coldLoadSection section, as paragraphs. */
function coldLoadSection(
  r: BenchResult,
  cell: (id: string, digits?: number) => string,
  profiles: string[],
  profileName: (p: string) => string,
): string[] {
  const out: string[] = [];
  if (profiles.length) {
    out.push(`### Cold loads: median (min-max) of ${r.options.runs}, each in a fresh browser context`);
    const rows: [string, (p: string) => string, number][] = [
      ['title with Begin painted (ms)', ID.title, 0],
      ['navigation to first line, Begin clicked at once (ms)', ID.navToFirstLine, 0],
      ['Begin clicked to first line, clicked at once (ms)', ID.beginToFirstLineEager, 0],
      ['Begin clicked to first line, clicked once loaded (ms)', ID.beginToFirstLine, 0],
      ['Begin clicked to first story frame (#live first changes), once loaded (ms)', ID.beginToFirstScreen, 0],
      ['bytes before first line (KB)', ID.bytes, 0],
      ['requests before first line', ID.requests, 0],
      ['JS heap after first line, after GC (MB)', ID.heapFirstLine, 2],
    ];
    out.push(
      markdownTable(
        ['figure', ...profiles.map(profileName)],
        rows.map(([label, id, digits]) => [label, ...profiles.map((p) => cell(id(p), digits))]),
      ),
    );
    if (r.beforeFirstLine.length) {
      out.push(
        'Loaded before the first line (one unthrottled load, KB on the wire): ' +
          r.beforeFirstLine.map((b) => `${b.kind} ${fmt(b.kb)} KB (${b.files.join(', ')})`).join('; ') +
          '.' +
          (r.withFirstLine.length
            ? ` Requested as the line was shown, not waited for: ${r.withFirstLine.map((w) => `${w.file} ${fmt(w.kb)} KB`).join(', ')}.`
            : ''),
      );
    }
    const peers = [...new Set(r.figures.filter((x) => x.id.startsWith('peer.')).map((x) => x.id.split('.')[1]))];
    if (peers.length) {
      out.push(`### Beside the peers (same run, interleaved): median (min-max)`);
      const rows2: string[][] = [];
      rows2.push(['ours: title with Begin painted', ...profiles.map((p) => cell(ID.title(p))), '-', '-']);
      rows2.push([
        'ours: first line (Begin clicked at once)',
        ...profiles.map((p) => cell(ID.navToFirstLine(p))),
        cell(ID.bytes('plain')),
        cell(ID.requests('plain')),
      ]);
      for (const name of peers) {
        rows2.push([
          name,
          ...profiles.map((p) => cell(ID.peerFirstLine(name, p))),
          cell(ID.peerBytes(name, 'plain')),
          cell(ID.peerRequests(name, 'plain')),
        ]);
      }
      out.push(
        markdownTable(
          ['target', ...profiles.map((p) => `first line ms, ${profileName(p)}`), 'KB before first line', 'requests'],
          rows2,
        ),
      );
    }
  }

  return out;
}

/** The report's framesSection section, as paragraphs. */
function framesSection(r: BenchResult, cell: (id: string, digits?: number) => string): string[] {
  const out: string[] = [];
  if (r.frames.plain || r.frames.cpu4) {
    out.push(
      `### Reading the route (option 1 at every choice: ${r.route.lines} lines, ${r.route.choices} choices, ending "${r.route.ending}")`,
    );
    out.push('Frame intervals (rAF): count / median / p95 / max / over 34 ms (ms)');
    const moments: [keyof FramesByMoment, string][] = [
      ['reveal', 'text reveal (watched lines)'],
      ['transition', 'scene transitions (backdrop changes)'],
      ['firstChapterChange', 'first chapter change (within the above)'],
      ['stone', 'the wall turning to stone'],
    ];
    out.push(
      markdownTable(
        ['moment', 'unthrottled', 'CPU 4x'],
        moments.map(([k, label]) => [label, frameCell(r.frames.plain?.[k]), frameCell(r.frames.cpu4?.[k])]),
      ),
    );
    const rows3: string[][] = [
      ['click (Space) to next line painted (ms)', cell(ID.click('plain'), 1), cell(ID.click('cpu4'), 1)],
    ];
    out.push(markdownTable(['figure: median (min-max)', 'unthrottled', 'CPU 4x'], rows3));
  }
  return out;
}
