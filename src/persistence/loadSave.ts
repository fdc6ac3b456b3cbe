import type { ReplayLanding, ReplayResult, ReplayTarget, Step, StoryRunner } from '../story/StoryRunner.ts';
import type { SaveSlots, SlotId } from './SaveSlots.ts';
import { loggedChoices, toSnapshot, type SavedRun } from './saveFormat.ts';
import { AMBIENCE, BACKDROPS, MUSIC, isCharacter } from '../story/vocabulary.ts';

/** Where a replayed save landed; see `ReplayLanding` (`sameLine`, `earlierLine`, `passageStart`, `byCount`). */
export type Landing = ReplayLanding;

/** What loading a save into the story did. */
export type LoadOutcome =
  /** Same story as when saved, and the save agrees with it: the exact state is back. `step` (null: call `next`). */
  | { kind: 'restored'; step: Step | null }
  /**
   * The choices were taken again from the start, landing on `step` as `landing` says. `cause`: `storyChanged`
   * (the story was rebuilt since) or `stateUnreadable` (same story, but the saved ink state could not be loaded).
   */
  | { kind: 'replayed'; step: Step | null; cause: 'storyChanged' | 'stateUnreadable'; landing: Landing }
  /** The save no longer fits the story, or says something untrue of it; it is kept, and `reason` says what. */
  | { kind: 'needsAttention'; reason: string };

/**
 * Puts `runner` where `save` was made. The choice log is always replayed first, so a log the story cannot
 * follow (a choice no longer offered, or no longer the same words) comes back as `needsAttention`, never
 * as an exception. On the same story the save must agree with that replay (its line, its place, its
 * stage) before its exact ink state is restored; on a changed story the replay stands, landing on the
 * saved line by identity. Never throws. After `needsAttention` the runner is mid-replay: start a new run.
 */
export function loadSave(runner: StoryRunner, save: SavedRun): LoadOutcome {
  let replayed: ReplayResult;
  try {
    replayed = runner.replayTo(loggedChoices(save), replayTargetOf(save));
  } catch (error) {
    return { kind: 'needsAttention', reason: `the story stopped while following this save (${messageOf(error)})` };
  }
  if (!replayed.ok) return { kind: 'needsAttention', reason: replayed.reason };
  if (save.contentHash !== runner.contentHash) {
    return { kind: 'replayed', step: replayed.step, cause: 'storyChanged', landing: replayed.landing };
  }
  const untrue = disagreement(save, replayed, runner);
  if (untrue) return { kind: 'needsAttention', reason: `this save does not match the story it was made on: ${untrue}` };
  try {
    runner.restore(toSnapshot(save));
    return { kind: 'restored', step: runner.current };
  } catch {
    // `restore` fails before it changes anything: the runner still stands where the replay put it.
    return { kind: 'replayed', step: replayed.step, cause: 'stateUnreadable', landing: replayed.landing };
  }
}

/** Where a replay of `save` should stop: its count of lines, the ids it recorded, and whether its screen had a line. */
export function replayTargetOf(save: SavedRun): ReplayTarget {
  return {
    steps: save.stepsSinceChoice,
    lines: save.recentLines,
    pastLastLine: save.current !== null && save.current.line === null && save.stepsSinceChoice > 0,
  };
}

/**
 * On the story the save names, what the save says that the replay contradicts, or null. A v1 save
 * (lifted without its screen or line count) only has its choices checked: it said no more than that.
 */
function disagreement(
  save: SavedRun,
  replayed: Extract<ReplayResult, { ok: true }>,
  runner: StoryRunner,
): string | null {
  const lastChoice = save.choiceLog.at(-1);
  const saidLittle = save.current === null && save.stepsSinceChoice === 0 && (!lastChoice || lastChoice.text === null);
  if (saidLittle) return null;
  if (save.stepsSinceChoice > replayed.passageLines) {
    const has = replayed.passageLines;
    return `it points to line ${save.stepsSinceChoice} after its last choice, but the story has ${has} there`;
  }
  const byIdentity = replayed.landing.on === 'sameLine' || replayed.landing.on === 'byCount';
  if (replayed.position !== save.stepsSinceChoice || !byIdentity) {
    return `the line it was saved on is not at line ${save.stepsSinceChoice} after its last choice`;
  }
  const screen = save.current;
  const step = replayed.step;
  if (screen && step) {
    if ((screen.line?.id ?? null) !== (step.line?.id ?? null) || screen.line?.text !== step.line?.text) {
      return 'the line it shows is not the line the story has there';
    }
    const offered = (choices: readonly { index: number; text: string }[]) =>
      JSON.stringify(choices.map((c) => [c.index, c.text]));
    if (offered(screen.choices) !== offered(step.choices)) {
      return 'the choices it shows are not the ones the story offers there';
    }
    if (screen.ended !== step.ended) {
      return screen.ended ? 'it shows the end where the story goes on' : 'it shows the story going on where it ends';
    }
  }
  return stageDisagreement(save.stage, runner.stage);
}

/** The first thing a saved stage says that the story's own stage at that point does not, in words. */
function stageDisagreement(saved: SavedRun['stage'], actual: StoryRunner['stage']): string | null {
  const art = (what: string, name: string | null, known: boolean) =>
    `its stage names ${what} "${name}"${known ? ', which the story does not show there' : ', which does not exist'}`;
  const known = (list: readonly string[], name: string | null) => name === null || list.includes(name);
  if (saved.backdrop !== actual.backdrop) return art('the backdrop', saved.backdrop, known(BACKDROPS, saved.backdrop));
  if (saved.music !== actual.music) return art('the music', saved.music, known(MUSIC, saved.music));
  if (saved.ambience !== actual.ambience) return art('the ambience', saved.ambience, known(AMBIENCE, saved.ambience));
  const cast = (c: readonly { who: string; expression: string; position: string }[]) =>
    JSON.stringify(c.map((p) => [p.who, p.expression, p.position]));
  if (cast(saved.cast) !== cast(actual.cast)) {
    const stranger = saved.cast.find((c) => !isCharacter(c.who));
    if (stranger) return art('the character', stranger.who, false);
    return 'the people it shows on stage are not the ones the story has there';
  }
  if (saved.ending?.id !== actual.ending?.id || saved.ending?.title !== actual.ending?.title) {
    return saved.ending
      ? `it names the ending "${saved.ending.id}", which the story has not reached there`
      : 'it leaves out the ending the story has reached there';
  }
  if (saved.chapter?.number !== actual.chapter?.number || saved.chapter?.title !== actual.chapter?.title) {
    return 'the chapter it names is not the one the story is in there';
  }
  if (saved.wall !== actual.wall || saved.stone !== actual.stone) return 'its stage is not the one the story has there';
  return null;
}

/** The words for a load that worked, for a short notice; null when the exact place is back. */
export function describeLoad(outcome: Exclude<LoadOutcome, { kind: 'needsAttention' }>): string | null {
  if (outcome.kind === 'restored') return null;
  const why =
    outcome.cause === 'storyChanged'
      ? 'The story has been updated since this save, so your choices were followed again'
      : 'Part of this save could not be read, so your choices were followed again';
  switch (outcome.landing.on) {
    case 'sameLine':
      return `${why} to the same line.`;
    case 'earlierLine': {
      const n = outcome.landing.linesBack;
      return `${why}. The line you saved on has changed, so you are ${n} line${n === 1 ? '' : 's'} before it.`;
    }
    case 'passageStart':
      return `${why}. The line you saved on could not be found, so you are at the first line after your last choice.`;
    case 'byCount':
      return `${why}. This older save does not record its line, so the place may differ a little from where you left.`;
  }
}

/** What resuming from a slot did. */
export type ResumeOutcome =
  | LoadOutcome
  /** Nothing to resume: the slot is empty. */
  | { kind: 'empty' }
  /** The slot holds a save from a newer version of the game. */
  | { kind: 'newerVersion'; version: number }
  /** The slot holds something that could not be read. */
  | { kind: 'unreadable'; reason: string };

/**
 * Loads slot `id` into `runner`. When the story no longer fits the save, marks the save as needing
 * attention (kept, with the reason); when a marked save fits again, clears the mark.
 */
export function resumeSlot(slots: SaveSlots, id: SlotId, runner: StoryRunner): ResumeOutcome {
  const read = slots.read(id);
  switch (read.state) {
    case 'empty':
      return { kind: 'empty' };
    case 'newerVersion':
      return { kind: 'newerVersion', version: read.version };
    case 'unreadable':
      return { kind: 'unreadable', reason: read.reason };
  }
  const outcome = loadSave(runner, read.save);
  if (outcome.kind === 'needsAttention') slots.markNeedsAttention(id, outcome.reason);
  else if (read.save.needsAttention) slots.clearNeedsAttention(id);
  return outcome;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
