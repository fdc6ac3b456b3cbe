import * as v from 'valibot';
import type { ChoiceOption, LoggedChoice, RunSnapshot, Step, StoryRunner } from '../story/StoryRunner.ts';
import type { Line } from '../story/lines.ts';
import type { Stage } from '../story/stage.ts';
import {
  AMBIENCE,
  BACKDROPS,
  CLOSEUPS,
  isCharacter,
  isOneOf,
  MUSIC,
  POSES,
  POSITIONS,
  SIDES,
  WALL_MAX,
} from '../story/vocabulary.ts';
import { describeIssues } from './issues.ts';
import { runMigrations, SAVE_MIGRATIONS } from './migrations.ts';
import { isJsonObject, parseJson } from './safeJson.ts';

/**
 * The save format written today. What each version changed:
 * - v1: contentHash, inkState, choiceLog, stage, label, and `savedAt` as epoch milliseconds.
 * - v2: adds `stepsSinceChoice` (to land on the very line on replay), `current` (the line on screen),
 *   `thumbnail` and `needsAttention`; `savedAt` becomes `time`, an ISO string.
 * - v3: each `choiceLog` entry becomes `{ index, text }` (the words chosen, null when lifted from v2), so a
 *   replay takes the same option, not the same number; adds `recentLines`, the ids of the last lines shown
 *   since the last choice, so a replay finds the saved line by identity after an edit.
 */
export const SAVE_FORMAT_VERSION = 3;

/** The most ids of recent lines a save keeps. */
export const RECENT_LINES_MAX = 64;

/** The oldest save format this build still reads, by migrating it up. */
export const MIN_READABLE_SAVE_VERSION = 1;

/** The largest thumbnail kept, in characters of its data: URL (16 KB). */
export const THUMBNAIL_MAX_CHARS = 16 * 1024;

/** The longest excerpt of the current line kept in a save's label. */
export const EXCERPT_MAX_CHARS = 120;

// A fifth of itch.io's shared 5 MB: a state larger than this is a runaway bug, not a save.
const INK_STATE_MAX_CHARS = 1_000_000;

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const name = (max: number) => v.pipe(v.string(), v.minLength(1), v.maxLength(max));
const whole = (max: number) => v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(max));
const isoTime = v.pipe(v.string(), v.isoTimestamp());
const THUMBNAIL = /^data:image\/(?:png|jpeg|webp);base64,[A-Za-z0-9+/]*={0,2}$/;

/**
 * The stage as stored. Names are checked as short strings, not against today's vocabulary: a save whose
 * backdrop was renamed since is still a good save to replay (see `toStage`).
 */
export const SavedStageSchema = v.object({
  backdrop: v.nullable(name(64)),
  cast: v.pipe(
    v.array(
      v.object({
        who: name(64),
        expression: name(64),
        position: name(16),
        pose: v.optional(name(64)),
        facing: v.optional(name(16)),
      }),
    ),
    v.maxLength(16),
  ),
  music: v.nullable(name(64)),
  ambience: v.nullable(name(64)),
  wall: whole(100),
  stone: v.boolean(),
  chapter: v.nullable(v.object({ number: whole(10_000), title: text(200) })),
  ending: v.nullable(v.object({ id: name(64), title: text(200) })),
  /** Added with the close-ups (issue #17); saves made before have none. */
  closeup: v.optional(v.nullable(name(64))),
});

const LineSchema = v.object({ id: name(16), speaker: v.nullable(text(200)), text: text(20_000) });

/** The step on screen when the save was made, without its directives (a restore does not replay sounds). */
const ScreenSchema = v.object({
  line: v.nullable(LineSchema),
  choices: v.pipe(v.array(v.object({ index: whole(1_000), text: text(2_000) })), v.maxLength(100)),
  ended: v.boolean(),
});

/** What a save slot shows: chapter title and an excerpt of the line. */
export const LabelSchema = v.object({ chapter: v.nullable(text(200)), excerpt: text(2 * EXCERPT_MAX_CHARS) });

/** One saved run, as written today (v3). Every field is always written. */
export const SavedRunSchema = v.object({
  version: v.literal(SAVE_FORMAT_VERSION),
  /** The fingerprint of the compiled story the save was made on. */
  contentHash: name(128),
  /** inkjs's own state JSON, as a string. */
  inkState: v.pipe(v.string(), v.minLength(2), v.maxLength(INK_STATE_MAX_CHARS)),
  /** Every choice taken since the start, with its words (null: saved before v3): the way back after an edit. */
  choiceLog: v.pipe(v.array(v.object({ index: whole(1_000), text: v.nullable(text(2_000)) })), v.maxLength(100_000)),
  /** Lines shown since the last choice. */
  stepsSinceChoice: whole(1_000_000),
  /** Ids of the last lines shown since the last choice, oldest first: how a replay finds the line again. */
  recentLines: v.pipe(v.array(name(16)), v.maxLength(RECENT_LINES_MAX)),
  stage: SavedStageSchema,
  current: v.nullable(ScreenSchema),
  /** When it was saved (ISO). */
  time: isoTime,
  label: LabelSchema,
  /** A small picture of the screen, as a data: URL, or null. */
  thumbnail: v.nullable(v.pipe(v.string(), v.maxLength(THUMBNAIL_MAX_CHARS), v.regex(THUMBNAIL))),
  /** Set when the story no longer fits the save: the save is kept and the player told why. */
  needsAttention: v.nullable(v.object({ reason: text(2_000), since: isoTime })),
});

/** One saved run (format v3). */
export type SavedRun = v.InferOutput<typeof SavedRunSchema>;

/** What a save's label says. */
export type SaveLabel = SavedRun['label'];

/** The outcome of reading stored save text. */
export type SaveReading =
  /** A usable save; `migratedFrom` names the older version it was lifted from, if any. */
  | { kind: 'ok'; save: SavedRun; migratedFrom: number | null }
  /** Written by a newer build of the game: leave it as it is. */
  | { kind: 'future'; version: number }
  /** Corrupt, the wrong shape, or too old; `reason` says which. */
  | { kind: 'unreadable'; reason: string };

/** Reads stored save text: parses, migrates an older version, validates. Never throws. */
export function readSave(json: string): SaveReading {
  const parsed = parseJson(json);
  return parsed.ok ? readSaveValue(parsed.value) : { kind: 'unreadable', reason: parsed.reason };
}

/** As `readSave`, for a value already parsed (e.g. from an export file). Never throws. */
export function readSaveValue(value: unknown): SaveReading {
  try {
    if (!isJsonObject(value)) return { kind: 'unreadable', reason: 'it is not a save (not a JSON object)' };
    const version = value.version;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
      return { kind: 'unreadable', reason: 'it has no valid format version' };
    }
    if (version > SAVE_FORMAT_VERSION) return { kind: 'future', version };
    if (version < MIN_READABLE_SAVE_VERSION) {
      return {
        kind: 'unreadable',
        reason: `its format v${version} is older than this game can read (v${MIN_READABLE_SAVE_VERSION}+)`,
      };
    }
    const lifted = runMigrations(value, version, SAVE_FORMAT_VERSION, SAVE_MIGRATIONS);
    if (!lifted.ok) return { kind: 'unreadable', reason: lifted.reason };
    const checked = v.safeParse(SavedRunSchema, lifted.value);
    if (!checked.success) return { kind: 'unreadable', reason: describeIssues(checked.issues) };
    return { kind: 'ok', save: checked.output, migratedFrom: version === SAVE_FORMAT_VERSION ? null : version };
  } catch (error) {
    // A bug in a migration must cost one save its place, not the whole slot list.
    return {
      kind: 'unreadable',
      reason: `reading it failed (${error instanceof Error ? error.message : String(error)})`,
    };
  }
}

/** The text stored for a save. */
export function serializeSave(save: SavedRun): string {
  return JSON.stringify(save);
}

/** Checks a save built in code before it is written; returns the reason it is invalid, or null. */
export function invalidSaveReason(save: SavedRun): string | null {
  const checked = v.safeParse(SavedRunSchema, save);
  return checked.success ? null : describeIssues(checked.issues);
}

/** True when `thumbnail` is a data: URL the save format keeps (PNG, JPEG or WebP, at most THUMBNAIL_MAX_CHARS). */
export function isKeepableThumbnail(thumbnail: string): boolean {
  return thumbnail.length <= THUMBNAIL_MAX_CHARS && THUMBNAIL.test(thumbnail);
}

/** Extras the UI adds to a save. */
export interface SaveExtras {
  /** A data: URL of the screen; dropped (stored as null) unless `isKeepableThumbnail`. */
  thumbnail?: string | null;
  /** When it is saved; now by default. */
  time?: Date;
}

/** A save of where `runner` is now. */
export function makeSave(runner: StoryRunner, extras: SaveExtras = {}): SavedRun {
  return saveFromSnapshot(runner.snapshot(), runner.contentHash, extras);
}

/**
 * A save of `snapshot`, taken on the story whose fingerprint is `contentHash`. Pure. A snapshot taken
 * right after a choice (in a `choiceMade` handler, before `next`) resumes at the line after the choice.
 */
export function saveFromSnapshot(snapshot: RunSnapshot, contentHash: string, extras: SaveExtras = {}): SavedRun {
  // Between `choose` and `next` the runner's current step still offers the choice just taken: not a screen to come back to.
  const betweenChoiceAndLine = snapshot.stepsSinceChoice === 0 && snapshot.choiceLog.length > 0;
  const current = betweenChoiceAndLine ? null : snapshot.current;
  return {
    version: SAVE_FORMAT_VERSION,
    contentHash,
    inkState: snapshot.inkState,
    choiceLog: snapshot.choiceLog.map((index, i) => ({ index, text: snapshot.choiceTexts?.[i] ?? null })),
    stepsSinceChoice: snapshot.stepsSinceChoice,
    recentLines: (snapshot.recentLines ?? []).slice(-RECENT_LINES_MAX),
    stage: structuredClone(snapshot.stage),
    current: current
      ? {
          line: current.line && { ...current.line },
          choices: current.choices.map((c) => ({ ...c })),
          ended: current.ended,
        }
      : null,
    time: (extras.time ?? new Date()).toISOString(),
    label: labelFor(snapshot.stage, snapshot.current?.line ?? null),
    thumbnail: extras.thumbnail && isKeepableThumbnail(extras.thumbnail) ? extras.thumbnail : null,
    needsAttention: null,
  };
}

/** The label for a save: the chapter title and the line on screen, cut at a word near EXCERPT_MAX_CHARS. */
export function labelFor(stage: Stage, line: Line | null): SaveLabel {
  const said = line ? (line.speaker ? `${line.speaker}: ${line.text}` : line.text) : (stage.ending?.title ?? '');
  return { chapter: stage.chapter?.title ?? null, excerpt: excerptOf(said) };
}

function excerptOf(said: string): string {
  const flat = said.replace(/\s+/g, ' ').trim();
  if (flat.length <= EXCERPT_MAX_CHARS) return flat;
  const cut = flat.slice(0, EXCERPT_MAX_CHARS - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > EXCERPT_MAX_CHARS / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * The stage of a save in today's vocabulary. On the story a save was made on this changes nothing;
 * a name retired since is dropped rather than handed to the renderer.
 */
export function toStage(saved: SavedRun['stage']): Stage {
  return {
    backdrop: saved.backdrop !== null && isOneOf(BACKDROPS, saved.backdrop) ? saved.backdrop : null,
    cast: saved.cast.flatMap((c) =>
      isCharacter(c.who)
        ? [
            {
              who: c.who,
              expression: c.expression,
              position: isOneOf(POSITIONS, c.position) ? c.position : 'centre',
              ...(c.pose && (POSES[c.who] as readonly string[]).includes(c.pose) ? { pose: c.pose } : {}),
              ...(c.facing && isOneOf(SIDES, c.facing) ? { facing: c.facing } : {}),
            },
          ]
        : [],
    ),
    music: saved.music !== null && isOneOf(MUSIC, saved.music) ? saved.music : null,
    ambience: saved.ambience !== null && isOneOf(AMBIENCE, saved.ambience) ? saved.ambience : null,
    wall: Math.min(saved.wall, WALL_MAX),
    stone: saved.stone,
    chapter: saved.chapter && { ...saved.chapter },
    ending: saved.ending && { ...saved.ending },
    closeup: saved.closeup && isOneOf(CLOSEUPS, saved.closeup) ? saved.closeup : null,
  };
}

/** The runner snapshot a save holds. */
export function toSnapshot(save: SavedRun): RunSnapshot {
  const stage = toStage(save.stage);
  const current: Step | null = save.current && {
    line: save.current.line && { ...save.current.line },
    // The staging is already in `stage`: a restored step carries no directives, so no sound replays.
    directives: [],
    choices: save.current.choices.map((c): ChoiceOption => ({ ...c })),
    ended: save.current.ended,
    stage,
  };
  return {
    inkState: save.inkState,
    choiceLog: save.choiceLog.map((c) => c.index),
    choiceTexts: save.choiceLog.map((c) => c.text),
    stepsSinceChoice: save.stepsSinceChoice,
    recentLines: [...save.recentLines],
    stage,
    current,
  };
}

/** The choices of a save as a replay takes them. */
export function loggedChoices(save: SavedRun): LoggedChoice[] {
  return save.choiceLog.map((c) => ({ ...c }));
}
