import { LocalStorageStore, type StorageSource } from './LocalStorageStore.ts';
import { ProfileStore } from './ProfileStore.ts';
import { Quarantine } from './Quarantine.ts';
import { ResilientStore } from './ResilientStore.ts';
import { SaveSlots } from './SaveSlots.ts';

/** Everything the game keeps between sessions, over one store. */
export interface Persistence {
  /** The store; its `degraded` says when progress is kept in memory only. */
  store: ResilientStore;
  /** Unreadable data set aside, and the problems found. */
  quarantine: Quarantine;
  /** The save slots. */
  slots: SaveSlots;
  /** The profile (endings, lines seen, route map, settings). */
  profile: ProfileStore;
}

/**
 * Opens the game's storage: localStorage under the game's prefix when the browser allows it, memory
 * otherwise. Never throws, even where reading `window.localStorage` does. For the composition root.
 */
export function openPersistence(
  source: StorageSource = () => globalThis.localStorage,
  now: () => Date = () => new Date(),
): Persistence {
  const store = new ResilientStore(new LocalStorageStore(source));
  const quarantine = new Quarantine(store, now);
  return {
    store,
    quarantine,
    slots: new SaveSlots(store, quarantine, now),
    profile: new ProfileStore(store, quarantine),
  };
}
