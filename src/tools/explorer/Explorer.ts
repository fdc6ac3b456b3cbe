// The explorer: a depth-first walk over the story's states at choice points, memoised, so that
// routes reaching a like state (see `baseKey`) are counted without being walked again.
import type { ExploreOptions } from '../pathExplorer.ts';
import { addRoutes, emptyFuture, terminalFuture, type Future } from './futures.ts';
import { GraphBuilder } from './GraphBuilder.ts';
import { lineText, type Continuation, type InstrumentedStory } from './InstrumentedStory.ts';
import { baseKey, valueAt, valuesKey, type InkStateJson } from './stateKey.ts';
import { choicePointId, namedPath } from './storyMap.ts';
import { TransitionRecorder } from './transitions.ts';

/**
 * Memoised analyses of states with one base key, grouped by what their routes read: for each
 * set of reads, the values the analysed state had for them → what can still happen from it.
 */
type MemoShelf = Map<string, { reads: string[]; futures: Map<string, Future> }>;

/** One state on the current depth-first route, to recognise a route that comes back to it. */
interface Frame {
  state: InkStateJson;
  /** Reads made by the continuation that left this frame on the current route. */
  readsOut: readonly string[];
}

/** What can happen from a state, and everything its routes read. */
interface Analysis {
  future: Future;
  reads: Set<string>;
}

/** Where a continuation leads: a choice point (key null) or how a route finishes (key = id). */
interface Destination {
  id: string;
  key: string | null;
}

/** The explorer's own figures, as the report shows them. */
export interface WalkFigures {
  statesExpanded: number;
  memoHits: number;
  continuations: number;
  continuationsReplayed: number;
  complete: boolean;
}

/** One exploration of one story: call `fromStart()` once, then read the graph and figures. */
export class Explorer {
  readonly graph = new GraphBuilder();
  readonly figures: WalkFigures = {
    statesExpanded: 0,
    memoHits: 0,
    continuations: 0,
    continuationsReplayed: 0,
    complete: true,
  };
  /** Things a reader of the report should know about how it was made. */
  readonly notes: string[] = [];
  /** Ending id → title, as met. */
  readonly endingTitles = new Map<string, string>();
  private readonly memo = new Map<string, MemoShelf>();
  private readonly stack: Frame[] = [];
  private readonly stackByBase = new Map<string, number[]>();
  private readonly transitions: TransitionRecorder;
  private readonly maxStates: number;
  private readonly maxDepth: number;

  constructor(
    private readonly run: InstrumentedStory,
    private readonly options: ExploreOptions = {},
  ) {
    this.transitions = new TransitionRecorder(run, this.figures);
    this.maxStates = options.maxStates ?? 200_000;
    this.maxDepth = options.maxDepth ?? 1_000;
  }

  /** From the start to the first choice point, then every route from there; returns them all and the first node. */
  fromStart(): { total: Future; start: string } {
    const first = this.run.continue();
    const startChapter = first.chapters.at(-1) ?? null;
    const start = this.destination(first, startChapter);
    const total = emptyFuture();
    let fromStart = terminalFuture(start.key ?? start.id, 0, 0, lastLineOf(first));
    if (!start.key) {
      const state = JSON.parse(this.run.story.state.toJson()) as InkStateJson;
      fromStart = this.expand(state, baseKey(state, this.run.map), start.id, startChapter, first.choices).future;
    }
    addRoutes(total, fromStart, first.words, first.lines.length, null);
    return { total, start: start.id };
  }

  /** Where one continuation leads: the next choice point, an ending or a dead end. */
  private destination(c: Continuation, chapter: number | null): Destination {
    const { graph } = this;
    if (c.choices.length) {
      const id = choicePointId(
        this.run.map,
        c.choices.map((ch) => ch.source),
      );
      graph.node(id, 'choice', chapter);
      graph.offer(id, c.choices);
      this.options.onChoicePoint?.(id, c.choices);
      return { id, key: null };
    }
    if (c.ending) {
      this.endingTitles.set(c.ending.id, c.ending.title);
      const id = `ending:${c.ending.id}`;
      graph.node(id, 'ending', chapter, c.ending.title);
      return { id, key: id };
    }
    const id = `dead-end:${namedPath(c.lastPath) || c.lastPath}`;
    graph.node(id, 'dead-end', chapter);
    return { id, key: id };
  }

  /** The future from a state at choice point `node`, reached with `chapter` in force. */
  private expand(
    state: InkStateJson,
    base: string,
    node: string,
    chapter: number | null,
    choices: Continuation['choices'],
  ): Analysis {
    const shelf: MemoShelf = this.memo.get(base) ?? new Map();
    const known = this.remembered(shelf, state) ?? this.cut(state, base, node);
    if (known) return known;
    this.figures.statesExpanded++;
    const frame = this.enter(state, base);
    const analysis: Analysis = { future: emptyFuture(), reads: new Set() };
    choices.forEach((choice, index) => this.choose(frame, base, node, chapter, { index, text: choice.text }, analysis));
    this.leave(base);
    const sorted = [...analysis.reads].sort();
    const signature = sorted.join('\u0000');
    const group = shelf.get(signature) ?? { reads: sorted, futures: new Map<string, Future>() };
    group.futures.set(valuesKey(state, sorted), analysis.future);
    shelf.set(signature, group);
    this.memo.set(base, shelf);
    return analysis;
  }

  /** A like state analysed before, if any. */
  private remembered(shelf: MemoShelf, state: InkStateJson): Analysis | null {
    for (const { reads, futures } of shelf.values()) {
      const future = futures.get(valuesKey(state, reads));
      if (future) {
        this.figures.memoHits++;
        return { future, reads: new Set(reads) };
      }
    }
    return null;
  }

  /** Stops the walk here when the route goes round, is too long, or the state limit is reached. */
  private cut(state: InkStateJson, base: string, node: string): Analysis | null {
    const { stack } = this;
    // Back at a state on the current route, and nothing read since differs: the route can go round
    // forever. The loop is cut here and reported; figures for states on it are then only a floor.
    for (const at of this.stackByBase.get(base) ?? []) {
      const readSince = new Set(stack.slice(at).flatMap((f) => f.readsOut));
      if ([...readSince].every((read) => valueAt(stack[at].state, read) === valueAt(state, read))) {
        return { future: terminalFuture(`loop:${node}`, 0, 0), reads: readSince };
      }
    }
    if (stack.length >= this.maxDepth) {
      this.notes.push(`a route passed ${this.maxDepth} choices at ${node}; treated as endless`);
      return { future: terminalFuture(`loop:${node}`, 0, 0), reads: new Set() };
    }
    if (this.figures.statesExpanded >= this.maxStates) {
      if (this.figures.complete) this.notes.push(`stopped after ${this.maxStates} states`);
      this.figures.complete = false;
      return { future: emptyFuture(), reads: new Set() };
    }
    return null;
  }

  private enter(state: InkStateJson, base: string): Frame {
    const frame: Frame = { state, readsOut: [] };
    this.stack.push(frame);
    const same = this.stackByBase.get(base) ?? [];
    same.push(this.stack.length - 1);
    this.stackByBase.set(base, same);
    return frame;
  }

  private leave(base: string): void {
    this.stack.pop();
    const same = this.stackByBase.get(base)!;
    same.pop();
    if (!same.length) this.stackByBase.delete(base);
  }

  /** Takes one choice from the frame's state and adds the routes through it to `into`. */
  private choose(
    frame: Frame,
    base: string,
    node: string,
    chapter: number | null,
    step: { index: number; text: string },
    into: Analysis,
  ): void {
    const { transition: t, next } = this.transitions.take(frame.state, base, step.index);
    const c = t.continuation;
    for (const read of t.reads) into.reads.add(read);
    frame.readsOut = t.reads;
    const nextChapter = c.chapters.at(-1) ?? chapter;
    const to = this.destination(c, nextChapter);
    this.graph.edge(node, step.text, to.id);
    if (to.key || !next || !t.nextBase) {
      addRoutes(into.future, terminalFuture(to.key ?? to.id, 0, 0, lastLineOf(c)), c.words, c.lines.length, step);
      return;
    }
    const child = this.expand(next, t.nextBase, to.id, nextChapter, c.choices);
    for (const read of child.reads) into.reads.add(read);
    addRoutes(into.future, child.future, c.words, c.lines.length, step);
  }
}

/** The last line a continuation showed, as quoted in the report, or null. */
const lastLineOf = (c: Continuation): string | null => (c.lines.length ? lineText(c.lines[c.lines.length - 1]) : null);
