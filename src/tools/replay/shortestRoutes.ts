// Shortest routes: A* over real story states, guided by the route graph.
import { Story } from 'inkjs';
import { parseTag } from '../../story/directives.ts';
import type { RouteGraph } from '../pathExplorer.ts';
import { Heap } from './Heap.ts';

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

/** Finds the route graph node the choices on offer belong to (by their ink sources). */
export type Locate = (sources: readonly string[]) => string | null;

/**
 * A shortest choice log to every node of `graph`, preferring first options on ties. For each
 * node, A* over the story's real states (so conditions and remembered state are honoured), with
 * the node's distance in the route graph as the estimate: never more than the real distance,
 * since every real move is one of the graph's edges. States are compared whole (ink's state JSON).
 */
export function shortestRoutes(
  json: string,
  graph: RouteGraph,
  locate: Locate,
  skip: (node: string) => boolean = () => false,
): Map<string, number[]> {
  const search = new RouteSearch(json, locate);
  const incoming = new Map<string, string[]>();
  for (const e of graph.edges) incoming.set(e.to, [...(incoming.get(e.to) ?? []), e.from]);
  const routes = new Map<string, number[]>();
  for (const target of graph.nodes) {
    if (skip(target.id)) continue;
    const route = search.shortest(target.id, distancesTo(target.id, incoming));
    if (route) routes.set(target.id, route);
  }
  return routes;
}

/** The story's states, and the moves between them, learnt once and shared by every target's search. */
class RouteSearch {
  private readonly story: Story;
  private readonly start: Candidate;
  private readonly choicesAt = new Map<string, number>();
  private readonly moves = new Map<string, Move>();

  constructor(
    json: string,
    private readonly locate: Locate,
  ) {
    this.story = new Story(json);
    const node = this.nodeOf() ?? '';
    this.start = { state: this.story.state.toJson(), node, route: [], f: 0 };
  }

  /** A shortest route to `target` (first options on ties), or null when none reaches it. */
  shortest(target: string, distance: ReadonlyMap<string, number>): number[] | null {
    if (this.start.node === target) return [];
    const estimate = (node: string) => distance.get(node) ?? Infinity;
    const open = new Heap<Candidate>((a, b) => a.f - b.f || compareRoutes(a.route, b.route));
    open.push({ ...this.start, f: estimate(this.start.node) });
    const closed = new Set<string>();
    for (let c = open.pop(); c; c = open.pop()) {
      // The cheapest candidate left is at the target: no other route can be shorter, and the heap order makes it the first option on ties.
      if (c.node === target) return c.route;
      if (closed.has(c.state)) continue;
      closed.add(c.state);
      const count = this.countChoices(c.state);
      for (let index = 0; index < count; index++) {
        const next = this.move(c.state, index);
        const route = [...c.route, index];
        if (!next.node || (next.node !== target && next.node.startsWith('ending:'))) continue;
        const h = estimate(next.node);
        if (Number.isFinite(h)) open.push({ state: next.state, node: next.node, route, f: route.length + h });
      }
    }
    return null;
  }

  /** Continues to the next choice point or the end: the node there, or null at a dead end. */
  private nodeOf(): string | null {
    const story = this.story;
    let ending: string | null = null;
    while (story.canContinue) {
      story.Continue();
      for (const tag of story.currentTags ?? []) {
        const parsed = parseTag(tag);
        if (parsed.ok && parsed.directive.kind === 'ending') ending = parsed.directive.id;
      }
    }
    const offered = story.currentChoices.map((c) => c.sourcePath);
    if (offered.length) return this.locate(offered);
    return ending ? `ending:${ending}` : null;
  }

  private countChoices(state: string): number {
    let n = this.choicesAt.get(state);
    if (n === undefined) {
      this.story.state.LoadJson(state);
      n = this.story.currentChoices.length;
      this.choicesAt.set(state, n);
    }
    return n;
  }

  private move(state: string, index: number): Move {
    const key = `${index}\u0000${state}`;
    let found = this.moves.get(key);
    if (!found) {
      this.story.state.LoadJson(state);
      this.story.ChooseChoiceIndex(index);
      const node = this.nodeOf();
      found = { state: this.story.state.toJson(), node };
      this.moves.set(key, found);
    }
    return found;
  }
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
