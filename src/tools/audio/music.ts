// The music cues: hand-written scores (melody, voicings, pads) rendered through the instruments and mix.
import { HALL, Rng, Biquad, loopFilter, periodicNoise, pinkNoise, sec, stereo, type Stereo } from './dsp.ts';
import { GENTLE, addToBus, mixdown } from './mix.ts';
import { Score, renderEvents } from './score.ts';

/**
 * Builds note text for broken chords: each voicing (space-separated notes, one per bar) is played
 * through a pattern of [voice index, beats] steps; `|` bar lines are added between bars.
 */
export function arp(voicings: string[], pattern: [number, number][]): string {
  return (
    voicings
      .map((v) => {
        const notes = v.trim().split(/\s+/);
        return pattern.map(([i, b]) => `${notes[Math.min(i, notes.length - 1)]}/${b}`).join(' ');
      })
      .join(' | ') + ' |'
  );
}

/** Holds each chord (space-separated notes) for a whole bar, as note text. */
function chords(voicings: string[], beats = 4): string {
  return (
    voicings
      .map((v) =>
        v
          .split(';')
          .map((c) => `[${c.trim()}]/${beats / v.split(';').length}`)
          .join(' '),
      )
      .join(' | ') + ' |'
  );
}

/** Renders a finished score (plus optional extra layers) to a looping or one-shot stereo master. */
function finish(
  score: Score,
  seed: string,
  opts: Parameters<typeof mixdown>[2],
  loop: boolean,
  tail = 0,
  extra?: (buses: ReturnType<typeof renderEvents>, n: number) => void,
): Stereo {
  const n = sec(score.seconds + tail);
  const buses = renderEvents(score.events, n, loop, seed);
  extra?.(buses, n);
  return mixdown(buses, loop, opts);
}

// ---------------------------------------------------------------------------------------------

/** Title: sparse, wistful. D major, solo piano over a soft pad, koto answering the melody. */
export function title(): Stereo {
  const s = new Score(63, 4, 12, 'title', 0.07);
  s.part({
    inst: 'piano',
    vel: 0.5,
    jitter: 0.015,
    legato: 1.3,
    notes: `r/1 F#5/1.5 E5/.5 A4/1 | D5/3 r/1 | r/1 B4/1 D5/1 F#5/1 | E5/3 r/1 |
            r/1 F#5/1.5 E5/.5 A5/1 | G5/2 F#5/1 D5/1 | E5/2 B4/2? | D5/2 C#5/2? |
            r/1 D5/1 F#5/1 A5/1 | A5/1.5 E5/.5 C#5/2 | B4/3 r/1 | r/4 |`,
  });
  s.part({
    inst: 'piano',
    vel: 0.36,
    pedal: true,
    jitter: 0.01,
    notes: `D2/1.5 A2/.5 E3/2 | B1/1.5 F#2/.5 D3/2 | G1/1.5 D2/.5 B2/1 F#3/1 | A1/1.5 E2/.5 D3/1 C#3/1 |
            F#2/1.5 D3/.5 A3/2 | G1/1.5 D2/.5 A2/1 B2/1 | E2/1.5 B2/.5 D3/1 G3/1 | A1/1.5 E2/.5 D3/1 C#3/1 |
            B1/1.5 F#2/.5 A2/1 D3/1 | F#2/1.5 C#3/.5 E3/2 | G1/1.5 D2/.5 F#2/1 B2/1 | A1/1.5 E2/.5 G2/1 D3/1 |`,
  });
  s.part({
    inst: 'pad',
    vel: 0.26,
    legato: 1.25,
    jitter: 0,
    notes: chords([
      'F#3 A3 C#4 E4',
      'F#3 A3 B3 D4',
      'F#3 G3 B3 D4',
      'E3 A3 D4; E3 A3 C#4',
      'F#3 A3 D4',
      'F#3 A3 B3 D4',
      'E3 G3 B3 D4',
      'E3 A3 D4; E3 A3 C#4',
      'F#3 A3 B3 D4',
      'E3 A3 C#4',
      'F#3 B3 D4',
      'E3 G3 A3 D4',
    ]),
  });
  s.part({
    inst: 'koto',
    vel: 0.42,
    jitter: 0.01,
    notes: `r/4 | r/2 A5/.5 F#5/1.5 | r/4 | r/2 B5/.5 A5/1.5 | r/4 | r/4 | r/4 | r/2 E5/1 A5/1 |
            r/4 | r/4 | r/2 F#5/1 E5/1 | r/1 D5/1 A4/1 B4/1 |`,
  });
  return finish(s, 'title', { reverb: { ...HALL, feedback: 0.91 }, wet: 0.5, comp: GENTLE }, true);
}

/** Homecoming: warm, tender, a little hopeful. F major, flowing left hand, singing melody, string pad, harp lifts. */
export function homecoming(): Stereo {
  const s = new Score(76, 4, 16, 'homecoming', 0.05);
  s.part({
    inst: 'piano',
    vel: 0.52,
    jitter: 0.012,
    legato: 1.2,
    notes: `r/1 C5/1 F5/1.5 G5/.5 | E5/2 C5/2 | r/1 D5/1 F5/1.5 A5/.5 | G5/3 F5/1 |
            F5/1.5 E5/.5 C5/2 | D5/1.5 Bb4/.5 F5/2 | F5/2 D5/1 C5/1 | E5/3 r/1 |
            r/1 D5/1 F5/1 A5/1 | G5/3 E5/1 | C5/1.5 E5/.5 G5/2 | F5/3 A4/1 |
            Bb4/1.5 D5/.5 F5/1.5 E5/.5 | F5/2 C5/2 | D5/1.5 C5/.5 A4/1 F4/1? | G4/2 r/2 |`,
  });
  s.part({
    inst: 'piano',
    vel: 0.34,
    pedal: true,
    jitter: 0.01,
    notes: arp(
      [
        'F2 C3 F3 A3',
        'E2 C3 E3 G3',
        'D2 A2 C3 F3',
        'Bb1 F2 A2 D3',
        'A2 C3 F3 A3',
        'G2 D3 F3 Bb3',
        'C2 Bb2 D3 F3',
        'C2 G2 Bb2 E3',
        'Bb1 F2 A2 D3',
        'Bb1 G2 C3 E3',
        'A1 E2 G2 C3',
        'D2 A2 C3 F3',
        'G1 D2 F2 Bb2',
        'A1 F2 A2 C3',
        'Bb1 F2 A2 D3',
        'C2 G2 C3 F3',
      ],
      [
        [0, 1],
        [1, 0.5],
        [2, 0.5],
        [3, 1],
        [2, 1],
      ],
    ),
  });
  s.part({
    inst: 'pad',
    vel: 0.24,
    legato: 1.25,
    jitter: 0,
    notes: chords([
      'A3 C4 F4',
      'G3 C4 E4',
      'A3 C4 F4',
      'A3 D4 F4',
      'A3 C4 F4',
      'Bb3 D4 F4',
      'Bb3 D4 F4',
      'Bb3 E4 G4',
      'A3 D4 F4',
      'G3 C4 E4',
      'G3 C4 E4',
      'A3 C4 F4',
      'Bb3 D4 F4',
      'A3 C4 F4',
      'A3 D4 F4',
      'G3 C4 F4; G3 C4 E4',
    ]),
  });
  s.part({
    inst: 'harp',
    vel: 0.34,
    jitter: 0.008,
    notes: `r/4 | r/4 | r/4 | r/4 | r/4 | r/4 | r/4 | C4/.5 E4/.5 G4/.5 Bb4/.5 C5/.5 E5/.5 G5/1 |
            r/4 | r/4 | r/4 | r/2 A5/1 F5/1 | r/4 | r/4 | r/4 | r/2 G4/.5 C5/.5 F5/.5 G5/.5 |`,
  });
  return finish(s, 'homecoming', { reverb: { ...HALL, feedback: 0.88, damp: 0.45 }, wet: 0.42, comp: GENTLE }, true);
}

/** Unease: quiet dread. C minor over a held low C; a Db and a B rub against it and never resolve. */
export function unease(): Stereo {
  const s = new Score(52, 4, 10, 'unease', 0.04, 5);
  // Low held notes: two overlapping drones so the loop point sits inside a held tone, not a new attack.
  s.part({
    inst: 'drone',
    vel: 0.42,
    jitter: 0,
    legato: 6,
    notes: 'C2/4 | r/4 | r/4 | r/4 | r/4 | r/4 | r/4 | r/4 | r/4 | r/4 |',
  });
  s.part({
    inst: 'drone',
    vel: 0.42,
    jitter: 0,
    legato: 6,
    notes: 'r/4 | r/4 | r/4 | r/4 | r/4 | C2/4 | r/4 | r/4 | r/4 | r/4 |',
  });
  s.part({
    inst: 'pad',
    vel: 0.2,
    legato: 1.25,
    jitter: 0,
    notes: '[G3 C4 D4 Eb4]/8 [Ab3 C4 Eb4]/8 [Ab3 C4 F4]/8 [Ab3 Db4 F4]/8 [G3 B3 Eb4]/4 [G3 B3 D4]/4', // chords held across bars
  });
  s.part({
    inst: 'piano',
    vel: 0.34,
    jitter: 0.02,
    legato: 2,
    notes: `r/4 | r/2 G5/2 | r/4 | Eb5/2 D5/2 | r/4 | r/1 Gb5/3 | r/4 | Db5/4 | r/4 | r/2 B4/2 |`,
  });
  s.part({
    inst: 'piano',
    vel: 0.3,
    jitter: 0.01,
    legato: 1,
    hold: 3,
    notes: `[C1 C2]/4 | r/4 | r/4 | r/4 | [Ab1 Ab2]/4? | r/4 | [Db1 Db2]/4 | r/4 | [G1 G2]/4? | r/4 |`,
  });
  // A faint, slow heartbeat under the last bars: two muffled low Cs per bar.
  s.part({
    inst: 'piano',
    vel: 0.16,
    jitter: 0.006,
    legato: 0.5,
    notes: `r/4 | r/4 | r/4 | r/4 | r/4 | r/4 | C2/1 C2/3? | C2/1 C2/3? | C2/1 C2/3? | C2/1 C2/3? |`,
  });
  return finish(
    s,
    'unease',
    { reverb: { ...HALL, feedback: 0.92, damp: 0.5 }, wet: 0.55, comp: GENTLE },
    true,
    0,
    (buses, n) => {
      // Breath of air: band-passed noise swelling and receding, periodic over the loop.
      const rng = new Rng('unease-air');
      const air = stereo(n);
      const swell = periodicNoise(n, rng, 2, 3);
      for (let c = 0; c < 2; c++) {
        const noise = loopFilter(pinkNoise(n, rng.fork(`air${c}`), true), (x) => {
          new Biquad('bandpass', 420, 0.9).run(x);
          return new Biquad('lowpass', 1400, 0.7).run(x);
        });
        for (let i = 0; i < n; i++) air[c][i] = noise[i] * (0.5 + 0.5 * swell[i]) ** 2 * 0.05;
      }
      addToBus(buses, 'air', air, 0.5);
    },
  );
}

/** Aftermath: the break and the empty months. Single piano notes, open fifths, a hollow glassy pad, much space. */
export function aftermath(): Stereo {
  const s = new Score(48, 4, 8, 'aftermath', 0.03);
  s.part({
    inst: 'piano',
    vel: 0.36,
    jitter: 0.02,
    legato: 1.5,
    notes: `E5/3 r/1 | r/2 D5/1 C5/1 | B4/4 | r/4 | r/1 A4/1 C5/2 | G4/4 | r/2 D5/2 | r/4 |`,
  });
  s.part({
    inst: 'piano',
    vel: 0.26,
    jitter: 0.01,
    legato: 1,
    hold: 4,
    notes: `[A1 A2]/4 | r/4 | r/4 | r/4 | [F1 F2]/4 | r/4 | [G1 G2]/4 | r/4 |`,
  });
  s.part({
    inst: 'glass',
    vel: 0.2,
    legato: 1.15,
    jitter: 0,
    notes: `[A2 E3 A3]/16 [F2 C3 F3]/8 [G2 D3 G3]/8`, // held across bar lines, so no bar marks
  });
  return finish(
    s,
    'aftermath',
    { reverb: { ...HALL, feedback: 0.93, damp: 0.35, preDelay: 0.05 }, wet: 0.65, comp: GENTLE },
    true,
  );
}

/** Gathering's far piano: one chord a bar, G major, the tune's harmony. */
// biome-ignore format: a bar a chord, four to a line, reads as the score
const GATHERING_COMP = [
  'G2 B3 D4', 'E2 B3 D4 G4', 'C2 B3 E4 G4', 'D2 A3 C4 F#4',
  'B1 B3 D4 G4', 'C2 C4 E4 G4', 'A1 C4 E4 G4', 'D2 C4 D4 F#4',
  'G2 B3 D4 G4', 'E2 B3 E4 G4', 'C2 C4 E4 G4', 'F#2 A3 D4 F#4',
  'E2 B3 D4 G4', 'C2 C4 E4 G4', 'A1 C4 E4 G4', 'G2 B3 D4 G4',
];

/** How the far piano breaks each chord: (note of the chord, beats). */
const GATHERING_COMP_RHYTHM: [number, number][] = [
  [0, 1],
  [1, 0.5],
  [2, 0.5],
  [0, 1],
  [3, 1],
];

/** Gathering's pad, close by: a bar a chord, in a minor colour under the tune. */
// biome-ignore format: a bar a chord, four to a line, reads as the score
const GATHERING_PAD = [
  'E3 B3', 'E3 B3', 'E3 B3', 'D3 A3',
  'D3 B3', 'E3 G3', 'E3 A3', 'D3 A3',
  'D3 B3', 'E3 B3', 'E3 G3', 'D3 A3',
  'E3 B3', 'E3 G3', 'E3 A3; D3 A3', 'D3 B3',
];

/** Gathering: a warm, lively tune heard from the next room, with a quiet melancholy piano and pad close by. */
export function gathering(): Stereo {
  const s = new Score(92, 4, 16, 'gathering', 0.03);
  // Far away: a cheerful koto tune over a light piano comp.
  s.part({
    inst: 'koto',
    vel: 0.55,
    jitter: 0.012,
    bus: 'far',
    send: 0.5,
    notes: `D5/.5 E5/.5 G5/1 A5/.5 G5/.5 E5/1 | D5/1.5 B4/.5 D5/2 | E5/.5 G5/.5 A5/1 B5/.5 A5/.5 G5/1 | F#5/1.5 E5/.5 D5/2 |
            D5/.5 E5/.5 G5/1 A5/.5 G5/.5 E5/1 | G5/1.5 E5/.5 C5/2 | E5/.5 D5/.5 C5/1 A4/.5 C5/.5 E5/1 | D5/3 r/1 |
            B5/1.5 A5/.5 G5/1 D5/1 | E5/1.5 G5/.5 B5/2 | A5/.5 G5/.5 E5/1 G5/1 C5/1 | D5/2 F#5/1 A5/1 |
            G5/1.5 F#5/.5 E5/1 D5/1 | E5/2 C5/1 E5/1 | C5/1 B4/.5 A4/.5 D5/1 C5/1 | B4/3 r/1 |`,
  });
  s.part({
    inst: 'piano',
    vel: 0.4,
    jitter: 0.012,
    bus: 'far',
    legato: 0.8,
    send: 0.5,
    notes: arp(GATHERING_COMP, GATHERING_COMP_RHYTHM),
  });
  // Close by: slow, low, quiet, in a minor colour under the tune.
  s.part({
    inst: 'piano',
    vel: 0.3,
    jitter: 0.02,
    legato: 1.2,
    send: 0.45,
    notes: `E4/4 | r/4 | E4/2 D4/2 | r/4 | B3/4 | r/4 | C4/2 A3/2 | r/4 |
            B3/4 | r/4 | G3/4 | r/4 | B3/2 A3/2 | r/4 | C4/2 A3/2 | r/4 |`,
  });
  s.part({
    inst: 'pad',
    vel: 0.18,
    legato: 1.25,
    jitter: 0,
    notes: chords(GATHERING_PAD),
  });
  return finish(
    s,
    'gathering',
    {
      reverb: { ...HALL, feedback: 0.86, damp: 0.5 },
      wet: 0.4,
      comp: GENTLE,
      busFx: { far: { lowpass: 2000, highpass: 180, gain: 0.55, width: 0.35, sendGain: 1.3 } },
    },
    true,
  );
}

/** Stone: the ending. Slow, cold, final: low octaves, glassy pad, a falling line, one last open fifth left to ring. */
export function stone(): Stereo {
  const s = new Score(50, 4, 8, 'stone', 0.04);
  s.part({
    inst: 'piano',
    vel: 0.4,
    jitter: 0.02,
    legato: 1.4,
    notes: `r/1 B4/1 F#5/2 | E5/3 r/1 | r/1 C5/1 E5/1 G5/1 | F#5/4 | r/1 B4/1 G5/2 | F#5/1 E5/1 D5/2 | B4/2 A4/2 | r/4 |`,
  });
  s.part({
    inst: 'piano',
    vel: 0.32,
    jitter: 0.01,
    pedal: true,
    hold: 0.3,
    notes: `[E1 E2]/4 | [C2 G2]/4 | [A1 E2]/4 | [B1 F#2]/4 | [G1 D2]/4 | [C2 G2]/4 | [A1 E2]/2 [B1 F#2]/2 | [E1 E2 B2]/4 |`,
  });
  s.part({
    inst: 'glass',
    vel: 0.22,
    legato: 1.25,
    jitter: 0,
    notes: chords([
      'E3 B3 D4 F#4',
      'E3 G3 B3',
      'E3 G3 C4',
      'E3 F#3 B3',
      'D3 G3 B3',
      'D3 E3 G3 B3',
      'C3 E3 A3; B2 E3 F#3',
      'B2 E3 B3',
    ]),
  });
  s.part({
    inst: 'koto',
    vel: 0.36,
    jitter: 0.01,
    notes: `r/4 | r/4 | r/4 | r/2 B5/2 | r/4 | r/4 | r/4 | [E5 B5]/4 |`,
  });
  s.part({
    inst: 'glass',
    vel: 0.12,
    jitter: 0,
    hold: 4,
    notes: 'r/4 | r/4 | r/4 | r/4 | r/4 | r/4 | r/4 | [E5 B5]/4 |',
  });
  const out = finish(
    s,
    'stone',
    { reverb: { ...HALL, feedback: 0.92, damp: 0.45 }, wet: 0.55, comp: GENTLE },
    false,
    7,
  );
  // A slow fade over the last seconds so the final chord dies into silence.
  const n = out[0].length;
  const f = sec(5);
  for (const c of out) for (let i = 0; i < f; i++) c[n - 1 - i] *= (i / f) ** 1.5;
  return out;
}

/** Hope: open and gentle. D major with rising harp arpeggios, a piano melody that climbs, warm pad. */
export function hope(): Stereo {
  const s = new Score(70, 4, 12, 'hope', 0.05);
  s.part({
    inst: 'piano',
    vel: 0.5,
    jitter: 0.012,
    legato: 1.2,
    notes: `r/1 A4/1 D5/1 E5/1 | F#5/2 E5/1 C#5/1 | D5/3 A4/1 | B4/1 D5/1 A5/2 |
            F#5/3 E5/.5 D5/.5 | D5/2 B4/1 D5/1 | G5/1.5 F#5/.5 E5/2 | D5/2 C#5/2 |
            r/1 B4/1 D5/1 G5/1 | A5/2 F#5/2 | G5/1.5 F#5/.5 E5/1 D5/1 | E5/3 r/1 |`,
  });
  s.part({
    inst: 'harp',
    vel: 0.32,
    jitter: 0.008,
    notes: arp(
      [
        'D3 A3 E4 F#4',
        'C#3 A3 E4 A4',
        'B2 F#3 D4 A4',
        'G2 D3 A3 B3',
        'F#2 D3 A3 E4',
        'G2 D3 F#3 B3',
        'E2 B2 G3 D4',
        'A2 E3 D4 C#4',
        'G2 D3 B3 D4',
        'F#2 A3 D4 E4',
        'E2 B2 G3 D4',
        'A2 E3 G3 D4',
      ],
      [
        [0, 0.5],
        [1, 0.5],
        [2, 0.5],
        [3, 0.5],
        [2, 0.5],
        [1, 0.5],
        [2, 0.5],
        [3, 0.5],
      ],
    ),
  });
  s.part({
    inst: 'pad',
    vel: 0.24,
    legato: 1.25,
    jitter: 0,
    notes: chords([
      'F#3 A3 D4 E4',
      'E3 A3 C#4 E4',
      'F#3 A3 B3 D4',
      'G3 B3 D4',
      'F#3 A3 D4',
      'F#3 B3 D4',
      'G3 B3 D4',
      'E3 A3 D4; E3 A3 C#4',
      'G3 B3 D4',
      'F#3 A3 D4',
      'G3 B3 D4',
      'E3 A3 D4',
    ]),
  });
  s.part({
    inst: 'piano',
    vel: 0.3,
    pedal: true,
    jitter: 0.01,
    notes: chords(['D2', 'C#2', 'B1', 'G1', 'F#1', 'G1', 'E2', 'A1', 'G1', 'F#1', 'E2', 'A1']),
  });
  return finish(s, 'hope', { reverb: { ...HALL, feedback: 0.9 }, wet: 0.48, comp: GENTLE }, true);
}
