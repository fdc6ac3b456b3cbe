// The instrumented story: one inkjs Story that also tells what the runtime reads and writes as
// it runs (containers entered, visit counts and globals read, globals set), and reads lines and
// tags as the game does.
import { Story } from 'inkjs';
import type { Container } from 'inkjs/engine/Container';
import type { StoryState } from 'inkjs/engine/StoryState';
import { parseTags, type TagProblem } from '../../story/directives.ts';
import { parseLine, type Line } from '../../story/lines.ts';
import { INT_VALUE, mapStory, namedPath, type StoryMap } from './storyMap.ts';

/** What one continuation showed and where it stopped. */
export interface Continuation {
  lines: Line[];
  words: number;
  chapters: number[];
  ending: { id: string; title: string } | null;
  /** Choices on offer where it stopped (empty at the end). */
  choices: { text: string; source: string }[];
  /** Ink path of the last content evaluated. */
  lastPath: string;
}

/** Words in displayed text. */
export const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;
/** A line as a reader would quote it: `Speaker: text`, or the narration. */
export const lineText = (line: Line): string => (line.speaker ? `${line.speaker}: ${line.text}` : line.text);

/**
 * One inkjs Story with the explorer's hooks: which containers the runtime enters, and which
 * visit counts and global variables it reads, and which globals it sets. The hooks sit on this
 * story's own objects, never on inkjs's classes. While it looks ahead for glue, inkjs swaps its
 * state for a patched copy (StoryState.CopyAndStartPatching), so each copy is hooked as it is made.
 */
export class InstrumentedStory {
  readonly story: Story;
  /** Containers the runtime entered, ever. */
  readonly entered = new Set<Container>();
  /** Reads (`cnt:<container path>`, `var:<global>`) made during the current continuation. */
  reads = new Set<string>();
  /** Globals given a new value during the current continuation, other than by `~ x++` on a whole number. */
  assigned = new Set<string>();
  readonly tagProblems = new Map<string, TagProblem>();
  readonly runtimeProblems = new Set<string>();
  /** Distinct lines (`Speaker: text`) → where first met. */
  readonly lineFirstSeen = new Map<string, { line: Line; at: string }>();
  /** What the compiled story holds. */
  readonly map: StoryMap;
  private location = 'story start';
  private lastEntered: Container | null = null;
  private incrementing = false;
  private readonly hooked = new WeakSet<object>();
  private readonly parsedLines = new Map<string, Line>();

  constructor(json: string) {
    const story = new Story(json);
    this.story = story;
    this.map = mapStory(story, json);
    const visit = story.VisitContainer.bind(story);
    story.VisitContainer = (container, atStart) => {
      this.entered.add(container);
      this.lastEntered = container;
      visit(container, atStart);
    };
    this.hookState(story.state);
    story.onError = (message, type) => {
      const kind = type === 2 ? 'error' : type === 1 ? 'warning' : 'author';
      this.runtimeProblems.add(`${kind} at ${this.location}: ${message}`);
    };
  }

  /** Forgets the reads and assignments recorded so far, before a continuation to be recorded. */
  startRecording(): void {
    this.reads = new Set();
    this.assigned = new Set();
  }

  private hookState(state: StoryState): void {
    if (this.hooked.has(state)) return;
    this.hooked.add(state);
    const count = state.VisitCountForContainer.bind(state);
    const increment = state.IncrementVisitCountForContainer.bind(state);
    const copy = state.CopyAndStartPatching.bind(state);
    // inkjs swaps in a patched copy of its state while it looks ahead for glue: hook that too.
    state.CopyAndStartPatching = (forBackgroundSave) => {
      const copied = copy(forBackgroundSave);
      this.hookState(copied);
      return copied;
    };
    // Incrementing a count reads it first (while inkjs looks ahead); that is not a read that steers the story.
    state.IncrementVisitCountForContainer = (container) => {
      this.incrementing = true;
      try {
        increment(container);
      } finally {
        this.incrementing = false;
      }
    };
    state.VisitCountForContainer = (container) => {
      if (container && !this.incrementing) this.reads.add('cnt:' + container.path.toString());
      return count(container);
    };
    this.hookVariables(state);
  }

  private hookVariables(state: StoryState): void {
    const variables = state.variablesState;
    if (this.hooked.has(variables)) return;
    this.hooked.add(variables);
    const get = variables.GetVariableWithName.bind(variables);
    const setGlobal = variables.SetGlobal.bind(variables);
    variables.GetVariableWithName = (name, contextIndex = -1) => {
      const value = get(name, contextIndex);
      const global = contextIndex === 0 || contextIndex === -1;
      if (name !== null && global && variables.GlobalVariableExistsWithName(name)) {
        // `~ x++`, `~ x -= 2` on a whole number: the value only flows back into x, and a later read of x is recorded then.
        const wholeNumber = (value as { valueType?: number } | null)?.valueType === INT_VALUE;
        if (!wholeNumber || !this.evaluatingSelfUpdate()) {
          this.reads.add('var:' + name);
          if (this.evaluatingSelfUpdate()) this.assigned.add(name);
        }
      }
      return value;
    };
    variables.SetGlobal = (name, value) => {
      if (name !== null && !this.evaluatingSelfUpdate()) this.assigned.add(name);
      setGlobal(name, value);
    };
  }

  /** True while the runtime is evaluating part of an `x = x ± constant` update. */
  private evaluatingSelfUpdate(): boolean {
    const evaluating = this.story.state.currentPointer.Resolve();
    return evaluating !== null && this.map.selfUpdates.has(evaluating);
  }

  /** Continues until the next choice point or the end, reading lines and tags as the game does. */
  continue(): Continuation {
    const story = this.story;
    const c: Continuation = { lines: [], words: 0, chapters: [], ending: null, choices: [], lastPath: '' };
    c.lastPath = story.state.currentPathString ?? 'story start';
    while (story.canContinue) {
      this.location = story.state.currentPathString ?? c.lastPath;
      const text = story.Continue() ?? '';
      // Where the line and its tags were read: the last content the runtime evaluated.
      c.lastPath = story.state.previousPointer.path?.toString() ?? this.lastEntered?.path.toString() ?? this.location;
      const at = namedPath(c.lastPath) || c.lastPath;
      this.readTags(c, at);
      if (text.trim()) this.readLine(c, text, at);
    }
    c.choices = story.currentChoices.map((choice) => ({ text: choice.text, source: choice.sourcePath }));
    if (c.choices.length) c.ending = null;
    return c;
  }

  private readTags(c: Continuation, at: string): void {
    const parsed = parseTags(this.story.currentTags ?? [], at);
    for (const problem of parsed.problems) this.tagProblems.set(`${problem.location}\u0000${problem.tag}`, problem);
    for (const d of parsed.directives) {
      if (d.kind === 'chapter') c.chapters.push(d.number);
      if (d.kind === 'ending') c.ending = { id: d.id, title: d.title };
    }
  }

  private readLine(c: Continuation, text: string, at: string): void {
    let line = this.parsedLines.get(text);
    if (!line) {
      line = parseLine(text);
      this.parsedLines.set(text, line);
    }
    c.lines.push(line);
    c.words += countWords(line.text);
    const key = lineText(line);
    if (!this.lineFirstSeen.has(key)) this.lineFirstSeen.set(key, { line, at });
  }
}
