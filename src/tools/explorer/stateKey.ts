// What makes two story states alike for the explorer: the memo key (see `baseKey`) and the
// values a state has for the reads that steered its routes.
import type { StoryMap } from './storyMap.ts';

/** The parts of inkjs's saved state (`state.toJson()`) the explorer looks at. */
export interface InkStateJson {
  flows: Record<
    string,
    { callstack: { threads: unknown[] }; choiceThreads?: Record<string, unknown>; currentChoices?: unknown[] }
  >;
  currentFlowName?: string;
  variablesState: Record<string, unknown>;
  evalStack: unknown[];
  visitCounts?: Record<string, number>;
  turnIndices?: Record<string, number>;
  turnIdx?: number;
  storySeed?: number;
  previousRandom?: number;
}

/**
 * The memo key, part one (the base key): everything in the ink state that can change what
 * happens next and is not a global variable or a visit count. That is the call stack of every
 * thread (pointers, tunnel and function return points, temporary variables), the choices on
 * offer with the threads they resume, and the evaluation stack. Left out: the output stream
 * (inkjs clears it at the start of every Continue), thread numbers (renumbered in order of
 * appearance: they are only names), turn indices unless the story reads TURNS/TURNS_SINCE,
 * and the random seed unless it uses RANDOM or shuffles.
 *
 * Part two, what is read. With countAllVisits every knot, stitch and choice is counted, and
 * two routes to one choice point nearly always differ in some count, or in a variable nobody
 * looks at again. So global variables and visit counts count only where they are read: the
 * runtime reads counts through StoryState.VisitCountForContainer (`{knot}` conditions,
 * once-only `*` choices, sequences) and globals through VariablesState.GetVariableWithName,
 * and we watch both. (A read that only feeds `~ x++` or `~ x -= 2` does not count: the value
 * flows back into x alone, and a later real read of x is recorded when it happens.) The
 * analysis of a state S is stored with S's values for everything read on any route from S,
 * and reused for a state T only if T has the same base key and the same values for all of
 * those reads. That is sound: take the same choices from T as from S; each read returns what
 * it returned from S, because it starts from the same value and everything before it went
 * the same way (so the same visits and updates happened since); so T's routes are S's routes,
 * with the same lines, choices and endings.
 */
export function baseKey(state: InkStateJson, map: StoryMap): string {
  const flows: Record<string, unknown> = {};
  for (const name of Object.keys(state.flows).sort()) {
    const flow = state.flows[name];
    flows[name] = {
      threads: flow.callstack.threads,
      choiceThreads: flow.choiceThreads ?? {},
      choices: flow.currentChoices ?? [],
    };
  }
  const key: Record<string, unknown> = { flow: state.currentFlowName ?? '', flows, stack: state.evalStack };
  if (map.usesTurns) key.turns = [state.turnIdx, state.turnIndices];
  if (map.usesRandom) key.random = [state.storySeed, state.previousRandom];
  return renumberThreads(JSON.stringify(key));
}

/** The value a read (`cnt:<path>` or `var:<name>`) sees in a saved state, as a comparable string. */
export function valueAt(state: InkStateJson, read: string): string {
  // Globals at their default value are left out of inkjs's save; absent means default.
  if (read.startsWith('var:')) return JSON.stringify(state.variablesState[read.slice(4)] ?? null);
  return String(state.visitCounts?.[read.slice(4)] ?? 0);
}

/** The values `state` has for `reads`, as one string. */
export const valuesKey = (state: InkStateJson, reads: readonly string[]): string =>
  reads.map((r) => valueAt(state, r)).join('\u0000');

/** Renames thread numbers in order of first appearance, so equal states get equal keys. */
function renumberThreads(key: string): string {
  const names = new Map<string, number>();
  const rename = (n: string) => {
    if (!names.has(n)) names.set(n, names.size);
    return names.get(n)!;
  };
  return key.replace(/"(threadIndex|originalThreadIndex)":(\d+)|"(\d+)":\{"callstack"/g, (_whole, field, n, keyN) =>
    field ? `"${field}":${rename(n)}` : `"${rename(keyN)}":{"callstack"`,
  );
}
