// The reading modes and their rules, in one pure object the play scene asks: auto, skip (toggled or
// held), the interface hidden, input given to an overlay, a step being staged, the run finished.
// The scene keeps no mode of its own; node tests drive every rule here (test/reading/ReadingModes.test.ts).
import { Emitter } from '../story/events.ts';

/** Facts the modes announce. */
export interface ModesEventMap {
  /** Auto or skip was switched on or off (by the reader, or by a rule such as skip reaching an unseen line). */
  modesChanged: { auto: boolean; skip: boolean };
}

/** What skip skips: lines seen in any run, or everything. */
export type SkipMode = 'seen' | 'all';

/** What the scene shows when an advance is asked for, as the modes see it. */
export interface AdvanceView {
  /** The line is still typing in. */
  revealing: boolean;
  /** Choices are on offer (an advance takes the highlighted one). */
  choicesOpen: boolean;
  /** The story has ended after the line on screen. */
  ended: boolean;
  /** The story has a next line to give. */
  canAdvance: boolean;
}

/** What an advance does now. */
export type AdvanceIntent =
  /** The interface was hidden: show it again, nothing else. */
  | 'unhide'
  /** A step is being staged: the press is kept (one at most) and acted on when it is shown. */
  | 'queued'
  /** The scene is holding its breath (a `# pause`): the press ends the hold, and is spent on that. */
  | 'endPause'
  /** Choices are on offer: take the highlighted one. */
  | 'choose'
  /** Finish typing the line. */
  | 'complete'
  /** Go on to the next line. */
  | 'next'
  /** The story is over: move on to the end. */
  | 'finish'
  /** Nothing to do (the story waits for nothing). */
  | 'none';

/** Seconds of auto delay are for a line of about this many characters; longer lines wait longer. */
const AUTO_REFERENCE_CHARS = 200;
/** Lines longer than this wait no longer. */
const AUTO_MAX_CHARS = 320;

/** How long auto mode waits after a line of `length` characters has been shown, for a delay setting in seconds. */
export function autoDelayMs(delaySeconds: number, length: number): number {
  return delaySeconds * 1000 * (0.5 + Math.min(length, AUTO_MAX_CHARS) / AUTO_REFERENCE_CHARS);
}

/** The modes of one reading. */
export class ReadingModes {
  /** Auto or skip changed. */
  readonly events = new Emitter<ModesEventMap>();
  private autoOn = false;
  private skipOn = false;
  private held = false;
  private hiddenOn = false;
  private inputOn = true;
  private staging = false;
  private pending = false;
  private holding = false;
  private pressEndsPause = true;
  private finishedOn = false;

  /** Auto mode: each line moves on by itself once read. */
  get auto(): boolean {
    return this.autoOn;
  }

  /** Skip mode as toggled (the quick bar shows it). */
  get skip(): boolean {
    return this.skipOn;
  }

  /** Skipping now: toggled on, or held. */
  get skipping(): boolean {
    return this.skipOn || this.held;
  }

  /** The dialogue box and choices are hidden, to look at the art. */
  get hidden(): boolean {
    return this.hiddenOn;
  }

  /** The story takes input (false while an overlay is open over it). */
  get inputEnabled(): boolean {
    return this.inputOn;
  }

  /** A step is being staged (art loading, a scene change, a held pause). */
  get busy(): boolean {
    return this.staging;
  }

  /** The scene is holding a pause before its line (the continue mark is hidden meanwhile). */
  get holdingPause(): boolean {
    return this.holding;
  }

  /** The reader's choice: does a press end a held pause early (the default), or do pauses always hold? */
  setPressEndsPause(on: boolean): void {
    this.pressEndsPause = on;
  }

  /** The reader has moved on from the story's last line. */
  get finished(): boolean {
    return this.finishedOn;
  }

  /** Back to a new reading's modes: nothing on, input given to the story. */
  reset(): void {
    this.held = false;
    this.hiddenOn = false;
    this.inputOn = true;
    this.staging = false;
    this.pending = false;
    this.holding = false;
    this.finishedOn = false;
    this.set(false, false);
  }

  /** Switches auto; turning it on turns skip off. Returns whether auto is now on. */
  toggleAuto(): boolean {
    this.set(!this.autoOn, false);
    return this.autoOn;
  }

  /** Switches skip; turning it on turns auto off. */
  toggleSkip(): void {
    this.set(false, !this.skipOn);
  }

  /** Skip while a key is held. */
  holdSkip(on: boolean): void {
    this.held = on;
  }

  /** Hides or shows the interface. Returns whether it is now hidden. */
  toggleHidden(): boolean {
    this.hiddenOn = !this.hiddenOn;
    return this.hiddenOn;
  }

  /** Gives input to the story, or takes it away (an overlay opened): taking it stops auto and skip. */
  setInput(on: boolean): void {
    this.inputOn = on;
    if (!on) {
      this.held = false;
      this.set(false, false);
    }
  }

  /** A step has started being staged: an advance pressed now waits for it. */
  startStaging(): void {
    this.staging = true;
  }

  /** The staged step holds a pause before its line (it is still being staged). */
  startPause(): void {
    this.holding = true;
  }

  /** The pause is over, by its time or by a press. */
  endPause(): void {
    this.holding = false;
  }

  /**
   * The step is on screen. Returns true when an advance was pressed while it was staged: the scene
   * acts on it now, once (so a reader who pressed during a scene change is never ignored, and one
   * press never moves on twice).
   */
  finishStaging(): boolean {
    this.staging = false;
    this.holding = false;
    const pending = this.pending;
    this.pending = false;
    return pending;
  }

  /** Decides what an advance (Space, Enter, a click, a tap, the A button) does now. */
  advance(view: AdvanceView): AdvanceIntent {
    if (this.hiddenOn) {
      this.hiddenOn = false;
      return 'unhide';
    }
    if (this.skipOn) this.set(this.autoOn, false);
    // A press during a held pause ends it (unless the reader has pauses always hold) and no more: the
    // line after the pause is then shown and read, never passed over by the same press.
    if (this.holding) return this.pressEndsPause ? 'endPause' : 'none';
    if (this.staging) {
      this.pending = true;
      return 'queued';
    }
    if (view.choicesOpen) return 'choose';
    if (view.revealing) return 'complete';
    if (view.ended) return 'finish';
    return view.canAdvance ? 'next' : 'none';
  }

  /**
   * A line was reached while skipping. Skip stops on a line never read before (in "seen" mode, since
   * ink cannot look ahead, the line is shown, not passed) and at a chapter's start.
   */
  lineReached(options: { seen: boolean; mode: SkipMode; chapterStart: boolean }): void {
    if (options.chapterStart || (options.mode === 'seen' && !options.seen)) {
      this.held = false;
      this.set(this.autoOn, false);
    }
  }

  /** Choices are on offer: skip stops there (auto stays on, and goes on after the choice). */
  choicesOffered(): void {
    this.set(this.autoOn, false);
  }

  /** Skip has nothing left to skip (the end, or choices). */
  stopSkip(): void {
    this.set(this.autoOn, false);
  }

  /** The reader went back a line: both modes stop, and the run is no longer finished. */
  rolledBack(): void {
    this.finishedOn = false;
    this.pending = false;
    this.set(false, false);
  }

  /** The reader moved on from the last line. Returns false when that was already done (finish once). */
  finish(): boolean {
    if (this.finishedOn) return false;
    this.finishedOn = true;
    this.set(false, false);
    return true;
  }

  private set(auto: boolean, skip: boolean): void {
    const changed = auto !== this.autoOn || skip !== this.skipOn;
    this.autoOn = auto;
    this.skipOn = skip;
    if (changed) this.events.emit('modesChanged', { auto, skip });
  }
}
