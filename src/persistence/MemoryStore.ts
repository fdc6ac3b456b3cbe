import { DONE, succeeded, type KeyValueStore, type StoreResult } from './keyValueStore.ts';

/** A store held in memory: the stand-in for tests, and where the game goes on when the browser keeps nothing. */
export class MemoryStore implements KeyValueStore {
  // A Map, not an object: keys such as `__proto__` are plain keys here.
  private readonly entries: Map<string, string>;

  /** Starts empty, or with `initial` entries. */
  constructor(initial: Iterable<readonly [string, string]> = []) {
    this.entries = new Map(initial);
  }

  /** The text under `key`, or null. */
  get(key: string): StoreResult<string | null> {
    return succeeded(this.entries.get(key) ?? null);
  }

  /** Stores `value` under `key`. Never fails. */
  set(key: string, value: string): StoreResult<void> {
    this.entries.set(key, value);
    return DONE;
  }

  /** Removes `key`. */
  remove(key: string): StoreResult<void> {
    this.entries.delete(key);
    return DONE;
  }

  /** Every key, in the order they were first set. */
  keys(): StoreResult<string[]> {
    return succeeded([...this.entries.keys()]);
  }
}
