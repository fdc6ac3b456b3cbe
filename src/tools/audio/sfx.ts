// Foley building blocks (wood, paper, glass, steps, bells) and the one-shot sound effects made from them.
import {
  SAMPLE_RATE,
  Rng,
  Biquad,
  OnePole,
  Svf,
  addDecayingPartial,
  mixInto,
  midiToHz,
  pinkNoise,
  reverb,
  sec,
  whiteNoise,
  type ReverbOptions,
} from './dsp.ts';
import { bell as bellVoice } from './instruments.ts';
import { noteToMidi } from './score.ts';

/** A small wooden room (short, soft reverb) for foley. */
export const ROOM: ReverbOptions = {
  feedback: 0.78,
  damp: 0.55,
  preDelay: 0.008,
  width: 0.6,
  lowCut: 120,
  highCut: 5000,
};

/** Adds a mono reverb of the given kind to a mono signal (dry + wet) and returns a new buffer. */
export function withRoom(x: Float32Array, wet: number, opts: ReverbOptions = ROOM): Float32Array {
  const r = reverb([x], opts);
  const out = new Float32Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = x[i] + ((r[0][i] + r[1][i]) / 2) * wet;
  return out;
}

/** A short burst of filtered noise with an exponential decay (clicks, taps, scuffs). */
export function noiseBurst(
  rng: Rng,
  len: number,
  decay: number,
  type: 'lowpass' | 'bandpass' | 'highpass',
  freq: number,
  q = 0.8,
): Float32Array {
  const n = sec(len);
  const x = whiteNoise(n, rng);
  const f = new Biquad(type, freq, q);
  for (let i = 0; i < n; i++) x[i] = f.process(x[i]) * Math.exp(-i / (decay * SAMPLE_RATE));
  return x;
}

/** A knock on wood: a few damped body modes plus a contact click. */
export function woodKnock(rng: Rng, freq: number, decay: number, bright = 0.5): Float32Array {
  // Body modes ring at freq x ratios; `bright` adds the higher modes and the contact click.
  const out = new Float32Array(sec(decay * 6 + 0.02));
  const ratios = [1, 2.31, 3.92, 5.6, 7.9];
  const amps = [1, 0.6, 0.38, 0.22 * bright * 2, 0.12 * bright * 2];
  ratios.forEach((r, i) =>
    addDecayingPartial(
      out,
      0,
      freq * r * rng.range(0.97, 1.03),
      amps[i] * 0.5,
      (decay * 6.9) / (1 + i * 0.6),
      rng.range(0, 6.28),
    ),
  );
  mixInto(out, noiseBurst(rng, 0.01, 0.0015, 'bandpass', 1500 + 2500 * bright, 0.9), 0, 0.6 * bright);
  return out;
}

/** Paper handling: crackles (many tiny impulses) over a soft sliding hiss, for `len` seconds at `intensity` 0..1. */
export function paperRustle(rng: Rng, len: number, intensity: number): Float32Array {
  const n = sec(len);
  const out = new Float32Array(n);
  const hiss = whiteNoise(n, rng);
  const bp = new Biquad('bandpass', 3200, 0.6);
  const hp = new Biquad('highpass', 900, 0.7);
  const crack = new Biquad('bandpass', 4200, 1.1);
  const shape = new OnePole(30);
  let act = 0;
  const gusts = [rng.range(0.1, 0.4), rng.range(0.4, 0.8)];
  for (let i = 0; i < n; i++) {
    const t = i / n;
    const env = Math.sin(Math.PI * t) ** 0.7;
    const g =
      env * (0.5 + 0.5 * Math.exp(-(((t - gusts[0]) / 0.12) ** 2)) + 0.5 * Math.exp(-(((t - gusts[1]) / 0.1) ** 2)));
    act = shape.process(g);
    let imp = 0;
    if (rng.next() < 0.012 * intensity * act) imp = (rng.next() * 2 - 1) * (0.4 + rng.next());
    out[i] = crack.process(imp) * 2.5 + bp.process(hp.process(hiss[i])) * 0.12 * act * intensity;
  }
  return out;
}

/** A sheet sliding across a desk: a smooth band of noise that swells and fades. */
export function paperSlide(rng: Rng, len: number): Float32Array {
  const n = sec(len);
  const x = whiteNoise(n, rng);
  const bp = new Biquad('bandpass', 2600, 0.5);
  const lp = new Biquad('lowpass', 7000, 0.7);
  for (let i = 0; i < n; i++) x[i] = lp.process(bp.process(x[i])) * Math.sin((Math.PI * i) / n) ** 1.5 * 0.12;
  return x;
}

/** A hanko stamp pressed onto paper on a wooden desk. */
export function stamp(rng: Rng): Float32Array {
  const out = new Float32Array(sec(0.5));
  mixInto(out, noiseBurst(rng, 0.06, 0.012, 'lowpass', 350, 0.7), 0, 0.9);
  mixInto(out, woodKnock(rng, rng.range(130, 160), 0.05, 0.35), 0, 0.9);
  mixInto(out, noiseBurst(rng, 0.02, 0.004, 'bandpass', 2500, 1), sec(0.002), 0.25);
  mixInto(out, paperRustle(rng, 0.12, 0.3), sec(0.14), 0.5);
  return out;
}

/** A drinking glass (or cup) struck: inharmonic ringing modes and a contact tick. `f0` sets its size. */
export function glassClink(rng: Rng, f0: number, level = 1, ceramic = false): Float32Array {
  const ratios = [1, 2.32, 4.25, 6.63];
  const decays = ceramic ? [0.25, 0.14, 0.08, 0.05] : [1.1, 0.6, 0.3, 0.15];
  const amps = [1, 0.55, 0.3, 0.15];
  const out = new Float32Array(sec(Math.max(...decays) + 0.05));
  ratios.forEach((r, i) => {
    const f = f0 * r * rng.range(0.99, 1.01);
    addDecayingPartial(out, 0, f, amps[i] * 0.3 * level, decays[i], rng.range(0, 6.28));
    addDecayingPartial(out, 0, f * 1.0023, amps[i] * 0.12 * level, decays[i], rng.range(0, 6.28));
  });
  mixInto(out, noiseBurst(rng, 0.006, 0.001, 'highpass', 3000), 0, 0.25 * level);
  return out;
}

/** A stick-slip wood creak: an irregular pulse train through floorboard resonances. */
export function creak(rng: Rng, len: number): Float32Array {
  const n = sec(len);
  const out = new Float32Array(n);
  const modes = [
    new Biquad('bandpass', rng.range(380, 460), 8),
    new Biquad('bandpass', rng.range(850, 1000), 9),
    new Biquad('bandpass', rng.range(1600, 1900), 10),
  ];
  let next = 0;
  const startHz = rng.range(35, 55);
  for (let i = 0; i < n; i++) {
    const t = i / n;
    let x = 0;
    if (i >= next) {
      x = 1;
      const hz = startHz * (1 + 0.6 * t) * rng.range(0.8, 1.2);
      next = i + Math.round(SAMPLE_RATE / hz);
    }
    const env = Math.sin(Math.PI * t) ** 0.8;
    out[i] = (modes[0].process(x) + 0.7 * modes[1].process(x) + 0.35 * modes[2].process(x)) * env * 0.5;
  }
  return out;
}

/** One footstep on a wooden floor (heel, then toe), optionally softer (`soft`, e.g. bare feet or far away). */
export function footstep(rng: Rng, weight = 1, soft = 0): Float32Array {
  const out = new Float32Array(sec(0.45));
  const heel = noiseBurst(rng, 0.08, 0.014, 'lowpass', 420 - soft * 150, 0.8);
  mixInto(out, heel, 0, 0.9 * weight);
  mixInto(out, woodKnock(rng, rng.range(85, 115), 0.07, 0.3 * (1 - soft)), 0, 0.7 * weight);
  const toe = sec(rng.range(0.09, 0.13));
  mixInto(out, woodKnock(rng, rng.range(140, 180), 0.04, 0.25 * (1 - soft)), toe, 0.35 * weight);
  mixInto(out, noiseBurst(rng, 0.06, 0.018, 'bandpass', 1400, 0.7), toe, 0.12 * weight * (1 - soft));
  return out;
}

/** A clock escapement click ("tick" or the slightly lower "tock"). */
export function clockTick(rng: Rng, tock: boolean): Float32Array {
  const out = new Float32Array(sec(0.08));
  const f = tock ? 2300 : 2750;
  addDecayingPartial(out, 0, f, 0.25, 0.05);
  addDecayingPartial(out, 0, f * 1.93, 0.12, 0.03);
  addDecayingPartial(out, 0, 620, 0.15, 0.04);
  mixInto(out, noiseBurst(rng, 0.01, 0.0012, 'bandpass', 4000, 1), 0, 0.5);
  return out;
}

/** A short Minnaert bubble: a sine whose pitch rises as it decays. */
export function bubble(rng: Rng, f0: number, level: number): Float32Array {
  const tau = rng.range(0.006, 0.02);
  const n = sec(tau * 7);
  const out = new Float32Array(n);
  const rise = rng.range(0.1, 0.35);
  let ph = 0;
  for (let i = 0; i < n; i++) {
    const t = i / SAMPLE_RATE;
    ph += (2 * Math.PI * f0 * (1 + (rise * t) / tau / 7)) / SAMPLE_RATE;
    out[i] = Math.sin(ph) * Math.exp(-t / tau) * level * Math.min(1, i / 20);
  }
  return out;
}

/** One cricket chirp: a few pulses of a pure high tone. */
export function cricketChirp(rng: Rng, freq: number, pulses: number): Float32Array {
  const pulse = rng.range(0.012, 0.016);
  const gap = rng.range(0.01, 0.014);
  const n = sec(pulses * (pulse + gap) + 0.01);
  const out = new Float32Array(n);
  const pn = sec(pulse);
  for (let p = 0; p < pulses; p++) {
    const o = sec(p * (pulse + gap));
    const f = freq * (1 + 0.004 * p);
    for (let i = 0; i < pn; i++) {
      const env = Math.sin((Math.PI * i) / pn) ** 2 * (1 - 0.12 * p);
      const t = i / SAMPLE_RATE;
      out[o + i] += (Math.sin(2 * Math.PI * f * t) + 0.08 * Math.sin(4 * Math.PI * f * t)) * env * 0.3;
    }
  }
  return out;
}

/** A cicada phrase: a pulsed noise-band buzz that swells and fades over `len` seconds. */
export function cicada(rng: Rng, len: number, centre: number, pulseHz: number): Float32Array {
  const n = sec(len);
  const out = new Float32Array(n);
  const noise = whiteNoise(n, rng);
  const bp1 = new Biquad('bandpass', centre, 3);
  const bp2 = new Biquad('bandpass', centre * 1.05, 3);
  let ph = 0;
  const wob = rng.range(0.3, 0.7);
  for (let i = 0; i < n; i++) {
    const t = i / n;
    ph += (pulseHz * (1 + 0.05 * Math.sin(2 * Math.PI * wob * (i / SAMPLE_RATE)))) / SAMPLE_RATE;
    const frac = ph - Math.floor(ph);
    const pulse = Math.exp(-frac * 9);
    const env = Math.min(1, t / 0.25) * Math.min(1, (1 - t) / 0.3);
    out[i] = bp2.process(bp1.process(noise[i])) * pulse * env * 0.6;
  }
  return out;
}

/** An evening cicada ("higurashi") trill: falling, fading "kana-kana-kana" tone pulses. */
export function higurashi(rng: Rng, freq: number): Float32Array {
  const count = rng.int(18, 26);
  const rate = rng.range(9, 11);
  const n = sec(count / rate + 0.2);
  const out = new Float32Array(n);
  for (let k = 0; k < count; k++) {
    const o = sec(k / rate);
    const pn = sec(0.05);
    const f = freq * (1 - 0.12 * (k / count));
    const a = (k < 3 ? (k + 1) / 3 : 1) * (1 - 0.75 * (k / count));
    for (let i = 0; i < pn && o + i < n; i++) {
      const t = i / SAMPLE_RATE;
      const env = Math.sin((Math.PI * i) / pn) ** 1.5;
      const fm = f * (1 + 0.05 * Math.sin((Math.PI * i) / pn));
      out[o + i] += Math.sin(2 * Math.PI * fm * t) * env * a * 0.25;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The sound effects (mono, not looped)

/** A wooden sliding door (fusuma) pushed along its track and meeting the frame. */
export function door(): Float32Array[] {
  const rng = new Rng('sfx-door');
  const n = sec(2.2);
  const out = new Float32Array(n);
  mixInto(out, woodKnock(rng, 320, 0.02, 0.5), sec(0.05), 0.25); // hand on the frame
  const slideStart = sec(0.12);
  const slideLen = sec(0.95);
  const noise = whiteNoise(slideLen, rng);
  const rumble = pinkNoise(slideLen, rng);
  const rub = new Biquad('bandpass', 750, 0.9);
  const rub2 = new Biquad('bandpass', 2100, 1.2);
  const lowR = new Biquad('lowpass', 180, 0.9);
  const grainF = [new Biquad('bandpass', 260, 6), new Biquad('bandpass', 540, 7), new Biquad('bandpass', 1150, 8)];
  for (let i = 0; i < slideLen; i++) {
    const t = i / slideLen;
    const v = Math.sin(Math.PI * t ** 0.8) ** 1.2; // speed: quick push, slowing as it closes
    const grain = rng.next() < 0.004 * v ? rng.range(-1, 1) : 0;
    const g = grainF[0].process(grain) + 0.7 * grainF[1].process(grain) + 0.4 * grainF[2].process(grain);
    out[slideStart + i] +=
      (rub.process(noise[i]) * 0.22 + rub2.process(noise[i]) * 0.05) * v + lowR.process(rumble[i]) * 0.9 * v + g * 0.9;
  }
  const hit = slideStart + slideLen - sec(0.02);
  mixInto(out, woodKnock(rng, 150, 0.09, 0.45), hit, 1.1);
  mixInto(out, woodKnock(rng, 240, 0.05, 0.3), hit + sec(0.045), 0.35);
  mixInto(out, noiseBurst(rng, 0.08, 0.02, 'lowpass', 300), hit, 0.6);
  new Biquad('lowpass', 5500, 0.7).run(out);
  return [withRoom(out, 0.45)];
}

/** A report handed across the desk: pages lifted, slid over, squared with a tap. */
export function paper(): Float32Array[] {
  const rng = new Rng('sfx-paper');
  const out = new Float32Array(sec(1.6));
  mixInto(out, paperRustle(rng, 0.5, 1), 0, 1);
  mixInto(out, paperSlide(rng, 0.45), sec(0.42), 1);
  mixInto(out, woodKnock(rng, 210, 0.03, 0.2), sec(0.95), 0.35);
  mixInto(out, noiseBurst(rng, 0.05, 0.008, 'bandpass', 1800, 0.6), sec(0.95), 0.3);
  mixInto(out, paperRustle(rng, 0.25, 0.5), sec(1.0), 0.5);
  return [withRoom(out, 0.35)];
}

/** The school chime: the Westminster quarters ("kin-kon-kan-kon") on a soft chime, as schools in Japan ring it. */
export function bell(): Float32Array[] {
  const rng = new Rng('sfx-bell');
  const phrase = ['E5', 'C5', 'D5', 'G4', 'G4', 'D5', 'E5', 'C5'];
  const step = 0.52;
  const out = new Float32Array(sec(step * 8 + 0.5 + 3.8));
  phrase.forEach((name, k) => {
    const t = k * step + (k >= 4 ? 0.45 : 0) + rng.gauss() * 0.005;
    const last = k === phrase.length - 1;
    const v = bellVoice({
      freq: midiToHz(noteToMidi(name)),
      vel: last ? 0.75 : 0.68,
      dur: last ? 4 : 2.6,
      rng: rng.fork(`b${k}`),
      ratios: [1, 2, 3.01, 4.13, 5.43],
      amps: [1, 0.28, 0.22, 0.1, 0.05],
      decays: [3.6, 1.9, 1.2, 0.7, 0.4],
      mallet: 0.2,
    });
    const fadeFrom = last ? v.length : Math.min(v.length, sec(2.5));
    for (let i = fadeFrom; i < v.length; i++) v[i] = 0;
    mixInto(out, v, sec(t), 0.5);
  });
  const lp = new OnePole(6000);
  for (let i = 0; i < out.length; i++) out[i] = lp.process(out[i]);
  const hall: ReverbOptions = { feedback: 0.86, damp: 0.4, preDelay: 0.03, width: 1, lowCut: 200, highCut: 5000 };
  const res = withRoom(out, 0.8, hall);
  const f = sec(0.6);
  for (let i = 0; i < f; i++) res[res.length - 1 - i] *= i / f;
  return [res];
}

/** A jutsu vanishing: a soft low puff and a falling whoosh of smoke. */
export function vanish(): Float32Array[] {
  const rng = new Rng('sfx-vanish');
  const n = sec(2.0);
  const out = new Float32Array(n);
  // Puff: a falling low sine thump plus muffled noise.
  const pn = sec(0.2);
  let ph = 0;
  for (let i = 0; i < pn; i++) {
    const t = i / SAMPLE_RATE;
    ph += (2 * Math.PI * (40 + 60 * Math.exp(-t / 0.04))) / SAMPLE_RATE;
    out[i + sec(0.02)] += Math.sin(ph) * Math.exp(-t / 0.05) * Math.min(1, i / 60) * 0.6;
  }
  mixInto(out, noiseBurst(rng, 0.25, 0.05, 'lowpass', 500, 0.7), sec(0.02), 0.8);
  // Whoosh: noise through a band-pass that sweeps down, with a quick attack and a long soft fade.
  const wn = sec(1.3);
  const noise = pinkNoise(wn, rng);
  const svf = new Svf(2400, 1.1);
  const air = new Svf(6000, 0.8);
  const white = whiteNoise(wn, rng);
  for (let i = 0; i < wn; i++) {
    const t = i / SAMPLE_RATE;
    if ((i & 15) === 0) {
      svf.set(350 + 2200 * Math.exp(-t / 0.28), 1.1);
      air.set(2200 + 4500 * Math.exp(-t / 0.2), 0.9);
    }
    const env = Math.min(1, t / 0.035) * Math.exp(-t / 0.32);
    out[i + sec(0.01)] += (svf.process(noise[i], 'bp') * 1.4 + air.process(white[i], 'bp') * 0.1) * env;
  }
  const lp = new Biquad('lowpass', 7000, 0.7);
  for (let i = 0; i < n; i++) out[i] = lp.process(out[i]);
  const res = withRoom(out, 0.6, { ...ROOM, feedback: 0.84 });
  const f = sec(0.3);
  for (let i = 0; i < f; i++) res[n - 1 - i] *= i / f;
  return [res];
}

/** A glass set down on a wooden table; the ice shifts and clinks. */
export function glass(): Float32Array[] {
  const rng = new Rng('sfx-glass');
  const out = new Float32Array(sec(1.8));
  mixInto(out, woodKnock(rng, 230, 0.035, 0.3), sec(0.02), 0.6);
  mixInto(out, glassClink(rng, 1350, 0.35), sec(0.02), 1);
  for (const [t, f, l] of [
    [0.06, 3900, 0.5],
    [0.11, 4600, 0.35],
    [0.24, 3400, 0.3],
    [0.52, 4200, 0.18],
  ] as const) {
    const ice = glassClink(rng, f, l);
    for (let i = sec(0.2); i < ice.length; i++) ice[i] *= Math.exp(-(i - sec(0.2)) / 2000);
    mixInto(out, ice, sec(t), 1);
  }
  return [withRoom(out, 0.3)];
}

/** A very quiet wooden tick for choices. */
export function tick(): Float32Array[] {
  const rng = new Rng('sfx-tick');
  const out = new Float32Array(sec(0.09));
  addDecayingPartial(out, sec(0.002), 1750, 0.3, 0.035);
  addDecayingPartial(out, sec(0.002), 3900, 0.1, 0.018);
  mixInto(out, noiseBurst(rng, 0.008, 0.0012, 'bandpass', 2500, 0.8), sec(0.002), 0.3);
  const lp = new OnePole(6000);
  for (let i = 0; i < out.length; i++) out[i] = lp.process(out[i]) * Math.min(1, i / 40);
  const f = sec(0.02);
  for (let i = 0; i < f; i++) out[out.length - 1 - i] *= i / f;
  return [out];
}

/** Four unhurried steps on a wooden floor, one board creaking. */
export function footsteps(): Float32Array[] {
  const rng = new Rng('sfx-footsteps');
  const out = new Float32Array(sec(3.0));
  const times = [0.05, 0.66, 1.25, 1.87];
  times.forEach((t, k) => {
    mixInto(out, footstep(rng.fork(`s${k}`), k % 2 ? 0.85 : 1), sec(t + rng.gauss() * 0.01), 1);
    if (k === 2) mixInto(out, creak(rng, 0.28), sec(t + 0.04), 0.25);
  });
  return [withRoom(out, 0.35)];
}
