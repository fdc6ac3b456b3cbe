import { Story } from 'inkjs';
import { parseTags, type Directive, type TagProblem } from './directives.ts';
import { Emitter } from './events.ts';
import { fnv1a } from './hash.ts';
import { parseLine, type Line } from './lines.ts';
import { ReplayError } from './replayError.ts';
import { EMPTY_STAGE, reduceStep, type Stage } from './stage.ts';

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

/** The choices on offer at a point of a route, as `advanceTo` shows them before taking one. */
export interface OfferedChoices {
  /** Ink paths of the choices (`choiceSources()`). */
  sources: string[];
  choices: ChoiceOption[];
}

/** All a save needs to put the reader back on the same line with the same stage. */
export interface RunSnapshot {
  /** inkjs's own state JSON. */
  inkState: string;
  /** Every choice index taken since the start, in order: the fallback when the story changed. */
  choiceLog: number[];
  /** The words of each choice in `choiceLog` (same order), so a replay can tell a changed option from the same one. */
  choiceTexts?: (string | null)[];
  /** Lines shown since the last choice (or the start), to land on the same line on replay. */
  stepsSinceChoice: number;
  /** Ids of the last lines shown since the last choice, oldest first (at most RECENT_LINES_KEPT), to find it again. */
  recentLines?: string[];
  /** What is on screen. */
  stage: Stage;
  /** The step on screen when the snapshot was taken. */
  current: Step | null;
}

export { ReplayError } from './replayError.ts';

/** How many ids of the lines since the last choice a snapshot keeps to find its line again after an edit. */
export const RECENT_LINES_KEPT = 64;

/** A choice as a save records it: its index and the words the reader chose (null in older saves). */
export interface LoggedChoice {
  index: number;
  text: string | null;
}

/** Where a replay should stop after the last choice of its log. */
export interface ReplayTarget {
  /** Lines shown since the last choice when the save was made (0: stop right after the choice). */
  steps: number;
  /** Ids of lines shown since the last choice, oldest first; the last is the saved line. Empty: land by count. */
  lines: readonly string[];
  /** True when the saved screen showed no line (only choices or the end after the last line). */
  pastLastLine?: boolean;
}

/**
 * Where a replay landed. `sameLine`: on the saved line, found by its id; `earlierLine`: that line is gone, so on
 * the nearest earlier line still there (`linesBack` lines before it in the save); `passageStart`: none of them is
 * there, so on the first line after the last choice; `byCount`: the save named no line (made before lines were
 * recorded), so `steps` lines after the last choice, as far as the passage goes.
 */
export type ReplayLanding =
  | { on: 'sameLine' }
  | { on: 'earlierLine'; linesBack: number }
  | { on: 'passageStart' }
  | { on: 'byCount' };

/** What `replayTo` did: where it landed, or why the log no longer fits. Never an exception. */
export type ReplayResult =
  | {
      ok: true;
      /** The step on screen (null: call `next`). */
      step: Step | null;
      landing: ReplayLanding;
      /** The line after the last choice it landed on, and how many lines the passage has up to a choice or the end. */
      position: number;
      passageLines: number;
    }
  | { ok: false; reason: string };

// A passage without a choice longer than this is a story looping on itself, not a scene.
const PASSAGE_MAX_LINES = 20_000;

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
  private logTexts: (string | null)[] = [];
  private sinceChoice = 0;
  private recent: string[] = [];
  private currentStep: Step | null = null;
  private replaying = false;
  private lastLocation: string | null = null;
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

  /** The ink path the line on screen was read from (`breakfast_scene.kitchen.3`), or null before the first. */
  get location(): string | null {
    return this.lastLocation;
  }

  /**
   * Dev panel only: goes on from the start of knot or stitch `path` (`breakfast_scene.kitchen`) with the state
   * as it stands, as a divert would. The choice log does not record it. Throws when there is no such path.
   */
  jumpTo(path: string): void {
    this.story.ChoosePathString(path);
    this.sinceChoice = 0;
    this.recent = [];
  }

  /** Advances to the next line, gathering the staging that comes before it. */
  next(): Step {
    const directives: Directive[] = [];
    let line: Line | null = null;
    while (this.story.canContinue && !line) {
      const location = this.story.state.currentPathString ?? 'story start';
      this.lastLocation = location;
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
    this.logTexts.push(choice.text);
    this.sinceChoice = 0;
    this.recent = [];
    this.announce('choiceMade', { index, text: choice.text, log: [...this.log] });
  }

  /**
   * Takes a route from where the story stands: for each index of `route`, reads on to the choices
   * and takes that option (`onChoice` sees what was offered first), then reads `steps` more lines.
   * The one route walker: starting at a chapter or a route-map point, retracing a save's route and
   * replaying a save all go through it. Returns the step on screen. Throws RangeError when an index
   * is not on offer.
   */
  advanceTo(
    route: readonly number[],
    steps: number,
    onChoice?: (offered: OfferedChoices, index: number) => void,
  ): Step | null {
    for (const index of route) {
      while (this.story.canContinue) this.next();
      if (onChoice) onChoice({ sources: this.choiceSources(), choices: this.offered() }, index);
      this.choose(index);
    }
    for (let i = 0; i < steps && this.story.canContinue; i++) this.next();
    return this.currentStep;
  }

  /** Back to the story's start, quietly (a replay re-reads the past; it is not news). */
  private restart(): void {
    this.story = new Story(this.json);
    this.stageNow = EMPTY_STAGE;
    this.log = [];
    this.logTexts = [];
    this.sinceChoice = 0;
    this.recent = [];
    this.currentStep = null;
    this.replaying = true;
  }

  /** The choices on offer now, as the reader sees them. */
  private offered(): ChoiceOption[] {
    return this.story.currentChoices.map((c) => ({ index: c.index, text: c.text }));
  }

  /** Everything needed to come back to this exact line. */
  snapshot(): RunSnapshot {
    return {
      inkState: this.story.state.toJson(),
      choiceLog: [...this.log],
      choiceTexts: [...this.logTexts],
      stepsSinceChoice: this.sinceChoice,
      recentLines: [...this.recent],
      stage: this.stageNow,
      current: this.currentStep,
    };
  }

  /** Puts the story back exactly where a snapshot of this same story was taken. No events fire. */
  restore(snapshot: RunSnapshot): void {
    const story = new Story(this.json);
    story.state.LoadJson(snapshot.inkState);
    this.story = story;
    this.adopt(snapshot);
  }

  /**
   * Puts the story back where this runner took `snapshot`, on the story already parsed (no `new Story`),
   * for tools walking many routes. Unlike `restore`, a state that fails to load may leave the runner half-way.
   */
  rewind(snapshot: RunSnapshot): void {
    this.story.state.LoadJson(snapshot.inkState);
    this.adopt(snapshot);
  }

  private adopt(snapshot: RunSnapshot): void {
    this.log = [...snapshot.choiceLog];
    this.logTexts = snapshot.choiceTexts ? [...snapshot.choiceTexts] : [];
    this.sinceChoice = snapshot.stepsSinceChoice;
    this.recent = snapshot.recentLines ? [...snapshot.recentLines] : [];
    this.stageNow = snapshot.stage;
    this.currentStep = snapshot.current;
  }

  /**
   * Replays a choice log from the start (for saves made on an older story): takes the choices
   * in order, then `stepsSinceChoice` lines more. The stage is rebuilt from the directives met.
   * Fires no events. Throws ReplayError when the log no longer fits.
   */
  replay(choiceLog: readonly number[], stepsSinceChoice: number): Step | null {
    this.restart();
    try {
      return this.advanceTo(choiceLog, Math.max(1, stepsSinceChoice), ({ choices }, index) => {
        if (index >= choices.length) {
          throw new ReplayError(`choice ${this.log.length + 1} of the save (option ${index + 1}) is no longer offered`);
        }
      });
    } finally {
      this.replaying = false;
    }
  }

  /**
   * Replays a logged run from the start and lands on its line by identity, not by count: each choice
   * is taken by its words where they were recorded (by index only in older saves), then the saved line
   * is searched for by id among the lines up to the next choice, nearest its step count; where it is
   * gone, the nearest earlier line still there. Fires no events; never throws for a log that does not fit.
   */
  replayTo(choices: readonly LoggedChoice[], target: ReplayTarget): ReplayResult {
    this.restart();
    try {
      for (const [n, logged] of choices.entries()) {
        while (this.story.canContinue) this.next();
        const index = this.matchChoice(logged);
        if (index === null) return { ok: false, reason: this.unmatchedReason(n, logged) };
        this.choose(index);
      }
      return this.land(target);
    } finally {
      this.replaying = false;
    }
  }

  private matchChoice(logged: LoggedChoice): number | null {
    return matchChoice(this.story.currentChoices, logged);
  }

  private unmatchedReason(n: number, logged: LoggedChoice): string {
    const offered = this.story.currentChoices.length;
    if (offered === 0) return `the story now ends before choice ${n + 1} of the save`;
    const named = logged.text === null ? `option ${logged.index + 1}` : `"${logged.text}"`;
    return `choice ${n + 1} of the save (${named}) is no longer offered (${offered} on offer there now)`;
  }

  /** After the last choice: reads the passage once for its line ids, picks the landing line, and steps to it. */
  private land(target: ReplayTarget): ReplayResult {
    if (target.steps === 0) return { ok: true, step: null, landing: { on: 'sameLine' }, position: 0, passageLines: 0 };
    const start = { state: this.story.state.toJson(), stage: this.stageNow };
    const ids: string[] = [];
    while (this.story.canContinue && ids.length < PASSAGE_MAX_LINES) {
      const line = this.next().line;
      if (line) ids.push(line.id);
    }
    const { position, landing } = pickLanding(ids, target);
    this.story.state.LoadJson(start.state);
    this.stageNow = start.stage;
    this.sinceChoice = 0;
    this.recent = [];
    this.currentStep = null;
    while (this.sinceChoice < position && this.story.canContinue) this.next();
    // The saved screen was the staging or choices after its last line: show those, as it did.
    if (target.pastLastLine && position === ids.length && this.story.canContinue) this.next();
    // A passage of staging only: its step (the choices, or the end) is the screen.
    if (this.currentStep === null) this.next();
    return { ok: true, step: this.currentStep, landing, position, passageLines: ids.length };
  }

  /** Applies directives, announces what happened, and records the step. */
  private settle(line: Line | null, directives: Directive[]): Step {
    this.stageNow = reduceStep(this.stageNow, directives);
    const waiting = !this.story.canContinue;
    const choices = waiting ? this.story.currentChoices.map((c) => ({ index: c.index, text: c.text })) : [];
    const step: Step = { line, directives, choices, ended: waiting && choices.length === 0, stage: this.stageNow };
    if (line) {
      this.sinceChoice++;
      this.recent.push(line.id);
      if (this.recent.length > RECENT_LINES_KEPT) this.recent.shift();
    }
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

/**
 * Which line of a passage (`ids`, the lines after the last choice) a replay lands on, counted from 1: the
 * saved line where it still is (nearest the step count when it occurs twice), else the nearest earlier
 * saved line still there, else the first line.
 */
export function pickLanding(
  ids: readonly string[],
  target: ReplayTarget,
): { position: number; landing: ReplayLanding } {
  if (target.lines.length === 0) return { position: Math.min(target.steps, ids.length), landing: { on: 'byCount' } };
  for (let back = 0; back < target.lines.length; back++) {
    const id = target.lines[target.lines.length - 1 - back];
    const expected = target.steps - back;
    let best = -1;
    for (let i = 0; i < ids.length; i++) {
      const nearer = best < 0 || Math.abs(i + 1 - expected) < Math.abs(best + 1 - expected);
      if (ids[i] === id && nearer) best = i;
    }
    if (best < 0) continue;
    return { position: best + 1, landing: back === 0 ? { on: 'sameLine' } : { on: 'earlierLine', linesBack: back } };
  }
  return { position: Math.min(1, ids.length), landing: { on: 'passageStart' } };
}

/**
 * The index of the offered choice that `logged` names (`offered` in the order ink offers them): same words
 * at the same index, else the one option with those words; by index alone for an older save. Null: none.
 */
export function matchChoice(offered: readonly { text: string }[], logged: LoggedChoice): number | null {
  if (logged.text === null) return logged.index < offered.length ? logged.index : null;
  if (offered[logged.index]?.text === logged.text) return logged.index;
  const same = offered.flatMap((c, i) => (c.text === logged.text ? [i] : []));
  return same.length === 1 ? same[0] : null;
}
