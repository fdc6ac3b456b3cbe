/** Why a storage operation did not happen. */
export interface StoreFailure {
  /**
   * `unavailable`: the browser refuses storage here (a sandboxed iframe, blocked cookies, none at all);
   * `quota`: storage is full (on itch.io the ~5 MB is shared with every other game);
   * `failed`: anything else the browser threw.
   */
  kind: 'unavailable' | 'quota' | 'failed';
  /** The browser's own words, for the console and bug reports. */
  message: string;
}

/** The outcome of a storage operation: its value, or a typed failure in place of an exception. */
export type StoreResult<T> = { ok: true; value: T } | { ok: false; failure: StoreFailure };

/**
 * A small synchronous key-value store shaped like localStorage. Keys are the game's own names
 * (`save:quick`, `profile`): an implementation that shares a namespace adds its prefix itself.
 */
export interface KeyValueStore {
  /** The text under `key`, or null when there is none. */
  get(key: string): StoreResult<string | null>;
  /** Stores `value` under `key` at once. */
  set(key: string, value: string): StoreResult<void>;
  /** Removes `key`; removing a missing key is not a failure. */
  remove(key: string): StoreResult<void>;
  /** Every key this store holds, in no promised order. */
  keys(): StoreResult<string[]>;
  /**
   * Why writes now last only until the page closes (storage refused or full, so they went to memory),
   * or null while they reach lasting storage. Absent: every successful write lasts.
   */
  sessionOnly?(): StoreFailure | null;
  /**
   * Calls `listener` when another tab (or another view of a shared memory store) changes a key; returns
   * the function that stops it. `value` is null when the key was removed. Absent: no one else writes.
   */
  watch?(listener: (change: StoreChange) => void): () => void;
}

/** A key changed by someone else: another tab, through the `storage` event. */
export interface StoreChange {
  /** The key, without any prefix; null when everything was cleared. */
  key: string | null;
  /** Its new text, or null when it was removed. */
  value: string | null;
}

/** A successful result holding `value`. */
export function succeeded<T>(value: T): StoreResult<T> {
  return { ok: true, value };
}

/** The successful result of an operation that returns nothing. */
export const DONE: StoreResult<void> = Object.freeze({ ok: true, value: undefined });

/** A failed result. */
export function failed<T>(kind: StoreFailure['kind'], message: string): StoreResult<T> {
  return { ok: false, failure: { kind, message } };
}
