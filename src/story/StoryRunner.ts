import { Story } from 'inkjs';
import { parseTags, type Directive, type TagProblem } from './directives.ts';
import { Emitter } from './events.ts';
import { fnv1a } from './hash.ts';
import { parseLine, type Line } from './lines.ts';
import { EMPTY_STAGE, reduceAll, type Stage } from './stage.ts';

/** A choice as the reader sees it. */
export interface ChoiceOption {
  /** Index to pass to `choose`. */
  index: number;
  text: string;
}

/** One click of the story: a line with the staging that comes before it, and what follows it. */
export interface Step {
  /** The line to show, or null when only staging remained before a choice or the end. */
  line: Line | null;
  /** Directives to apply before the line is shown, in ink order. */
  directives: Directive[];
  /** The choices offered after this line (empty while the story goes on by itself). */
  choices: ChoiceOption[];
  /** True when the story has ended after this line. */
  ended: boolean;
  /** The stage once the directives are applied. */
  stage: Stage;
}

/** Facts the story core announces, named as things that happened. */
export interface StoryEventMap {
  lineShown: { line: Line; stage: Stage };
  choiceMade: { index: number; text: string; log: readonly number[] };
  chapterStarted: { number: number; title: string };
  endingReached: { id: string; title: string };
  tagProblem: TagProblem;
}

/** All a save needs to put the reader back on the same line with the same stage. */
export interface RunSnapshot {
  /** inkjs's own state JSON. */
  inkState: string;
  /** Every choice index taken since the start, in order: the fallback when the story changed. */
  choiceLog: number[];
  /** Lines shown since the last choice (or the start), to land on the same line on replay. */
  stepsSinceChoice: number;
  /** What is on screen. */
  stage: Stage;
  /** The step on screen when the snapshot was taken. */
  current: Step | null;
}

/** Thrown when a choice log no longer fits the story (it was edited too much). */
export class ReplayError extends Error {}

/**
 * Turns compiled ink into plain steps. The only place that touches inkjs objects: everything it
 * hands out is plain data, so the renderer, the saves and the tests never see the engine.
 */
export class StoryRunner {
  /** Story facts: line shown, choice made, chapter started, ending reached, tag problem. */
  readonly events = new Emitter<StoryEventMap>();
  /** A fingerprint of the compiled story, to tell whether a save was made on this very story. */
  readonly contentHash: string;
  private story: Story;
  private stageNow: Stage = EMPTY_STAGE;
  private log: number[] = [];
  private sinceChoice = 0;
  private currentStep: Step | null = null;
  private replaying = false;
  private readonly json: string;

  constructor(storyJson: string | object) {
    this.json = typeof storyJson === 'string' ? storyJson : JSON.stringify(storyJson);
    this.contentHash = fnv1a(this.json);
    this.story = new Story(this.json);
  }

  /** What is on screen now. */
  get stage(): Stage {
    return this.stageNow;
  }

  /** The step last returned by `next` (what the reader is looking at). */
  get current(): Step | null {
    return this.currentStep;
  }

  /** Choice indices taken so far. */
  get choiceLog(): readonly number[] {
    return this.log;
  }

  /** True while `next` has a line to give (no choice pending, not ended). */
  get canAdvance(): boolean {
    return this.story.canContinue;
  }

  /** The story's global tags (title, author) as directives. */
  globalDirectives(): Directive[] {
    return parseTags(this.story.globalTags ?? [], 'global tags').directives;
  }

  /** Ink paths of the choices on offer now (where each was written), to place the reader on the route map. */
  choiceSources(): string[] {
    return this.story.currentChoices.map((c) => c.sourcePath);
  }

  /** Reads an ink variable (for tests and the route map); undefined when there is none. */
  variable(name: string): unknown {
    return this.story.variablesState.$(name) ?? undefined;
  }

  /** Advances to the next line, gathering the staging that comes before it. */
  next(): Step {
    const directives: Directive[] = [];
    let line: Line | null = null;
    while (this.story.canContinue && !line) {
      const location = this.story.state.currentPathString ?? 'story start';
      const text = this.story.Continue() ?? '';
      const parsed = parseTags(this.story.currentTags ?? [], location);
      directives.push(...parsed.directives.filter((d) => d.kind !== 'meta' && d.kind !== 'fact'));
      for (const problem of parsed.problems) this.announce('tagProblem', problem);
      if (text.trim()) line = parseLine(text);
    }
    return this.settle(line, directives);
  }

  /** Takes choice `index` of those on offer; then call `next` for what follows. */
  choose(index: number): void {
    const choice = this.story.currentChoices[index];
    if (!choice) throw new RangeError(`there is no choice ${index}; ${this.story.currentChoices.length} on offer`);
    this.story.ChooseChoiceIndex(index);
    this.log.push(index);
    this.sinceChoice = 0;
    this.announce('choiceMade', { index, text: choice.text, log: [...this.log] });
  }

  /** Everything needed to come back to this exact line. */
  snapshot(): RunSnapshot {
    return {
      inkState: this.story.state.toJson(),
      choiceLog: [...this.log],
      stepsSinceChoice: this.sinceChoice,
      stage: this.stageNow,
      current: this.currentStep,
    };
  }

  /** Puts the story back exactly where a snapshot of this same story was taken. No events fire. */
  restore(snapshot: RunSnapshot): void {
    const story = new Story(this.json);
    story.state.LoadJson(snapshot.inkState);
    this.story = story;
    this.log = [...snapshot.choiceLog];
    this.sinceChoice = snapshot.stepsSinceChoice;
    this.stageNow = snapshot.stage;
    this.currentStep = snapshot.current;
  }

  /**
   * Replays a choice log from the start (for saves made on an older story): takes the choices
   * in order, then `stepsSinceChoice` lines more. The stage is rebuilt from the directives met.
   * Fires no events. Throws ReplayError when the log no longer fits.
   */
  replay(choiceLog: readonly number[], stepsSinceChoice: number): Step | null {
    this.story = new Story(this.json);
    this.stageNow = EMPTY_STAGE;
    this.log = [];
    this.sinceChoice = 0;
    this.currentStep = null;
    this.replaying = true;
    try {
      for (const index of choiceLog) {
        while (this.story.canContinue) this.next();
        if (index >= this.story.currentChoices.length) {
          throw new ReplayError(`choice ${this.log.length + 1} of the save (option ${index + 1}) is no longer offered`);
        }
        this.choose(index);
      }
      for (let i = 0; i < Math.max(1, stepsSinceChoice); i++) {
        if (!this.story.canContinue) break;
        this.next();
      }
      return this.currentStep;
    } finally {
      this.replaying = false;
    }
  }

  /** Applies directives, announces what happened, and records the step. */
  private settle(line: Line | null, directives: Directive[]): Step {
    this.stageNow = reduceAll(this.stageNow, directives);
    const waiting = !this.story.canContinue;
    const choices = waiting ? this.story.currentChoices.map((c) => ({ index: c.index, text: c.text })) : [];
    const step: Step = { line, directives, choices, ended: waiting && choices.length === 0, stage: this.stageNow };
    if (line) this.sinceChoice++;
    this.currentStep = step;
    for (const d of directives) {
      if (d.kind === 'chapter') this.announce('chapterStarted', { number: d.number, title: d.title });
      if (d.kind === 'ending') this.announce('endingReached', { id: d.id, title: d.title });
    }
    if (line) this.announce('lineShown', { line, stage: this.stageNow });
    return step;
  }

  /** Emits unless a replay is under way (a replay re-reads the past; it is not news). */
  private announce<K extends keyof StoryEventMap>(event: K, payload: StoryEventMap[K]): void {
    if (!this.replaying) this.events.emit(event, payload);
  }
}
