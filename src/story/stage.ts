import type { Directive } from './directives.ts';
import type { AmbienceId, BackdropId, CharacterId, MusicId, Position } from './vocabulary.ts';

/** One character on stage. */
export interface StagedCharacter {
  who: CharacterId;
  expression: string;
  position: Position;
  /** The pose he stands in (vocabulary POSES); absent: his first. */
  pose?: string;
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
    case 'sfx':
    case 'pause':
    case 'hint':
    case 'recap':
    case 'meta':
    case 'fact':
      return stage;
  }
}

/** Folds a list of directives over a stage. */
export function reduceAll(stage: Stage, directives: readonly Directive[]): Stage {
  return directives.reduce(reduceStage, stage);
}
