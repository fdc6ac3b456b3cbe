// Pure statistics for the benchmark: medians, percentiles, spreads and frame-interval summaries.

/** Median of the finite numbers in `xs` (mean of the two middle ones for an even count); null when none. */
export function median(xs: readonly (number | null | undefined)[]): number | null {
  const s = finite(xs).sort((a, b) => a - b);
  if (!s.length) return null;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * The `p`-th percentile (0-1) by the nearest-rank method: the smallest value with at least
 * p of the values at or below it (so p95 of 20 values is the 19th). Null when there are none.
 */
export function percentile(xs: readonly (number | null | undefined)[], p: number): number | null {
  const s = finite(xs).sort((a, b) => a - b);
  if (!s.length) return null;
  const rank = Math.ceil(Math.min(1, Math.max(0, p)) * s.length);
  return s[Math.max(0, rank - 1)];
}

/** A figure measured several times: its median, min and max over the runs that produced it. */
export interface Spread {
  median: number | null;
  min: number | null;
  max: number | null;
  /** How many runs produced a value. */
  n: number;
}

/** Median, min and max of the finite values (the others are runs that failed to measure). */
export function spread(xs: readonly (number | null | undefined)[]): Spread {
  const s = finite(xs);
  if (!s.length) return { median: null, min: null, max: null, n: 0 };
  return { median: median(s), min: Math.min(...s), max: Math.max(...s), n: s.length };
}

/** Slower than 30 fps: an interval over this many ms is a dropped frame a reader can see. */
export const SLOW_FRAME_MS = 34;

/** Summary of requestAnimationFrame intervals. */
export interface FrameStats {
  count: number;
  median: number | null;
  p95: number | null;
  max: number | null;
  /** Intervals over SLOW_FRAME_MS. */
  slow: number;
  /** slow / count, as a percentage (0 when there are no intervals). */
  slowPct: number;
}

/** Median, p95, max and the slow count of frame intervals (ms). */
export function frameStats(intervals: readonly number[]): FrameStats {
  const slow = intervals.filter((d) => d > SLOW_FRAME_MS).length;
  return {
    count: intervals.length,
    median: median(intervals),
    p95: percentile(intervals, 0.95),
    max: intervals.length ? Math.max(...intervals) : null,
    slow,
    slowPct: intervals.length ? (100 * slow) / intervals.length : 0,
  };
}

/** A span of page time (ms, performance.now()). */
export interface Window {
  start: number;
  end: number;
}

/**
 * The intervals between consecutive frame timestamps that lie wholly inside one of `windows`.
 * `stamps` must be ascending (rAF timestamps of one page).
 */
export function intervalsWithin(stamps: readonly number[], windows: readonly Window[]): number[] {
  const out: number[] = [];
  for (const w of windows) {
    for (let i = 1; i < stamps.length; i++) {
      if (stamps[i - 1] >= w.start && stamps[i] <= w.end) out.push(stamps[i] - stamps[i - 1]);
    }
  }
  return out;
}

/** Ratio a / b, or null when either is missing or b is zero. */
export function ratio(a: number | null | undefined, b: number | null | undefined): number | null {
  if (a == null || b == null || !Number.isFinite(a) || !Number.isFinite(b) || b === 0) return null;
  return a / b;
}

function finite(xs: readonly (number | null | undefined)[]): number[] {
  return xs.filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
}
