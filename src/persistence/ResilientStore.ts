import { Emitter } from '../story/events.ts';
import type { KeyValueStore, StoreChange, StoreFailure, StoreResult } from './keyValueStore.ts';
import { MemoryStore } from './MemoryStore.ts';

/** Why the game stopped keeping progress in the browser, for one calm notice. */
export interface StorageDegraded {
  /** `unavailable` (storage refused), `quota` (full) or `failed` (anything else). */
  reason: StoreFailure['kind'];
  /** The browser's own words, for the console. */
  message: string;
}

/** Facts the resilient store announces. */
export interface ResilientStoreEventMap {
  /** Storage failed and the game now keeps everything in memory only. Fires at most once. */
  degraded: StorageDegraded;
}

// Written and removed once at start-up, so a zero quota (old Safari private mode) shows at the title, not at the first save.
const PROBE_KEY = 'probe';

/**
 * Starts on a persistent store and, the first time it throws on access or refuses a write, goes on
 * in memory with everything it held, so play never stops. `degraded` then says why: the UI shows
 * one notice ("progress will not be kept after closing; export your saves") and offers export.
 */
export class ResilientStore implements KeyValueStore {
  /** `degraded` fires here when storage fails after construction; read `degraded` for failures during it. */
  readonly events = new Emitter<ResilientStoreEventMap>();
  // A copy of everything, kept in step with the primary: storage that stops answering mid-game cannot be read back.
  private readonly memory = new MemoryStore();
  private degradation: StorageDegraded | null = null;

  /** Reads `primary` into memory and probes a write; a store that fails either is left before any save is made. */
  constructor(private readonly primary: KeyValueStore) {
    const listed = primary.keys();
    if (!listed.ok) {
      this.fallBack(listed.failure);
      return;
    }
    for (const key of listed.value) {
      const value = primary.get(key);
      if (!value.ok) {
        this.fallBack(value.failure);
        return;
      }
      if (value.value !== null && key !== PROBE_KEY) this.memory.set(key, value.value);
    }
    const probed = primary.set(PROBE_KEY, '1');
    if (probed.ok) primary.remove(PROBE_KEY);
    else this.fallBack(probed.failure);
  }

  /** Null while progress is kept in the browser; otherwise why it is not. */
  get degraded(): StorageDegraded | null {
    return this.degradation;
  }

  /** The text under `key`, or null. */
  get(key: string): StoreResult<string | null> {
    if (!this.degradation) {
      const read = this.primary.get(key);
      if (read.ok) {
        // Another tab may have written since: keep the copy in step with what storage says.
        if (read.value === null) this.memory.remove(key);
        else this.memory.set(key, read.value);
        return read;
      }
      this.fallBack(read.failure);
    }
    return this.memory.get(key);
  }

  /** Stores `value`; when storage refuses, stores it in memory and degrades. */
  set(key: string, value: string): StoreResult<void> {
    if (!this.degradation) {
      const written = this.primary.set(key, value);
      if (!written.ok) this.fallBack(written.failure);
    }
    return this.memory.set(key, value);
  }

  /** Removes `key`. */
  remove(key: string): StoreResult<void> {
    if (!this.degradation) {
      const removed = this.primary.remove(key);
      if (!removed.ok) this.fallBack(removed.failure);
    }
    return this.memory.remove(key);
  }

  /** Every key held. */
  keys(): StoreResult<string[]> {
    if (!this.degradation) {
      const listed = this.primary.keys();
      if (listed.ok) return listed;
      this.fallBack(listed.failure);
    }
    return this.memory.keys();
  }

  /**
   * Hears other tabs' changes while storage works, keeping the memory copy in step first. Once degraded,
   * this tab no longer shares anything with the others, so nothing more is heard.
   */
  watch(listener: (change: StoreChange) => void): () => void {
    if (!this.primary.watch) return () => {};
    return this.primary.watch((change) => {
      if (this.degradation) return;
      if (change.key === null) return listener(change);
      if (change.value === null) this.memory.remove(change.key);
      else this.memory.set(change.key, change.value);
      listener(change);
    });
  }

  /** Why writes last only for this session (see `degraded`), or null while they reach the browser's storage. */
  sessionOnly(): StoreFailure | null {
    return this.degradation && { kind: this.degradation.reason, message: this.degradation.message };
  }

  /** From now on, memory only: announced once. */
  private fallBack(failure: StoreFailure): void {
    if (this.degradation) return;
    this.degradation = { reason: failure.kind, message: failure.message };
    this.events.emit('degraded', this.degradation);
  }
}
