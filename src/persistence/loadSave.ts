import { ReplayError } from '../story/replayError.ts';
import type { Step, StoryRunner } from '../story/StoryRunner.ts';
import type { SaveSlots, SlotId } from './SaveSlots.ts';
import { toSnapshot, type SavedRun } from './saveFormat.ts';

/** What loading a save into the story did. */
export type LoadOutcome =
  /** Same story as when saved: the exact state came back. `step` is the line on screen (null: call `next`). */
  | { kind: 'restored'; step: Step | null }
  /** The story has changed since: the choices were taken again from the start, landing on `step`. */
  | { kind: 'replayed'; step: Step | null }
  /** The story changed too much for this save; it is kept, and `reason` says what no longer fits. */
  | { kind: 'needsAttention'; reason: string };

/**
 * Puts `runner` where `save` was made: restores the exact state when the story is the same one, else
 * replays the choice log. Never throws. After `needsAttention` the runner is mid-replay: start a new run.
 */
export function loadSave(runner: StoryRunner, save: SavedRun): LoadOutcome {
  if (save.contentHash === runner.contentHash) {
    try {
      runner.restore(toSnapshot(save));
      return { kind: 'restored', step: runner.current };
    } catch {
      // An ink state this story cannot load may still hold a choice log it can follow: fall through to replay.
    }
  }
  try {
    return { kind: 'replayed', step: runner.replay(save.choiceLog, save.stepsSinceChoice) };
  } catch (error) {
    if (error instanceof ReplayError) return { kind: 'needsAttention', reason: error.message };
    return { kind: 'needsAttention', reason: `the story stopped while replaying the save (${error instanceof Error ? error.message : String(error)})` };
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
