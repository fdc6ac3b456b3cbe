import type { KeyValueStore, StoreResult } from './keyValueStore.ts';
import { DONE } from './keyValueStore.ts';
import { freshProfile, readProfile, serializeProfile, settingsOf, type Profile, type Settings } from './profile.ts';
import type { Quarantine } from './Quarantine.ts';

/** The storage key of the profile, apart from every save slot. */
export const PROFILE_KEY = 'profile';

/**
 * The profile in storage: read once at start, written at once on every change. An unreadable profile
 * is moved to the quarantine and a fresh one used (sections that can be read are kept); a profile from
 * a newer version is left untouched, and changes this session then live in memory only.
 */
export class ProfileStore {
  private profile: Profile;
  private writable = true;

  /** Reads the profile now; problems go to `quarantine`. */
  constructor(private readonly store: KeyValueStore, private readonly quarantine: Quarantine) {
    this.profile = this.load();
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

  /** Applies `change` (one of the pure functions in profile.ts) and writes at once; an unchanged profile writes nothing. */
  update(change: (profile: Profile) => Profile): StoreResult<void> {
    const next = change(this.profile);
    if (next === this.profile) return DONE;
    this.profile = next;
    return this.writable ? this.store.set(PROFILE_KEY, serializeProfile(next)) : DONE;
  }

  private load(): Profile {
    const stored = this.store.get(PROFILE_KEY);
    if (!stored.ok) {
      // Nothing could be read, so nothing may be overwritten either.
      this.writable = false;
      this.quarantine.leaveInPlace(PROFILE_KEY, `the profile could not be read from storage (${stored.failure.message})`);
      return freshProfile();
    }
    if (stored.value === null) return freshProfile();
    const reading = readProfile(stored.value);
    switch (reading.kind) {
      case 'ok':
        return reading.profile;
      case 'future':
        this.writable = false;
        this.quarantine.leaveInPlace(PROFILE_KEY, `the profile was saved by a newer version of the game (format v${reading.version}); it is kept as it is, and this session's progress is not saved over it`);
        return freshProfile();
      case 'salvaged':
      case 'unreadable': {
        const problem = this.quarantine.setAside(PROFILE_KEY, stored.value, `the profile could not be fully read: ${reading.reason}`);
        // Left in place (the move failed): do not overwrite the only copy.
        if (problem.action === 'leftInPlace') this.writable = false;
        const profile = reading.kind === 'salvaged' ? reading.profile : freshProfile();
        if (this.writable) this.store.set(PROFILE_KEY, serializeProfile(profile));
        return profile;
      }
    }
  }
}
