// What choosing one option from a state does, recorded once and replayed for like states, so a
// continuation is run in inkjs only when no like state has run it before.
import type { Continuation, InstrumentedStory } from './InstrumentedStory.ts';
import { baseKey, valuesKey, type InkStateJson } from './stateKey.ts';
import { INT_VALUE } from './storyMap.ts';

/** A global's change over one continuation: set to a value (undefined: back to its default), or a whole number added. */
interface VariableChange {
  name: string;
  set?: unknown;
  add?: number;
}

/**
 * What choosing one option from a state did: what it showed, what it read, and how it changed
 * the state. Replayed for any state with the same base key and the same values for `reads`,
 * for the reason the memo is sound (see `baseKey`): such a state runs the same way.
 */
export interface Transition {
  continuation: Continuation;
  /** Reads made on the way, sorted. */
  reads: string[];
  /** The state where it stopped, without globals and visit counts; null at an end. */
  rest: Omit<InkStateJson, 'variablesState' | 'visitCounts'> | null;
  /** Base key of that state. */
  nextBase: string | null;
  variables: VariableChange[];
  /** Visit counts added, by container path. */
  counts: [string, number][];
}

/** A transition, and the state it leads to (null at an end). */
export interface Taken {
  transition: Transition;
  next: InkStateJson | null;
}

/** Recorded transitions from one base key and choice, grouped by what they read, then by the values read. */
type TransitionShelf = Map<string, { reads: string[]; recorded: Map<string, Transition> }>;

/** Counters the recorder keeps up to date. */
export interface TransitionFigures {
  continuations: number;
  continuationsReplayed: number;
}

/** Takes choices from saved states, replaying a recorded transition where one fits. */
export class TransitionRecorder {
  private readonly shelves = new Map<string, TransitionShelf>();
  // Replaying relies on visit counts and globals being the only state that varies between like
  // states; with TURNS or RANDOM in play every continuation is run for real.
  private readonly replayable: boolean;

  constructor(
    private readonly run: InstrumentedStory,
    private readonly figures: TransitionFigures,
  ) {
    this.replayable = !run.map.usesTurns && !run.map.usesRandom;
  }

  /** What choosing `index` from `state` (whose base key is `base`) does: recorded earlier for a like state, or run now. */
  take(state: InkStateJson, base: string, index: number): Taken {
    const shelfKey = `${index}\u0001${base}`;
    const shelf: TransitionShelf = this.shelves.get(shelfKey) ?? new Map();
    const replayed = this.replayable ? this.replayFrom(shelf, state) : null;
    if (replayed) return replayed;
    const fresh = this.runFresh(state, index);
    const signature = fresh.transition.reads.join('\u0000');
    const group = shelf.get(signature) ?? { reads: fresh.transition.reads, recorded: new Map<string, Transition>() };
    group.recorded.set(valuesKey(state, fresh.transition.reads), fresh.transition);
    shelf.set(signature, group);
    this.shelves.set(shelfKey, shelf);
    return fresh;
  }

  private replayFrom(shelf: TransitionShelf, state: InkStateJson): Taken | null {
    for (const { reads, recorded } of shelf.values()) {
      const t = recorded.get(valuesKey(state, reads));
      if (!t) continue;
      if (!t.rest) return { transition: t, next: null };
      const next = this.apply(state, t);
      if (next) {
        this.figures.continuationsReplayed++;
        return { transition: t, next };
      }
    }
    return null;
  }

  /** Runs choice `index` from `state` for real and records what it did. */
  private runFresh(state: InkStateJson, index: number): Taken {
    const { run } = this;
    const story = run.story;
    story.state.LoadJson(JSON.stringify(state));
    story.ChooseChoiceIndex(index);
    run.startRecording();
    const continuation = run.continue();
    this.figures.continuations++;
    const reads = run.reads;
    let changes: Pick<Transition, 'variables' | 'counts'> = { variables: [], counts: [] };
    let next: InkStateJson | null = null;
    let rest: Transition['rest'] = null;
    if (continuation.choices.length) {
      next = JSON.parse(story.state.toJson()) as InkStateJson;
      changes = this.changes(state, next, reads);
      const { variablesState: _variables, visitCounts: _counts, ...others } = next;
      rest = others;
    }
    const sorted = [...reads].sort();
    const nextBase = rest ? baseKey(next!, run.map) : null;
    return { transition: { continuation, reads: sorted, rest, nextBase, ...changes }, next };
  }

  /** How globals and visit counts changed from `state` to `next`; a change that is not a sum becomes a read. */
  private changes(
    state: InkStateJson,
    next: InkStateJson,
    reads: Set<string>,
  ): Pick<Transition, 'variables' | 'counts'> {
    const assigned = this.run.assigned;
    const variables: VariableChange[] = [];
    const counts: [string, number][] = [];
    const before = state.variablesState;
    const after = next.variablesState;
    for (const name of new Set([...Object.keys(before), ...Object.keys(after), ...assigned])) {
      const was = before[name];
      const now = after[name];
      if (assigned.has(name)) variables.push({ name, set: now });
      else if (JSON.stringify(was) !== JSON.stringify(now)) {
        const from = was ?? this.defaultWholeNumber(name);
        const to = now ?? this.defaultWholeNumber(name);
        if (Number.isInteger(from) && Number.isInteger(to))
          variables.push({ name, add: (to as number) - (from as number) });
        else {
          variables.push({ name, set: now });
          reads.add('var:' + name);
        }
      }
    }
    for (const [path, n] of Object.entries(next.visitCounts ?? {})) {
      const delta = n - (state.visitCounts?.[path] ?? 0);
      if (delta) counts.push([path, delta]);
    }
    return { variables, counts };
  }

  /** Applies a recorded transition to a like state; null when it cannot (a global that is not a whole number). */
  private apply(state: InkStateJson, t: Transition): InkStateJson | null {
    if (!t.rest) return null;
    const variablesState = { ...state.variablesState };
    for (const change of t.variables) {
      if (change.add === undefined) {
        if (change.set === undefined) delete variablesState[change.name];
        else variablesState[change.name] = change.set;
        continue;
      }
      const fallback = this.defaultWholeNumber(change.name);
      const was = variablesState[change.name] ?? fallback;
      if (!Number.isInteger(was)) return null;
      const now = (was as number) + change.add;
      if (now === fallback) delete variablesState[change.name];
      else variablesState[change.name] = now;
    }
    const visitCounts = { ...state.visitCounts };
    for (const [path, delta] of t.counts) visitCounts[path] = (visitCounts[path] ?? 0) + delta;
    return { ...t.rest, variablesState, visitCounts };
  }

  private defaultWholeNumber(name: string): number | undefined {
    const value = this.run.story.variablesState.TryGetDefaultVariableValue(name) as {
      valueType?: number;
      value?: unknown;
    } | null;
    return value?.valueType === INT_VALUE && typeof value.value === 'number' ? value.value : undefined;
  }
}
