import type { KeyValueStore, StoreFailure } from './keyValueStore.ts';
import type { Quarantine } from './Quarantine.ts';
import { invalidSaveReason, readSave, serializeSave, type SaveLabel, type SavedRun } from './saveFormat.ts';
import { notSavedNotice, storageTrouble } from './storageWords.ts';

/** Autosaves kept: the last five choices or chapter starts. */
export const AUTOSAVE_SLOTS = 5;
/** Manual slots: four pages of six. */
export const MANUAL_SLOTS = 24;
/** Manual slots on one page of the save screen. */
export const MANUAL_SLOTS_PER_PAGE = 6;

/** A save slot: `auto-1`…`auto-5`, `quick`, `manual-1`…`manual-24`. */
export type SlotId = `auto-${number}` | 'quick' | `manual-${number}`;

/** The kind of slot, from its id. */
export type SlotKind = 'auto' | 'quick' | 'manual';

/** The id of autosave slot `n` (1-based). */
export const autoSlotId = (n: number): SlotId => `auto-${n}`;
/** The id of manual slot `n` (1-based). */
export const manualSlotId = (n: number): SlotId => `manual-${n}`;

/** Every slot, in the order the load screen lists them. */
export const SLOT_IDS: readonly SlotId[] = Object.freeze([
  ...Array.from({ length: AUTOSAVE_SLOTS }, (_, i) => autoSlotId(i + 1)),
  'quick' as const,
  ...Array.from({ length: MANUAL_SLOTS }, (_, i) => manualSlotId(i + 1)),
]);

/** True when `id` names one of the game's slots. */
export function isSlotId(id: string): id is SlotId {
  return (SLOT_IDS as readonly string[]).includes(id);
}

/** The kind of slot `id` is. */
export function slotKind(id: SlotId): SlotKind {
  return id === 'quick' ? 'quick' : id.startsWith('auto-') ? 'auto' : 'manual';
}

/** The storage key of a slot. */
export const slotKey = (id: SlotId): string => `save:${id}`;

/** What a slot holds, without the run itself: cheap enough to list every slot on each screen. */
export type SlotSummary =
  | { id: SlotId; kind: SlotKind; state: 'empty' }
  | {
      id: SlotId;
      kind: SlotKind;
      state: 'saved';
      label: SaveLabel;
      /** When it was saved (ISO). */
      time: string;
      thumbnail: string | null;
      contentHash: string;
      /** Set when the story no longer fits this save; the save is kept. */
      needsAttention: { reason: string; since: string } | null;
    }
  /** A save from a newer version of the game: kept untouched, and not loadable here. */
  | { id: SlotId; kind: SlotKind; state: 'newerVersion'; version: number }
  /** Something unreadable that could not be moved aside (storage refused): left in place. */
  | { id: SlotId; kind: SlotKind; state: 'unreadable'; reason: string };

/** What reading a slot gives. */
export type SlotRead =
  | { state: 'saved'; save: SavedRun }
  | { state: 'empty' }
  | { state: 'newerVersion'; version: number }
  | { state: 'unreadable'; reason: string };

/** The outcome of writing a slot. */
export type SlotWrite =
  | { ok: true; slot: SlotId }
  | {
      ok: false;
      /**
       * `quota` (storage full) or `unavailable` (storage refused) or `failed` (anything else the browser threw);
       * `invalid`: the save itself is malformed; `noFreeSlot`: every autosave slot is protected;
       * `occupied`: a write meant for an empty slot found it filled meanwhile (another tab).
       */
      reason: StoreFailure['kind'] | 'invalid' | 'noFreeSlot' | 'occupied';
      /** A sentence for the reader saying what happened and what to do. */
      message: string;
      /** True when the save is held in memory (it loads until the page closes) though storage did not keep it. */
      keptForSession: boolean;
    };

interface Inspection {
  summary: SlotSummary;
  save: SavedRun | null;
}

/**
 * The save slots: an autosave ring, a quick slot and manual slots, over any KeyValueStore. Every
 * write happens at once. Unreadable saves are moved aside to the quarantine and reported; a save from
 * a newer version is left as it is; keys that are not slots are never read or touched.
 */
export class SaveSlots {
  /** How many pages of manual slots there are (MANUAL_SLOTS_PER_PAGE to a page). */
  readonly pages = Math.ceil(MANUAL_SLOTS / MANUAL_SLOTS_PER_PAGE);
  // Parsed saves by key, valid while the stored text is the same: listing stays cheap without trusting a stale copy.
  private readonly cache = new Map<string, { text: string; inspection: Inspection }>();

  /** `quarantine` takes unreadable saves; `now` stamps needs-attention marks. */
  constructor(
    private readonly store: KeyValueStore,
    private readonly quarantine: Quarantine,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Calls `listener` with the slot another tab wrote or deleted (through the store's `watch`), so a save
   * screen or the title's Continue can be refreshed; returns the function that stops it.
   */
  watch(listener: (id: SlotId) => void): () => void {
    return (
      this.store.watch?.((change) => {
        const id = change.key?.startsWith('save:') ? change.key.slice('save:'.length) : null;
        if (id !== null && isSlotId(id)) listener(id);
      }) ?? (() => {})
    );
  }

  /** Every slot with what it holds, in SLOT_IDS order. */
  list(): SlotSummary[] {
    return SLOT_IDS.map((id) => this.inspect(id).summary);
  }

  /** The manual slots of page `page` (0-based), six to a page. */
  manualPage(page: number): SlotSummary[] {
    const first = page * MANUAL_SLOTS_PER_PAGE + 1;
    return Array.from({ length: MANUAL_SLOTS_PER_PAGE }, (_, i) => first + i)
      .filter((n) => n >= 1 && n <= MANUAL_SLOTS)
      .map((n) => this.inspect(manualSlotId(n)).summary);
  }

  /** What slot `id` holds, without the run. */
  summary(id: SlotId): SlotSummary {
    return this.inspect(id).summary;
  }

  /** True when writing to `id` would replace something: the cue to ask the player first. */
  isOccupied(id: SlotId): boolean {
    return this.inspect(id).summary.state !== 'empty';
  }

  /** The run in slot `id`, or what is there instead. */
  read(id: SlotId): SlotRead {
    const { summary, save } = this.inspect(id);
    if (save) return { state: 'saved', save };
    switch (summary.state) {
      case 'newerVersion':
        return { state: 'newerVersion', version: summary.version };
      case 'unreadable':
        return { state: 'unreadable', reason: summary.reason };
      default:
        return { state: 'empty' };
    }
  }

  /** The newest save that can be loaded (not one needing attention), for "Continue"; null when there is none. */
  newest(): Extract<SlotSummary, { state: 'saved' }> | null {
    let best: Extract<SlotSummary, { state: 'saved' }> | null = null;
    for (const summary of this.list()) {
      if (summary.state !== 'saved' || summary.needsAttention) continue;
      if (!best || Date.parse(summary.time) > Date.parse(best.time)) best = summary;
    }
    return best;
  }

  /**
   * Writes `save` into slot `id` at once, replacing what is there (confirming that is the UI's job). With
   * `onlyIfEmpty`, refuses (`occupied`) when the slot holds something now, e.g. written by another tab
   * since the player picked it. A write that only reached memory is reported as failed (`keptForSession`).
   */
  write(id: SlotId, save: SavedRun, options: { onlyIfEmpty?: boolean } = {}): SlotWrite {
    if (!isSlotId(id)) return refused('invalid', `Not saved: "${id}" is not a save slot.`);
    const invalid = invalidSaveReason(save);
    if (invalid) return refused('invalid', `Not saved: the save was malformed (${invalid}).`);
    if (options.onlyIfEmpty && this.isOccupied(id)) {
      return refused('occupied', `Not saved: slot ${id} was filled meanwhile (in another tab?); nothing was replaced.`);
    }
    const key = slotKey(id);
    const written = this.store.set(key, serializeSave(save));
    this.cache.delete(key);
    if (!written.ok) return notKept(written.failure, false);
    const volatile = this.store.sessionOnly?.() ?? null;
    if (volatile) return notKept(volatile, true);
    return { ok: true, slot: id };
  }

  /** Writes the quick slot (F5). */
  quickSave(save: SavedRun): SlotWrite {
    return this.write('quick', save);
  }

  /**
   * Writes the next autosave (at each choice and chapter start): into an empty autosave slot, else
   * over the oldest. Saves needing attention go last; saves from a newer version are never overwritten.
   */
  autosave(save: SavedRun): SlotWrite {
    const ranked = SLOT_IDS.filter((id) => slotKind(id) === 'auto')
      .map((id) => this.inspect(id).summary)
      .filter((s) => s.state === 'empty' || s.state === 'saved')
      .sort(byAutosaveOrder);
    const target = ranked[0];
    if (!target) {
      return refused('noFreeSlot', 'Not autosaved: every autosave slot holds a save from a newer version of the game.');
    }
    return this.write(target.id, save);
  }

  /** Deletes slot `id` (the UI confirms first). */
  remove(id: SlotId): SlotWrite {
    const key = slotKey(id);
    const removed = this.store.remove(key);
    this.cache.delete(key);
    if (removed.ok) return { ok: true, slot: id };
    return refused(removed.failure.kind, `Not deleted: ${storageTrouble(removed.failure)}.`);
  }

  /** Marks the save in `id` as no longer fitting the story, keeping it; `reason` is shown to the player. */
  markNeedsAttention(id: SlotId, reason: string): SlotWrite {
    const read = this.read(id);
    if (read.state !== 'saved') return refused('invalid', `Slot ${id} holds no save to mark.`);
    return this.write(id, {
      ...read.save,
      needsAttention: { reason: reason.slice(0, 2_000), since: this.now().toISOString() },
    });
  }

  /** Clears the needs-attention mark of the save in `id` (it loaded after all). */
  clearNeedsAttention(id: SlotId): SlotWrite {
    const read = this.read(id);
    if (read.state !== 'saved') return refused('invalid', `Slot ${id} holds no save to clear.`);
    if (!read.save.needsAttention) return { ok: true, slot: id };
    return this.write(id, { ...read.save, needsAttention: null });
  }

  /** Reads one slot, quarantining what cannot be read; served from the cache while the stored text is unchanged. */
  private inspect(id: SlotId): Inspection {
    const key = slotKey(id);
    const kind = slotKind(id);
    const stored = this.store.get(key);
    if (!stored.ok) {
      return {
        summary: { id, kind, state: 'unreadable', reason: `storage refused to read it (${stored.failure.message})` },
        save: null,
      };
    }
    const text = stored.value;
    if (text === null) return { summary: { id, kind, state: 'empty' }, save: null };
    const cached = this.cache.get(key);
    if (cached && cached.text === text) return cached.inspection;

    const reading = readSave(text);
    let inspection: Inspection;
    switch (reading.kind) {
      case 'ok': {
        const { save } = reading;
        inspection = {
          summary: {
            id,
            kind,
            state: 'saved',
            label: save.label,
            time: save.time,
            thumbnail: save.thumbnail,
            contentHash: save.contentHash,
            needsAttention: save.needsAttention,
          },
          save,
        };
        break;
      }
      case 'future':
        this.quarantine.leaveInPlace(
          key,
          `this save was made by a newer version of the game (format v${reading.version}); it is kept as it is`,
        );
        inspection = { summary: { id, kind, state: 'newerVersion', version: reading.version }, save: null };
        break;
      case 'unreadable': {
        const problem = this.quarantine.setAside(key, text, `the save in ${id} could not be read: ${reading.reason}`);
        if (problem.action === 'setAside') return { summary: { id, kind, state: 'empty' }, save: null };
        inspection = { summary: { id, kind, state: 'unreadable', reason: problem.reason }, save: null };
        break;
      }
    }
    this.cache.set(key, { text, inspection });
    return inspection;
  }
}

function notKept(failure: StoreFailure, keptForSession: boolean): SlotWrite {
  return { ok: false, reason: failure.kind, message: notSavedNotice(failure, keptForSession), keptForSession };
}

function refused(reason: Extract<SlotWrite, { ok: false }>['reason'], message: string): SlotWrite {
  return { ok: false, reason, message, keptForSession: false };
}

/** Autosave order: empty first, then ordinary saves oldest first, then those needing attention oldest first. */
function byAutosaveOrder(a: SlotSummary, b: SlotSummary): number {
  const group = (s: SlotSummary) => (s.state !== 'saved' ? 0 : s.needsAttention ? 2 : 1);
  const time = (s: SlotSummary) => (s.state === 'saved' ? Date.parse(s.time) || 0 : 0);
  return group(a) - group(b) || time(a) - time(b);
}
