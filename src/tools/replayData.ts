// Node-only: what the replay screens need (route map, endings gallery, chapter select, the title's
// progress line), derived from the compiled story at build time and served to the game as the
// virtual module `virtual:replay-data` by the ink plugin. Never maintained by hand: edit the ink.
import type { Stage } from '../story/stage.ts';
import type { Line } from '../story/lines.ts';
import type { Step } from '../story/StoryRunner.ts';
import type { ChapterLines, ReplayGraph, ReplayNode } from '../story/routeMap.ts';
import { exploreStory, type ExploreOptions } from './pathExplorer.ts';
import { endingHints } from './replay/endingHints.ts';
import { columnsOf, layOut } from './replay/layout.ts';
import { shortestRoutes } from './replay/shortestRoutes.ts';
import { chapterStarts, finalBackdrop, opening, RouteWalker } from './replay/walks.ts';

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

/** What the route map reads once opened, served apart (`virtual:replay-details`) so the title stays small. */
export interface ReplayDetails {
  chapterLines: ChapterLines[];
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
  /** Served lazily by the plugin, not with the rest. */
  details: ReplayDetails;
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
    routes.set(
      `ending:${e.id}`,
      canonical ? report.canonical.choices.map(() => 0) : e.shortestSteps.map((s) => s.index),
    );
  }
  const hints = endingHints(json);
  const walker = new RouteWalker(json);

  const endings: ReplayEnding[] = report.endings.map((e) => {
    const route = routes.get(`ending:${e.id}`);
    return {
      id: e.id,
      title: e.title,
      hint: hints.get(e.id) ?? '',
      backdrop: route ? finalBackdrop(walker, route) : null,
    };
  });
  const labels = uniqueLabels(graph.nodes, chapters);
  const nodes = layOut(graph, chapters, endings).map(({ node, layout }): ReplayNode => {
    const label = labels.get(node.id) ?? node.id;
    const common = { ...node, label, sources: [...(sources.get(node.id) ?? [])], layout };
    // A dead end is a bug the story report fails on; it is drawn, but nothing starts there.
    if (node.kind === 'dead-end') return { ...common, route: [], steps: 0 };
    const route = routes.get(node.id);
    if (!route) throw new Error(`no route reaches ${node.id}`);
    const done =
      node.kind === 'ending'
        ? (step: Step) => step.directives.some((d) => d.kind === 'ending')
        : (step: Step) => step.choices.length > 0;
    return { ...common, route, steps: walker.follow(route, done).steps };
  });
  return {
    graph: { start: graph.start, columns: columnsOf(graph, chapters), nodes, edges: graph.edges },
    endings,
    chapters,
    totalLines: report.distinctLines,
    ...opening(json),
    details: { chapterLines: linesByChapter(report.lineLocations, graph.nodes) },
  };
}

/**
 * Each node's name: its ink name, or an ending's title; where two share one (a kitchen at breakfast
 * and one at the party), each gets its chapter's title after it, so no two points read the same.
 */
function uniqueLabels(
  nodes: readonly { id: string; kind: string; chapter: number | null; title?: string }[],
  chapters: readonly { number: number; title: string }[],
): Map<string, string> {
  const base = new Map(nodes.map((n) => [n.id, n.kind === 'ending' ? (n.title ?? n.id) : labelOf(n.id)]));
  const uses = new Map<string, number>();
  for (const label of base.values()) uses.set(label, (uses.get(label) ?? 0) + 1);
  const titleOf = (chapter: number | null) => chapters.find((c) => c.number === chapter)?.title;
  for (const n of nodes) {
    const label = base.get(n.id) ?? n.id;
    const title = titleOf(n.chapter);
    if ((uses.get(label) ?? 0) > 1 && n.kind !== 'dead-end') base.set(n.id, title ? `${label}, ${title}` : n.id);
  }
  return base;
}

/** Distinct lines grouped by the chapter of the knot they were met in (a knot's chapter: that of its choice points). */
function linesByChapter(
  lines: readonly { id: string; at: string }[],
  nodes: readonly { id: string; kind: string; chapter: number | null }[],
): ChapterLines[] {
  const knotChapter = new Map<string, number | null>();
  for (const n of nodes) if (n.kind === 'choice') knotChapter.set(n.id.split('.')[0], n.chapter);
  const groups = new Map<number | null, string[]>();
  for (const { id, at } of lines) {
    const chapter = knotChapter.get(at.split('.')[0]) ?? null;
    groups.set(chapter, [...(groups.get(chapter) ?? []), id]);
  }
  return [...groups].map(([chapter, ids]) => ({ chapter, ids })).sort((a, b) => (a.chapter ?? 99) - (b.chapter ?? 99));
}

/** The key of one set of choices on offer: their sources, sorted. */
const offerKey = (sources: readonly string[]): string => [...sources].sort().join('\n');

/** `breakfast_scene.kitchen` → "Kitchen", `mission_desk` → "Mission desk", `dead-end:road` → "Dead end". */
function labelOf(id: string): string {
  if (id.startsWith('dead-end:')) return 'Dead end';
  const name = (id.split('.').at(-1) ?? id).replace(/#\d+$/, '').replace(/_/g, ' ').trim();
  return name.charAt(0).toUpperCase() + name.slice(1);
}
