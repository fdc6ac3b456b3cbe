// Node-only: what the replay screens need (route map, endings gallery, chapter select, the title's
// progress line), derived from the compiled story at build time and served to the game as the
// virtual module `virtual:replay-data` by the ink plugin. Never maintained by hand: edit the ink.
import { Story } from 'inkjs';
import { parseTag, type Directive } from '../story/directives.ts';
import type { Stage } from '../story/stage.ts';
import type { Line } from '../story/lines.ts';
import { StoryRunner, type Step } from '../story/StoryRunner.ts';
import type { ReplayColumn, ReplayGraph, ReplayNode } from '../story/routeMap.ts';
import { exploreStory, type ExploreOptions, type RouteGraph, type RouteNode } from './pathExplorer.ts';

/** The route map's node, column and graph types are the game's own (src/story/routeMap.ts). */
export type { ReplayColumn, ReplayGraph, ReplayNode } from '../story/routeMap.ts';

/** An ending, for the gallery. */
export interface ReplayEnding {
  id: string;
  title: string;
  /** The `# hint:` beside its `# ending:` tag ('' when there is none). */
  hint: string;
  /** The last backdrop of its final scene other than black (the picture on its card), or null. */
  backdrop: string | null;
}

/** A chapter, for chapter select: where it starts along the canonical route (always option 0). */
export interface ReplayChapter {
  number: number;
  title: string;
  /** The choice log up to the chapter (all zeros). */
  route: number[];
  /** `runner.replay(route, steps)` lands on the chapter's first line (the one with its `# chapter:` tag). */
  steps: number;
}

/** Everything the replay screens read, derived from one compiled story. Plain data, ready for JSON. */
export interface ReplayData {
  graph: ReplayGraph;
  endings: ReplayEnding[];
  chapters: ReplayChapter[];
  /** Distinct lines in the whole story (distinct `parseLine(text).id`s), for "Read N of M lines". */
  totalLines: number;
  /** The stage of the story's first line, whose art the game loads while the title is shown. */
  opening: Stage;
  /** The story's first line and the chapter it opens, shown at once when Begin is pressed before the game has loaded. */
  openingLine: Line | null;
  openingChapter: { number: number; title: string } | null;
}

/** Derives the replay data from compiled ink `json`. Pure; explores every route, so it takes a few seconds on the whole story. */
export function replayData(json: string, options: Omit<ExploreOptions, 'onChoicePoint'> = {}): ReplayData {
  const sources = new Map<string, Set<string>>();
  const offers = new Map<string, string>();
  const report = exploreStory(json, {
    ...options,
    onChoicePoint: (node, choices) => {
      const found = sources.get(node) ?? new Set<string>();
      for (const c of choices) found.add(c.source);
      sources.set(node, found);
      offers.set(offerKey(choices.map((c) => c.source)), node);
    },
  });
  const graph = report.graph;
  const chapters = chapterStarts(json, options.maxDepth ?? 1_000);
  const locate = (offered: readonly string[]): string | null =>
    offers.get(offerKey(offered)) ?? [...sources].find(([, known]) => offered.every((s) => known.has(s)))?.[0] ?? null;
  // Endings: the explorer already knows a route with the fewest choices (then the fewest words),
  // which saves a search per ending; the canonical route is kept for its own ending when as short.
  const routes = shortestRoutes(json, graph, locate, (id) => id.startsWith('ending:') || id.startsWith('dead-end:'));
  for (const e of report.endings) {
    if (!e.routes) continue;
    const canonical = report.canonical.ending === e.id && report.canonical.choices.length <= e.shortestSteps.length;
    routes.set(`ending:${e.id}`, canonical ? report.canonical.choices.map(() => 0) : e.shortestSteps.map((s) => s.index));
  }
  const hints = endingHints(json);

  const endings: ReplayEnding[] = report.endings.map((e) => {
    const route = routes.get(`ending:${e.id}`);
    return { id: e.id, title: e.title, hint: hints.get(e.id) ?? '', backdrop: route ? finalBackdrop(json, route) : null };
  });
  const nodes = layOut(graph, chapters, endings).map(({ node, layout }): ReplayNode => {
    const label = node.kind === 'ending' ? (node.title ?? node.id) : labelOf(node.id);
    const common = { ...node, label, sources: [...(sources.get(node.id) ?? [])], layout };
    // A dead end is a bug the story report fails on; it is drawn, but nothing starts there.
    if (node.kind === 'dead-end') return { ...common, route: [], steps: 0 };
    const route = routes.get(node.id);
    if (!route) throw new Error(`no route reaches ${node.id}`);
    const done = node.kind === 'ending'
      ? (step: Step) => step.directives.some((d) => d.kind === 'ending')
      : (step: Step) => step.choices.length > 0;
    return { ...common, route, steps: follow(json, route, done).steps };
  });
  return {
    graph: { start: graph.start, columns: columnsOf(graph, chapters), nodes, edges: graph.edges },
    endings,
    chapters,
    totalLines: report.distinctLines,
    ...opening(json),
  };
}

/** The story's first step: its stage, line and chapter. */
function opening(json: string): Pick<ReplayData, 'opening' | 'openingLine' | 'openingChapter'> {
  const first = new StoryRunner(json).next();
  const chapter = first.directives.find((d) => d.kind === 'chapter');
  return {
    opening: first.stage,
    openingLine: first.line,
    openingChapter: chapter?.kind === 'chapter' ? { number: chapter.number, title: chapter.title } : null,
  };
}

/** The key of one set of choices on offer: their sources, sorted. */
const offerKey = (sources: readonly string[]): string => [...sources].sort().join('\n');

/** `breakfast_scene.kitchen` → "Kitchen", `mission_desk` → "Mission desk", `dead-end:road` → "Dead end". */
function labelOf(id: string): string {
  if (id.startsWith('dead-end:')) return 'Dead end';
  const name = (id.split('.').at(-1) ?? id).replace(/#\d+$/, '').replace(/_/g, ' ').trim();
  return name.charAt(0).toUpperCase() + name.slice(1);
}

// ---------------------------------------------------------------------------------------------
// Layout: a column per chapter (in chapter order), then one for the endings.

/** The columns, in order; a node's `layout.column` indexes this list. */
function columnsOf(graph: RouteGraph, chapters: readonly ReplayChapter[]): ReplayColumn[] {
  const numbers = new Set<number | null>();
  for (const node of graph.nodes) if (node.kind !== 'ending') numbers.add(node.chapter);
  const ordered = [...numbers].sort((a, b) => (a ?? -Infinity) - (b ?? -Infinity));
  const titles = new Map(chapters.map((c) => [c.number, c.title]));
  const columns: ReplayColumn[] = ordered.map((chapter) => ({
    kind: 'chapter',
    chapter,
    title: chapter === null ? 'Prologue' : (titles.get(chapter) ?? `Chapter ${chapter}`),
  }));
  if (graph.nodes.some((n) => n.kind === 'ending')) columns.push({ kind: 'endings', chapter: null, title: 'Endings' });
  return columns;
}

/** Places each node: its chapter's column (endings in the last), stacked in story order (endings as listed). */
function layOut(graph: RouteGraph, chapters: readonly ReplayChapter[], endings: readonly ReplayEnding[]) {
  const columns = columnsOf(graph, chapters);
  const columnOf = (node: RouteNode) =>
    node.kind === 'ending' ? columns.length - 1 : columns.findIndex((c) => c.kind === 'chapter' && c.chapter === node.chapter);
  const endingOrder = (node: RouteNode) => endings.findIndex((e) => `ending:${e.id}` === node.id);
  const stacked = [
    ...graph.nodes.filter((n) => n.kind !== 'ending'),
    ...graph.nodes.filter((n) => n.kind === 'ending').sort((a, b) => endingOrder(a) - endingOrder(b)),
  ];
  const rows = new Map<number, number>();
  const placed = new Map<string, { column: number; row: number }>();
  for (const node of stacked) {
    const column = columnOf(node);
    const row = rows.get(column) ?? 0;
    rows.set(column, row + 1);
    placed.set(node.id, { column, row });
  }
  // The explorer's node order is kept; only the rows follow the endings' order.
  return graph.nodes.map((node) => ({ node, layout: placed.get(node.id)! }));
}

// ---------------------------------------------------------------------------------------------
// Walking the story as the game does (StoryRunner), for steps, chapters and backdrops.

/** Takes `route` with a StoryRunner, then `next()` until `done`; returns the calls made after the last choice. */
function follow(json: string, route: readonly number[], done: (step: Step) => boolean): { steps: number; runner: StoryRunner } {
  const runner = new StoryRunner(json);
  for (const index of route) {
    while (runner.canAdvance) runner.next();
    runner.choose(index);
  }
  let steps = 0;
  while (runner.canAdvance) {
    const step = runner.next();
    steps++;
    if (done(step)) return { steps, runner };
  }
  throw new Error(`route ${JSON.stringify(route)} stopped before reaching what it was meant to`);
}

/** Where each chapter starts along the canonical route (always the first option). */
function chapterStarts(json: string, maxChoices: number): ReplayChapter[] {
  const runner = new StoryRunner(json);
  const chapters: ReplayChapter[] = [];
  const route: number[] = [];
  let steps = 0;
  while (route.length <= maxChoices) {
    if (runner.canAdvance) {
      const step = runner.next();
      steps++;
      for (const d of step.directives) {
        if (d.kind === 'chapter' && !chapters.some((c) => c.number === d.number)) {
          chapters.push({ number: d.number, title: d.title, route: [...route], steps });
        }
      }
    } else if (runner.current?.choices.length) {
      runner.choose(0);
      route.push(0);
      steps = 0;
    } else break;
  }
  return chapters;
}

/** The last backdrop other than black from an ending's first line to the end (else the one on stage there). */
function finalBackdrop(json: string, route: readonly number[]): string | null {
  const { runner } = follow(json, route, (step) => step.directives.some((d) => d.kind === 'ending'));
  let backdrop = runner.stage.backdrop;
  const pick = (directives: readonly Directive[]) => {
    for (const d of directives) if (d.kind === 'backdrop' && d.id !== 'black') backdrop = d.id;
  };
  pick(runner.current?.directives ?? []);
  while (runner.canAdvance) pick(runner.next().directives);
  return backdrop === 'black' ? null : backdrop;
}

// ---------------------------------------------------------------------------------------------
// Shortest routes: A* over real story states, guided by the route graph.

/** A state waiting to be looked at: the route so far, and the cost estimate through it. */
interface Candidate {
  state: string;
  node: string;
  route: number[];
  f: number;
}

/** Where one choice from a state leads. */
interface Move {
  state: string;
  /** Route graph id reached: a choice point, `ending:<id>`, or null (a dead end). */
  node: string | null;
}

/**
 * A shortest choice log to every node of `graph`, preferring first options on ties. For each
 * node, A* over the story's real states (so conditions and remembered state are honoured), with
 * the node's distance in the route graph as the estimate: never more than the real distance,
 * since every real move is one of the graph's edges. States are compared whole (ink's state JSON).
 */
function shortestRoutes(
  json: string,
  graph: RouteGraph,
  locate: (sources: readonly string[]) => string | null,
  skip: (node: string) => boolean = () => false,
): Map<string, number[]> {
  const story = new Story(json);
  const nodeOf = (): string | null => {
    let ending: string | null = null;
    while (story.canContinue) {
      story.Continue();
      for (const tag of story.currentTags ?? []) {
        const parsed = parseTag(tag);
        if (parsed.ok && parsed.directive.kind === 'ending') ending = parsed.directive.id;
      }
    }
    const offered = story.currentChoices.map((c) => c.sourcePath);
    if (offered.length) return locate(offered);
    return ending ? `ending:${ending}` : null;
  };
  const start: Candidate = { state: '', node: '', route: [], f: 0 };
  start.node = nodeOf() ?? '';
  start.state = story.state.toJson();
  const choicesAt = new Map<string, number>();
  const countChoices = (state: string): number => {
    let n = choicesAt.get(state);
    if (n === undefined) {
      story.state.LoadJson(state);
      n = story.currentChoices.length;
      choicesAt.set(state, n);
    }
    return n;
  };
  const moves = new Map<string, Move>();
  const move = (state: string, index: number): Move => {
    const key = `${index}\u0000${state}`;
    let found = moves.get(key);
    if (!found) {
      story.state.LoadJson(state);
      story.ChooseChoiceIndex(index);
      const node = nodeOf();
      found = { state: story.state.toJson(), node };
      moves.set(key, found);
    }
    return found;
  };

  const incoming = new Map<string, string[]>();
  for (const e of graph.edges) incoming.set(e.to, [...(incoming.get(e.to) ?? []), e.from]);
  const routes = new Map<string, number[]>();
  for (const target of graph.nodes) {
    if (skip(target.id)) continue;
    const distance = distancesTo(target.id, incoming);
    const estimate = (node: string) => distance.get(node) ?? Infinity;
    if (start.node === target.id) {
      routes.set(target.id, []);
      continue;
    }
    const open = new Heap<Candidate>((a, b) => a.f - b.f || compareRoutes(a.route, b.route));
    open.push({ ...start, f: estimate(start.node) });
    const closed = new Set<string>();
    for (let c = open.pop(); c; c = open.pop()) {
      // The cheapest candidate left is at the target: no other route can be shorter, and the heap order makes it the first option on ties.
      if (c.node === target.id) {
        routes.set(target.id, c.route);
        break;
      }
      if (closed.has(c.state)) continue;
      closed.add(c.state);
      const count = countChoices(c.state);
      for (let index = 0; index < count; index++) {
        const next = move(c.state, index);
        const route = [...c.route, index];
        if (!next.node || (next.node !== target.id && next.node.startsWith('ending:'))) continue;
        const h = estimate(next.node);
        if (Number.isFinite(h)) open.push({ state: next.state, node: next.node, route, f: route.length + h });
      }
    }
  }
  return routes;
}

/** Edges to take from each node to reach `target` in the route graph (breadth first over edges reversed). */
function distancesTo(target: string, incoming: ReadonlyMap<string, string[]>): Map<string, number> {
  const distance = new Map([[target, 0]]);
  const queue = [target];
  for (let i = 0; i < queue.length; i++) {
    const at = queue[i];
    for (const from of incoming.get(at) ?? []) {
      if (distance.has(from)) continue;
      distance.set(from, distance.get(at)! + 1);
      queue.push(from);
    }
  }
  return distance;
}

/** Orders choice logs: element by element, a prefix first. */
function compareRoutes(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

/** A binary min-heap. */
class Heap<T> {
  private items: T[] = [];
  constructor(private readonly before: (a: T, b: T) => number) {}

  push(item: T): void {
    const items = this.items;
    items.push(item);
    for (let i = items.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (this.before(items[i], items[parent]) >= 0) break;
      [items[i], items[parent]] = [items[parent], items[i]];
      i = parent;
    }
  }

  peek(): T | undefined {
    return this.items[0];
  }

  pop(): T | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length && last !== undefined) {
      items[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < items.length && this.before(items[l], items[m]) < 0) m = l;
        if (r < items.length && this.before(items[r], items[m]) < 0) m = r;
        if (m === i) break;
        [items[i], items[m]] = [items[m], items[i]];
        i = m;
      }
    }
    return top;
  }
}

// ---------------------------------------------------------------------------------------------
// Hints: the `# hint:` tag written beside each `# ending:` tag.

/** Ending id → its hint, read from the compiled story: the hint tag in the same container as the ending tag. */
export function endingHints(json: string): Map<string, string> {
  const hints = new Map<string, string>();
  const pair = (tags: string[]) => {
    const directives = tags.map((t) => parseTag(t)).map((r) => (r.ok ? r.directive : null));
    directives.forEach((d, i) => {
      if (d?.kind !== 'ending') return;
      const isEnding = (j: number) => directives[j]?.kind === 'ending';
      let hint: string | null = null;
      for (let j = i + 1; j < directives.length && !isEnding(j) && hint === null; j++) {
        const h = directives[j];
        if (h?.kind === 'hint') hint = h.text;
      }
      for (let j = i - 1; j >= 0 && !isEnding(j) && hint === null; j--) {
        const h = directives[j];
        if (h?.kind === 'hint') hint = h.text;
      }
      if (hint !== null && !hints.has(d.id)) hints.set(d.id, hint);
    });
  };
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      const tags: string[] = [];
      let open = false;
      for (const item of value) {
        // ink 1.1+ writes a tag as "#", "^text", "/#"; older stories as {"#": "text"}.
        if (item === '#') {
          open = true;
          tags.push('');
        } else if (item === '/#') open = false;
        else if (open && typeof item === 'string' && item.startsWith('^')) tags[tags.length - 1] += item.slice(1);
        else if (isOldTag(item)) tags.push(item['#']);
        else visit(item);
      }
      pair(tags);
    } else if (value && typeof value === 'object') {
      for (const v of Object.values(value)) visit(v);
    }
  };
  visit((JSON.parse(json) as { root: unknown }).root);
  return hints;
}

const isOldTag = (item: unknown): item is { '#': string } =>
  typeof item === 'object' && item !== null && !Array.isArray(item) && typeof (item as { '#'?: unknown })['#'] === 'string';
