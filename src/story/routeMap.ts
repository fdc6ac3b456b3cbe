// The route map as data: its points, columns and edges (derived from the ink at build time by
// src/tools/replayData.ts), and the route one reading takes through it. Pure: the view draws it,
// the reading session records it, the build derives it; each reads the same types from here.

/** A point of the route map, as the view draws it. */
export interface MapNode {
  /** `breakfast_scene.kitchen` for a choice point, `ending:stone-wall` for an ending. */
  id: string;
  kind: 'choice' | 'ending' | 'dead-end';
  chapter: number | null;
  /** Choice texts offered here, in ink order. */
  choices: readonly string[];
  /** A short name to show once found. */
  label: string;
  layout: { column: number; row: number };
}

/** A column of the map: one chapter, or the endings. */
export interface MapColumn {
  kind: 'chapter' | 'endings';
  chapter: number | null;
  title: string;
}

/** Taking `choice` at `from` can lead to `to`. */
export interface MapEdge {
  from: string;
  choice: string;
  to: string;
}

/** The route map as the view draws it (`ReplayGraph` fits). */
export interface RouteMapData {
  start: string;
  columns: readonly MapColumn[];
  nodes: readonly MapNode[];
  edges: readonly MapEdge[];
}

/** A point of the route map with what the game needs to place the reader on it and start from it. */
export interface ReplayNode extends MapNode {
  choices: string[];
  /** Ending title, for ending nodes. */
  title?: string;
  /** Ink `sourcePath`s of every choice offered here, over every state: `StoryRunner.choiceSources()` at this node is a subset. Empty for endings. */
  sources: string[];
  /** A shortest choice log from the start that reaches this node (first options preferred); empty for a dead end. */
  route: number[];
  /**
   * `StoryRunner.next()` calls after the route's last choice (or the start) until this node's
   * choices are offered (for an ending: until its first line): `runner.advanceTo(route, steps)` lands
   * there; `runner.advanceTo(route, 1)` starts at the scene leading to it.
   */
  steps: number;
}

/** A column of the route map, as replayData derives it. */
export type ReplayColumn = MapColumn;

/** The route map: the explorer's graph, laid out, with routes and choice sources on each node. */
export interface ReplayGraph {
  /** Id of the first node reached from the start. */
  start: string;
  columns: MapColumn[];
  nodes: ReplayNode[];
  /** As the explorer found them. The profile records one as `edgeKey(from, choice, to)`. */
  edges: MapEdge[];
}

/** The lines of one chapter (or, with `chapter` null, of the endings) over every route, for its completion. */
export interface ChapterLines {
  chapter: number | null;
  /** `parseLine(text).id` of each distinct line. */
  ids: string[];
}

/** What the route map shows beside its graph: endings' hints, and the reader's lines against each chapter's. */
export interface RouteMapExtras {
  /** Ending node id (`ending:stone-wall`) → its hint, shown on an ending not yet reached once the story is finished. */
  hints: ReadonlyMap<string, string>;
  chapterLines: readonly ChapterLines[];
  linesSeen: ReadonlySet<string>;
}

/** What the reader has found, in any reading (the profile's `routeMap`). */
export interface Discoveries {
  /** Node ids. */
  nodes: ReadonlySet<string>;
  /** Edge keys, see `edgeKey`. */
  edges: ReadonlySet<string>;
}

/** How the profile records an edge taken: `${from}|${choice}|${to}` (choice texts hold no `|`). */
export function edgeKey(from: string, choice: string, to: string): string {
  return `${from}|${choice}|${to}`;
}

/** The node offering choices written at `sources` (`StoryRunner.choiceSources()`), or null when none does. */
export function nodeOffering(
  nodes: readonly { id: string; sources: readonly string[] }[],
  sources: readonly string[],
): string | null {
  if (!sources.length) return null;
  return (
    nodes.find((n) => sources.every((s) => n.sources.includes(s)))?.id ??
    nodes.find((n) => n.sources.includes(sources[0]))?.id ??
    null
  );
}

/** What to add to the profile's route map: `discoverRoute(profile, found)` takes it as is. */
export interface Found {
  nodes: string[];
  edges: string[];
}

/**
 * The route of one reading, as the map highlights it, and what it discovers. Tell it when choices
 * are shown, which one was taken, and when an ending is reached; each call returns the nodes and
 * edges to record. Going back to a point already on the route (rollback) cuts the route there.
 */
export class RouteTrail {
  private readonly trail: string[] = [];
  private at: string | null = null;
  private chosen: string | null = null;

  constructor(private readonly nodes: readonly { id: string; sources: readonly string[] }[]) {}

  /** Node ids and edge keys of this reading so far, in order: the map's `currentRoute`. */
  get route(): readonly string[] {
    return this.trail;
  }

  /** Choices written at `sources` (`runner.choiceSources()`) are on screen. */
  choicesShown(sources: readonly string[]): Found {
    return this.arrive(nodeOffering(this.nodes, sources));
  }

  /** The reader took the choice reading `text` (the `choiceMade` event's `text`). */
  chose(text: string): void {
    if (this.at) this.chosen = text;
  }

  /** Ending `id` was reached (the `endingReached` event's `id`). */
  endingReached(id: string): Found {
    return this.arrive(`ending:${id}`);
  }

  /** Forgets the route, for a new reading. */
  reset(): void {
    this.trail.length = 0;
    this.at = null;
    this.chosen = null;
  }

  private arrive(node: string | null): Found {
    if (!node) return { nodes: [], edges: [] };
    const found: Found = { nodes: [node], edges: [] };
    const earlier = this.trail.lastIndexOf(node);
    if (earlier >= 0 && (this.chosen === null || node === this.at)) {
      // Shown again (a load, a redraw) or come back to by rollback: the route ends here again.
      this.trail.length = earlier + 1;
    } else {
      if (this.at && this.chosen !== null) {
        const key = edgeKey(this.at, this.chosen, node);
        found.edges.push(key);
        this.trail.push(key);
      }
      this.trail.push(node);
    }
    this.at = node;
    this.chosen = null;
    return found;
  }
}
