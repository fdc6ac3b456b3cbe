import { Emitter } from '../story/events.ts';
import type { KeyValueStore, StoreResult } from './keyValueStore.ts';
import { DONE } from './keyValueStore.ts';
import {
  freshProfile,
  mergeProfiles,
  readProfile,
  serializeProfile,
  settingsOf,
  unreadableProfileReason,
  type Profile,
  type Settings,
} from './profile.ts';
import type { Quarantine } from './Quarantine.ts';

/** The storage key of the profile, apart from every save slot. */
export const PROFILE_KEY = 'profile';

/** Facts the profile store announces. */
export interface ProfileStoreEventMap {
  /** Another tab wrote the profile and this tab's copy now includes what it added (endings, lines, settings). */
  changedElsewhere: { profile: Profile };
}

/**
 * The profile in storage, written at once on every change. Several tabs may hold it: each write first
 * reads what is stored and unites it with this tab's copy (see `uniteTabs`), so no tab writes back a
 * stale copy over another's progress, and a `storage` event from another tab is merged in as it comes.
 * An unreadable profile is moved to the quarantine and a fresh one used (sections that can be read are
 * kept); a profile from a newer version is left untouched, and changes this session then live in memory only.
 */
export class ProfileStore {
  /** `changedElsewhere` fires when another tab's write is merged in. */
  readonly events = new Emitter<ProfileStoreEventMap>();
  private profile: Profile;
  private writable = true;
  // The text this tab last read or wrote: when storage still holds it, nothing new is there to merge.
  private known: string | null = null;

  /** Reads the profile now and listens for other tabs' writes; problems go to `quarantine`. */
  constructor(
    private readonly store: KeyValueStore,
    private readonly quarantine: Quarantine,
  ) {
    this.profile = this.load();
    store.watch?.((change) => {
      if (change.key === PROFILE_KEY && change.value !== null && change.value !== this.known) this.takeIn(change.value);
    });
  }

  /** The profile as it stands. */
  get current(): Profile {
    return this.profile;
  }

  /** Every setting, chosen or default. */
  get settings(): Settings {
    return settingsOf(this.profile);
  }

  /** False when a newer version's profile is in storage: changes are then kept in memory only, so it is not overwritten. */
  get persisted(): boolean {
    return this.writable;
  }

  /**
   * Applies `change` (one of the pure functions in profile.ts) to the stored profile united with this
   * tab's, and writes at once. An unchanged profile writes nothing. A write that reached only memory
   * (storage full or refused) comes back as a failure, though the change holds for this session.
   */
  update(change: (profile: Profile) => Profile): StoreResult<void> {
    if (change(this.profile) === this.profile) return DONE;
    if (!this.writable) {
      this.profile = change(this.profile);
      return DONE;
    }
    const stored = this.store.get(PROFILE_KEY);
    if (stored.ok && stored.value !== null && stored.value !== this.known) this.takeIn(stored.value);
    this.profile = change(this.profile);
    if (!this.writable) return DONE;
    // Never write what the loader would refuse next time (and then set aside): keep it for this session instead.
    const unreadable = unreadableProfileReason(this.profile);
    if (unreadable) {
      const message = `the profile was not saved: it would not read back (${unreadable})`;
      return { ok: false, failure: { kind: 'failed', message } };
    }
    const text = serializeProfile(this.profile);
    const written = this.store.set(PROFILE_KEY, text);
    if (!written.ok) return written;
    this.known = text;
    const volatile = this.store.sessionOnly?.() ?? null;
    return volatile ? { ok: false, failure: volatile } : DONE;
  }

  /** Unites stored profile text (another tab's) into this tab's copy; what cannot be read is handled as at load. */
  private takeIn(text: string): void {
    const reading = readProfile(text);
    switch (reading.kind) {
      case 'ok':
        this.profile = uniteTabs(this.profile, reading.profile);
        this.known = text;
        this.events.emit('changedElsewhere', { profile: this.profile });
        return;
      case 'future':
        this.writable = false;
        this.quarantine.leaveInPlace(
          PROFILE_KEY,
          `another tab of a newer version of the game saved the profile (format v${reading.version}); ` +
            "it is kept as it is, and this tab's progress is not saved over it",
        );
        return;
      case 'salvaged':
      case 'unreadable': {
        const reason = `the profile could not be fully read: ${reading.reason}`;
        const problem = this.quarantine.setAside(PROFILE_KEY, text, reason);
        if (problem.action === 'leftInPlace') this.writable = false;
        if (reading.kind === 'salvaged') this.profile = uniteTabs(this.profile, reading.profile);
        this.known = null;
      }
    }
  }

  private load(): Profile {
    const stored = this.store.get(PROFILE_KEY);
    if (!stored.ok) {
      // Nothing could be read, so nothing may be overwritten either.
      this.writable = false;
      this.quarantine.leaveInPlace(
        PROFILE_KEY,
        `the profile could not be read from storage (${stored.failure.message})`,
      );
      return freshProfile();
    }
    if (stored.value === null) return freshProfile();
    const reading = readProfile(stored.value);
    switch (reading.kind) {
      case 'ok':
        this.known = stored.value;
        return reading.profile;
      case 'future':
        this.writable = false;
        this.quarantine.leaveInPlace(
          PROFILE_KEY,
          `the profile was saved by a newer version of the game (format v${reading.version}); it is kept as it is, and this session's progress is not saved over it`,
        );
        return freshProfile();
      case 'salvaged':
      case 'unreadable': {
        const problem = this.quarantine.setAside(
          PROFILE_KEY,
          stored.value,
          `the profile could not be fully read: ${reading.reason}`,
        );
        // Left in place (the move failed): do not overwrite the only copy.
        if (problem.action === 'leftInPlace') this.writable = false;
        const profile = reading.kind === 'salvaged' ? reading.profile : freshProfile();
        if (this.writable) {
          this.known = serializeProfile(profile);
          this.store.set(PROFILE_KEY, this.known);
        }
        return profile;
      }
    }
  }
}

/**
 * This tab's profile united with the one stored by another: endings, lines and discoveries unite, the
 * larger run count stands, and the stored settings win (every settings change is written at once, so the
 * stored ones are the latest any tab chose, a reset to defaults included).
 */
export function uniteTabs(mine: Profile, stored: Profile): Profile {
  return { ...mergeProfiles(stored, mine), settings: { ...stored.settings } };
}
