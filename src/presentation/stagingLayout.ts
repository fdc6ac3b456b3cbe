// Where and how the big moments are staged (issue #17): only the cast and close-up widgets read these,
// so they stay out of the entry chunk that layout.ts is part of (the title's bytes).
import type { CharacterId, Side } from '../story/vocabulary.ts';
import { CLOSEUP_ART } from './layout.ts';

/** Which way each portrait looks as drawn, and where off stage an entrance starts and an exit ends. */
export const FIGURES = {
  /** Which way each portrait looks as drawn; a `face` tag the other way mirrors him. */
  drawnFacing: { iruka: 'right', kakashi: 'left', ayame: 'left', guy: 'left', kurenai: 'left' } satisfies Record<
    CharacterId,
    Side
  >,
  /** Off stage, beyond either side: where an entrance starts and an exit ends. */
  offstage: { left: -420, right: 2340 },
} as const;

/** Crossing the stage (widgets/Cast.ts): design px a second, and the height of each step's rise. */
export const MOTION = {
  walk: { pxPerSecond: 520, minMs: 700, stepMs: 380, rise: 10 },
  rush: { pxPerSecond: 1500, minMs: 380, stepMs: 0, rise: 46 },
  /** A turn: the figure narrows to nothing and widens again the other way. */
  turnMs: 260,
} as const;

/**
 * The close-up inset (widgets/CloseUp.ts; art in assets/art/closeups/, 640x400): on the side of the
 * frame the figures leave free, above the dialogue box, so it hides neither the line nor a face.
 */
export const CLOSEUP = {
  ...CLOSEUP_ART,
  y: 96,
  /** The three places it may stand: the left, the middle (between two figures at the sides), the right. */
  x: { left: 70, centre: 640, right: 1210 },
  frame: 8,
  fadeMs: 320,
} as const;
