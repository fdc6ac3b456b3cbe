// The benchmark's pure pieces: statistics, the route's moments, targets, the report and the
// comparison. Nothing here is timed: the benchmark itself runs with `npm run bench`.
import { Compiler } from 'inkjs/full';
import { describe, expect, it } from 'vitest';
import { occurrences, routeEvents, sampleLines } from '../../src/tools/bench/playthrough.ts';
import {
  compare,
  evaluateTargets,
  fmt,
  fmtSpread,
  ID,
  markdownTable,
  renderComparison,
  renderReport,
  type BenchResult,
  type Figure,
} from '../../src/tools/bench/report.ts';
import { liveText, readRoute, type Route, type RouteStep } from '../../src/tools/bench/route.ts';
import { frameStats, intervalsWithin, median, percentile, ratio, spread } from '../../src/tools/bench/stats.ts';

const figure = (id: string, median: number, unit: Figure['unit'] = 'ms'): Figure => ({
  id,
  label: id,
  unit,
  value: spread([median]),
});

describe('statistics', () => {
  it('takes the median of odd and even counts, ignoring missing values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([5, null, undefined, NaN, 1])).toBe(3);
    expect(median([])).toBeNull();
  });

  it('takes nearest-rank percentiles', () => {
    const xs = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(percentile(xs, 0.95)).toBe(19);
    expect(percentile(xs, 1)).toBe(20);
    expect(percentile(xs, 0)).toBe(1);
    expect(percentile([7], 0.5)).toBe(7);
    expect(percentile([], 0.5)).toBeNull();
  });

  it('spreads values into median, min, max and count', () => {
    expect(spread([10, 30, 20, null])).toEqual({ median: 20, min: 10, max: 30, n: 3 });
    expect(spread([null])).toEqual({ median: null, min: null, max: null, n: 0 });
  });

  it('summarises frame intervals, counting those over 34 ms as slow', () => {
    const s = frameStats([16.7, 16.6, 16.8, 33.4, 34, 34.1, 50]);
    expect(s.count).toBe(7);
    expect(s.median).toBe(33.4);
    expect(s.max).toBe(50);
    expect(s.slow).toBe(2);
    expect(s.slowPct).toBeCloseTo(200 / 7);
    expect(frameStats([])).toEqual({ count: 0, median: null, p95: null, max: null, slow: 0, slowPct: 0 });
  });

  it('keeps only the intervals wholly inside a window', () => {
    const stamps = [0, 16, 33, 50, 100, 116];
    expect(intervalsWithin(stamps, [{ start: 10, end: 60 }])).toEqual([17, 17]);
    expect(
      intervalsWithin(stamps, [
        { start: 0, end: 16 },
        { start: 50, end: 116 },
      ]),
    ).toEqual([16, 50, 16]);
    expect(intervalsWithin(stamps, [])).toEqual([]);
  });

  it('divides only what can be divided', () => {
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(null, 2)).toBeNull();
    expect(ratio(3, 0)).toBeNull();
  });
});

describe('the route', () => {
  const step = (over: Partial<RouteStep>): RouteStep => ({
    live: 'x',
    chars: 100,
    chapter: null,
    backdropChange: false,
    stone: false,
    pause: 0,
    directives: 0,
    choices: [],
    ended: false,
    ...over,
  });

  it('mirrors lines the way the accessible layer announces them', () => {
    expect(liveText({ speaker: 'Kakashi', text: 'Yo.' })).toBe('Kakashi: Yo.');
    expect(liveText({ speaker: null, text: 'Rain.' })).toBe('Rain.');
  });

  it('reads a story to its end, taking the option it is told', () => {
    const json = new Compiler(
      [
        'The rain. # backdrop: mission-desk',
        '* [Stay] -> stay',
        '* [Go] -> go',
        '=== stay',
        'Kakashi: Stay.',
        '-> END',
        '=== go',
        '# effect: stone',
        'He went.',
        '-> END',
      ].join('\n'),
    )
      .Compile()
      .ToJson()!;
    const first = readRoute(json);
    expect(first.steps.map((s) => s.live)).toEqual(['The rain.', 'Kakashi: Stay.']);
    expect(first.steps[0]).toMatchObject({ backdropChange: true, choices: ['Stay', 'Go'], directives: 1 });
    expect(first.steps[1]).toMatchObject({ chars: 'Stay.'.length, ended: true, stone: false });
    expect(first.picks).toEqual([0]);
    const other = readRoute(json, () => 1);
    expect(other.steps.at(-1)).toMatchObject({ live: 'He went.', stone: true, ended: true });
  });

  it('picks the moments to measure: backdrop changes, the stone, and plain lines spread over the route', () => {
    const route: Route = {
      steps: [
        step({ live: 'a', backdropChange: true, directives: 1 }),
        step({ live: 'b' }),
        step({ live: 'c' }),
        step({ live: 'd', backdropChange: true, directives: 2 }),
        step({ live: 'e' }),
        step({ live: 'f', chars: 10 }),
        step({ live: 'g' }),
        step({ live: 'h', stone: true, directives: 3 }),
        step({ live: 'i' }),
        step({ live: 'j', ended: true }),
      ],
      ending: null,
      picks: [],
    };
    // b (next c plain), e (next f), i would need a next that has not ended; c's next d has directives; f is short.
    expect(sampleLines(route, 10)).toEqual([1, 4]);
    expect(sampleLines(route, 1)).toEqual([1]);
    expect(routeEvents(route, 10)).toEqual([
      { index: 1, kind: 'sample' },
      { index: 3, kind: 'transition' },
      { index: 4, kind: 'sample' },
      { index: 7, kind: 'stone' },
    ]);
  });

  it('counts how often a line comes back, to stop at the right one', () => {
    const route = { steps: ['x', 'Yes.', 'y', 'Yes.', 'z'].map((live) => step({ live })), ending: null, picks: [] };
    expect(occurrences(route, 'Yes.', 0, 3)).toBe(2);
    expect(occurrences(route, 'Yes.', 1, 3)).toBe(1);
  });
});

describe('the report', () => {
  it('formats numbers and spreads', () => {
    expect(fmt(1234.5)).toBe('1,235');
    expect(fmt(1.234, 2)).toBe('1.23');
    expect(fmt(null)).toBe('-');
    expect(fmtSpread(spread([3, 1, 2]))).toBe('2 (1-3)');
    expect(fmtSpread(spread([2]))).toBe('2');
    expect(fmtSpread(undefined)).toBe('-');
  });

  it('lines up a Markdown table, numbers to the right', () => {
    expect(
      markdownTable(
        ['figure', 'ms'],
        [
          ['title', '88'],
          ['first line', '1,234'],
        ],
      ),
    ).toBe(
      ['| figure     |    ms |', '|------------|------:|', '| title      |    88 |', '| first line | 1,234 |'].join(
        '\n',
      ),
    );
  });

  it('checks the targets against the peers, and leaves unmeasured ones open', () => {
    const figures = [
      figure(ID.title('plain'), 90),
      figure(ID.peerFirstLine('bare-ink', 'plain'), 80),
      figure(ID.navToFirstLine('plain'), 300),
      figure(ID.peerFirstLine('phaser-ink', 'plain'), 250),
      figure(ID.bytes('plain'), 400, 'KB'),
      figure(ID.peerBytes('phaser-ink', 'plain'), 379, 'KB'),
      figure(ID.heapAfterOne, 8, 'MB'),
      figure(ID.heapAfterAll, 9.6, 'MB'),
      figure(ID.click('plain'), 12),
    ];
    const targets = evaluateTargets(figures, { plain: null, cpu4: null });
    const met = Object.fromEntries(targets.map((t) => [t.label, t.met]));
    expect(met["title with Begin painted / bare-ink's first line (unthrottled)"]).toBe(true); // 1.125x
    expect(met["first line / phaser-ink's first line (unthrottled)"]).toBe(false); // 1.2x
    expect(met["bytes before the first line / phaser-ink's"]).toBe(true); // 1.055x
    expect(met['heap after ten readings / after one']).toBe(false); // 1.2x
    expect(met['click to next line painted, median (unthrottled)']).toBe(true);
    expect(targets.find((t) => t.label.startsWith('first line'))!.shown).toBe('1.20x');
    expect(evaluateTargets([figure(ID.title('plain'), 90)], { plain: null, cpu4: null })[0].met).toBeNull();
  });

  it('holds frames to p95 <= 17 ms and none over 34 ms, and under 1 % slow at CPU 4x', () => {
    const smooth = frameStats(Array(100).fill(16.7));
    const janky = frameStats([...Array(98).fill(16.7), 40, 50]);
    const frames = {
      plain: { reveal: smooth, transition: janky, firstChapterChange: janky, stone: frameStats([]) },
      cpu4: { reveal: janky, transition: smooth, firstChapterChange: smooth, stone: smooth },
    };
    const met = Object.fromEntries(evaluateTargets([], frames).map((t) => [t.label, t.met]));
    expect(met['frames p95, text reveal (unthrottled)']).toBe(true);
    expect(met['frames over 34 ms, scene transitions (unthrottled)']).toBe(false);
    expect(met['frames over 34 ms, text reveal (CPU 4x)']).toBe(false); // 2 %
    expect(met['frames over 34 ms, scene transitions (CPU 4x)']).toBe(true);
    expect(met['frames p95, stone ending (unthrottled)']).toBeNull();
  });

  it('renders every section it has figures for', () => {
    const result: BenchResult = {
      tool: 'ultimate-defence-bench',
      version: 1,
      date: '2026-11-24T12:00:00.000Z',
      machine: {
        chromium: '156',
        node: 'v20',
        cpus: 2,
        cpuModel: 'cpu',
        loadBefore: [0.5, 0.5, 0.5],
        loadAfter: [1, 1, 1],
      },
      options: { runs: 5, warmup: 1, readings: 10, samples: 24, throttle: false, peers: '/tmp/peers', quick: false },
      build: { viteMs: 2000, inkCompileMs: 400 },
      dist: {
        files: 3,
        bytes: 4096,
        gzipBytes: 2048,
        js: { files: 1, bytes: 2048, gzipBytes: 1024 },
        largest: [{ path: 'assets/a.js', bytes: 2048, gzipBytes: 1024 }],
      },
      route: { lines: 345, choices: 13, ending: 'The Stone Wall' },
      beforeFirstLine: [{ kind: 'JavaScript', kb: 300, requests: 5, files: ['index.js'] }],
      withFirstLine: [{ file: 'homecoming.ogg', kb: 392 }],
      figures: [
        figure(ID.title('plain'), 90),
        figure(ID.peerFirstLine('bare-ink', 'plain'), 80),
        figure(ID.heapAfterOne, 8, 'MB'),
        figure(ID.heapAfterAll, 8.2, 'MB'),
      ],
      frames: { plain: null, cpu4: null },
      targets: [],
      raw: {},
    };
    result.targets = evaluateTargets(result.figures, result.frames);
    const text = renderReport(result);
    expect(text).toContain('## Ultimate Defence benchmark, 2026-11-24 12:00 UTC');
    expect(text).toContain('| title with Begin painted (ms)');
    expect(text).toContain('| bare-ink ');
    expect(text).toContain('homecoming.ogg 392 KB');
    expect(text).toContain('after 10 readings 8.20 MB (1.03x)');
    expect(text).toContain('| heap after ten readings / after one ');
    expect(text).not.toContain('Reading the route');
  });
});

describe('comparing two runs', () => {
  it('gives the change of every figure measured in both', () => {
    const before = [figure('a', 100), figure('b', 10, 'KB'), figure('gone', 1)];
    const after = [figure('a', 80), figure('b', 10, 'KB'), figure('new', 5)];
    const deltas = compare(before, after);
    expect(deltas.map((d) => [d.id, d.before, d.after, d.change, d.pct])).toEqual([
      ['a', 100, 80, -20, -20],
      ['b', 10, 10, 0, 0],
    ]);
    const text = renderComparison(deltas, '2026-11-23T09:30:00Z');
    expect(text).toContain('Change since 2026-11-23 09:30');
    expect(text).toContain('| a (ms)');
    expect(text).toContain('-20.0 (-20.0 %)');
  });
});
