import { Emitter } from '../story/events.ts';
import type { KeyValueStore, StoreResult } from './keyValueStore.ts';

/** Something in storage the game could not use, and what was done with it. */
export interface StorageProblem {
  /** The key it was found under (without the game prefix), e.g. `save:manual-3` or `profile`. */
  key: string;
  /** What is wrong, in plain words. */
  reason: string;
  /**
   * `setAside`: moved, text intact, under `movedTo`; the slot is free again.
   * `leftInPlace`: kept where it was, because it belongs to a newer version of the game or could not be moved.
   */
  action: 'setAside' | 'leftInPlace';
  /** The quarantine key holding the original text, or null when it was left in place. */
  movedTo: string | null;
  /** When it was found (ISO). */
  at: string;
}

/** Facts the quarantine announces. */
export interface QuarantineEventMap {
  /** A problem was found in storage (each is announced once per session). */
  problemFound: StorageProblem;
}

/** An entry set aside, this session or before, as listed from storage. */
export interface QuarantinedEntry {
  /** Its key, to pass to `read` or `discard`. */
  key: string;
  /** The key it was found under. */
  originalKey: string;
  /** When it was set aside (ISO). */
  at: string;
}

/** The format tag of `exportKept`'s document. */
export const QUARANTINE_EXPORT_FORMAT = 'ultimate-defence/set-aside';

/** Where a key is, in the reader's words: "manual slot 3", "the quick save", "your profile". */
export function placeOf(key: string): string {
  const slot = /^save:(auto|manual)-(\d+)$/.exec(key);
  if (slot) return `${slot[1] === 'auto' ? 'autosave' : 'manual slot'} ${slot[2]}`;
  if (key === 'save:quick') return 'the quick save';
  if (key === 'profile') return 'your profile (endings, lines read, route map and settings)';
  return `"${key}"`;
}

/** One problem as a sentence for the reader: which slot, why, and what was done with it. */
export function describeProblem(problem: StorageProblem): string {
  const place = placeOf(problem.key);
  const capital = place[0].toUpperCase() + place.slice(1);
  if (problem.action === 'setAside') {
    const keep = 'Export what was set aside to keep a copy.';
    return `${capital} could not be read, so it was set aside unchanged (${problem.reason}). ${keep}`;
  }
  return `${capital} was left as it is: ${problem.reason}.`;
}

/** Every quarantine key starts with this. */
export const QUARANTINE_PREFIX = 'quarantine:';

// quarantine:<original key>:<ISO time>, with ~n added when two land in the same millisecond.
const QUARANTINE_KEY = /^quarantine:(.+):(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)(?:~\d+)?$/;

/**
 * Where unreadable data goes instead of being deleted: each entry is moved whole to
 * `quarantine:<original-key>:<time>` and reported, so nothing a player made is ever lost and the UI
 * can list what went wrong. Storage is never cleared wholesale.
 */
export class Quarantine {
  /** Announces each problem as it is found. */
  readonly events = new Emitter<QuarantineEventMap>();
  private readonly found: StorageProblem[] = [];
  private told = 0;
  private readonly reported = new Map<string, StorageProblem>();

  /** `now` is the clock used to stamp entries. */
  constructor(
    private readonly store: KeyValueStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Problems found this session, oldest first: the list the UI shows. */
  get problems(): readonly StorageProblem[] {
    return this.found;
  }

  /**
   * The problems the reader has not been told of yet, each as one sentence (which slot, why, where it went),
   * and from now on counted as told: the UI calls this when it can show a notice, so each is said once.
   */
  takeNotices(): string[] {
    const fresh = this.found.slice(this.told);
    this.told = this.found.length;
    return fresh.map(describeProblem);
  }

  /**
   * Every entry set aside (this session and before) with its original text, as one JSON document to
   * download or attach to a bug report; nothing is removed.
   */
  exportKept(now: Date = this.now()): string {
    const entries = this.entries().map((e) => ({ ...e, text: this.read(e.key) }));
    return JSON.stringify({ format: QUARANTINE_EXPORT_FORMAT, version: 1, exportedAt: now.toISOString(), entries });
  }

  /** Moves `text` from `key` to a quarantine key and reports it; when the move fails, leaves it in place (still reported). */
  setAside(key: string, text: string, reason: string): StorageProblem {
    const at = this.now().toISOString();
    const base = `${QUARANTINE_PREFIX}${key}:${at}`;
    let target = base;
    for (let n = 2; this.occupied(target); n++) target = `${base}~${n}`;
    const copied = this.store.set(target, text);
    if (!copied.ok) {
      return this.report({
        key,
        reason: `${reason}; it could not be moved aside (${copied.failure.message})`,
        action: 'leftInPlace',
        movedTo: null,
        at,
      });
    }
    // Only once the copy is safely written does the original go.
    this.store.remove(key);
    return this.report({ key, reason, action: 'setAside', movedTo: target, at });
  }

  /** Reports data left where it is, such as a save from a newer version of the game. */
  leaveInPlace(key: string, reason: string): StorageProblem {
    return this.report({ key, reason, action: 'leftInPlace', movedTo: null, at: this.now().toISOString() });
  }

  /** Entries set aside, this session and before, oldest first. */
  entries(): QuarantinedEntry[] {
    const keys = this.store.keys();
    if (!keys.ok) return [];
    const entries: QuarantinedEntry[] = [];
    for (const key of keys.value) {
      const match = QUARANTINE_KEY.exec(key);
      if (match) entries.push({ key, originalKey: match[1], at: match[2] });
    }
    return entries.sort((a, b) => a.at.localeCompare(b.at) || a.key.localeCompare(b.key));
  }

  /** The original text of an entry set aside (e.g. to attach to a bug report), or null. */
  read(quarantineKey: string): string | null {
    if (!quarantineKey.startsWith(QUARANTINE_PREFIX)) return null;
    const text = this.store.get(quarantineKey);
    return text.ok ? text.value : null;
  }

  /** Deletes one entry set aside: only ever on the player's explicit request. */
  discard(quarantineKey: string): StoreResult<void> {
    if (!QUARANTINE_KEY.test(quarantineKey)) {
      return { ok: false, failure: { kind: 'failed', message: `"${quarantineKey}" is not a quarantine key` } };
    }
    return this.store.remove(quarantineKey);
  }

  private occupied(key: string): boolean {
    const existing = this.store.get(key);
    return existing.ok && existing.value !== null;
  }

  /** Records and announces a problem, once per key and reason in a session (listing slots again must not repeat it). */
  private report(problem: StorageProblem): StorageProblem {
    const identity = `${problem.key}\u0000${problem.action}\u0000${problem.reason}`;
    const earlier = problem.action === 'leftInPlace' ? this.reported.get(identity) : undefined;
    if (earlier) return earlier;
    this.reported.set(identity, problem);
    this.found.push(problem);
    this.events.emit('problemFound', problem);
    return problem;
  }
}
