// Ambience loops (mono): murmuring voices from formant-filtered glottal buzz, room tone, foley scattered on a
// circular timeline, all processed twice around the loop so that the end flows into the start.
import {
  SAMPLE_RATE,
  Rng,
  Biquad,
  OnePole,
  brownNoise,
  loopFilter,
  mixWrapped,
  periodicNoise,
  pinkNoise,
  processLooped,
  reverb,
  sawOsc,
  sec,
  type ReverbOptions,
} from './dsp.ts';
import {
  ROOM,
  bubble,
  cicada,
  clockTick,
  creak,
  cricketChirp,
  footstep,
  glassClink,
  higurashi,
  paperRustle,
  paperSlide,
  stamp,
} from './sfx.ts';

/** Japanese vowel formants (F1, F2, F3) for an adult male voice, in hertz. */
const VOWELS: [number, number, number][] = [
  [800, 1200, 2500], // a
  [300, 2300, 3000], // i
  [350, 1300, 2400], // u
  [480, 1900, 2600], // e
  [500, 900, 2500], // o
];

/** What kind of speaker a murmuring voice is. */
export interface VoiceOptions {
  /** Mean pitch in hertz. */
  f0: number;
  /** Formant scale (1 adult male, ~1.15 female, ~1.3 child). */
  formants: number;
  /** Syllables per second. */
  rate: number;
  /** Pitch excursion (0.1 calm .. 0.4 excited). */
  lively: number;
}

/** A male, female or child speaker with a little individual variation. */
export function speaker(rng: Rng, kind: 'man' | 'woman' | 'child'): VoiceOptions {
  if (kind === 'man')
    return {
      f0: rng.range(95, 135),
      formants: rng.range(0.95, 1.05),
      rate: rng.range(4, 5.5),
      lively: rng.range(0.1, 0.2),
    };
  if (kind === 'woman')
    return {
      f0: rng.range(180, 240),
      formants: rng.range(1.1, 1.2),
      rate: rng.range(4.5, 6),
      lively: rng.range(0.12, 0.25),
    };
  return {
    f0: rng.range(260, 340),
    formants: rng.range(1.25, 1.35),
    rate: rng.range(4.5, 6.5),
    lively: rng.range(0.25, 0.4),
  };
}

/**
 * One utterance of unintelligible speech: a band-limited glottal buzz with breath noise, shaped by three
 * formant band-passes that glide between random vowels, syllable by syllable. `laugh` makes "ha-ha" bursts.
 */
export function utterance(rng: Rng, v: VoiceOptions, syllables: number, laugh = false): Float32Array {
  const durs: number[] = [];
  for (let s = 0; s < syllables; s++) durs.push((laugh ? 0.16 : 1 / v.rate) * rng.range(0.7, 1.35));
  const total = durs.reduce((a, b) => a + b, 0);
  const n = sec(total + 0.15);
  // Pitch contour: a gentle fall over the phrase, accents, and slow jitter.
  const f0 = new Float32Array(n);
  const start = v.f0 * (1 + v.lively * rng.range(0.2, 0.6));
  let drift = 0;
  const accents = Array.from({ length: syllables }, () => (rng.chance(0.3) ? rng.range(0.05, v.lively) : 0));
  let sIdx = 0;
  let sEnd = sec(durs[0]);
  for (let i = 0; i < n; i++) {
    if (i >= sEnd && sIdx < syllables - 1) sEnd += sec(durs[++sIdx]);
    drift = 0.999 * drift + 0.001 * rng.gauss() * 0.5;
    const fall = 1 - (laugh ? 0.3 : 0.18) * (i / n);
    f0[i] = start * fall * (1 + accents[sIdx] + drift * 0.1);
  }
  const buzz = sawOsc(n, f0, rng.next());
  const tilt = new OnePole(900);
  const f1 = new Biquad('bandpass', 500, 5);
  const f2 = new Biquad('bandpass', 1500, 8);
  const f3 = new Biquad('bandpass', 2500, 10);
  const hiss = new Biquad('bandpass', 3500, 1.2);
  const out = new Float32Array(n);
  const vowels = Array.from({ length: syllables + 1 }, () => (laugh ? VOWELS[0] : rng.pick(VOWELS)));
  const consonant = Array.from({ length: syllables }, () => rng.next());
  let pos = 0;
  for (let s = 0; s < syllables; s++) {
    const len = sec(durs[s]);
    const a = vowels[s];
    const b = vowels[s + 1];
    const amp = rng.range(0.6, 1) * (s === syllables - 1 ? 0.75 : 1);
    for (let i = 0; i < len && pos + i < n; i++) {
      const t = i / len;
      if ((i & 63) === 0) {
        const g = t < 0.6 ? 0 : (t - 0.6) / 0.4;
        f1.set('bandpass', (a[0] + (b[0] - a[0]) * g) * v.formants, 5);
        f2.set('bandpass', (a[1] + (b[1] - a[1]) * g) * v.formants, 8);
        f3.set('bandpass', (a[2] + (b[2] - a[2]) * g) * v.formants, 10);
      }
      // Syllable envelope with a consonant dip at the onset.
      const onset = laugh ? 0.35 : 0.18 + 0.15 * consonant[s];
      const env = t < onset ? (t / onset) ** 2 : Math.cos(((t - onset) / (1 - onset)) * Math.PI * 0.5) ** 0.6;
      const x = tilt.process(buzz[pos + i]) + (rng.next() * 2 - 1) * 0.05;
      const voiced = f1.process(x) + 0.5 * f2.process(x) + 0.22 * f3.process(x);
      const noisy =
        t < onset && consonant[s] > 0.5 ? hiss.process(rng.next() * 2 - 1) * (1 - t / onset) * (laugh ? 0.5 : 0.25) : 0;
      out[pos + i] = (voiced * 2.2 * env + noisy) * amp;
    }
    pos += len;
  }
  return out;
}

/** Places utterances for one speaker around a loop of n samples; returns how many were placed. */
function talk(
  dst: Float32Array,
  rng: Rng,
  v: VoiceOptions,
  level: number,
  pause: [number, number],
  laughChance = 0,
): number {
  let t = rng.range(0, 4);
  const end = dst.length / SAMPLE_RATE;
  let count = 0;
  while (t < end) {
    const laugh = rng.chance(laughChance);
    const syl = laugh ? rng.int(4, 7) : rng.int(3, 16);
    const u = utterance(rng.fork(`u${count}`), laugh ? { ...v, f0: v.f0 * 1.25 } : v, syl, laugh);
    mixWrapped(dst, u, sec(t), level * rng.range(0.6, 1) * (laugh ? 0.8 : 1));
    t += u.length / SAMPLE_RATE + rng.range(pause[0], pause[1]);
    count++;
  }
  return count;
}

/** Scatters copies of a sound (fresh each time) at random times around the loop, about every `every` seconds. */
function scatter(
  dst: Float32Array,
  rng: Rng,
  every: number,
  make: (r: Rng, k: number) => Float32Array,
  level: number,
  jitter = 0.6,
): void {
  const end = dst.length / SAMPLE_RATE;
  let k = 0;
  for (let t = rng.range(0, every); t < end; t += every * rng.range(1 - jitter, 1 + jitter)) {
    mixWrapped(dst, make(rng.fork(`e${k}`), k), sec(t), level * rng.range(0.6, 1));
    k++;
  }
}

/** Room tone: soft low pink and brown noise (ventilation, the building), periodic over the loop. */
function roomTone(n: number, rng: Rng, level: number, cutoff: number): Float32Array {
  const p = pinkNoise(n, rng, true);
  const b = brownNoise(n, rng, true);
  const mixed = new Float32Array(n);
  for (let i = 0; i < n; i++) mixed[i] = p[i] * 0.6 + b[i] * 0.4;
  return loopFilter(mixed, (x) => {
    new Biquad('lowpass', cutoff, 0.7).run(x);
    new Biquad('highpass', 40, 0.7).run(x);
    for (let i = 0; i < x.length; i++) x[i] *= level;
    return x;
  });
}

/** Wind: band-passed noise whose level and colour breathe slowly (periodic over the loop). */
function wind(n: number, rng: Rng, level: number, centre: number): Float32Array {
  const noise = pinkNoise(n, rng, true);
  const gust = periodicNoise(n, rng, Math.max(2, Math.round(n / SAMPLE_RATE / 7)), 4);
  return loopFilter(noise, (x) => {
    const out = new Float32Array(x.length);
    const bp = new Biquad('bandpass', centre, 0.8);
    const lp = new OnePole(1500);
    for (let i = 0; i < x.length; i++) {
      const k = i % n;
      if ((k & 255) === 0) bp.set('bandpass', centre * (1 + 0.5 * gust[k]), 0.8);
      const g = (0.55 + 0.45 * gust[k]) ** 2;
      out[i] = lp.process(bp.process(x[i])) * g * level;
    }
    return out;
  });
}

/** Sends layers through their filters and reverb twice around the loop and returns the mono result. */
function finishLoop(
  dry: Float32Array,
  send: Float32Array,
  rev: ReverbOptions,
  wet: number,
  lowpass = 9000,
): Float32Array[] {
  const [out] = processLooped([dry, send], ([d, s]) => {
    const r = reverb([s], rev);
    const y = new Float32Array(d.length);
    const hp = new Biquad('highpass', 35, 0.6);
    const lp = new Biquad('lowpass', lowpass, 0.7);
    for (let i = 0; i < d.length; i++) y[i] = lp.process(hp.process(d[i] + ((r[0][i] + r[1][i]) / 2) * wet));
    return [y];
  });
  return [out];
}

/** Lowpasses a looped layer (distance, walls), wrapping the filter state around the loop. */
function distant(x: Float32Array, cutoff: number): Float32Array {
  return loopFilter(x, (y) => {
    new Biquad('lowpass', cutoff, 0.7).run(y);
    new Biquad('lowpass', cutoff * 1.4, 0.7).run(y);
    return y;
  });
}

/** Adds src into dry and send buffers with levels. */
function route(dry: Float32Array, send: Float32Array, src: Float32Array, dryLevel: number, sendLevel: number): void {
  for (let i = 0; i < dry.length; i++) {
    dry[i] += src[i] * dryLevel;
    send[i] += src[i] * sendLevel;
  }
}

const HALLWAY: ReverbOptions = { feedback: 0.84, damp: 0.5, preDelay: 0.015, width: 0.8, lowCut: 150, highCut: 4000 };

// ---------------------------------------------------------------------------------------------

/** The mission desk room: a hushed murmur of voices, paper rustles, an occasional stamp. */
export function missionRoom(): Float32Array[] {
  const rng = new Rng('amb-mission-room');
  const n = sec(32);
  const dry = new Float32Array(n);
  const send = new Float32Array(n);
  const voices = new Float32Array(n);
  const kinds = ['man', 'man', 'woman', 'man', 'woman', 'man'] as const;
  kinds.forEach((k, i) =>
    talk(voices, rng.fork(`v${i}`), speaker(rng.fork(`s${i}`), k), rng.range(0.25, 0.5), [1.2, 5]),
  );
  route(dry, send, distant(voices, 1700), 0.5, 0.9);
  route(dry, send, roomTone(n, rng.fork('tone'), 0.05, 500), 1, 0);
  const papers = new Float32Array(n);
  scatter(
    papers,
    rng.fork('paper'),
    3.2,
    (r) => (r.chance(0.3) ? paperSlide(r, r.range(0.3, 0.6)) : paperRustle(r, r.range(0.25, 0.8), r.range(0.3, 0.9))),
    0.5,
  );
  scatter(papers, rng.fork('stamp'), 9, (r) => stamp(r), 0.6, 0.3);
  scatter(papers, rng.fork('creak'), 14, (r) => creak(r, r.range(0.2, 0.35)), 0.05, 0.3);
  route(dry, send, distant(papers, 6000), 0.8, 0.4);
  return finishLoop(dry, send, HALLWAY, 0.7);
}

/** An evening gathering: many voices further off, laughter, cups and glasses, a warm low room. */
export function eveningCrowd(): Float32Array[] {
  const rng = new Rng('amb-evening-crowd');
  const n = sec(36);
  const dry = new Float32Array(n);
  const send = new Float32Array(n);
  const voices = new Float32Array(n);
  for (let i = 0; i < 13; i++) {
    const kind = i % 3 === 0 ? 'woman' : i % 5 === 1 ? 'woman' : 'man';
    talk(voices, rng.fork(`v${i}`), speaker(rng.fork(`s${i}`), kind), rng.range(0.2, 0.45), [0.4, 3], 0.1);
  }
  route(dry, send, distant(voices, 1400), 0.45, 1);
  route(dry, send, roomTone(n, rng.fork('tone'), 0.06, 350), 1, 0);
  const cups = new Float32Array(n);
  scatter(cups, rng.fork('cups'), 2.2, (r) => glassClink(r, r.range(1500, 2600), 0.8, r.chance(0.6)), 0.35);
  scatter(cups, rng.fork('set'), 5, (r) => glassClink(r, r.range(900, 1300), 0.5, true), 0.3);
  route(dry, send, distant(cups, 5000), 0.5, 0.6);
  return finishLoop(dry, send, { ...ROOM, feedback: 0.82, highCut: 3500 }, 0.9);
}

/** An empty classroom at lunch: room tone, a wall clock, children playing outside, a sparrow. */
export function classroom(): Float32Array[] {
  const rng = new Rng('amb-classroom');
  const n = sec(32); // a whole number of seconds: the clock ticks once a second across the loop point
  const dry = new Float32Array(n);
  const send = new Float32Array(n);
  route(dry, send, roomTone(n, rng.fork('tone'), 0.04, 300), 1, 0);
  const clock = new Float32Array(n);
  for (let s = 0; s < 32; s++) mixWrapped(clock, clockTick(rng.fork(`t${s}`), s % 2 === 1), sec(s + 0.25), 0.25);
  route(dry, send, clock, 1, 0.5);
  const kids = new Float32Array(n);
  for (let i = 0; i < 7; i++)
    talk(kids, rng.fork(`k${i}`), speaker(rng.fork(`c${i}`), 'child'), rng.range(0.25, 0.5), [1.5, 6], 0.2);
  route(dry, send, distant(kids, 850), 0.4, 0.15);
  const birds = new Float32Array(n);
  scatter(birds, rng.fork('birds'), 9, (r) => sparrow(r), 0.08, 0.4);
  route(dry, send, distant(birds, 5000), 1, 0.1);
  return finishLoop(dry, send, { ...ROOM, feedback: 0.8 }, 0.5);
}

/** A sparrow's "chun chun": two or three short falling chirps. */
function sparrow(rng: Rng): Float32Array {
  const count = rng.int(2, 3);
  const out = new Float32Array(sec(0.2 * count + 0.1));
  for (let k = 0; k < count; k++) {
    const o = sec(k * rng.range(0.15, 0.22));
    const len = sec(rng.range(0.05, 0.08));
    const f0 = rng.range(3800, 4600);
    let ph = 0;
    for (let i = 0; i < len; i++) {
      const t = i / len;
      ph += (2 * Math.PI * f0 * (1.15 - 0.35 * t)) / SAMPLE_RATE;
      out[o + i] += Math.sin(ph) * Math.sin(Math.PI * t) * 0.4;
    }
  }
  return out;
}

/** A night street by the ramen stand: soft wind, a simmering pot, far footsteps, cicadas. */
export function street(): Float32Array[] {
  const rng = new Rng('amb-street');
  const n = sec(36);
  const dry = new Float32Array(n);
  const send = new Float32Array(n);
  route(dry, send, wind(n, rng.fork('wind'), 0.5, 380), 1, 0.2);
  // Simmering pot: a low boil, bubbles, a breath of steam.
  const boil = loopFilter(brownNoise(n, rng.fork('boil'), true), (x) => new Biquad('lowpass', 220, 0.8).run(x));
  const steam = loopFilter(pinkNoise(n, rng.fork('steam'), true), (x) => new Biquad('bandpass', 5000, 0.7).run(x));
  const pot = new Float32Array(n);
  for (let i = 0; i < n; i++) pot[i] = boil[i] * 0.35 + steam[i] * 0.012;
  const bub = rng.fork('bubbles');
  for (let t = 0; t < 36; t += bub.range(0.01, 0.09)) {
    mixWrapped(pot, bubble(bub, bub.range(250, 900), bub.range(0.02, 0.08)), sec(t), 1);
  }
  route(dry, send, distant(pot, 3500), 0.8, 0.2);
  // Someone walking past, far off, twice a loop.
  const steps = new Float32Array(n);
  for (const [start, count] of [
    [3, 12],
    [21, 9],
  ] as const) {
    for (let k = 0; k < count; k++) {
      const fadeInOut = Math.sin((Math.PI * (k + 0.5)) / count);
      mixWrapped(
        steps,
        footstep(rng.fork(`f${start}-${k}`), 1, 0.8),
        sec(start + k * 0.6 + rng.gauss() * 0.015),
        fadeInOut * 0.35,
      );
    }
  }
  route(dry, send, distant(steps, 1800), 0.6, 0.5);
  const bugs = new Float32Array(n);
  mixWrapped(bugs, cicada(rng.fork('c1'), 9, 4800, 110), sec(2), 0.05);
  mixWrapped(bugs, cicada(rng.fork('c2'), 7, 5400, 135), sec(19), 0.04);
  mixWrapped(bugs, higurashi(rng.fork('h1'), 4300), sec(12), 0.05);
  mixWrapped(bugs, higurashi(rng.fork('h2'), 4100), sec(30), 0.035);
  route(dry, send, distant(bugs, 7000), 1, 0.3);
  return finishLoop(dry, send, { ...HALLWAY, feedback: 0.8, width: 1 }, 0.5);
}

/** A bedroom at night: near silence, crickets outside the window, a faint wind. */
export function night(): Float32Array[] {
  const rng = new Rng('amb-night');
  const n = sec(30);
  const dry = new Float32Array(n);
  const send = new Float32Array(n);
  route(dry, send, roomTone(n, rng.fork('tone'), 0.03, 220), 1, 0);
  route(dry, send, wind(n, rng.fork('wind'), 0.1, 300), 1, 0.1);
  const crickets = new Float32Array(n);
  const voices = [
    { f: 4600, every: 0.62, level: 0.05, pulses: 3 },
    { f: 4250, every: 0.81, level: 0.03, pulses: 4 },
    { f: 5000, every: 0.55, level: 0.018, pulses: 3 },
  ];
  voices.forEach((c, j) => {
    const r = rng.fork(`cr${j}`);
    let rest = 0;
    for (let t = r.range(0, 1); t < 30; t += c.every * r.range(0.92, 1.08)) {
      if (rest > 0) {
        rest--;
        continue;
      }
      if (r.chance(0.03)) rest = r.int(3, 10); // a cricket pauses now and then
      mixWrapped(crickets, cricketChirp(r, c.f * r.range(0.995, 1.005), c.pulses), sec(t), c.level);
    }
  });
  route(dry, send, distant(crickets, 7500), 1, 0.3);
  return finishLoop(dry, send, { ...ROOM, feedback: 0.83, highCut: 6000 }, 0.4);
}
