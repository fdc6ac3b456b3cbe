// Synthetic instruments: each renders one note to a mono buffer (its full ring-out included).
import {
  SAMPLE_RATE,
  type Rng,
  Biquad,
  OnePole,
  Svf,
  addDecayingPartial,
  sawOsc,
  sec,
  whiteNoise,
  adsr,
} from './dsp.ts';

/** Common parameters of a rendered note. */
export interface NoteParams {
  /** Fundamental frequency in hertz. */
  freq: number;
  /** Velocity 0..1 (loudness and brightness). */
  vel: number;
  /** Seconds until the key is released (the note may ring on after that). */
  dur: number;
  /** Randomness for this note only. */
  rng: Rng;
}

/**
 * Soft felt piano: additive partials with string inharmonicity, two slightly detuned strings per
 * partial (beating gives the two-stage piano decay), pitch-dependent decay, velocity-dependent
 * brightness, a hammer thump and a damper at release.
 */
export function piano(p: NoteParams & { felt?: number }): Float32Array {
  const { freq, vel, rng } = p;
  const felt = p.felt ?? 0.5;
  const midi = 69 + 12 * Math.log2(freq / 440);
  const t60base = 11 * 2 ** (-(midi - 36) / 17); // ~11 s at C2, ~4 s at C4, ~1.4 s at C6
  const release = Math.min(p.dur, t60base);
  const ringOut = release + 0.6;
  const n = sec(ringOut + 0.05);
  const out = new Float32Array(n);
  const B = 0.00012 * 2 ** ((midi - 60) / 18);
  const maxF = Math.min(9000, 2500 + 9000 * vel * (1 - felt * 0.6));
  const tilt = 1.15 + (1 - vel) * 0.9 + felt * 0.5; // spectral slope: softer notes are darker
  const strike = 1 / 7.3; // hammer position: weakens partials near multiples of 7
  for (let k = 1; k <= 40; k++) {
    const fk = k * freq * Math.sqrt(1 + B * k * k);
    if (fk > maxF) break;
    const amp = (Math.abs(Math.sin(Math.PI * k * strike)) + 0.15) / k ** tilt;
    const t60 = (t60base / (1 + 0.28 * (k - 1))) * rng.range(0.85, 1.15);
    const cents = rng.range(0.4, 1.6);
    const ph = rng.range(0, Math.PI * 2);
    // Two strings: one with a quick "prompt" decay, the other with a long "aftersound".
    addDecayingPartial(out, 0, fk * 2 ** (cents / 1200), amp * 0.55, t60 * 0.45, ph);
    addDecayingPartial(out, 0, fk * 2 ** (-cents / 1200), amp * 0.45, t60 * 1.3, ph + 0.3);
  }
  // Hammer: a tiny low thump of filtered noise.
  const hn = sec(0.025);
  const thump = whiteNoise(hn, rng);
  const lp = new Biquad('lowpass', Math.min(1800, freq * 3 + 400), 0.8);
  for (let i = 0; i < hn; i++) out[i] += lp.process(thump[i]) * 0.05 * vel * Math.exp(-i / (0.004 * SAMPLE_RATE));
  // Attack shaping, felt lowpass, and the damper after release.
  const att = sec(0.003 + 0.006 * felt * (1 - vel));
  const tone = new OnePole(Math.min(12000, 1200 + freq * 4 + 7000 * vel * (1 - felt * 0.5)));
  const rel = sec(release);
  const dampT = 0.12 + 0.2 * Math.max(0, (48 - midi) / 24);
  for (let i = 0; i < n; i++) {
    let g = i < att ? i / att : 1;
    if (i > rel) g *= Math.exp(-(i - rel) / (dampT * SAMPLE_RATE));
    out[i] = tone.process(out[i]) * g * (0.25 + 0.75 * vel);
  }
  return out;
}

/**
 * Plucked string by Karplus-Strong with a fractional delay line, pluck-position comb, loop lowpass
 * and a small initial pitch drop. `koto` gives a bright, nasal, quickly-damped pluck; `harp` a round, long one.
 */
export function pluck(p: NoteParams & { kind: 'koto' | 'harp' }): Float32Array {
  const { freq, vel, rng } = p;
  const koto = p.kind === 'koto';
  const t60 = (koto ? 6 : 7) * 2 ** (-Math.log2(freq / 220) * 0.5);
  const len = Math.min(t60 * 1.1, p.dur + (koto ? 1.2 : 2.5));
  const n = sec(len + 0.05);
  const period = SAMPLE_RATE / freq;
  const size = Math.ceil(period * 1.1) + 4;
  const line = new Float64Array(size);
  // Excitation: a noise burst one period long, shaped by pick position and velocity.
  const exc = new Float64Array(Math.ceil(period));
  const pos = koto ? 0.13 : 0.42;
  const lpE = new OnePole(koto ? 2500 + 5000 * vel : 900 + 2200 * vel);
  const lpE2 = new OnePole(koto ? 5000 + 5000 * vel : 2500);
  for (let i = 0; i < exc.length; i++) exc[i] = lpE2.process(lpE.process(rng.next() * 2 - 1));
  const shift = Math.max(1, Math.round(pos * period));
  const shaped = exc.map((v, i) => v - (i >= shift ? exc[i - shift] : 0));
  const out = new Float32Array(n);
  let w = 0;
  const loopCut = koto ? 0.22 : 0.35; // averaging weight of the loop filter (brightness)
  const perLoop = 10 ** (-3 / (t60 * freq)); // amplitude loss per round trip for the T60
  let prev = 0;
  const bend = koto ? 0.012 : 0.003; // starts a little sharp and settles (string tension)
  for (let i = 0; i < n; i++) {
    const t = i / SAMPLE_RATE;
    const cur = period / (1 + bend * Math.exp(-t / 0.06)) - loopCut;
    let r = w - cur;
    while (r < 0) r += size;
    const i0 = Math.floor(r);
    const fr = r - i0;
    const a = line[i0 % size];
    const b = line[(i0 + 1) % size];
    const y = a + (b - a) * fr;
    const filt = (1 - loopCut) * y + loopCut * prev;
    prev = y;
    const x = i < shaped.length ? shaped[i] : 0;
    line[w] = x + filt * perLoop;
    out[i] = line[w];
    w = (w + 1) % size;
  }
  // Body: a gentle resonance and softening, then velocity and release.
  const body = new Biquad('peak', koto ? 420 : 260, 1.2, koto ? 4 : 2);
  const tone = new OnePole(koto ? 5500 + 3000 * vel : 3200 + 2500 * vel);
  const rel = sec(p.dur + (koto ? 1.0 : 2.2));
  for (let i = 0; i < n; i++) {
    let g = 0.4 + 0.6 * vel;
    if (i > rel) g *= Math.exp(-(i - rel) / (0.15 * SAMPLE_RATE));
    out[i] = tone.process(body.process(out[i])) * g * 0.9;
  }
  return out;
}

/** Options of the soft analogue-style pad. */
export interface PadOptions {
  /** Attack seconds (soft). */
  attack: number;
  /** Release seconds. */
  release: number;
  /** Lowpass cutoff in hertz. */
  cutoff: number;
  /** Detune spread in cents between the two saw voices. */
  detune: number;
  /** Blend towards a pure sine ("glass") sound, 0..1. */
  glass?: number;
}

/** Soft pad note: two detuned band-limited saws and a sine, through a gently breathing lowpass, slow ADSR. */
export function pad(p: NoteParams & PadOptions): Float32Array {
  const { freq, vel, rng } = p;
  const n = sec(p.dur + p.release + 0.1);
  const glass = p.glass ?? 0;
  const vib = new Float32Array(n);
  const vr = rng.range(4.2, 5.4);
  const vph = rng.range(0, 6.28);
  for (let i = 0; i < n; i++) vib[i] = 1 + 0.0012 * Math.sin((2 * Math.PI * vr * i) / SAMPLE_RATE + vph);
  const f1 = vib.map((v) => v * freq * 2 ** (p.detune / 2400));
  const f2 = vib.map((v) => v * freq * 2 ** (-p.detune / 2400));
  const s1 = sawOsc(n, f1, rng.next());
  const s2 = sawOsc(n, f2, rng.next());
  const svf = new Svf(p.cutoff, 0.6);
  const env = adsr(n, sec(p.attack), sec(p.dur * 0.5), 0.8, sec(p.release), sec(p.dur));
  const out = new Float32Array(n);
  const breatheRate = rng.range(0.07, 0.13);
  let ph = rng.next() * 6.28;
  const w = (2 * Math.PI * freq) / SAMPLE_RATE;
  for (let i = 0; i < n; i++) {
    if ((i & 31) === 0) {
      const br = 1 + 0.25 * Math.sin((2 * Math.PI * breatheRate * i) / SAMPLE_RATE);
      svf.set(Math.min(p.cutoff * br * (0.7 + 0.5 * env[i]), 12000), 0.6);
    }
    const saw = (s1[i] + s2[i]) * 0.5;
    ph += w * vib[i];
    const sine = Math.sin(ph) + 0.18 * Math.sin(2 * ph) + 0.06 * Math.sin(3 * ph);
    out[i] = (svf.process(saw) * (1 - glass) + sine * (0.35 + 0.65 * glass)) * env[i] * vel * 0.5;
  }
  return out;
}

/**
 * Struck bell or chime: inharmonic partials with their own decays plus a soft mallet click.
 * `ratios`/`amps`/`decays` describe the partials relative to freq.
 */
export function bell(
  p: NoteParams & { ratios: number[]; amps: number[]; decays: number[]; mallet?: number },
): Float32Array {
  const { freq, vel, rng } = p;
  const maxDecay = Math.max(...p.decays);
  const n = sec(Math.min(p.dur + 0.5, maxDecay * 1.05) + 0.05);
  const out = new Float32Array(n);
  p.ratios.forEach((r, i) => {
    const cents = rng.range(-1.5, 1.5);
    const f = freq * r * 2 ** (cents / 1200);
    addDecayingPartial(out, 0, f, p.amps[i] * vel, p.decays[i], rng.range(0, 6.28));
    // A faintly detuned twin gives the slow shimmer (beating) of a real bell.
    addDecayingPartial(
      out,
      0,
      f * (1 + rng.range(0.0006, 0.0018)),
      p.amps[i] * vel * 0.35,
      p.decays[i] * 0.9,
      rng.range(0, 6.28),
    );
  });
  const mallet = p.mallet ?? 0.3;
  const mn = sec(0.012);
  const bp = new Biquad('bandpass', Math.min(freq * 4, 9000), 1.2);
  for (let i = 0; i < mn; i++) out[i] += bp.process(rng.next() * 2 - 1) * mallet * vel * (1 - i / mn);
  const att = sec(0.002);
  for (let i = 0; i < att; i++) out[i] *= i / att;
  return out;
}

/** Low sustained drone: sine plus a soft triangle-ish body with slow swell, for held dread notes. */
export function drone(p: NoteParams & { attack: number; release: number }): Float32Array {
  const { freq, vel, rng } = p;
  const n = sec(p.dur + p.release + 0.1);
  const env = adsr(n, sec(p.attack), sec(1), 0.9, sec(p.release), sec(p.dur));
  const out = new Float32Array(n);
  let ph = rng.next() * 6.28;
  const trem = rng.range(0.1, 0.2);
  for (let i = 0; i < n; i++) {
    ph += (2 * Math.PI * freq) / SAMPLE_RATE;
    const tr = 1 - 0.15 * (0.5 + 0.5 * Math.sin((2 * Math.PI * trem * i) / SAMPLE_RATE));
    const v = Math.sin(ph) + 0.3 * Math.sin(2 * ph + 0.4) + 0.1 * Math.sin(3 * ph + 1.1);
    out[i] = v * env[i] * tr * vel * 0.5;
  }
  return out;
}
