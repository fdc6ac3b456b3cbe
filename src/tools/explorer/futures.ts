// What can still happen from a state, summed over every route from it: how many routes, their
// lengths in words and lines, and a shortest route to each way they finish.
import type { RouteStep } from '../pathExplorer.ts';

/** How a route from some state finishes: `ending:<id>`, `dead-end:<path>` or `loop:<node>`. */
export interface Outcome {
  routes: number;
  steps: RouteStep[];
  words: number;
  /** For dead ends: the last line shown. */
  lastLine?: string | null;
}

/** Everything that can still happen from one state, over all routes from it. */
export interface Future {
  routes: number;
  minWords: number;
  maxWords: number;
  sumWords: number;
  minLines: number;
  maxLines: number;
  sumLines: number;
  outcomes: Map<string, Outcome>;
}

/** The one route that finishes at once, as `key`, after `words` and `lines`. */
export const terminalFuture = (key: string, words: number, lines: number, lastLine?: string | null): Future => ({
  routes: 1,
  minWords: words,
  maxWords: words,
  sumWords: words,
  minLines: lines,
  maxLines: lines,
  sumLines: lines,
  outcomes: new Map([[key, { routes: 1, steps: [], words, lastLine }]]),
});

/** No route at all (yet). */
export const emptyFuture = (): Future => ({
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
export function addRoutes(into: Future, next: Future, words: number, lines: number, step: RouteStep | null): void {
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
    const candidate: Outcome = {
      routes: outcome.routes,
      steps,
      words: words + outcome.words,
      lastLine: outcome.lastLine,
    };
    const have = into.outcomes.get(key);
    if (!have) {
      into.outcomes.set(key, candidate);
      continue;
    }
    have.routes += outcome.routes;
    const fewer = steps.length < have.steps.length;
    const shorter = fewer || (steps.length === have.steps.length && candidate.words < have.words);
    if (shorter) {
      have.steps = steps;
      have.words = candidate.words;
      have.lastLine = candidate.lastLine;
    }
  }
}
