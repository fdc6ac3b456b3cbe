// DSP primitives for the offline audio generator: PRNG, buffers, oscillators, filters, noise, reverb, dynamics.
// Everything is plain TypeScript working sample by sample on Float32Array buffers at SAMPLE_RATE.

/** Output sample rate of every generated file, in hertz. */
export const SAMPLE_RATE = 44100;

/** A mono signal. */
export type Mono = Float32Array;
/** A stereo signal as [left, right]; both channels have the same length. */
export type Stereo = [Float32Array, Float32Array];

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

/** 32-bit FNV-1a hash of a string, used to derive independent seeds from names. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Seeded pseudo-random generator (mulberry32) with a few musical helpers. */
export class Rng {
  private state: number;
  private spare: number | null = null;

  /** Creates a generator from a numeric seed or a name (hashed). */
  constructor(seed: number | string) {
    this.state = (typeof seed === 'string' ? hashString(seed) : seed) >>> 0;
  }

  /** Uniform float in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Uniform float in [a, b). */
  range(a: number, b: number): number {
    return a + (b - a) * this.next();
  }

  /** Uniform integer in [a, b] inclusive. */
  int(a: number, b: number): number {
    return a + Math.floor(this.next() * (b - a + 1));
  }

  /** Standard normal deviate (Box-Muller). */
  gauss(): number {
    if (this.spare !== null) {
      const s = this.spare;
      this.spare = null;
      return s;
    }
    let u = 0;
    while (u <= 1e-12) u = this.next();
    const v = this.next();
    const r = Math.sqrt(-2 * Math.log(u));
    this.spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** A random element of a non-empty array. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** A new generator whose sequence depends on this one's seed and a label, not on how much this one was used. */
  fork(label: string): Rng {
    return new Rng((hashString(label) ^ Math.imul(this.state, 0x9e3779b1)) >>> 0);
  }
}

// ---------------------------------------------------------------------------------------------
// Units and buffers

/** Seconds to whole samples. */
export function sec(seconds: number): number {
  return Math.round(seconds * SAMPLE_RATE);
}

/** MIDI note number to frequency in hertz (A4 = 440 Hz). */
export function midiToHz(midi: number): number {
  return 440 * 2 ** ((midi - 69) / 12);
}

/** A silent stereo buffer of n samples. */
export function stereo(n: number): Stereo {
  return [new Float32Array(n), new Float32Array(n)];
}

/** Adds src into dst starting at offset, scaled by gain; samples beyond dst's end are dropped. */
export function mixInto(dst: Float32Array, src: Float32Array, offset: number, gain = 1): void {
  const start = Math.max(0, -offset);
  const end = Math.min(src.length, dst.length - offset);
  for (let i = start; i < end; i++) dst[offset + i] += src[i] * gain;
}

/** Adds src into dst starting at offset, wrapping around dst's end (circular buffer for seamless loops). */
export function mixWrapped(dst: Float32Array, src: Float32Array, offset: number, gain = 1): void {
  const n = dst.length;
  let j = ((offset % n) + n) % n;
  for (let i = 0; i < src.length; i++) {
    dst[j] += src[i] * gain;
    if (++j === n) j = 0;
  }
}

/** Adds a mono source into a stereo destination with an equal-power pan (-1 left .. +1 right), wrapping or not. */
export function mixPanned(dst: Stereo, src: Mono, offset: number, gain: number, pan: number, wrap: boolean): void {
  const a = ((Math.max(-1, Math.min(1, pan)) + 1) * Math.PI) / 4;
  const gl = Math.cos(a) * gain * Math.SQRT2;
  const gr = Math.sin(a) * gain * Math.SQRT2;
  const mix = wrap ? mixWrapped : mixInto;
  mix(dst[0], src, offset, gl);
  mix(dst[1], src, offset, gr);
}

/** Multiplies a buffer in place by a constant. */
export function scale(buf: Float32Array, g: number): void {
  for (let i = 0; i < buf.length; i++) buf[i] *= g;
}

/** Applies linear fades in and out (in samples) in place. */
export function fade(buf: Float32Array, fadeIn: number, fadeOut: number): void {
  const n = buf.length;
  for (let i = 0; i < fadeIn && i < n; i++) buf[i] *= 0.5 - 0.5 * Math.cos((Math.PI * i) / fadeIn);
  for (let i = 0; i < fadeOut && i < n; i++) buf[n - 1 - i] *= 0.5 - 0.5 * Math.cos((Math.PI * i) / fadeOut);
}

/** Largest absolute sample value over all channels. */
export function peak(chs: readonly Float32Array[]): number {
  let p = 0;
  for (const c of chs) for (let i = 0; i < c.length; i++) p = Math.max(p, Math.abs(c[i]));
  return p;
}

/** Concatenates a buffer with itself k times (used to run stateful effects over a loop until they settle). */
export function repeat(buf: Float32Array, k: number): Float32Array {
  const out = new Float32Array(buf.length * k);
  for (let r = 0; r < k; r++) out.set(buf, r * buf.length);
  return out;
}

/**
 * Runs a stateful effect chain over a loop so that it wraps seamlessly: the chain sees the loop
 * `passes` times in a row and the last pass is kept, so reverb tails and compressor state from the
 * end of the loop are already present at its start.
 */
export function processLooped(
  chs: Float32Array[],
  chain: (x: Float32Array[]) => Float32Array[],
  passes = 2,
): Float32Array[] {
  const n = chs[0].length;
  const out = chain(chs.map((c) => repeat(c, passes)));
  return out.map((c) => c.slice((passes - 1) * n, passes * n));
}

// ---------------------------------------------------------------------------------------------
// Envelopes and control signals

/** Smooth periodic random control signal of length n with period n (sum of a few random sinusoids), range about -1..1. */
export function periodicNoise(n: number, rng: Rng, cycles: number, harmonics = 6): Float32Array {
  const out = new Float32Array(n);
  const parts: { k: number; a: number; p: number }[] = [];
  let norm = 0;
  for (let h = 1; h <= harmonics; h++) {
    const k = Math.max(1, Math.round(cycles * h * rng.range(0.7, 1.3)));
    const a = 1 / h;
    parts.push({ k, a, p: rng.range(0, 2 * Math.PI) });
    norm += a;
  }
  for (let i = 0; i < n; i++) {
    let v = 0;
    for (const { k, a, p } of parts) v += a * Math.sin((2 * Math.PI * k * i) / n + p);
    out[i] = v / norm;
  }
  return out;
}

/** Attack/decay/sustain/release envelope in samples: linear-in-dB-ish curves with soft (raised-cosine) attack. */
export function adsr(n: number, a: number, d: number, s: number, r: number, gate: number): Float32Array {
  const env = new Float32Array(n);
  let level = 0;
  for (let i = 0; i < n; i++) {
    if (i < gate) {
      if (i < a) level = 0.5 - 0.5 * Math.cos((Math.PI * i) / a);
      else if (i < a + d) level = s + (1 - s) * Math.exp((-5 * (i - a)) / Math.max(1, d));
      else level = s + (1 - s) * Math.exp(-5);
      env[i] = level;
    } else {
      env[i] = level * Math.exp((-6.9 * (i - gate)) / Math.max(1, r));
    }
  }
  return env;
}

// ---------------------------------------------------------------------------------------------
// Filters

/** Biquad filter (RBJ audio-EQ cookbook), direct form I in doubles. */
export class Biquad {
  private b0 = 1;
  private b1 = 0;
  private b2 = 0;
  private a1 = 0;
  private a2 = 0;
  private x1 = 0;
  private x2 = 0;
  private y1 = 0;
  private y2 = 0;

  /** Creates a filter of a given type; call again with set() to retune without losing state. */
  constructor(type: BiquadType, freq: number, q = Math.SQRT1_2, gainDb = 0) {
    this.set(type, freq, q, gainDb);
  }

  /** Sets the coefficients for a cookbook filter type at freq (Hz), Q and (for shelves/peaks) gain in dB. */
  set(type: BiquadType, freq: number, q = Math.SQRT1_2, gainDb = 0): void {
    const w = (2 * Math.PI * Math.min(freq, SAMPLE_RATE * 0.49)) / SAMPLE_RATE;
    const cw = Math.cos(w);
    const sw = Math.sin(w);
    const alpha = sw / (2 * q);
    const A = 10 ** (gainDb / 40);
    let b0: number, b1: number, b2: number, a0: number, a1: number, a2: number;
    switch (type) {
      case 'lowpass':
        b0 = (1 - cw) / 2;
        b1 = 1 - cw;
        b2 = (1 - cw) / 2;
        a0 = 1 + alpha;
        a1 = -2 * cw;
        a2 = 1 - alpha;
        break;
      case 'highpass':
        b0 = (1 + cw) / 2;
        b1 = -(1 + cw);
        b2 = (1 + cw) / 2;
        a0 = 1 + alpha;
        a1 = -2 * cw;
        a2 = 1 - alpha;
        break;
      case 'bandpass':
        b0 = alpha;
        b1 = 0;
        b2 = -alpha;
        a0 = 1 + alpha;
        a1 = -2 * cw;
        a2 = 1 - alpha;
        break;
      case 'peak':
        b0 = 1 + alpha * A;
        b1 = -2 * cw;
        b2 = 1 - alpha * A;
        a0 = 1 + alpha / A;
        a1 = -2 * cw;
        a2 = 1 - alpha / A;
        break;
      case 'lowshelf': {
        const s = 2 * Math.sqrt(A) * alpha;
        b0 = A * (A + 1 - (A - 1) * cw + s);
        b1 = 2 * A * (A - 1 - (A + 1) * cw);
        b2 = A * (A + 1 - (A - 1) * cw - s);
        a0 = A + 1 + (A - 1) * cw + s;
        a1 = -2 * (A - 1 + (A + 1) * cw);
        a2 = A + 1 + (A - 1) * cw - s;
        break;
      }
      case 'highshelf': {
        const s = 2 * Math.sqrt(A) * alpha;
        b0 = A * (A + 1 + (A - 1) * cw + s);
        b1 = -2 * A * (A - 1 + (A + 1) * cw);
        b2 = A * (A + 1 + (A - 1) * cw - s);
        a0 = A + 1 - (A - 1) * cw + s;
        a1 = 2 * (A - 1 - (A + 1) * cw);
        a2 = A + 1 - (A - 1) * cw - s;
        break;
      }
    }
    this.b0 = b0 / a0;
    this.b1 = b1 / a0;
    this.b2 = b2 / a0;
    this.a1 = a1 / a0;
    this.a2 = a2 / a0;
  }

  /** Filters one sample. */
  process(x: number): number {
    const y = this.b0 * x + this.b1 * this.x1 + this.b2 * this.x2 - this.a1 * this.y1 - this.a2 * this.y2;
    this.x2 = this.x1;
    this.x1 = x;
    this.y2 = this.y1;
    this.y1 = y;
    return y;
  }

  /** Filters a whole buffer in place and returns it. */
  run(buf: Float32Array): Float32Array {
    for (let i = 0; i < buf.length; i++) buf[i] = this.process(buf[i]);
    return buf;
  }
}

/** Cookbook filter shapes supported by Biquad. */
export type BiquadType = 'lowpass' | 'highpass' | 'bandpass' | 'peak' | 'lowshelf' | 'highshelf';

/** Filters a buffer in place through a fresh biquad (convenience). */
export function biquad(buf: Float32Array, type: BiquadType, freq: number, q = Math.SQRT1_2, gainDb = 0): Float32Array {
  return new Biquad(type, freq, q, gainDb).run(buf);
}

/** One-pole lowpass (6 dB/octave), cheap and smooth for tone shaping and control signals. */
export class OnePole {
  private a = 0;
  private y = 0;
  /** Creates the filter at a cutoff in hertz. */
  constructor(freq: number) {
    this.setFreq(freq);
  }
  /** Retunes the cutoff in hertz. */
  setFreq(freq: number): void {
    this.a = Math.exp((-2 * Math.PI * freq) / SAMPLE_RATE);
  }
  /** Lowpass one sample. */
  process(x: number): number {
    this.y = x + this.a * (this.y - x);
    return this.y;
  }
}

/** Topology-preserving state-variable filter (Cytomic/Zavalishin), safe under fast cutoff modulation. */
export class Svf {
  private ic1 = 0;
  private ic2 = 0;
  private g = 0;
  private k = 1;
  /** Creates the filter at a cutoff in hertz and a resonance Q. */
  // biome-ignore lint/suspicious/noApproximativeNumericConstant: the conventional Butterworth Q, kept so the rendered audio stays byte-identical
  constructor(freq: number, q = 0.707) {
    this.set(freq, q);
  }
  /** Retunes cutoff (Hz) and Q. */
  // biome-ignore lint/suspicious/noApproximativeNumericConstant: as above
  set(freq: number, q = 0.707): void {
    this.g = Math.tan((Math.PI * Math.min(freq, SAMPLE_RATE * 0.45)) / SAMPLE_RATE);
    this.k = 1 / q;
  }
  /** Processes one sample and returns [lowpass, bandpass, highpass]-selected output. */
  process(x: number, mode: 'lp' | 'bp' | 'hp' = 'lp'): number {
    const g = this.g;
    const k = this.k;
    const a1 = 1 / (1 + g * (g + k));
    const v3 = x - this.ic2;
    const v1 = a1 * this.ic1 + g * a1 * v3;
    const v2 = this.ic2 + g * v1;
    this.ic1 = 2 * v1 - this.ic1;
    this.ic2 = 2 * v2 - this.ic2;
    if (mode === 'lp') return v2;
    if (mode === 'bp') return v1;
    return x - k * v1 - v2;
  }
}

// ---------------------------------------------------------------------------------------------
// Noise and oscillators

/** White noise in -1..1. */
export function whiteNoise(n: number, rng: Rng): Float32Array {
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = rng.next() * 2 - 1;
  return out;
}

/**
 * Runs a generator of coloured noise over white noise; with `loop` the colouring filter runs twice
 * around the same white noise and the second pass is kept, so the result is periodic (loops cleanly).
 */
function colour(n: number, rng: Rng, loop: boolean, step: (w: number) => number): Float32Array {
  const white = new Float32Array(n);
  for (let i = 0; i < n; i++) white[i] = rng.next() * 2 - 1;
  const out = new Float32Array(n);
  const passes = loop ? 2 : 1;
  for (let p = 0; p < passes; p++) for (let i = 0; i < n; i++) out[i] = step(white[i]);
  return out;
}

/** Pink noise (Paul Kellet's refined filter), roughly unit-ish level; periodic over n with `loop`. */
export function pinkNoise(n: number, rng: Rng, loop = false): Float32Array {
  let b0 = 0,
    b1 = 0,
    b2 = 0,
    b3 = 0,
    b4 = 0,
    b5 = 0,
    b6 = 0;
  return colour(n, rng, loop, (w) => {
    b0 = 0.99886 * b0 + w * 0.0555179;
    b1 = 0.99332 * b1 + w * 0.0750759;
    b2 = 0.969 * b2 + w * 0.153852;
    b3 = 0.8665 * b3 + w * 0.3104856;
    b4 = 0.55 * b4 + w * 0.5329522;
    b5 = -0.7616 * b5 - w * 0.016898;
    const y = (b0 + b1 + b2 + b3 + b4 + b5 + b6 + w * 0.5362) * 0.11;
    b6 = w * 0.115926;
    return y;
  });
}

/** Brown (red) noise: leaky-integrated white noise, about unit peak; periodic over n with `loop`. */
export function brownNoise(n: number, rng: Rng, loop = false): Float32Array {
  let y = 0;
  return colour(n, rng, loop, (w) => (y = 0.996 * y + w * 0.06));
}

/** Runs a stateful mono process (filters etc.) around a loop twice and keeps the second pass, so it wraps cleanly. */
export function loopFilter(x: Float32Array, fn: (x: Float32Array) => Float32Array): Float32Array {
  return processLooped([x], ([y]) => [fn(y)])[0];
}

/** PolyBLEP correction for band-limited sawtooth/square edges. */
function polyBlep(t: number, dt: number): number {
  if (t < dt) {
    const x = t / dt;
    return x + x - x * x - 1;
  }
  if (t > 1 - dt) {
    const x = (t - 1) / dt;
    return x * x + x + x + 1;
  }
  return 0;
}

/** Band-limited sawtooth at a (possibly time-varying) frequency; freq is a constant or a per-sample array. */
export function sawOsc(n: number, freq: number | Float32Array, phase0 = 0): Float32Array {
  const out = new Float32Array(n);
  let ph = phase0 % 1;
  for (let i = 0; i < n; i++) {
    const f = typeof freq === 'number' ? freq : freq[i];
    const dt = f / SAMPLE_RATE;
    out[i] = 2 * ph - 1 - polyBlep(ph, dt);
    ph += dt;
    if (ph >= 1) ph -= 1;
  }
  return out;
}

/**
 * Adds an exponentially decaying sine partial into out, using a rotating phasor (cheap, no Math.sin per sample).
 * Stops once the partial has decayed below -90 dB.
 */
export function addDecayingPartial(
  out: Float32Array,
  start: number,
  freq: number,
  amp: number,
  t60: number,
  phase = 0,
): void {
  if (freq >= SAMPLE_RATE * 0.47 || amp <= 0) return;
  const w = (2 * Math.PI * freq) / SAMPLE_RATE;
  const c = Math.cos(w);
  const s = Math.sin(w);
  const d = Math.exp(-6.9078 / (t60 * SAMPLE_RATE));
  let re = Math.cos(phase) * amp;
  let im = Math.sin(phase) * amp;
  const limit = amp * 3e-5;
  for (let i = start; i < out.length; i++) {
    out[i] += im;
    const nre = (re * c - im * s) * d;
    im = (re * s + im * c) * d;
    re = nre;
    if ((i & 1023) === 0 && Math.abs(re) + Math.abs(im) < limit) break;
  }
}

// ---------------------------------------------------------------------------------------------
// Reverb

/** Lowpass-feedback comb filter (Freeverb's building block). */
class Comb {
  private buf: Float32Array;
  private idx = 0;
  private store = 0;
  constructor(
    size: number,
    private feedback: number,
    private damp: number,
  ) {
    this.buf = new Float32Array(size);
  }
  process(x: number): number {
    const y = this.buf[this.idx];
    this.store = y * (1 - this.damp) + this.store * this.damp;
    this.buf[this.idx] = x + this.store * this.feedback;
    if (++this.idx >= this.buf.length) this.idx = 0;
    return y;
  }
}

/** Schroeder allpass diffuser (Freeverb's form). */
class Allpass {
  private buf: Float32Array;
  private idx = 0;
  constructor(
    size: number,
    private g = 0.5,
  ) {
    this.buf = new Float32Array(size);
  }
  process(x: number): number {
    const b = this.buf[this.idx];
    const y = -x + b;
    this.buf[this.idx] = x + b * this.g;
    if (++this.idx >= this.buf.length) this.idx = 0;
    return y;
  }
}

/** Settings of the Freeverb-style reverb. */
export interface ReverbOptions {
  /** Comb feedback 0.7..0.98: longer tails as it grows. */
  feedback: number;
  /** High-frequency damping in the tail, 0 (bright) .. 0.7 (dark). */
  damp: number;
  /** Pre-delay in seconds before the tail starts. */
  preDelay: number;
  /** Stereo width of the tail, 0..1. */
  width: number;
  /** Highpass on the reverb input (Hz), keeps the tail from getting muddy. */
  lowCut: number;
  /** Lowpass on the reverb input (Hz), keeps the tail soft. */
  highCut: number;
}

/** Default hall-ish reverb settings. */
export const HALL: ReverbOptions = { feedback: 0.9, damp: 0.4, preDelay: 0.03, width: 1, lowCut: 140, highCut: 6500 };

/**
 * Freeverb-style stereo reverb (8 parallel damped combs + 4 series allpasses per channel) over a
 * stereo or mono input; returns the wet signal only (same length as the input).
 */
export function reverb(input: Float32Array[], opts: ReverbOptions): Stereo {
  const n = input[0].length;
  const scaleT = SAMPLE_RATE / 44100;
  const combT = [1116, 1188, 1277, 1356, 1422, 1491, 1557, 1617];
  const apT = [556, 441, 341, 225];
  const spread = 23;
  const mk = (off: number) => ({
    combs: combT.map((t) => new Comb(Math.round((t + off) * scaleT), opts.feedback, opts.damp)),
    aps: apT.map((t) => new Allpass(Math.round((t + off) * scaleT))),
  });
  const L = mk(0);
  const R = mk(spread);
  const pre = Math.max(1, sec(opts.preDelay));
  const delay = new Float32Array(pre);
  let di = 0;
  const hp = new Biquad('highpass', opts.lowCut, 0.7);
  const lp = new Biquad('lowpass', opts.highCut, 0.7);
  const out = stereo(n);
  const wet1 = opts.width / 2 + 0.5;
  const wet2 = (1 - opts.width) / 2;
  const inGain = 0.015;
  for (let i = 0; i < n; i++) {
    const x = input.length > 1 ? (input[0][i] + input[1][i]) * 0.5 : input[0][i];
    const d = delay[di];
    delay[di] = lp.process(hp.process(x));
    if (++di >= pre) di = 0;
    const xin = d * inGain;
    let l = 0;
    let r = 0;
    for (let c = 0; c < 8; c++) {
      l += L.combs[c].process(xin);
      r += R.combs[c].process(xin);
    }
    for (let a = 0; a < 4; a++) {
      l = L.aps[a].process(l);
      r = R.aps[a].process(r);
    }
    out[0][i] = l * wet1 + r * wet2;
    out[1][i] = r * wet1 + l * wet2;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Dynamics

/** Settings of the gentle bus compressor. */
export interface CompressorOptions {
  /** Threshold in dBFS of the smoothed RMS level. */
  threshold: number;
  /** Compression ratio above the threshold (e.g. 2 for 2:1). */
  ratio: number;
  /** Attack time constant in seconds. */
  attack: number;
  /** Release time constant in seconds. */
  release: number;
  /** Soft knee width in dB. */
  knee: number;
}

/** Gentle stereo-linked feed-forward RMS compressor with soft knee; processes in place and returns the input. */
export function compress(chs: Float32Array[], o: CompressorOptions): Float32Array[] {
  const n = chs[0].length;
  const rmsCoef = Math.exp(-1 / (0.05 * SAMPLE_RATE));
  const att = Math.exp(-1 / (o.attack * SAMPLE_RATE));
  const rel = Math.exp(-1 / (o.release * SAMPLE_RATE));
  let ms = 0;
  let gr = 0; // gain reduction in dB (positive)
  for (let i = 0; i < n; i++) {
    let x2 = 0;
    for (const c of chs) x2 = Math.max(x2, c[i] * c[i]);
    ms = rmsCoef * ms + (1 - rmsCoef) * x2;
    const lev = 10 * Math.log10(ms + 1e-12);
    const over = lev - o.threshold;
    let target = 0;
    if (over > o.knee / 2) target = over * (1 - 1 / o.ratio);
    else if (over > -o.knee / 2) target = ((over + o.knee / 2) ** 2 / (2 * o.knee)) * (1 - 1 / o.ratio);
    gr = target > gr ? att * gr + (1 - att) * target : rel * gr + (1 - rel) * target;
    const g = 10 ** (-gr / 20);
    for (const c of chs) c[i] *= g;
  }
  return chs;
}
