import type { Directive } from './directives.ts';
import {
  type AmbienceId,
  type BackdropId,
  type CharacterId,
  type CloseUpId,
  type MusicId,
  POSITIONS,
  type Position,
  type Side,
} from './vocabulary.ts';

/** One character on stage. */
export interface StagedCharacter {
  who: CharacterId;
  expression: string;
  position: Position;
  /** The pose he stands in (vocabulary POSES); absent: his first. */
  pose?: string;
  /** Which way he looks once a `face` tag has turned him; absent: as his portrait is drawn. */
  facing?: Side;
}

/** Everything on screen and in the ears that persists between lines: what a save restores. */
export interface Stage {
  backdrop: BackdropId | null;
  /** Characters present, in the order they entered. */
  cast: StagedCharacter[];
  music: MusicId | null;
  ambience: AmbienceId | null;
  /** The wall motif's height, 0 to 5. */
  wall: number;
  /** True once the wall has turned to stone. */
  stone: boolean;
  chapter: { number: number; title: string } | null;
  ending: { id: string; title: string } | null;
  /** The close-up illustration beside the figures: it belongs to one step and is gone at the next. */
  closeup: CloseUpId | null;
}

/** The stage before the story's first line. */
export const EMPTY_STAGE: Stage = Object.freeze({
  backdrop: null,
  cast: [],
  music: null,
  ambience: null,
  wall: 0,
  stone: false,
  chapter: null,
  ending: null,
  closeup: null,
});

const DEFAULT_POSITIONS: Position[] = ['centre', 'right', 'left'];

/** Where a newcomer stands when the ink does not say: the first free spot. */
function freePosition(cast: readonly StagedCharacter[]): Position {
  return DEFAULT_POSITIONS.find((p) => !cast.some((c) => c.position === p)) ?? 'centre';
}

/** The stage after one directive. Pure: returns a new stage, or the same one when nothing changes. */
export function reduceStage(stage: Stage, directive: Directive): Stage {
  switch (directive.kind) {
    case 'backdrop':
      return { ...stage, backdrop: directive.id };
    case 'show': {
      const present = stage.cast.find((c) => c.who === directive.who);
      if (present) {
        const position = directive.position ?? present.position;
        const pose = directive.pose ?? present.pose;
        const moved = { ...present, expression: directive.expression, position, ...(pose ? { pose } : {}) };
        return { ...stage, cast: stage.cast.map((c) => (c.who === directive.who ? moved : c)) };
      }
      const position = directive.position ?? freePosition(stage.cast);
      const entering = { who: directive.who, expression: directive.expression, position };
      return { ...stage, cast: [...stage.cast, directive.pose ? { ...entering, pose: directive.pose } : entering] };
    }
    case 'hide':
      return { ...stage, cast: directive.who === 'all' ? [] : stage.cast.filter((c) => c.who !== directive.who) };
    case 'exit':
      return { ...stage, cast: stage.cast.filter((c) => c.who !== directive.who) };
    case 'move':
      return recast(stage, directive.who, () => ({ position: directive.to }));
    case 'face':
      return recast(stage, directive.who, (him) => {
        const facing = facingOf(stage, him, directive.toward, directive.away);
        return facing ? { facing } : {};
      });
    case 'closeup':
      return { ...stage, closeup: directive.id };
    case 'music':
      return { ...stage, music: directive.id };
    case 'ambience':
      return { ...stage, ambience: directive.id };
    case 'wall':
      return { ...stage, wall: directive.level, stone: directive.level === 0 ? false : stage.stone };
    case 'effect':
      return directive.name === 'stone' ? { ...stage, stone: true } : stage;
    case 'chapter':
      return { ...stage, chapter: { number: directive.number, title: directive.title }, ending: null };
    case 'ending':
      return { ...stage, ending: { id: directive.id, title: directive.title } };
    case 'enter':
    case 'sfx':
    case 'pause':
    case 'hint':
    case 'recap':
    case 'meta':
    case 'fact':
      return stage;
  }
}

/** The stage with one character changed; unchanged when he is not on it. */
function recast(stage: Stage, who: CharacterId, change: (him: StagedCharacter) => Partial<StagedCharacter>): Stage {
  const him = stage.cast.find((c) => c.who === who);
  if (!him) return stage;
  const changed = { ...him, ...change(him) };
  return { ...stage, cast: stage.cast.map((c) => (c === him ? changed : c)) };
}

/**
 * The side `him` looks to: a side as named, or toward (away from) someone by where the two stand.
 * Null when the other is not on stage or stands in the same place (no way to tell).
 */
function facingOf(stage: Stage, him: StagedCharacter, toward: Side | CharacterId, away: boolean): Side | null {
  if (toward === 'left' || toward === 'right') return toward;
  const other = stage.cast.find((c) => c.who === toward);
  if (!other) return null;
  const offset = POSITIONS.indexOf(other.position) - POSITIONS.indexOf(him.position);
  if (offset === 0) return null;
  return offset < 0 !== away ? 'left' : 'right';
}

/**
 * The stage of the next step: what belongs to one step only (the close-up) is cleared, then the
 * step's directives apply. The story runner folds every step through this.
 */
export function reduceStep(stage: Stage, directives: readonly Directive[]): Stage {
  return reduceAll(stage.closeup === null ? stage : { ...stage, closeup: null }, directives);
}

/** Folds a list of directives over a stage. */
export function reduceAll(stage: Stage, directives: readonly Directive[]): Stage {
  return directives.reduce(reduceStage, stage);
}
