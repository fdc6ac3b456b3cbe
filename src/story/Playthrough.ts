import type { Line } from './lines.ts';
import type { RunSnapshot, Step, StoryRunner } from './StoryRunner.ts';

/** One entry of the backlog: a line read, or an option chosen. */
export type BacklogEntry =
  /** `at`: the moment to return to (`returnTo(at)`); null once too old to return to. */
  { kind: 'line'; speaker: string | null; text: string; at: number | null } | { kind: 'choice'; text: string };

interface Moment {
  /** The story exactly as it stood when this step was on screen (null once too old to keep). */
  snapshot: RunSnapshot | null;
  line: Line | null;
  /** The option taken at this step's choices, if any. */
  chosen: string | null;
}

/** How far back rollback reaches (each step costs a few KB of ink state). */
export const ROLLBACK_LIMIT = 1000;

/**
 * One reading of the story: the runner plus what the reader has been through, so the backlog can
 * be shown and the story rolled back line by line, across choices, to choose again.
 */
export class Playthrough {
  private moments: Moment[] = [];
  /** Moments rolled back from, newest last, with the option that had been taken before each: rolling forward walks them again. */
  private ahead: { moment: Moment; chosenBefore: string | null }[] = [];

  constructor(
    readonly runner: StoryRunner,
    private readonly limit = ROLLBACK_LIMIT,
  ) {}

  /** The step on screen now. */
  get current(): Step | null {
    return this.runner.current;
  }

  /** Goes on to the next line and remembers the moment (the way forward after a rollback is forgotten). */
  next(): Step {
    this.ahead = [];
    const step = this.runner.next();
    this.remember(step);
    return step;
  }

  /** Takes a choice (then call `next`). */
  choose(index: number): void {
    const step = this.runner.current;
    const option = step?.choices.find((c) => c.index === index);
    this.runner.choose(index);
    this.ahead = [];
    const moment = this.moments.at(-1);
    if (moment && option) moment.chosen = option.text;
  }

  /** Starts the record from the runner's current step (after a load); a record already ending on `step` is kept. */
  resumeFrom(step: Step | null): void {
    // A reading rebuilt with its past (a story swapped in under it, reading/hotReload.ts) keeps its backlog.
    if (step && this.moments.at(-1)?.snapshot?.current === step) return;
    this.moments = [];
    this.ahead = [];
    if (step) this.remember(step);
  }

  /** True when there is a moment to go back to. */
  get canRollback(): boolean {
    return this.moments.length > 1 && this.moments.at(-2)!.snapshot !== null;
  }

  /** Steps back one line (undoing a choice made there); returns the step now on screen, or null. */
  rollback(): Step | null {
    if (!this.canRollback) return null;
    const left = this.moments.pop()!;
    const moment = this.moments.at(-1)!;
    this.ahead.push({ moment: left, chosenBefore: moment.chosen });
    moment.chosen = null;
    this.runner.restore(moment.snapshot!);
    return this.runner.current;
  }

  /** True when a rollback can be walked forward again (lines already read, the same choices). */
  get canRollForward(): boolean {
    return this.ahead.length > 0 && this.ahead.at(-1)!.moment.snapshot !== null;
  }

  /** Walks forward one line through what was rolled back, taking the same choices; returns the step now on screen, or null. */
  rollForward(): Step | null {
    if (!this.canRollForward) return null;
    const { moment, chosenBefore } = this.ahead.pop()!;
    this.moments.at(-1)!.chosen = chosenBefore;
    this.moments.push(moment);
    this.runner.restore(moment.snapshot!);
    return this.runner.current;
  }

  /** Goes back to moment `at` (a backlog line's `at`); returns the step now on screen, or null when it cannot. */
  returnTo(at: number): Step | null {
    if (at < 0 || at >= this.moments.length - 1 || !this.moments[at].snapshot) return null;
    let step: Step | null = null;
    while (this.moments.length - 1 > at) step = this.rollback();
    return step;
  }

  /** Every line read and option chosen so far, oldest first. */
  backlog(): BacklogEntry[] {
    const entries: BacklogEntry[] = [];
    this.moments.forEach((moment, at) => {
      const back = at < this.moments.length - 1 && moment.snapshot ? at : null;
      if (moment.line) entries.push({ kind: 'line', speaker: moment.line.speaker, text: moment.line.text, at: back });
      if (moment.chosen) entries.push({ kind: 'choice', text: moment.chosen });
    });
    return entries;
  }

  private remember(step: Step): void {
    this.moments.push({ snapshot: this.runner.snapshot(), line: step.line, chosen: null });
    // Keep the snapshot on screen plus `limit` before it.
    const old = this.moments.length - 2 - this.limit;
    if (old >= 0) this.moments[old].snapshot = null;
  }
}
