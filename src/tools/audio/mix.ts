// Mixdown of rendered buses: per-bus tone shaping, shared reverb, master highpass and gentle compression.
import {
  Biquad,
  compress,
  processLooped,
  reverb,
  stereo,
  type CompressorOptions,
  type ReverbOptions,
  type Stereo,
} from './dsp.ts';
import type { Buses } from './score.ts';

/** Tone shaping of one bus before it meets the others. */
export interface BusFx {
  /** Lowpass cutoff in hertz (e.g. a room heard through a wall). */
  lowpass?: number;
  /** Highpass cutoff in hertz. */
  highpass?: number;
  /** Linear gain of the bus. */
  gain?: number;
  /** Stereo width 0 (mono) .. 1 (as rendered). */
  width?: number;
  /** Multiplier on the bus's reverb send. */
  sendGain?: number;
}

/** How the buses are mixed. */
export interface MixOptions {
  /** Reverb shared by all buses. */
  reverb: ReverbOptions;
  /** Level of the reverb return. */
  wet: number;
  /** Per-bus shaping by bus name. */
  busFx?: Record<string, BusFx>;
  /** Bus compressor on the master. */
  comp?: CompressorOptions;
}

/** Gentle default master compression (2:1 over a soft knee). */
export const GENTLE: CompressorOptions = { threshold: -24, ratio: 2, attack: 0.03, release: 0.4, knee: 8 };

/** Adds a stereo signal into a bus (creating it), with a reverb send level. */
export function addToBus(buses: Buses, name: string, sig: Stereo, send: number): void {
  let bus = buses.get(name);
  if (!bus) {
    bus = { dry: stereo(sig[0].length), send: stereo(sig[0].length) };
    buses.set(name, bus);
  }
  for (let c = 0; c < 2; c++) {
    const d = bus.dry[c];
    const s = bus.send[c];
    for (let i = 0; i < d.length; i++) {
      d[i] += sig[c][i];
      s[i] += sig[c][i] * send;
    }
  }
}

/**
 * Mixes buses to a stereo master. With `loop`, all stateful processing (filters, reverb, compressor)
 * runs over the loop twice and the second pass is kept, so the end flows into the start.
 */
export function mixdown(buses: Buses, loop: boolean, opts: MixOptions): Stereo {
  const names = [...buses.keys()];
  const chans: Float32Array[] = [];
  for (const name of names) {
    const b = buses.get(name)!;
    chans.push(b.dry[0], b.dry[1], b.send[0], b.send[1]);
  }
  const chain = (x: Float32Array[]): Float32Array[] => {
    const n = x[0].length;
    const dry = stereo(n);
    const send = stereo(n);
    names.forEach((name, bi) => {
      const fx = opts.busFx?.[name] ?? {};
      const g = fx.gain ?? 1;
      const width = fx.width ?? 1;
      const sg = fx.sendGain ?? 1;
      const parts = [x[bi * 4], x[bi * 4 + 1], x[bi * 4 + 2], x[bi * 4 + 3]];
      for (const p of parts) {
        if (fx.highpass) new Biquad('highpass', fx.highpass, 0.7).run(p);
        if (fx.lowpass) {
          new Biquad('lowpass', fx.lowpass, 0.6).run(p);
          new Biquad('lowpass', fx.lowpass * 1.3, 0.6).run(p);
        }
      }
      for (let i = 0; i < n; i++) {
        const m = (parts[0][i] + parts[1][i]) * 0.5;
        const sd = (parts[0][i] - parts[1][i]) * 0.5 * width;
        dry[0][i] += (m + sd) * g;
        dry[1][i] += (m - sd) * g;
        send[0][i] += parts[2][i] * g * sg;
        send[1][i] += parts[3][i] * g * sg;
      }
    });
    const wet = reverb(send, opts.reverb);
    const out = stereo(n);
    for (let c = 0; c < 2; c++) {
      const hp = new Biquad('highpass', 32, 0.6);
      for (let i = 0; i < n; i++) out[c][i] = hp.process(dry[c][i] + wet[c][i] * opts.wet);
    }
    if (opts.comp) compress(out, opts.comp);
    return out;
  };
  const res = loop ? processLooped(chans, chain) : chain(chans);
  return [res[0], res[1]];
}
