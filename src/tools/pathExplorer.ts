// Node-only: explores every route through a compiled ink story, state included, and reports
// endings, dead ends, unvisited knots, route lengths and tag problems. The browser never imports it.
// This module holds the report's types and the entry points; the parts live in ./explorer/
// (see src/tools/README.md): the story map, the instrumented story, the explorer, the report.
import type { TagProblem } from '../story/directives.ts';
import type { Line } from '../story/lines.ts';
import { exploreStory } from './explorer/explore.ts';

export { exploreStory, LONG_LINE } from './explorer/explore.ts';
export { playRoute } from './explorer/playRoute.ts';
export { formatReport, listedEndings, reportFailures } from './explorer/report.ts';

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
  /** Each distinct line's id and the ink path where a route first met it (the route map counts lines per chapter). */
  lineLocations: { id: string; at: string }[];
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
