// Where a reading started from a replay screen begins: a chapter's first line, or the stretch of
// story leading to a route-map point (the first line after that point's last choice).
import type { StartFrom } from './ReadingSession.ts';

/** The start of chapter `number` (`replay.chapters` fits), or null when the story has no such chapter. */
export function chapterStart(
  chapters: readonly { number: number; route: readonly number[]; steps: number }[],
  number: number,
): StartFrom | null {
  const chapter = chapters.find((c) => c.number === number);
  return chapter ? { kind: 'point', route: chapter.route, steps: chapter.steps } : null;
}

/** The line after the last choice before map point `id` (`replay.graph.nodes` fits), or null when there is none. */
export function nodeStart(nodes: readonly { id: string; route: readonly number[] }[], id: string): StartFrom | null {
  const node = nodes.find((n) => n.id === id);
  return node ? { kind: 'point', route: node.route, steps: 1 } : null;
}
