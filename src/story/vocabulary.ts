/** The names the ink may use in staging tags: the one list the parser, the art and the sound share. */

/** Characters and the expressions each has a portrait layer for. */
export const CAST = {
  iruka: ['neutral', 'warm', 'hurt', 'guarded', 'smile', 'masked', 'tearful'],
  kakashi: ['neutral', 'warm', 'guarded', 'grave'],
  ayame: ['neutral', 'concerned'],
  guy: ['neutral', 'grin'],
  kurenai: ['neutral', 'stern', 'warm'],
} as const satisfies Record<string, readonly string[]>;

/** A character who can be shown on stage. */
export type CharacterId = keyof typeof CAST;

/**
 * Poses each character has a body layer for. The first is how he stands unless a `show` tag names
 * another; a pose, once named, holds until another is (as a position does).
 */
export const POSES = {
  iruka: ['down', 'crossed'],
  kakashi: ['pockets', 'book'],
  ayame: ['down'],
  guy: ['down', 'thumb'],
  kurenai: ['crossed'],
} as const satisfies Record<CharacterId, readonly string[]>;

/** Scenes the story can be set in (each has an SVG backdrop). */
export const BACKDROPS = [
  'mission-desk',
  'mission-desk-night',
  'apartment-crowded',
  'apartment-after',
  'bedroom-night',
  'kitchen-morning',
  'kitchen-night',
  'ichiraku-night',
  'classroom-lunch',
  'apartment-empty',
  'village-rooftops',
  'village-rooftops-night',
  'gathering-night',
  'kurenai-kitchen',
  'wall',
  'black',
] as const;

/** Music cues. */
export const MUSIC = ['title', 'homecoming', 'unease', 'aftermath', 'gathering', 'stone', 'hope'] as const;

/** Ambience loops. */
export const AMBIENCE = ['mission-room', 'evening-crowd', 'classroom', 'street', 'night'] as const;

/** One-shot sound effects. */
export const SFX = ['door', 'paper', 'bell', 'vanish', 'glass', 'tick', 'footsteps'] as const;

/** One-off staging effects. */
export const EFFECTS = ['stone', 'shake', 'flash', 'fade-black'] as const;

/**
 * Where a portrait stands, in order from the frame's left edge to its right: the three usual places,
 * the places between them (two people standing close), and the edges.
 */
export const POSITIONS = ['far-left', 'left', 'centre-left', 'centre', 'centre-right', 'right', 'far-right'] as const;

/** The sides of the frame: which way a figure looks, where he walks in from or off to. */
export const SIDES = ['left', 'right'] as const;

/** How a figure crosses the stage: a walk, or a rush (the leap over the desk). */
export const PACES = ['walk', 'rush'] as const;

/** Close-up illustrations (assets/art/closeups/): an inset beside the figures for one line. */
export const CLOSEUPS = ['leap', 'embrace', 'wrist'] as const;

/** The wall motif's highest level. */
export const WALL_MAX = 5;

export type BackdropId = (typeof BACKDROPS)[number];
export type MusicId = (typeof MUSIC)[number];
export type AmbienceId = (typeof AMBIENCE)[number];
export type SfxId = (typeof SFX)[number];
export type EffectName = (typeof EFFECTS)[number];
export type Position = (typeof POSITIONS)[number];
export type Side = (typeof SIDES)[number];
export type Pace = (typeof PACES)[number];
export type CloseUpId = (typeof CLOSEUPS)[number];

/** Is `name` one of `list`? Narrows the type. */
export function isOneOf<T extends string>(list: readonly T[], name: string): name is T {
  return (list as readonly string[]).includes(name);
}

/** Is `id` a character of the cast? */
export function isCharacter(id: string): id is CharacterId {
  return Object.hasOwn(CAST, id);
}
