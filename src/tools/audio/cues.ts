// The list of every audio cue the game ships: what it is, how it is rendered, its loudness and encoding.
import * as music from './music.ts';
import * as amb from './ambience.ts';
import * as sfx from './sfx.ts';
import type { Mp3Bitrate } from './encode.ts';

/** Which folder and loudness rules a cue follows. */
export type CueKind = 'music' | 'ambience' | 'sfx';

/** One generated audio file (in two formats). */
export interface Cue {
  /** File name without extension, and the id the game uses. */
  id: string;
  /** music, ambience or sfx. */
  kind: CueKind;
  /** Whether the file is a seamless loop. */
  loop: boolean;
  /** 1 (mono) or 2 (stereo). */
  channels: 1 | 2;
  /** Target integrated loudness, LUFS (mono files measured as dual mono, as heard on two speakers). */
  lufs: number;
  /** True-peak ceiling, dBTP: the gain is lowered if the loudness target would exceed it. */
  ceiling: number;
  /** Ogg Vorbis VBR quality (-1..10, oggenc's scale). */
  oggQuality: number;
  /** MP3 constant bitrate, kbit/s. */
  mp3Bitrate: Mp3Bitrate;
  /** What it sounds like, for the manifest and credits. */
  description: string;
  /** Renders the cue as 1 or 2 channels at 44.1 kHz. */
  render: () => Float32Array[];
}

const M = { kind: 'music', channels: 2, lufs: -20, ceiling: -1, oggQuality: 1.5, mp3Bitrate: 96 } as const;
const A = {
  kind: 'ambience',
  loop: true,
  channels: 1,
  lufs: -28,
  ceiling: -1,
  oggQuality: -1,
  mp3Bitrate: 48,
} as const;
const S = { kind: 'sfx', loop: false, channels: 1, lufs: -24, ceiling: -6, oggQuality: 1, mp3Bitrate: 64 } as const;

/** Every cue, in the order they are rendered and reported. */
export const CUES: Cue[] = [
  {
    ...M,
    id: 'title',
    loop: true,
    description: 'Sparse, wistful solo piano in D with a soft pad and koto answers.',
    render: music.title,
  },
  {
    ...M,
    id: 'homecoming',
    loop: true,
    description: 'Warm, tender F major piano with strings pad and a harp lift.',
    render: music.homecoming,
  },
  {
    ...M,
    id: 'unease',
    loop: true,
    description: 'Quiet dread: held low C, unresolved Db and B against it, distant air.',
    render: music.unease,
  },
  {
    ...M,
    id: 'aftermath',
    loop: true,
    description: 'Very sparse, hollow: single piano notes, open fifths, glass pad.',
    render: music.aftermath,
  },
  {
    ...M,
    id: 'gathering',
    loop: true,
    description: 'A lively tune from the next room, with a quiet minor piano close by.',
    render: music.gathering,
  },
  {
    ...M,
    id: 'stone',
    loop: false,
    description: 'The ending: slow, cold and final; ends on a bare open fifth.',
    render: music.stone,
  },
  {
    ...M,
    id: 'hope',
    loop: true,
    description: 'Open and gentle D major: rising harp, climbing piano line, warm pad.',
    render: music.hope,
  },
  {
    ...A,
    id: 'mission-room',
    description: 'Indoor murmur of voices, paper rustles, an occasional stamp.',
    render: amb.missionRoom,
  },
  {
    ...A,
    id: 'evening-crowd',
    description: 'A busier warm room: many far-off voices, laughter, cups.',
    render: amb.eveningCrowd,
  },
  {
    ...A,
    id: 'classroom',
    description: 'Empty classroom at lunch: room tone, children outside, a clock.',
    render: amb.classroom,
  },
  {
    ...A,
    id: 'street',
    description: 'Night street by a ramen stand: wind, far footsteps, a simmering pot, cicadas.',
    render: amb.street,
  },
  { ...A, id: 'night', description: 'Bedroom at night: near silence, crickets, faint wind.', render: amb.night },
  { ...S, id: 'door', description: 'A wooden sliding door running in its track and closing.', render: sfx.door },
  { ...S, id: 'paper', description: 'A report handed over: a rustle, a slide, a tap.', render: sfx.paper },
  {
    ...S,
    id: 'bell',
    lufs: -22,
    description: 'The school chime: eight strokes of the Westminster quarters.',
    render: sfx.bell,
  },
  { ...S, id: 'vanish', description: 'A jutsu vanishing: a soft puff and a whoosh of smoke.', render: sfx.vanish },
  { ...S, id: 'glass', description: 'A glass set down on wood; ice settles and clinks.', render: sfx.glass },
  { ...S, id: 'tick', lufs: -34, ceiling: -18, description: 'A very quiet wooden UI tick.', render: sfx.tick },
  { ...S, id: 'footsteps', description: 'A few unhurried steps on a wooden floor.', render: sfx.footsteps },
];
