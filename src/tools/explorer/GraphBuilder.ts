// The route map as the explorer discovers it: one node per choice point, ending or dead end.
import type { RouteEdge, RouteGraph, RouteNode } from '../pathExplorer.ts';

/** Graph nodes and edges as they are discovered. */
export class GraphBuilder {
  readonly nodes = new Map<string, RouteNode & { order: Map<string, number> }>();
  readonly edges = new Map<string, RouteEdge>();

  /** The node `id`, made on first sight with the chapter in force then. */
  node(id: string, kind: RouteNode['kind'], chapter: number | null, title?: string) {
    let node = this.nodes.get(id);
    if (!node) {
      node = { id, kind, chapter, choices: [], order: new Map(), ...(title ? { title } : {}) };
      this.nodes.set(id, node);
    }
    return node;
  }

  /** Records choices offered at node `id`, kept in ink order over every state. */
  offer(id: string, choices: { text: string; source: string }[]): void {
    const node = this.nodes.get(id)!;
    for (const c of choices) {
      if (node.order.has(c.text)) continue;
      node.order.set(c.text, Number(c.source.slice(c.source.lastIndexOf('.') + 1)) || 0);
      node.choices = [...node.order.entries()].sort((a, b) => a[1] - b[1]).map(([text]) => text);
    }
  }

  /** Records that `choice` at `from` led to `to`. */
  edge(from: string, choice: string, to: string): void {
    this.edges.set(`${from}\u0000${choice}\u0000${to}`, { from, choice, to });
  }

  /** The graph as plain data. */
  build(start: string): RouteGraph {
    const nodes = [...this.nodes.values()].map(({ order: _order, ...node }) => node);
    return { start, nodes, edges: [...this.edges.values()] };
  }
}
