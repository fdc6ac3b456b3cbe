import { DONE, succeeded, type KeyValueStore, type StoreChange, type StoreResult } from './keyValueStore.ts';

/** What views of one memory store share: the entries, and every view, to tell the others of a change. */
interface SharedMemory {
  entries: Map<string, string>;
  views: Set<MemoryStore>;
}

/**
 * A store held in memory: the stand-in for tests, and where the game goes on when the browser keeps
 * nothing. `otherTab()` gives a second view of the same entries that hears the first one's writes (and
 * the first hears its), as two tabs hear each other through the `storage` event.
 */
export class MemoryStore implements KeyValueStore {
  private readonly shared: SharedMemory;
  private readonly listeners = new Set<(change: StoreChange) => void>();

  /** Starts empty, or with `initial` entries. */
  constructor(initial: Iterable<readonly [string, string]> = [], shared?: SharedMemory) {
    // A Map, not an object: keys such as `__proto__` are plain keys here.
    this.shared = shared ?? { entries: new Map(initial), views: new Set() };
    this.shared.views.add(this);
  }

  /** Another view of the same entries, as a second tab of the same browser sees the same localStorage. */
  otherTab(): MemoryStore {
    return new MemoryStore([], this.shared);
  }

  /** The text under `key`, or null. */
  get(key: string): StoreResult<string | null> {
    return succeeded(this.shared.entries.get(key) ?? null);
  }

  /** Stores `value` under `key`. Never fails. */
  set(key: string, value: string): StoreResult<void> {
    const before = this.shared.entries.get(key);
    this.shared.entries.set(key, value);
    // As the `storage` event: only a real change, and only the other views hear it.
    if (before !== value) this.tellOthers({ key, value });
    return DONE;
  }

  /** Removes `key`. */
  remove(key: string): StoreResult<void> {
    if (this.shared.entries.delete(key)) this.tellOthers({ key, value: null });
    return DONE;
  }

  /** Every key, in the order they were first set. */
  keys(): StoreResult<string[]> {
    return succeeded([...this.shared.entries.keys()]);
  }

  /** Hears changes made through the other views (`otherTab`). */
  watch(listener: (change: StoreChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private tellOthers(change: StoreChange): void {
    for (const view of this.shared.views) {
      if (view === this) continue;
      for (const listener of [...view.listeners]) listener(change);
    }
  }
}
