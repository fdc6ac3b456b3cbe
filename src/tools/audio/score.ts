// A tiny score language and renderer: parts written as note text, humanised, rendered into stereo buses.
import { Rng, SAMPLE_RATE, midiToHz, mixPanned, stereo, type Stereo } from './dsp.ts';
import { bell, drone, pad, piano, pluck } from './instruments.ts';

/** Instruments the score can use. */
export type Inst = 'piano' | 'koto' | 'harp' | 'pad' | 'glass' | 'drone' | 'chime';

/** One note to render, in seconds. */
export interface NoteEvent {
  /** Onset in seconds from the start of the cue. */
  time: number;
  /** MIDI note number (fractional allowed). */
  midi: number;
  /** Key-down length in seconds. */
  dur: number;
  /** Velocity 0..1. */
  vel: number;
  /** Which instrument plays it. */
  inst: Inst;
  /** Stereo position -1..1 (default depends on instrument and pitch). */
  pan?: number;
  /** Reverb send 0..1 (default per instrument). */
  send?: number;
  /** Output bus name (default "main"). */
  bus?: string;
  /** Linear gain on top of velocity. */
  gain?: number;
}

const NOTE_INDEX: Record<string, number> = { C: 0, D: 2, E: 4, F: 5, G: 7, A: 9, B: 11 };

/** Parses a note name such as "C4", "F#3" or "Bb2" into a MIDI number (C4 = 60). */
export function noteToMidi(name: string): number {
  const m = /^([A-Ga-g])([#b]*)(-?\d)$/.exec(name);
  if (!m) throw new Error(`bad note name "${name}"`);
  let v = NOTE_INDEX[m[1].toUpperCase()] + 12 * (Number(m[3]) + 1);
  for (const c of m[2]) v += c === '#' ? 1 : -1;
  return v;
}

/** A parsed token of a part: a note, chord or rest at a beat position. */
export interface ParsedToken {
  /** Beat position from the part's start. */
  beat: number;
  /** Notes sounding (empty for a rest). */
  midis: number[];
  /** Written length in beats. */
  beats: number;
  /** Dynamic mark: 1 normal, >1 accented, <1 soft. */
  accent: number;
}

/**
 * Parses note text: whitespace-separated tokens `NOTE/beats`, `[N N N]/beats` (chord), `r/beats` (rest),
 * optional `!` (accent) or `?` (soft) after the length; `|` marks bars and is checked against beatsPerBar.
 */
export function parseNotes(text: string, beatsPerBar: number): ParsedToken[] {
  const out: ParsedToken[] = [];
  let beat = 0;
  let barStart = 0;
  let bar = 1;
  const src = text.replace(/\[([^\]]*)\]/g, (_, inner: string) => `[${inner.trim().split(/\s+/).join(',')}]`);
  for (const tok of src.split(/\s+/).filter(Boolean)) {
    if (tok === '|') {
      if (Math.abs(beat - barStart - beatsPerBar) > 1e-6) {
        throw new Error(`bar ${bar} has ${beat - barStart} beats, expected ${beatsPerBar}: ${text.slice(0, 60)}…`);
      }
      barStart = beat;
      bar++;
      continue;
    }
    const m = /^(\[[^\]]+\]|[^/!?]+)(?:\/([\d.]+))?([!?]*)$/.exec(tok);
    if (!m) throw new Error(`bad token "${tok}"`);
    const beats = m[2] ? Number(m[2]) : 1;
    const accent = m[3].includes('!') ? 1.25 : m[3].includes('?') ? 0.7 : 1;
    let midis: number[] = [];
    if (m[1] !== 'r' && m[1] !== '-') {
      const names = m[1].startsWith('[') ? m[1].slice(1, -1).split(',') : [m[1]];
      midis = names.map(noteToMidi);
    }
    out.push({ beat, midis, beats, accent });
    beat += beats;
  }
  return out;
}

/** How a part is played. */
export interface PartSpec {
  /** Instrument. */
  inst: Inst;
  /** Note text (see parseNotes). */
  notes: string;
  /** Base velocity 0..1. */
  vel: number;
  /** Beat where the part starts (default 0). */
  start?: number;
  /** Multiplier on written lengths (pedal/legato), default 1. */
  legato?: number;
  /** Sustain pedal: each note is held until the next bar line (pedal change), plus `hold`. */
  pedal?: boolean;
  /** Extra seconds added to every note's key-down time. */
  hold?: number;
  /** Seconds between successive notes of a chord (rolled chords, lowest first). */
  roll?: number;
  /** Standard deviation of onset timing jitter, seconds. */
  jitter?: number;
  /** Relative standard deviation of velocity. */
  velJitter?: number;
  /** Fixed pan -1..1 (default: by pitch/instrument). */
  pan?: number;
  /** Reverb send override. */
  send?: number;
  /** Output bus (default "main"). */
  bus?: string;
  /** Gain on top of velocity. */
  gain?: number;
  /** Transposition in semitones. */
  transpose?: number;
}

/** A piece laid out in beats with a gentle, loop-periodic rubato. */
export class Score {
  /** All humanised note events, in seconds. */
  readonly events: NoteEvent[] = [];
  private readonly rng: Rng;

  /** Creates a score of `bars` bars at `bpm`; `sway` is the rubato depth in beats (periodic every `swayBars`). */
  constructor(
    readonly bpm: number,
    readonly beatsPerBar: number,
    readonly bars: number,
    seed: string,
    private readonly sway = 0.06,
    private readonly swayBars = 4,
  ) {
    this.rng = new Rng(seed);
  }

  /** Length of the piece in seconds (exactly bars x beatsPerBar beats). */
  get seconds(): number {
    return (this.bars * this.beatsPerBar * 60) / this.bpm;
  }

  /** Seconds at a beat, with rubato that pushes mid-phrase and relaxes into phrase ends, zero at phrase boundaries. */
  timeOf(beat: number): number {
    const period = this.swayBars * this.beatsPerBar;
    const warped = beat - (this.sway * period * Math.sin((2 * Math.PI * beat) / period)) / (2 * Math.PI);
    return (warped * 60) / this.bpm;
  }

  /** Adds a part; returns this for chaining. */
  part(spec: PartSpec): this {
    const rng = this.rng.fork(`${spec.inst}:${spec.notes.slice(0, 40)}:${spec.start ?? 0}`);
    const start = spec.start ?? 0;
    const tokens = parseNotes(spec.notes, this.beatsPerBar);
    const midAll = tokens.flatMap((t) => t.midis);
    const mean = midAll.length ? midAll.reduce((a, b) => a + b, 0) / midAll.length : 60;
    for (const t of tokens) {
      if (!t.midis.length) continue;
      const sorted = [...t.midis].sort((a, b) => a - b);
      const onset = this.timeOf(start + t.beat);
      const offBeat = spec.pedal
        ? Math.floor((start + t.beat) / this.beatsPerBar + 1e-6) * this.beatsPerBar + this.beatsPerBar
        : start + t.beat + t.beats * (spec.legato ?? 1);
      const end = this.timeOf(offBeat);
      const shape = 1 + 0.012 * (sorted[sorted.length - 1] - mean); // higher notes sing out a little
      sorted.forEach((m, k) => {
        const jitter = (spec.jitter ?? 0.012) * rng.gauss();
        const time = Math.max(0, onset + k * (spec.roll ?? 0) + jitter);
        const vel = Math.min(
          1,
          Math.max(0.05, spec.vel * t.accent * shape * (1 + (spec.velJitter ?? 0.07) * rng.gauss())),
        );
        this.events.push({
          time,
          midi: m + (spec.transpose ?? 0),
          dur: Math.max(0.05, end - onset + (spec.hold ?? 0) - k * (spec.roll ?? 0)),
          vel,
          inst: spec.inst,
          pan: spec.pan,
          send: spec.send,
          bus: spec.bus,
          gain: spec.gain,
        });
      });
    }
    return this;
  }
}

/** Default reverb send per instrument. */
const SEND: Record<Inst, number> = { piano: 0.35, koto: 0.45, harp: 0.5, pad: 0.6, glass: 0.7, drone: 0.4, chime: 0.6 };

/** Renders one event to a mono buffer. */
export function renderNote(e: NoteEvent, rng: Rng): Float32Array {
  const base = { freq: midiToHz(e.midi), vel: e.vel, dur: e.dur, rng };
  switch (e.inst) {
    case 'piano':
      return piano({ ...base, felt: 0.55 });
    case 'koto':
      return pluck({ ...base, kind: 'koto' });
    case 'harp':
      return pluck({ ...base, kind: 'harp' });
    case 'pad':
      return pad({ ...base, attack: Math.min(1.6, e.dur * 0.4), release: 4.5, cutoff: 900 + e.vel * 900, detune: 9 });
    case 'glass':
      return pad({ ...base, attack: Math.min(2, e.dur * 0.4), release: 5, cutoff: 2400, detune: 5, glass: 0.85 });
    case 'drone':
      return drone({ ...base, attack: Math.min(3, e.dur * 0.4), release: 3 });
    case 'chime':
      return bell({
        ...base,
        ratios: [1, 2, 2.756, 5.404],
        amps: [1, 0.18, 0.3, 0.08],
        decays: [5, 2.5, 1.6, 0.6],
        mallet: 0.15,
      });
  }
}

/** Stereo buses produced by rendering a score: each bus has a direct signal and a reverb send. */
export type Buses = Map<string, { dry: Stereo; send: Stereo }>;

/**
 * Renders events into named stereo buses of `length` samples. With `wrap`, ring-outs that pass the end
 * continue at the start (the loop's own tail plays over its beginning, as it will when looping).
 */
export function renderEvents(events: readonly NoteEvent[], length: number, wrap: boolean, seed: string): Buses {
  const buses: Buses = new Map();
  const rng = new Rng(seed);
  events.forEach((e, idx) => {
    const name = e.bus ?? 'main';
    let bus = buses.get(name);
    if (!bus) {
      bus = { dry: stereo(length), send: stereo(length) };
      buses.set(name, bus);
    }
    const offset = Math.round(e.time * SAMPLE_RATE);
    const gain = e.gain ?? 1;
    const send = e.send ?? SEND[e.inst];
    const noteRng = rng.fork(`n${idx}`);
    if (e.inst === 'pad' || e.inst === 'glass' || e.inst === 'drone') {
      // Two independent voices, spread left and right, make pads wide.
      for (const side of [-1, 1]) {
        const mono = renderNote(e, noteRng.fork(`side${side}`));
        const pan = (e.pan ?? 0) + side * 0.6;
        mixPanned(bus.dry, mono, offset, gain * 0.6, pan, wrap);
        mixPanned(bus.send, mono, offset, gain * 0.6 * send, pan, wrap);
      }
      return;
    }
    const mono = renderNote(e, noteRng);
    const pan = e.pan ?? Math.max(-0.6, Math.min(0.6, (e.midi - 62) / 40));
    mixPanned(bus.dry, mono, offset, gain, pan, wrap);
    mixPanned(bus.send, mono, offset, gain * send, pan, wrap);
  });
  return buses;
}
