// Node-only: explores every route through a compiled ink story, state included, and reports
// endings, dead ends, unvisited knots, route lengths and tag problems. The browser never imports it.
import { Story } from 'inkjs';
import type { ChoicePoint } from 'inkjs/engine/ChoicePoint';
import type { Container } from 'inkjs/engine/Container';
import type { InkObject } from 'inkjs/engine/Object';
import type { StoryState } from 'inkjs/engine/StoryState';
import type { VariableAssignment } from 'inkjs/engine/VariableAssignment';
import type { VariableReference } from 'inkjs/engine/VariableReference';
import { parseTag, parseTags, type TagProblem } from '../story/directives.ts';
import { parseLine, type Line } from '../story/lines.ts';

/** Longest line, in characters of displayed text, that fits the dialogue box comfortably. */
export const LONG_LINE = 240;

/** One choice taken on a route: its index among those on offer, and its text. */
export interface RouteStep {
  index: number;
  text: string;
}

/** An ending (a `# ending:` directive followed by the end of the story). */
export interface EndingSummary {
  id: string;
  title: string;
  /** How many distinct routes (choice sequences) reach it; 0 when declared but unreachable. */
  routes: number;
  /** The route with the fewest choices (then the fewest words), as choice texts. */
  shortest: string[];
  /** The same route as choice indices, to replay it with `playRoute`. */
  shortestSteps: RouteStep[];
  /** Words read on that route. */
  shortestWords: number;
  /** The last three lines of that route (`Speaker: text` or narration), its final scene. */
  finalLines: string[];
}

/** Where the story stopped with no choice and no ending since the last choice point. */
export interface DeadEnd {
  /** The knot/stitch (named ink path) of the last content read. */
  at: string;
  /** The last line shown before it stopped, if any. */
  lastLine: string | null;
  routes: number;
  /** A shortest route there, as choice texts. */
  shortest: string[];
}

/** A choice point the story can come back to with nothing that matters changed: an endless route. */
export interface StoryLoop {
  /** Route graph id of the choice point. */
  node: string;
  /** A shortest route into the loop, as choice texts. */
  shortest: string[];
}

/** Minimum, maximum and mean over every route, and the canonical route's value. */
export interface RouteFigures {
  min: number;
  max: number;
  mean: number;
  canonical: number;
}

/** A line longer than `LONG_LINE` characters. */
export interface LongLine {
  /** The line as written (`Speaker: text` or narration). */
  line: string;
  /** Characters of displayed text (the speaker's name is shown apart and not counted). */
  length: number;
  /** Named ink path where it was first met. */
  at: string;
}

/** A speaker name as the game parses it, to catch narration read as dialogue ("Then: nothing."). */
export interface SpeakerSummary {
  name: string;
  /** Distinct lines spoken. */
  lines: number;
  /** One of them, to find it. */
  example: string;
}

/** The route taken by always picking the first option. */
export interface CanonicalRoute {
  choices: string[];
  /** Route graph ids of the choice points passed, in order. */
  nodes: string[];
  /** Chapter numbers in the order their `# chapter:` directives were met. */
  chapters: number[];
  /** Ending id, or null when the route does not reach one. */
  ending: string | null;
  words: number;
  lines: number;
}

/** A node of the route map: a choice point, an ending or a dead end. */
export interface RouteNode {
  /** Stable id: the named ink path holding the choices (`breakfast_scene.kitchen`), `ending:<id>` or `dead-end:<path>`. */
  id: string;
  kind: 'choice' | 'ending' | 'dead-end';
  /** Chapter number in force when the node is first reached (last `# chapter:` before it). */
  chapter: number | null;
  /** Choice texts offered here over every state, in ink order (empty for endings and dead ends). */
  choices: string[];
  /** Ending title, for ending nodes. */
  title?: string;
}

/** Taking `choice` at node `from` leads (in at least one state) to node `to`. */
export interface RouteEdge {
  from: string;
  choice: string;
  to: string;
}

/** The route map: choice points and endings, with every state at one choice point collapsed into one node. */
export interface RouteGraph {
  /** Id of the first node reached from the start of the story. */
  start: string;
  nodes: RouteNode[];
  edges: RouteEdge[];
}

/** How the exploration went: what the memo saved, and what it had to take into account. */
export interface ExplorationFigures {
  /** Distinct states at choice points analysed (each once). */
  statesExpanded: number;
  /** Times a state was recognised and its analysis reused. */
  memoHits: number;
  /** Continuations run for real in inkjs. */
  continuations: number;
  /** Continuations replayed from one recorded for a like state, instead of run again. */
  continuationsReplayed: number;
  /** Containers whose visit counts the ink reads explicitly (`knot.stitch` read counts). */
  countReads: string[];
  /** True when the story reads TURNS or TURNS_SINCE: turn indices are then part of the memo key. */
  usesTurns: boolean;
  /** True when the story uses RANDOM or shuffles: the seed is then part of the memo key (one seed explored). */
  usesRandom: boolean;
  /** False when a limit stopped the exploration early (see `notes`). */
  complete: boolean;
  /** Things a reader of the report should know about how it was made. */
  notes: string[];
}

/** Everything the path explorer found. Plain data, ready for JSON. */
export interface StoryReport {
  /** Every ending reached or declared, in story order of first discovery. */
  endings: EndingSummary[];
  deadEnds: DeadEnd[];
  loops: StoryLoop[];
  /** Knots and stitches (named paths) no route visits. */
  unvisited: string[];
  /** Knots and stitches in the story. */
  knotsAndStitches: number;
  /** Distinct routes from the start to an ending, a dead end or a loop. */
  routes: number;
  /** Words read per route (displayed text of lines, speaker names and choices not counted). */
  words: RouteFigures;
  /** Lines (clicks) per route. */
  lines: RouteFigures;
  /** Distinct lines over every route. */
  distinctLines: number;
  /** Words in those distinct lines: how much text the story holds. */
  distinctLineWords: number;
  /** Distinct word forms (lower case) across every line. */
  vocabulary: number;
  choicePoints: { distinct: number; canonical: number };
  longLines: LongLine[];
  speakers: SpeakerSummary[];
  /** Tags that are not valid directives, met at run time, with their ink path. */
  tagProblems: TagProblem[];
  /** Errors and warnings from the ink runtime, with their ink path. */
  runtimeProblems: string[];
  canonical: CanonicalRoute;
  graph: RouteGraph;
  exploration: ExplorationFigures;
  /** Wall-clock time the exploration took, in milliseconds. */
  elapsedMs: number;
  /** CPU time it took (this process), in milliseconds: the figure to trust on a busy machine. */
  cpuMs: number;
}

/** Limits that keep a runaway story from running forever. */
export interface ExploreOptions {
  /** Stop expanding new states after this many (default 200 000). */
  maxStates?: number;
  /** Treat routes longer than this many choices as endless (default 1 000). */
  maxDepth?: number;
  /**
   * Called at every choice point a route meets, with its route graph id and the choices on offer
   * there (text, and `sourcePath`: where the choice is written), e.g. to tell at run time which
   * node the reader is at from `StoryRunner.choiceSources()`.
   */
  onChoicePoint?: (node: string, choices: readonly { text: string; source: string }[]) => void;
}

/** A route played from the start, line by line. */
export interface PlayedRoute {
  steps: RouteStep[];
  /** Route graph ids of the choice points passed. */
  nodes: string[];
  lines: Line[];
  chapters: number[];
  ending: { id: string; title: string } | null;
  words: number;
  /** True when the story ended (rather than stopping at a choice with no pick left). */
  ended: boolean;
}

/** Explores every route of the compiled story `json` and returns the route graph only. */
export function routeGraph(json: string, options?: ExploreOptions): RouteGraph {
  return exploreStory(json, options).graph;
}

/** Ending ids listed in the `## Endings` table of ink/README.md (rows starting with a `code` id). */
export function listedEndings(readme: string): string[] {
  const section = readme.split(/^## /m).find((part) => /^Endings\b/.test(part)) ?? '';
  return [...section.matchAll(/^\|\s*`([a-z0-9-]+)`\s*\|/gm)].map((m) => m[1]);
}

/** Why the report should fail a build: unreachable listed endings, dead ends, unvisited content, tag problems. */
export function reportFailures(report: StoryReport, expectedEndings: readonly string[]): string[] {
  const failures: string[] = [];
  for (const id of expectedEndings) {
    if (!report.endings.some((e) => e.id === id && e.routes > 0)) failures.push(`ending "${id}" is listed but no route reaches it`);
  }
  for (const d of report.deadEnds) failures.push(`dead end at ${d.at} (${d.routes} route(s))`);
  for (const l of report.loops) failures.push(`endless loop at ${l.node}`);
  for (const path of report.unvisited) failures.push(`${path} is never visited`);
  for (const p of report.tagProblems) failures.push(`tag "# ${p.tag}" at ${p.location}: ${p.message}`);
  for (const p of report.runtimeProblems) failures.push(`ink runtime: ${p}`);
  if (!report.exploration.complete) failures.push('the exploration stopped early: ' + report.exploration.notes.join('; '));
  return failures;
}

// ---------------------------------------------------------------------------------------------
// What the compiled story holds, found once by walking it.

const INTERNAL_NAME = /^(\d+|b|s|c-\d+|g-\d+|\$r\d*|global decl)$/;

/** `after.weeks.0.first_month.7` → `after.weeks.first_month`: the names a writer gave. */
function namedPath(path: string): string {
  return path
    .split('.')
    .filter((part) => part && !INTERNAL_NAME.test(part))
    .join('.');
}

/** The parent path of an ink path (`a.b.3` → `a.b`). */
function parentPath(path: string): string {
  const dot = path.lastIndexOf('.');
  return dot < 0 ? '' : path.slice(0, dot);
}

const isContainer = (o: InkObject): o is Container => 'namedContent' in o && 'content' in o;
const isChoicePoint = (o: InkObject): o is ChoicePoint => 'pathOnChoice' in o && 'onceOnly' in o;
const isVariableReference = (o: InkObject): o is VariableReference => 'pathForCount' in o;
const isCountRead = (o: InkObject): o is VariableReference => isVariableReference(o) && o.pathForCount !== null;
const isAssignment = (o: InkObject): o is VariableAssignment => 'variableName' in o && 'isNewDeclaration' in o;

/**
 * The assignment that ends `x = x ± whole number` when `content[i]` is its read of x, else null.
 * inkjs compiles `~ x++` and `~ x -= 2` to `x, n, +, x=`, and `~ x = x + 1` to `x, n, +, /ev, x=`.
 */
function selfUpdateAt(content: InkObject[], i: number): InkObject | null {
  const [read, amount, op, next, after] = content.slice(i, i + 5);
  if (!read || !amount || !op || !next) return null;
  if (!isVariableReference(read) || read.pathForCount !== null || !read.name) return null;
  if ((amount as { valueType?: unknown }).valueType !== INT_VALUE) return null;
  const opName = (op as { name?: unknown }).name;
  if (!('numberOfParameters' in op) || (opName !== '+' && opName !== '-')) return null;
  const assign = isAssignment(next) ? next : 'commandType' in next && after && isAssignment(after) ? after : null;
  return assign && !assign.isNewDeclaration && assign.variableName === read.name ? assign : null;
}

/** Static facts about one compiled story. */
interface StoryMap {
  /** Named paths of every knot and stitch. */
  knotsAndStitches: string[];
  /** Path of each container that holds choice points → its route graph id. */
  holderIds: Map<string, string>;
  /** Holder paths in story order. */
  holders: string[];
  countReads: string[];
  usesTurns: boolean;
  usesRandom: boolean;
  /** Endings declared by `# ending:` tags in the compiled story, in story order. */
  declaredEndings: { id: string; title: string }[];
  /** Variable references and assignments of `x = x ± constant` (`~ x++`, `~ x -= 2`). */
  selfUpdates: WeakSet<InkObject>;
}

/** inkjs's ValueType.Int. */
const INT_VALUE = 0;
const TURN_COMMANDS = new Set(['turn', 'turns']);
const RANDOM_COMMANDS = new Set(['rnd', 'srnd', 'seq', 'lrnd']);

function mapStory(story: Story, json: string): StoryMap {
  const root = story.mainContentContainer;
  const knotsAndStitches: string[] = [];
  for (const [name, named] of root.namedContent) {
    if (INTERNAL_NAME.test(name)) continue;
    knotsAndStitches.push(name);
    const knot = named as unknown as InkObject;
    if (!isContainer(knot)) continue;
    for (const [stitch] of knot.namedContent) {
      if (!INTERNAL_NAME.test(stitch)) knotsAndStitches.push(`${name}.${stitch}`);
    }
  }

  const holders: string[] = [];
  const countReads = new Set<string>();
  const selfUpdates = new WeakSet<InkObject>();
  const walk = (container: Container) => {
    let holds = false;
    for (const [i, item] of container.content.entries()) {
      const assign = selfUpdateAt(container.content, i);
      if (assign) {
        selfUpdates.add(item);
        selfUpdates.add(assign);
      }
      if (isContainer(item)) walk(item);
      else if (isChoicePoint(item)) holds = true;
      else if (isCountRead(item) && item.containerForCount) countReads.add(item.containerForCount.path.toString());
    }
    if (holds) holders.push(container.path.toString());
    for (const [, named] of container.namedContent) {
      const object = named as unknown as InkObject;
      if (isContainer(object) && !container.content.includes(object)) walk(object);
    }
  };
  walk(root);
  // Holders are listed after their nested content; sort them into story order.
  holders.sort(comparePaths);
  const holderIds = new Map<string, string>();
  const taken = new Map<string, number>();
  for (const holder of holders) {
    const name = namedPath(holder) || 'story';
    const count = (taken.get(name) ?? 0) + 1;
    taken.set(name, count);
    holderIds.set(holder, count === 1 ? name : `${name}#${count}`);
  }

  let usesTurns = false;
  let usesRandom = false;
  const declaredEndings: { id: string; title: string }[] = [];
  const scan = (value: unknown) => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        if (typeof item === 'string') {
          if (TURN_COMMANDS.has(item)) usesTurns = true;
          if (RANDOM_COMMANDS.has(item)) usesRandom = true;
          const text = value[i + 1];
          if (item === '#' && typeof text === 'string' && text.startsWith('^')) {
            const parsed = parseTag(text.slice(1));
            if (parsed.ok && parsed.directive.kind === 'ending') declaredEndings.push({ id: parsed.directive.id, title: parsed.directive.title });
          }
        } else scan(item);
      });
    } else if (value && typeof value === 'object') {
      for (const v of Object.values(value)) if (typeof v === 'object') scan(v);
    }
  };
  scan((JSON.parse(json) as { root: unknown }).root);

  return { knotsAndStitches, holderIds, holders, countReads: [...countReads].sort(), usesTurns, usesRandom, declaredEndings, selfUpdates };
}

/** Orders ink paths as the story is laid out: numeric components as numbers. */
function comparePaths(a: string, b: string): number {
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    if (pa[i] === pb[i]) continue;
    const na = Number(pa[i]);
    const nb = Number(pb[i]);
    if (Number.isInteger(na) && Number.isInteger(nb)) return na - nb;
    if (Number.isInteger(na)) return -1;
    if (Number.isInteger(nb)) return 1;
    return pa[i] < pb[i] ? -1 : 1;
  }
  return pa.length - pb.length;
}

/** The route graph id of the choice point offering choices generated at `sources` (choice point paths). */
function choicePointId(map: StoryMap, sources: readonly string[]): string {
  const parents = sources.map(parentPath);
  let common = parents[0] ?? '';
  for (const p of parents) {
    while (common && p !== common && !p.startsWith(common + '.')) common = parentPath(common);
  }
  const exact = map.holderIds.get(common);
  if (exact) return exact;
  const inside = map.holders.find((h) => h.startsWith(common + '.'));
  return inside ? map.holderIds.get(inside)! : namedPath(common) || 'story';
}

// ---------------------------------------------------------------------------------------------
// Running the story: one continuation from a choice (or the start) to the next choice point or end.

/** What one continuation showed and where it stopped. */
interface Continuation {
  lines: Line[];
  words: number;
  chapters: number[];
  ending: { id: string; title: string } | null;
  /** Choices on offer where it stopped (empty at the end). */
  choices: { text: string; source: string }[];
  /** Ink path of the last content evaluated. */
  lastPath: string;
}

/**
 * One inkjs Story with the explorer's hooks: which containers the runtime enters, and which
 * visit counts and global variables it reads, and which globals it sets. The hooks sit on this
 * story's own objects, never on inkjs's classes. While it looks ahead for glue, inkjs swaps its
 * state for a patched copy (StoryState.CopyAndStartPatching), so each copy is hooked as it is made.
 */
class InstrumentedStory {
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
  private location = 'story start';
  private lastEntered: Container | null = null;
  private incrementing = false;
  private readonly hooked = new WeakSet<object>();
  private readonly parsedLines = new Map<string, Line>();
  /** What the compiled story holds. */
  readonly map: StoryMap;

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
    const variables = state.variablesState;
    if (this.hooked.has(variables)) return;
    this.hooked.add(variables);
    const get = variables.GetVariableWithName.bind(variables);
    const setGlobal = variables.SetGlobal.bind(variables);
    variables.GetVariableWithName = (name, contextIndex = -1) => {
      const value = get(name, contextIndex);
      if (name !== null && (contextIndex === 0 || contextIndex === -1) && variables.GlobalVariableExistsWithName(name)) {
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
    const lines: Line[] = [];
    const chapters: number[] = [];
    let ending: Continuation['ending'] = null;
    let words = 0;
    let lastPath = story.state.currentPathString ?? 'story start';
    while (story.canContinue) {
      this.location = story.state.currentPathString ?? lastPath;
      const text = story.Continue() ?? '';
      // Where the line and its tags were read: the last content the runtime evaluated.
      lastPath = story.state.previousPointer.path?.toString() ?? this.lastEntered?.path.toString() ?? this.location;
      const at = namedPath(lastPath) || lastPath;
      const parsed = parseTags(story.currentTags ?? [], at);
      for (const problem of parsed.problems) this.tagProblems.set(`${problem.location}\u0000${problem.tag}`, problem);
      for (const d of parsed.directives) {
        if (d.kind === 'chapter') chapters.push(d.number);
        if (d.kind === 'ending') ending = { id: d.id, title: d.title };
      }
      if (!text.trim()) continue;
      let line = this.parsedLines.get(text);
      if (!line) {
        line = parseLine(text);
        this.parsedLines.set(text, line);
      }
      lines.push(line);
      words += countWords(line.text);
      const key = lineText(line);
      if (!this.lineFirstSeen.has(key)) this.lineFirstSeen.set(key, { line, at });
    }
    const choices = story.currentChoices.map((c) => ({ text: c.text, source: c.sourcePath }));
    return { lines, words, chapters, ending: choices.length ? null : ending, choices, lastPath };
  }
}

const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;
const lineText = (line: Line): string => (line.speaker ? `${line.speaker}: ${line.text}` : line.text);

/**
 * Plays the story from the start, taking the given choice indices, or always the first option
 * (stopping after `maxChoices`, for a story whose first options go round in a loop).
 */
export function playRoute(json: string, picks: readonly number[] | 'first', maxChoices = 1_000): PlayedRoute {
  const run = new InstrumentedStory(json);
  const map = run.map;
  const played: PlayedRoute = { steps: [], nodes: [], lines: [], chapters: [], ending: null, words: 0, ended: false };
  for (let turn = 0; ; turn++) {
    const c = run.continue();
    played.lines.push(...c.lines);
    played.chapters.push(...c.chapters);
    played.words += c.words;
    if (!c.choices.length) {
      played.ending = c.ending;
      played.ended = true;
      return played;
    }
    const index = picks === 'first' ? 0 : picks[turn];
    if (index === undefined || index >= c.choices.length || turn >= maxChoices) return played;
    played.nodes.push(choicePointId(map, c.choices.map((ch) => ch.source)));
    played.steps.push({ index, text: c.choices[index].text });
    run.story.ChooseChoiceIndex(index);
  }
}

// ---------------------------------------------------------------------------------------------
// The exploration: depth first over states at choice points, memoised.

/** How a route from some state finishes: `ending:<id>`, `dead-end:<path>` or `loop:<node>`. */
interface Outcome {
  routes: number;
  steps: RouteStep[];
  words: number;
  /** For dead ends: the last line shown. */
  lastLine?: string | null;
}

/** Everything that can still happen from one state, over all routes from it. */
interface Future {
  routes: number;
  minWords: number;
  maxWords: number;
  sumWords: number;
  minLines: number;
  maxLines: number;
  sumLines: number;
  outcomes: Map<string, Outcome>;
}

/**
 * Memoised analyses of states with one base key, grouped by what their routes read: for each
 * set of reads, the values the analysed state had for them → what can still happen from it.
 */
type MemoShelf = Map<string, { reads: string[]; futures: Map<string, Future> }>;

/** A global's change over one continuation: set to a value (undefined: back to its default), or a whole number added. */
interface VariableChange {
  name: string;
  set?: unknown;
  add?: number;
}

/**
 * What choosing one option from a state did: what it showed, what it read, and how it changed
 * the state. Replayed for any state with the same base key and the same values for `reads`,
 * for the reason the memo is sound (see `baseKey`): such a state runs the same way.
 */
interface Transition {
  continuation: Continuation;
  /** Reads made on the way, sorted. */
  reads: string[];
  /** The state where it stopped, without globals and visit counts; null at an end. */
  rest: Omit<InkStateJson, 'variablesState' | 'visitCounts'> | null;
  /** Base key of that state. */
  nextBase: string | null;
  variables: VariableChange[];
  /** Visit counts added, by container path. */
  counts: [string, number][];
}

/** Recorded transitions from one base key and choice, grouped by what they read, then by the values read. */
type TransitionShelf = Map<string, { reads: string[]; recorded: Map<string, Transition> }>;

/** One state on the current depth-first route, to recognise a route that comes back to it. */
interface Frame {
  state: InkStateJson;
  /** Reads made by the continuation that left this frame on the current route. */
  readsOut: readonly string[];
}

interface InkStateJson {
  flows: Record<string, { callstack: { threads: unknown[] }; choiceThreads?: Record<string, unknown>; currentChoices?: unknown[] }>;
  currentFlowName?: string;
  variablesState: Record<string, unknown>;
  evalStack: unknown[];
  visitCounts?: Record<string, number>;
  turnIndices?: Record<string, number>;
  turnIdx?: number;
  storySeed?: number;
  previousRandom?: number;
}

/**
 * The memo key, part one (the base key): everything in the ink state that can change what
 * happens next and is not a global variable or a visit count. That is the call stack of every
 * thread (pointers, tunnel and function return points, temporary variables), the choices on
 * offer with the threads they resume, and the evaluation stack. Left out: the output stream
 * (inkjs clears it at the start of every Continue), thread numbers (renumbered in order of
 * appearance: they are only names), turn indices unless the story reads TURNS/TURNS_SINCE,
 * and the random seed unless it uses RANDOM or shuffles.
 *
 * Part two, what is read. With countAllVisits every knot, stitch and choice is counted, and
 * two routes to one choice point nearly always differ in some count, or in a variable nobody
 * looks at again. So global variables and visit counts count only where they are read: the
 * runtime reads counts through StoryState.VisitCountForContainer (`{knot}` conditions,
 * once-only `*` choices, sequences) and globals through VariablesState.GetVariableWithName,
 * and we watch both. (A read that only feeds `~ x++` or `~ x -= 2` does not count: the value
 * flows back into x alone, and a later real read of x is recorded when it happens.) The
 * analysis of a state S is stored with S's values for everything read on any route from S,
 * and reused for a state T only if T has the same base key and the same values for all of
 * those reads. That is sound: take the same choices from T as from S; each read returns what
 * it returned from S, because it starts from the same value and everything before it went
 * the same way (so the same visits and updates happened since); so T's routes are S's routes,
 * with the same lines, choices and endings.
 */
function baseKey(state: InkStateJson, map: StoryMap): string {
  const flows: Record<string, unknown> = {};
  for (const name of Object.keys(state.flows).sort()) {
    const flow = state.flows[name];
    flows[name] = { threads: flow.callstack.threads, choiceThreads: flow.choiceThreads ?? {}, choices: flow.currentChoices ?? [] };
  }
  const key: Record<string, unknown> = { flow: state.currentFlowName ?? '', flows, stack: state.evalStack };
  if (map.usesTurns) key.turns = [state.turnIdx, state.turnIndices];
  if (map.usesRandom) key.random = [state.storySeed, state.previousRandom];
  return renumberThreads(JSON.stringify(key));
}

/** The value a read (`cnt:<path>` or `var:<name>`) sees in a saved state, as a comparable string. */
function valueAt(state: InkStateJson, read: string): string {
  // Globals at their default value are left out of inkjs's save; absent means default.
  if (read.startsWith('var:')) return JSON.stringify(state.variablesState[read.slice(4)] ?? null);
  return String(state.visitCounts?.[read.slice(4)] ?? 0);
}

const valuesKey = (state: InkStateJson, reads: readonly string[]): string => reads.map((r) => valueAt(state, r)).join('\u0000');

/** Renames thread numbers in order of first appearance, so equal states get equal keys. */
function renumberThreads(key: string): string {
  const names = new Map<string, number>();
  const rename = (n: string) => {
    if (!names.has(n)) names.set(n, names.size);
    return names.get(n)!;
  };
  return key.replace(/"(threadIndex|originalThreadIndex)":(\d+)|"(\d+)":\{"callstack"/g, (whole, field, n, keyN) =>
    field ? `"${field}":${rename(n)}` : `"${rename(keyN)}":{"callstack"`,
  );
}

const TERMINAL_FUTURE = (key: string, words: number, lines: number, lastLine?: string | null): Future => ({
  routes: 1,
  minWords: words,
  maxWords: words,
  sumWords: words,
  minLines: lines,
  maxLines: lines,
  sumLines: lines,
  outcomes: new Map([[key, { routes: 1, steps: [], words, lastLine }]]),
});

const EMPTY_FUTURE = (): Future => ({
  routes: 0,
  minWords: Infinity,
  maxWords: -Infinity,
  sumWords: 0,
  minLines: Infinity,
  maxLines: -Infinity,
  sumLines: 0,
  outcomes: new Map(),
});

/** Adds the routes that start by reading `words`/`lines` and then follow `next` (after `step`, if any). */
function addRoutes(into: Future, next: Future, words: number, lines: number, step: RouteStep | null): void {
  if (!next.routes) return;
  into.routes += next.routes;
  into.minWords = Math.min(into.minWords, words + next.minWords);
  into.maxWords = Math.max(into.maxWords, words + next.maxWords);
  into.sumWords += words * next.routes + next.sumWords;
  into.minLines = Math.min(into.minLines, lines + next.minLines);
  into.maxLines = Math.max(into.maxLines, lines + next.maxLines);
  into.sumLines += lines * next.routes + next.sumLines;
  for (const [key, outcome] of next.outcomes) {
    const steps = step ? [step, ...outcome.steps] : outcome.steps;
    const candidate: Outcome = { routes: outcome.routes, steps, words: words + outcome.words, lastLine: outcome.lastLine };
    const have = into.outcomes.get(key);
    if (!have) {
      into.outcomes.set(key, candidate);
      continue;
    }
    have.routes += outcome.routes;
    const shorter = steps.length < have.steps.length || (steps.length === have.steps.length && candidate.words < have.words);
    if (shorter) {
      have.steps = steps;
      have.words = candidate.words;
      have.lastLine = candidate.lastLine;
    }
  }
}

/** Graph nodes and edges as they are discovered. */
class GraphBuilder {
  readonly nodes = new Map<string, RouteNode & { order: Map<string, number> }>();
  readonly edges = new Map<string, RouteEdge>();

  node(id: string, kind: RouteNode['kind'], chapter: number | null, title?: string) {
    let node = this.nodes.get(id);
    if (!node) {
      node = { id, kind, chapter, choices: [], order: new Map(), ...(title ? { title } : {}) };
      this.nodes.set(id, node);
    }
    return node;
  }

  offer(id: string, choices: { text: string; source: string }[]): void {
    const node = this.nodes.get(id)!;
    for (const c of choices) {
      if (node.order.has(c.text)) continue;
      node.order.set(c.text, Number(c.source.slice(c.source.lastIndexOf('.') + 1)) || 0);
      node.choices = [...node.order.entries()].sort((a, b) => a[1] - b[1]).map(([text]) => text);
    }
  }

  edge(from: string, choice: string, to: string): void {
    this.edges.set(`${from}\u0000${choice}\u0000${to}`, { from, choice, to });
  }

  build(start: string): RouteGraph {
    const nodes = [...this.nodes.values()].map(({ order: _order, ...node }) => node);
    return { start, nodes, edges: [...this.edges.values()] };
  }
}

/** Explores every route through compiled ink `json` and reports what it found. Pure; takes seconds on the whole story. */
export function exploreStory(json: string, options: ExploreOptions = {}): StoryReport {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const maxStates = options.maxStates ?? 200_000;
  const maxDepth = options.maxDepth ?? 1_000;
  const run = new InstrumentedStory(json);
  const story = run.story;
  const map = run.map;
  const graph = new GraphBuilder();
  const memo = new Map<string, MemoShelf>();
  const transitions = new Map<string, TransitionShelf>();
  // Replaying recorded transitions relies on visit counts and globals being the only state that
  // varies between like states; with TURNS or RANDOM in play every continuation is run for real.
  const replayTransitions = !map.usesTurns && !map.usesRandom;
  const stack: Frame[] = [];
  const stackByBase = new Map<string, number[]>();
  const notes: string[] = [];
  const figures = { statesExpanded: 0, memoHits: 0, continuations: 0, continuationsReplayed: 0, complete: true };
  const endingTitles = new Map<string, string>();
  const defaultWholeNumber = (name: string): number | undefined => {
    const value = story.variablesState.TryGetDefaultVariableValue(name) as { valueType?: number; value?: unknown } | null;
    return value?.valueType === INT_VALUE && typeof value.value === 'number' ? value.value : undefined;
  };

  /** Where one continuation leads: the next choice point, an ending or a dead end. */
  const outcomeNode = (c: Continuation, chapter: number | null): { id: string; key: string | null } => {
    if (c.choices.length) {
      const id = choicePointId(map, c.choices.map((ch) => ch.source));
      graph.node(id, 'choice', chapter);
      graph.offer(id, c.choices);
      options.onChoicePoint?.(id, c.choices);
      return { id, key: null };
    }
    if (c.ending) {
      endingTitles.set(c.ending.id, c.ending.title);
      const id = `ending:${c.ending.id}`;
      graph.node(id, 'ending', chapter, c.ending.title);
      return { id, key: id };
    }
    const id = `dead-end:${namedPath(c.lastPath) || c.lastPath}`;
    graph.node(id, 'dead-end', chapter);
    return { id, key: id };
  };

  /** Runs choice `index` from `state` for real and records what it did. */
  const runTransition = (state: InkStateJson, index: number): { transition: Transition; next: InkStateJson | null } => {
    story.state.LoadJson(JSON.stringify(state));
    story.ChooseChoiceIndex(index);
    run.reads = new Set();
    run.assigned = new Set();
    const continuation = run.continue();
    figures.continuations++;
    const reads = run.reads;
    const variables: VariableChange[] = [];
    const counts: [string, number][] = [];
    let next: InkStateJson | null = null;
    let rest: Transition['rest'] = null;
    if (continuation.choices.length) {
      next = JSON.parse(story.state.toJson()) as InkStateJson;
      const before = state.variablesState;
      const after = next.variablesState;
      for (const name of new Set([...Object.keys(before), ...Object.keys(after), ...run.assigned])) {
        const was = before[name];
        const now = after[name];
        if (run.assigned.has(name)) variables.push({ name, set: now });
        else if (JSON.stringify(was) !== JSON.stringify(now)) {
          const from = was ?? defaultWholeNumber(name);
          const to = now ?? defaultWholeNumber(name);
          if (Number.isInteger(from) && Number.isInteger(to)) variables.push({ name, add: (to as number) - (from as number) });
          else {
            variables.push({ name, set: now });
            reads.add('var:' + name);
          }
        }
      }
      for (const [path, n] of Object.entries(next.visitCounts ?? {})) {
        const delta = n - (state.visitCounts?.[path] ?? 0);
        if (delta) counts.push([path, delta]);
      }
      const { variablesState: _variables, visitCounts: _counts, ...others } = next;
      rest = others;
    }
    const sorted = [...reads].sort();
    const transition: Transition = { continuation, reads: sorted, rest, nextBase: rest ? baseKey(next!, map) : null, variables, counts };
    return { transition, next };
  };

  /** Applies a recorded transition to a like state; null when it cannot (a global that is not a whole number). */
  const replay = (state: InkStateJson, t: Transition): InkStateJson | null => {
    if (!t.rest) return null;
    const variablesState = { ...state.variablesState };
    for (const change of t.variables) {
      if (change.add === undefined) {
        if (change.set === undefined) delete variablesState[change.name];
        else variablesState[change.name] = change.set;
        continue;
      }
      const fallback = defaultWholeNumber(change.name);
      const was = variablesState[change.name] ?? fallback;
      if (!Number.isInteger(was)) return null;
      const now = (was as number) + change.add;
      if (now === fallback) delete variablesState[change.name];
      else variablesState[change.name] = now;
    }
    const visitCounts = { ...state.visitCounts };
    for (const [path, delta] of t.counts) visitCounts[path] = (visitCounts[path] ?? 0) + delta;
    return { ...t.rest, variablesState, visitCounts };
  };

  /** What choosing `index` from `state` does: recorded earlier for a like state, or run now. */
  const transition = (state: InkStateJson, base: string, index: number): { transition: Transition; next: InkStateJson | null } => {
    const shelfKey = `${index}\u0001${base}`;
    const shelf: TransitionShelf = transitions.get(shelfKey) ?? new Map();
    if (replayTransitions) {
      for (const { reads, recorded } of shelf.values()) {
        const t = recorded.get(valuesKey(state, reads));
        if (!t) continue;
        if (!t.rest) return { transition: t, next: null };
        const next = replay(state, t);
        if (next) {
          figures.continuationsReplayed++;
          return { transition: t, next };
        }
      }
    }
    const fresh = runTransition(state, index);
    const signature = fresh.transition.reads.join('\u0000');
    const group = shelf.get(signature) ?? { reads: fresh.transition.reads, recorded: new Map<string, Transition>() };
    group.recorded.set(valuesKey(state, fresh.transition.reads), fresh.transition);
    shelf.set(signature, group);
    transitions.set(shelfKey, shelf);
    return fresh;
  };

  /** The future from a state at choice point `node`, reached with `chapter` in force. */
  const expand = (state: InkStateJson, base: string, node: string, chapter: number | null, choices: Continuation['choices']): { future: Future; reads: Set<string> } => {
    const shelf: MemoShelf = memo.get(base) ?? new Map();
    for (const { reads, futures } of shelf.values()) {
      const future = futures.get(valuesKey(state, reads));
      if (future) {
        figures.memoHits++;
        return { future, reads: new Set(reads) };
      }
    }
    // Back at a state on the current route, and nothing read since differs: the route can go round
    // forever. The loop is cut here and reported; figures for states on it are then only a floor.
    for (const at of stackByBase.get(base) ?? []) {
      const readSince = new Set(stack.slice(at).flatMap((f) => f.readsOut));
      if ([...readSince].every((read) => valueAt(stack[at].state, read) === valueAt(state, read))) {
        return { future: TERMINAL_FUTURE(`loop:${node}`, 0, 0), reads: readSince };
      }
    }
    if (stack.length >= maxDepth) {
      notes.push(`a route passed ${maxDepth} choices at ${node}; treated as endless`);
      return { future: TERMINAL_FUTURE(`loop:${node}`, 0, 0), reads: new Set() };
    }
    if (figures.statesExpanded >= maxStates) {
      if (figures.complete) notes.push(`stopped after ${maxStates} states`);
      figures.complete = false;
      return { future: EMPTY_FUTURE(), reads: new Set() };
    }
    figures.statesExpanded++;

    const frame: Frame = { state, readsOut: [] };
    stack.push(frame);
    const same = stackByBase.get(base) ?? [];
    same.push(stack.length - 1);
    stackByBase.set(base, same);

    const future = EMPTY_FUTURE();
    const reads = new Set<string>();
    choices.forEach((choice, index) => {
      const { transition: t, next } = transition(state, base, index);
      const c = t.continuation;
      for (const read of t.reads) reads.add(read);
      frame.readsOut = t.reads;
      const nextChapter = c.chapters.at(-1) ?? chapter;
      const to = outcomeNode(c, nextChapter);
      graph.edge(node, choice.text, to.id);
      const step = { index, text: choice.text };
      if (to.key || !next || !t.nextBase) {
        const lastLine = c.lines.length ? lineText(c.lines[c.lines.length - 1]) : null;
        addRoutes(future, TERMINAL_FUTURE(to.key ?? to.id, 0, 0, lastLine), c.words, c.lines.length, step);
        return;
      }
      const child = expand(next, t.nextBase, to.id, nextChapter, c.choices);
      for (const read of child.reads) reads.add(read);
      addRoutes(future, child.future, c.words, c.lines.length, step);
    });

    stack.pop();
    same.pop();
    if (!same.length) stackByBase.delete(base);
    const sorted = [...reads].sort();
    const signature = sorted.join('\u0000');
    const group = shelf.get(signature) ?? { reads: sorted, futures: new Map<string, Future>() };
    group.futures.set(valuesKey(state, sorted), future);
    shelf.set(signature, group);
    memo.set(base, shelf);
    return { future, reads };
  };

  // From the start to the first choice point, then every route from there.
  const first = run.continue();
  const startChapter = first.chapters.at(-1) ?? null;
  const start = outcomeNode(first, startChapter);
  const total = EMPTY_FUTURE();
  const firstLastLine = first.lines.length ? lineText(first.lines[first.lines.length - 1]) : null;
  let fromStart = TERMINAL_FUTURE(start.key ?? start.id, 0, 0, firstLastLine);
  if (!start.key) {
    const state = JSON.parse(story.state.toJson()) as InkStateJson;
    fromStart = expand(state, baseKey(state, map), start.id, startChapter, first.choices).future;
  }
  addRoutes(total, fromStart, first.words, first.lines.length, null);

  const canonical = playRoute(json, 'first', maxDepth);
  const endings = summariseEndings(json, map, total, endingTitles);
  const outcomes = [...total.outcomes.entries()];
  const deadEnds: DeadEnd[] = outcomes
    .filter(([key]) => key.startsWith('dead-end:'))
    .map(([key, o]) => ({ at: key.slice('dead-end:'.length), lastLine: o.lastLine ?? null, routes: o.routes, shortest: o.steps.map((s) => s.text) }));
  const loops: StoryLoop[] = outcomes
    .filter(([key]) => key.startsWith('loop:'))
    .map(([key, o]) => ({ node: key.slice('loop:'.length), shortest: o.steps.map((s) => s.text) }));

  const visited = new Set([...run.entered].map((c) => namedPath(c.path.toString())));
  const unvisited = map.knotsAndStitches.filter((path) => !visited.has(path));

  const distinct = [...run.lineFirstSeen.values()];
  const vocabulary = new Set(distinct.flatMap(({ line }) => line.text.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? []));
  const speakers = new Map<string, SpeakerSummary>();
  for (const { line } of distinct) {
    if (!line.speaker) continue;
    const s = speakers.get(line.speaker) ?? { name: line.speaker, lines: 0, example: lineText(line) };
    s.lines++;
    speakers.set(line.speaker, s);
  }

  if (map.usesTurns) notes.push('the story reads TURNS or TURNS_SINCE: turn indices are part of the memo key');
  if (map.usesRandom) notes.push('the story uses RANDOM or shuffles: only the default seed is explored, and the seed is part of the memo key');

  const mean = (sum: number) => (total.routes ? sum / total.routes : 0);
  return {
    endings,
    deadEnds,
    loops,
    unvisited,
    knotsAndStitches: map.knotsAndStitches.length,
    routes: total.routes,
    words: { min: finite(total.minWords), max: finite(total.maxWords), mean: mean(total.sumWords), canonical: canonical.words },
    lines: { min: finite(total.minLines), max: finite(total.maxLines), mean: mean(total.sumLines), canonical: canonical.lines.length },
    distinctLines: distinct.length,
    distinctLineWords: distinct.reduce((sum, { line }) => sum + countWords(line.text), 0),
    vocabulary: vocabulary.size,
    choicePoints: { distinct: [...graph.nodes.values()].filter((n) => n.kind === 'choice').length, canonical: canonical.steps.length },
    longLines: distinct
      .filter(({ line }) => line.text.length > LONG_LINE)
      .map(({ line, at }) => ({ line: lineText(line), length: line.text.length, at })),
    speakers: [...speakers.values()].sort((a, b) => b.lines - a.lines || a.name.localeCompare(b.name)),
    tagProblems: [...run.tagProblems.values()],
    runtimeProblems: [...run.runtimeProblems],
    canonical: {
      choices: canonical.steps.map((s) => s.text),
      nodes: canonical.nodes,
      chapters: canonical.chapters,
      ending: canonical.ending?.id ?? null,
      words: canonical.words,
      lines: canonical.lines.length,
    },
    graph: graph.build(start.id),
    exploration: { ...figures, countReads: map.countReads, usesTurns: map.usesTurns, usesRandom: map.usesRandom, notes },
    elapsedMs: performance.now() - started,
    cpuMs: (() => {
      const used = process.cpuUsage(cpuStarted);
      return (used.user + used.system) / 1000;
    })(),
  };
}

const finite = (n: number): number => (Number.isFinite(n) ? n : 0);

/** Endings reached (with their shortest route and final scene) and declared endings no route reaches. */
function summariseEndings(json: string, map: StoryMap, total: Future, titles: Map<string, string>): EndingSummary[] {
  const reached = new Map<string, EndingSummary>();
  for (const [key, o] of total.outcomes) {
    if (!key.startsWith('ending:')) continue;
    const id = key.slice('ending:'.length);
    const replay = playRoute(json, o.steps.map((s) => s.index));
    reached.set(id, {
      id,
      title: titles.get(id) ?? id,
      routes: o.routes,
      shortest: o.steps.map((s) => s.text),
      shortestSteps: o.steps,
      shortestWords: o.words,
      finalLines: replay.lines.slice(-3).map(lineText),
    });
  }
  const order = [...map.declaredEndings.map((e) => e.id), ...reached.keys()];
  const endings: EndingSummary[] = [];
  for (const id of new Set(order)) {
    const declared = map.declaredEndings.find((e) => e.id === id);
    endings.push(
      reached.get(id) ?? { id, title: declared?.title ?? id, routes: 0, shortest: [], shortestSteps: [], shortestWords: 0, finalLines: [] },
    );
  }
  return endings;
}

// ---------------------------------------------------------------------------------------------
// The Markdown report.

const round = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1));
const route = (choices: readonly string[]): string => (choices.length ? choices.map((c) => `“${c}”`).join(' → ') : '(no choices)');
/** Text safe inside a Markdown table cell. */
const cell = (text: string): string => text.replace(/\|/g, '\\|');

/** The report as Markdown, for a terminal or a pull request. */
export function formatReport(report: StoryReport): string {
  const out: string[] = [];
  const x = report.exploration;
  out.push('# Story report', '');
  out.push(
    `Explored ${report.routes} routes through ${x.statesExpanded} distinct states at choice points ` +
      `(${x.memoHits} found again in the memo; ${x.continuations} continuations run, ${x.continuationsReplayed} replayed) ` +
      `in ${(report.elapsedMs / 1000).toFixed(2)} s (${(report.cpuMs / 1000).toFixed(2)} s of CPU).`,
  );
  for (const note of x.notes) out.push(`- Note: ${note}`);
  out.push('');

  out.push('## Endings', '', '| id | title | routes | choices | shortest route |', '|---|---|---|---|---|');
  for (const e of report.endings) {
    const shortest = e.routes ? cell(route(e.shortest)) : '**unreachable**';
    out.push(`| \`${e.id}\` | ${cell(e.title)} | ${e.routes} | ${e.routes ? e.shortest.length : '—'} | ${shortest} |`);
  }
  out.push('');

  const problems = (title: string, items: string[]) => {
    out.push(`## ${title}`, '', ...(items.length ? items.map((i) => `- ${i}`) : ['None.']), '');
  };
  problems('Dead ends', report.deadEnds.map((d) => `\`${d.at}\` after “${d.lastLine ?? ''}” (${d.routes} routes; shortest: ${route(d.shortest)})`));
  if (report.loops.length) problems('Endless loops', report.loops.map((l) => `\`${l.node}\` (reached by ${route(l.shortest)})`));
  problems(`Knots and stitches never visited (of ${report.knotsAndStitches})`, report.unvisited.map((p) => `\`${p}\``));
  problems('Tag problems', report.tagProblems.map((p) => `\`# ${p.tag}\` at \`${p.location}\`: ${p.message}`));
  if (report.runtimeProblems.length) problems('Ink runtime problems', report.runtimeProblems);

  out.push('## Length', '', '| per route | min | max | mean | canonical |', '|---|---|---|---|---|');
  out.push(`| words | ${report.words.min} | ${report.words.max} | ${round(report.words.mean)} | ${report.words.canonical} |`);
  out.push(`| lines | ${report.lines.min} | ${report.lines.max} | ${round(report.lines.mean)} | ${report.lines.canonical} |`);
  out.push('');
  out.push(`- ${report.distinctLines} distinct lines, ${report.distinctLineWords} words in them, ${report.vocabulary} distinct word forms.`);
  out.push(`- ${report.choicePoints.distinct} distinct choice points; ${report.choicePoints.canonical} on the canonical route.`);
  out.push(
    `- Canonical route (always the first option): chapters ${report.canonical.chapters.join(', ') || 'none'}, ` +
      `ends in ${report.canonical.ending ? `\`${report.canonical.ending}\`` : 'no ending'}.`,
  );
  out.push('');

  problems(`Lines longer than ${LONG_LINE} characters`, report.longLines.map((l) => `${l.length} chars at \`${l.at}\`: ${l.line}`));
  problems('Speakers', report.speakers.map((s) => `${s.name}: ${s.lines} lines (e.g. “${s.example}”)`));

  out.push('## Choice points', '');
  for (const node of report.graph.nodes.filter((n) => n.kind === 'choice')) {
    out.push(`- \`${node.id}\` (chapter ${node.chapter ?? '?'}): ${node.choices.map((c) => `“${c}”`).join(', ')}`);
  }
  out.push('');
  out.push(`Visit counts the ink reads by name: ${x.countReads.map((p) => `\`${p}\``).join(', ') || 'none'}.`);
  return out.join('\n') + '\n';
}
