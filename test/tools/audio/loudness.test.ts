import { describe, it, expect } from 'vitest';
import { integratedLoudness, normalise, truePeak } from '../../../src/tools/audio/loudness.ts';
import { Rng, processLooped, reverb, HALL, addDecayingPartial } from '../../../src/tools/audio/dsp.ts';
import { CUES } from '../../../src/tools/audio/cues.ts';

/** A sine of a given frequency, peak amplitude and length. */
function sine(freq: number, amp: number, seconds: number, rate: number, phase = 0): Float32Array {
  const n = Math.round(seconds * rate);
  const x = new Float32Array(n);
  for (let i = 0; i < n; i++) x[i] = amp * Math.sin((2 * Math.PI * freq * i) / rate + phase);
  return x;
}

/** Sample-to-sample jump at the loop point compared with the largest jumps inside the signal. */
function joinJump(x: Float32Array): { join: number; typical: number } {
  const deltas: number[] = [];
  for (let i = 1; i < x.length; i++) deltas.push(Math.abs(x[i] - x[i - 1]));
  deltas.sort((a, b) => a - b);
  return { join: Math.abs(x[0] - x[x.length - 1]), typical: deltas[Math.floor(deltas.length * 0.999)] };
}

describe('BS.1770 loudness meter', () => {
  it('measures a 0 dBFS-peak 997 Hz sine at about -3.01 LUFS (mono, 44.1 and 48 kHz)', () => {
    for (const rate of [44100, 48000]) {
      expect(integratedLoudness([sine(997, 1, 10, rate)], rate)).toBeCloseTo(-3.01, 1);
    }
  });

  it('sums channels: the same sine on two channels reads 3 LU louder than on one; dual mono counts twice', () => {
    const x = sine(997, 1, 5, 44100);
    expect(integratedLoudness([x, x], 44100)).toBeCloseTo(0, 1);
    const q = sine(997, 0.1, 5, 44100); // -20 dBFS peak
    expect(integratedLoudness([q], 44100)).toBeCloseTo(-23.01, 1);
    expect(integratedLoudness([q, q], 44100)).toBeCloseTo(-20, 1);
    expect(integratedLoudness([q], 44100, { dualMono: true })).toBeCloseTo(-20, 1);
  });

  it('gates silence out and returns -Infinity for pure silence', () => {
    const tone = sine(997, 1, 5, 44100);
    const withSilence = new Float32Array(tone.length * 3);
    withSilence.set(tone);
    // Ungated, two thirds of silence would read -7.8 LUFS; gated, only the blocks straddling the
    // edge pull it down a little.
    expect(Math.abs(integratedLoudness([withSilence], 44100) + 3.01)).toBeLessThan(0.2);
    expect(integratedLoudness([new Float32Array(44100)], 44100)).toBe(-Infinity);
  });

  it('finds the inter-sample peak of a quarter-rate sine sampled off its crest', () => {
    const x = sine(44100 / 4, 1, 0.5, 44100, Math.PI / 4); // samples land at ±0.707, the wave reaches ±1
    const samplePeak = Math.max(...Array.from(x, Math.abs));
    expect(samplePeak).toBeLessThan(0.71);
    expect(20 * Math.log10(truePeak([x]))).toBeGreaterThan(-0.5);
  });

  it('normalises to the loudness target unless the true-peak ceiling forbids it', () => {
    const a = sine(997, 0.05, 4, 44100);
    const r = normalise([a], 44100, -20, -1);
    expect(r.lufsAfter).toBeCloseTo(-20, 1);
    expect(r.peakLimited).toBe(false);
    const b = sine(997, 0.05, 4, 44100);
    const s = normalise([b], 44100, -2, -1);
    expect(s.peakLimited).toBe(true);
    expect(s.truePeakDb).toBeLessThanOrEqual(-0.99);
  });
});

describe('seamless loops', () => {
  it('wraps a reverb tail around so the last sample flows into the first', () => {
    const n = 44100 * 3;
    const dry = new Float32Array(n);
    addDecayingPartial(dry, n - 4410, 440, 0.5, 0.05); // a short ping just before the loop point
    const [wet] = processLooped([dry], ([x]) => [reverb([x], HALL)[0]]);
    const { join, typical } = joinJump(wet);
    expect(Math.abs(wet[0])).toBeGreaterThan(1e-4); // the tail really did wrap into the start
    expect(join).toBeLessThanOrEqual(typical);
  });

  it('a rendered looping cue ("night") joins its last and first samples without a jump', () => {
    const cue = CUES.find((c) => c.id === 'night')!;
    expect(cue.loop).toBe(true);
    const [x] = cue.render();
    const { join, typical } = joinJump(x);
    expect(join).toBeLessThanOrEqual(typical);
  }, 120_000);

  it('renders the same samples twice from the same seed', () => {
    const cue = CUES.find((c) => c.id === 'tick')!;
    const a = cue.render()[0];
    const b = cue.render()[0];
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(new Rng('x').next()).toBe(new Rng('x').next());
  });
});
