// Loudness measurement after ITU-R BS.1770-4 (K-weighting, 400 ms gated blocks) and true peak
// (4x oversampling), plus the normalisation step the generator applies before encoding.

/** Options for measuring integrated loudness. */
export interface LoudnessOptions {
  /**
   * Treat a single channel as "dual mono" (+3.01 LU), i.e. how a mono file sounds when a browser
   * plays it on both speakers. Off by default, which is plain BS.1770 (one channel, weight 1).
   */
  dualMono?: boolean;
}

/** K-weighting biquad coefficients (pre-filter shelf then RLB highpass) for any sample rate, as in libebur128. */
export function kWeightingCoefficients(sampleRate: number): { b: number[]; a: number[] }[] {
  // Stage 1: high shelf, +4 dB above ~1.7 kHz (models the head).
  let f0 = 1681.974450955533;
  const G = 3.999843853973347;
  let Q = 0.7071752369554196;
  let K = Math.tan((Math.PI * f0) / sampleRate);
  const Vh = 10 ** (G / 20);
  const Vb = Vh ** 0.4996667741545416;
  let a0 = 1 + K / Q + K * K;
  const shelf = {
    b: [(Vh + (Vb * K) / Q + K * K) / a0, (2 * (K * K - Vh)) / a0, (Vh - (Vb * K) / Q + K * K) / a0],
    a: [1, (2 * (K * K - 1)) / a0, (1 - K / Q + K * K) / a0],
  };
  // Stage 2: RLB highpass at ~38 Hz.
  f0 = 38.13547087602444;
  Q = 0.5003270373238773;
  K = Math.tan((Math.PI * f0) / sampleRate);
  a0 = 1 + K / Q + K * K;
  const hp = { b: [1, -2, 1], a: [1, (2 * (K * K - 1)) / a0, (1 - K / Q + K * K) / a0] };
  return [shelf, hp];
}

/** K-weights one channel (returns a new Float64Array). */
export function kWeight(x: Float32Array, sampleRate: number): Float64Array {
  let y = Float64Array.from(x);
  for (const { b, a } of kWeightingCoefficients(sampleRate)) {
    const out = new Float64Array(y.length);
    let x1 = 0,
      x2 = 0,
      y1 = 0,
      y2 = 0;
    for (let i = 0; i < y.length; i++) {
      const xi = y[i];
      const yi = b[0] * xi + b[1] * x1 + b[2] * x2 - a[1] * y1 - a[2] * y2;
      x2 = x1;
      x1 = xi;
      y2 = y1;
      y1 = yi;
      out[i] = yi;
    }
    y = out;
  }
  return y;
}

/**
 * Integrated loudness in LUFS of one or two channels (BS.1770-4: K-weighting, 400 ms blocks with
 * 75 % overlap, absolute gate at -70 LUFS, relative gate 10 LU below the ungated mean). Signals shorter
 * than one block are measured as if padded with silence to 400 ms. Returns -Infinity for silence.
 */
export function integratedLoudness(
  channels: readonly Float32Array[],
  sampleRate: number,
  opts: LoudnessOptions = {},
): number {
  const block = Math.round(0.4 * sampleRate);
  const step = Math.round(0.1 * sampleRate);
  const n = Math.max(channels[0].length, block);
  const weights = channels.length === 1 && opts.dualMono ? [2] : channels.map(() => 1);
  // Cumulative sums of the squared K-weighted signal make each block's mean square O(1).
  const cums = channels.map((ch) => {
    const padded = new Float32Array(n);
    padded.set(ch);
    const y = kWeight(padded, sampleRate);
    const cum = new Float64Array(n + 1);
    for (let i = 0; i < n; i++) cum[i + 1] = cum[i] + y[i] * y[i];
    return cum;
  });
  const powers: number[] = [];
  for (let s = 0; s + block <= n; s += step) {
    let p = 0;
    cums.forEach((cum, c) => (p += weights[c] * ((cum[s + block] - cum[s]) / block)));
    powers.push(p);
  }
  const lufs = (p: number) => -0.691 + 10 * Math.log10(p);
  const abs = powers.filter((p) => lufs(p) > -70);
  if (abs.length === 0) return -Infinity;
  const mean = (ps: number[]) => ps.reduce((a, b) => a + b, 0) / ps.length;
  const relGate = lufs(mean(abs)) - 10;
  const rel = abs.filter((p) => lufs(p) > relGate);
  return lufs(mean(rel));
}

/** Windowed-sinc 4x interpolation kernel (4 phases x 12 taps) used for true-peak estimation. */
function truePeakKernel(): Float64Array[] {
  const taps = 12;
  const phases: Float64Array[] = [];
  for (let p = 0; p < 4; p++) {
    const h = new Float64Array(taps);
    let sum = 0;
    for (let k = 0; k < taps; k++) {
      const t = k - taps / 2 + 1 - p / 4; // distance from the interpolated point, in input samples
      const sinc = t === 0 ? 1 : Math.sin(Math.PI * t) / (Math.PI * t);
      const win = 0.5 + 0.5 * Math.cos((Math.PI * t) / (taps / 2 + 0.5));
      h[k] = sinc * win;
      sum += h[k];
    }
    for (let k = 0; k < taps; k++) h[k] /= sum;
    phases.push(h);
  }
  return phases;
}

const KERNEL = truePeakKernel();

/**
 * True peak (linear) estimated by 4x oversampling (BS.1770-4 Annex 2 style, windowed-sinc interpolator).
 * With `wrap`, the signal is treated as a loop, so the inter-sample peak across the loop point is included.
 */
export function truePeak(channels: readonly Float32Array[], wrap = false): number {
  let pk = 0;
  for (const x of channels) {
    const n = x.length;
    const at = (i: number) => (wrap ? x[((i % n) + n) % n] : i >= 0 && i < n ? x[i] : 0);
    for (let i = 0; i < n; i++) {
      pk = Math.max(pk, Math.abs(x[i]));
      for (let p = 1; p < 4; p++) {
        const h = KERNEL[p];
        let v = 0;
        for (let k = 0; k < h.length; k++) v += h[k] * at(i - 5 + k);
        pk = Math.max(pk, Math.abs(v));
      }
    }
  }
  return pk;
}

/** Result of normalising one cue. */
export interface NormaliseResult {
  /** Integrated loudness before the gain, LUFS. */
  lufsBefore: number;
  /** Integrated loudness after the gain, LUFS. */
  lufsAfter: number;
  /** True peak after the gain, dBTP. */
  truePeakDb: number;
  /** Gain applied, dB. */
  gainDb: number;
  /** True when the peak ceiling, not the loudness target, set the gain. */
  peakLimited: boolean;
}

/**
 * Scales the channels in place to a loudness target, but never above a true-peak ceiling (dBTP):
 * if the target would push the peak over the ceiling the gain is lowered instead.
 */
export function normalise(
  channels: Float32Array[],
  sampleRate: number,
  targetLufs: number,
  ceilingDb: number,
  opts: LoudnessOptions & { wrap?: boolean } = {},
): NormaliseResult {
  const before = integratedLoudness(channels, sampleRate, opts);
  const tp = truePeak(channels, opts.wrap);
  let gainDb = targetLufs - before;
  let peakLimited = false;
  const tpAfter = 20 * Math.log10(tp) + gainDb;
  if (tpAfter > ceilingDb) {
    gainDb -= tpAfter - ceilingDb;
    peakLimited = true;
  }
  const g = 10 ** (gainDb / 20);
  for (const c of channels) for (let i = 0; i < c.length; i++) c[i] *= g;
  return {
    lufsBefore: before,
    lufsAfter: integratedLoudness(channels, sampleRate, opts),
    truePeakDb: 20 * Math.log10(truePeak(channels, opts.wrap)),
    gainDb,
    peakLimited,
  };
}
