import {
  failed,
  succeeded,
  type KeyValueStore,
  type StoreChange,
  type StoreFailure,
  type StoreResult,
} from './keyValueStore.ts';

/**
 * The prefix of every key the game owns in localStorage. Fixed, never derived from the URL: itch.io
 * serves every game from one shared origin under a path that changes with each upload.
 */
export const STORAGE_PREFIX = 'ultimate-defence:';

/** Where to find localStorage; a function, because merely reading `window.localStorage` throws in a sandboxed iframe. */
export type StorageSource = () => Storage | null | undefined;

/** Where `storage` events arrive (the window); only the two methods used. */
export interface StorageEventSource {
  addEventListener(type: 'storage', listener: (event: StorageEvent) => void): void;
  removeEventListener(type: 'storage', listener: (event: StorageEvent) => void): void;
}

/**
 * The browser's localStorage, limited to keys under STORAGE_PREFIX: other keys (other itch.io games
 * share the origin) are never read, written or removed. Failures come back as typed results, never
 * as exceptions.
 */
export class LocalStorageStore implements KeyValueStore {
  private storage: Storage | null = null;

  /** `source` is asked for the Storage lazily, so constructing never throws; other tabs' changes arrive at `events`. */
  constructor(
    private readonly source: StorageSource = () => globalThis.localStorage,
    private readonly events: StorageEventSource | null = defaultEventSource(),
  ) {}

  /** Hears what other tabs change under the game's prefix (the `storage` event); other keys are ignored. */
  watch(listener: (change: StoreChange) => void): () => void {
    const events = this.events;
    if (!events) return () => {};
    const heard = (event: StorageEvent) => {
      if (this.storage && event.storageArea && event.storageArea !== this.storage) return;
      if (event.key === null) listener({ key: null, value: null });
      else if (event.key.startsWith(STORAGE_PREFIX)) {
        listener({ key: event.key.slice(STORAGE_PREFIX.length), value: event.newValue });
      }
    };
    events.addEventListener('storage', heard);
    return () => events.removeEventListener('storage', heard);
  }

  /** The text under `key`, or null. */
  get(key: string): StoreResult<string | null> {
    return this.attempt((storage) => storage.getItem(STORAGE_PREFIX + key));
  }

  /** Stores `value` under `key`; a full quota comes back as a `quota` failure. */
  set(key: string, value: string): StoreResult<void> {
    return this.attempt((storage) => storage.setItem(STORAGE_PREFIX + key, value));
  }

  /** Removes `key`. */
  remove(key: string): StoreResult<void> {
    return this.attempt((storage) => storage.removeItem(STORAGE_PREFIX + key));
  }

  /** The game's keys, without the prefix; keys of anyone else are skipped unread. */
  keys(): StoreResult<string[]> {
    return this.attempt((storage) => {
      const keys: string[] = [];
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (key?.startsWith(STORAGE_PREFIX)) keys.push(key.slice(STORAGE_PREFIX.length));
      }
      return keys;
    });
  }

  /** Runs `work` on the Storage, turning anything thrown (by the getter too) into a typed failure. */
  private attempt<T>(work: (storage: Storage) => T): StoreResult<T> {
    try {
      const storage = this.storage ?? this.source();
      if (!storage) return failed('unavailable', 'this browser offers no localStorage here');
      this.storage = storage;
      return succeeded(work(storage));
    } catch (error) {
      return { ok: false, failure: classifyStorageError(error) };
    }
  }
}

function defaultEventSource(): StorageEventSource | null {
  const target = globalThis as Partial<StorageEventSource>;
  const listens = typeof target.addEventListener === 'function' && typeof target.removeEventListener === 'function';
  return listens ? (target as StorageEventSource) : null;
}

/** Names a storage exception: quota (each browser spells it differently), security, or other. */
export function classifyStorageError(error: unknown): StoreFailure {
  // Browsers throw DOMExceptions, but a fake or an old engine may throw any object: read fields defensively.
  const field = (key: string): unknown =>
    typeof error === 'object' && error !== null && key in error ? (error as Record<string, unknown>)[key] : undefined;
  const name = String(field('name') ?? '');
  const code = Number(field('code'));
  const message = String(field('message') ?? (typeof error === 'string' ? error : ''));
  // 22 is QUOTA_EXCEEDED_ERR; 1014 and NS_ERROR_DOM_QUOTA_REACHED are older Firefox.
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014) {
    return { kind: 'quota', message: message || 'storage is full' };
  }
  if (name === 'SecurityError') return { kind: 'unavailable', message: message || 'storage is not allowed here' };
  return { kind: 'failed', message: message || name || 'storage failed' };
}
