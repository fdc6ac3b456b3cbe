// The route map's layout: a column per chapter (in chapter order), then one for the endings.
import type { RouteGraph, RouteNode } from '../pathExplorer.ts';
import type { ReplayChapter, ReplayColumn, ReplayEnding } from '../replayData.ts';

/** The columns, in order; a node's `layout.column` indexes this list. */
export function columnsOf(graph: RouteGraph, chapters: readonly ReplayChapter[]): ReplayColumn[] {
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
export function layOut(graph: RouteGraph, chapters: readonly ReplayChapter[], endings: readonly ReplayEnding[]) {
  const columns = columnsOf(graph, chapters);
  const columnOf = (node: RouteNode) =>
    node.kind === 'ending'
      ? columns.length - 1
      : columns.findIndex((c) => c.kind === 'chapter' && c.chapter === node.chapter);
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
