import * as v from 'valibot';
import { describeIssues } from './issues.ts';
import {
  fitIncoming,
  mergeProfiles,
  profileToValue,
  readProfileValue,
  summarizeProfile,
  unreadableProfileReason,
  type Profile,
  type ProfileSummary,
  type StoryKnowledge,
} from './profile.ts';
import type { ProfileStore } from './ProfileStore.ts';
import { readSaveValue, type SaveLabel, type SavedRun } from './saveFormat.ts';
import {
  isSlotId,
  SLOT_IDS,
  slotKind,
  type SaveSlots,
  type SlotId,
  type SlotKind,
  type SlotSummary,
} from './SaveSlots.ts';
import { isJsonObject, parseJson } from './safeJson.ts';
import { storageTrouble } from './storageWords.ts';

/** The format tag of an export, so a file from anywhere else is refused with a clear message. */
export const BUNDLE_FORMAT = 'ultimate-defence/saves';

/**
 * The export format written today. What each version changed:
 * - v1: `slots` (slot id to save, each in its own save format), `profile` (stored profile or null), `exportedAt`.
 */
export const BUNDLE_FORMAT_VERSION = 1;

/** The largest export read, in characters (a code may be a third longer): itch.io's whole quota is about this. */
export const BUNDLE_MAX_CHARS = 5 * 1024 * 1024;

const BundleSchema = v.object({
  format: v.literal(BUNDLE_FORMAT),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  exportedAt: v.pipe(v.string(), v.isoTimestamp()),
  slots: v.record(v.string(), v.unknown()),
  profile: v.nullable(v.unknown()),
});

/** Options for an export. */
export interface ExportOptions {
  /** The export's timestamp; now by default. */
  now?: Date;
  /** Keep thumbnails (default true); leave them out to make a shorter code to copy. */
  thumbnails?: boolean;
}

/**
 * Every save that can be read and the profile, as one JSON text to download or copy. Saves from a
 * newer version and quarantined entries stay where they are and are not exported.
 */
export function exportBundle(slots: SaveSlots, profile: Profile, options: ExportOptions = {}): string {
  const saves: Record<string, SavedRun> = {};
  for (const id of SLOT_IDS) {
    const read = slots.read(id);
    if (read.state === 'saved')
      saves[id] = options.thumbnails === false ? { ...read.save, thumbnail: null } : read.save;
  }
  return JSON.stringify({
    format: BUNDLE_FORMAT,
    version: BUNDLE_FORMAT_VERSION,
    exportedAt: (options.now ?? new Date()).toISOString(),
    slots: saves,
    profile: profileToValue(profile),
  });
}

/** An export as a code to copy and paste: the JSON's UTF-8 bytes in base64url, with no padding. */
export function encodeCode(json: string): string {
  const bytes = new TextEncoder().encode(json);
  let binary = '';
  // In chunks: spreading a megabyte into one call would overflow the argument stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The JSON inside a code made by `encodeCode`; spaces and line breaks from pasting are ignored. */
export function decodeCode(code: string): { ok: true; json: string } | { ok: false; message: string } {
  const compact = code.replace(/\s+/g, '');
  if (compact.length > Math.ceil((BUNDLE_MAX_CHARS * 4) / 3)) return { ok: false, message: tooLarge() };
  if (!/^[A-Za-z0-9_-]*$/.test(compact) || compact.length % 4 === 1) return { ok: false, message: NOT_OURS };
  try {
    const binary = atob(compact.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return { ok: true, json: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, message: NOT_OURS };
  }
}

/** An export read back and checked, ready to preview and import. */
export interface SaveBundle {
  /** When it was exported (ISO). */
  exportedAt: string;
  /** The saves it holds that this version can read, in slot order, lifted to today's format. */
  saves: { id: SlotId; save: SavedRun }[];
  /** Entries that cannot be imported, and why. */
  skipped: { id: string; reason: string }[];
  /** Its profile, or null when it has none or it could not be read. */
  profile: Profile | null;
  /** Why the profile cannot be imported (or which parts were lost), or null. */
  profileProblem: string | null;
}

/** What an export holds, for the player to look over before importing. */
export interface ImportPreview {
  exportedAt: string;
  slots: {
    id: SlotId;
    kind: SlotKind;
    label: SaveLabel;
    time: string;
    thumbnail: string | null;
    needsAttention: boolean;
  }[];
  skipped: { id: string; reason: string }[];
  profile: ProfileSummary | null;
  profileProblem: string | null;
}

/** An export read: the bundle and its preview, or a message to show the player. */
export type BundleReading = { ok: true; bundle: SaveBundle; preview: ImportPreview } | { ok: false; message: string };

const SKIPPED_LISTED = 20;
const NOT_OURS = 'This is not an Ultimate Defence save file or code.';
const tooLarge = () =>
  `This is too large to be an Ultimate Defence save file (the limit is ${BUNDLE_MAX_CHARS / 1024 / 1024} MB).`;

/** Reads an exported file's text or a pasted code: checks size, format and each save. Never throws. */
export function readBundle(input: string): BundleReading {
  const trimmed = input.trim();
  if (trimmed.length > Math.ceil((BUNDLE_MAX_CHARS * 4) / 3)) return { ok: false, message: tooLarge() };
  let json = trimmed;
  if (!trimmed.startsWith('{')) {
    const decoded = decodeCode(trimmed);
    if (!decoded.ok) return decoded;
    json = decoded.json;
  }
  if (json.length > BUNDLE_MAX_CHARS) return { ok: false, message: tooLarge() };
  const parsed = parseJson(json);
  if (!parsed.ok) return { ok: false, message: `This save file is damaged and cannot be read: ${parsed.reason}.` };
  const value = parsed.value;
  if (!isJsonObject(value) || value.format !== BUNDLE_FORMAT) return { ok: false, message: NOT_OURS };
  if (typeof value.version === 'number' && value.version > BUNDLE_FORMAT_VERSION) {
    return {
      ok: false,
      message: 'This save file was made by a newer version of the game. Update the game, then import it again.',
    };
  }
  const checked = v.safeParse(BundleSchema, value);
  if (!checked.success)
    return { ok: false, message: `This save file is damaged and cannot be read: ${describeIssues(checked.issues)}.` };

  const bundle: SaveBundle = {
    exportedAt: checked.output.exportedAt,
    saves: [],
    skipped: [],
    profile: null,
    profileProblem: null,
  };
  const entries = checked.output.slots;
  const strangers = Object.keys(entries).filter((id) => !isSlotId(id));
  // Listed by name up to a screenful; a file of 10,000 made-up slots gets one line for the rest.
  for (const id of strangers.slice(0, SKIPPED_LISTED)) {
    bundle.skipped.push({ id, reason: 'this is not a save slot of this game' });
  }
  if (strangers.length > SKIPPED_LISTED) {
    const id = `${strangers.length - SKIPPED_LISTED} more`;
    bundle.skipped.push({ id, reason: 'these are not save slots of this game either' });
  }
  for (const id of SLOT_IDS) {
    if (!Object.hasOwn(entries, id)) continue;
    const reading = readSaveValue(entries[id]);
    if (reading.kind === 'ok') bundle.saves.push({ id, save: reading.save });
    else if (reading.kind === 'future')
      bundle.skipped.push({ id, reason: `it was made by a newer version of the game (format v${reading.version})` });
    else bundle.skipped.push({ id, reason: reading.reason });
  }
  if (checked.output.profile !== null) {
    const profile = readProfileValue(checked.output.profile);
    if (profile.kind === 'ok' || profile.kind === 'salvaged') bundle.profile = profile.profile;
    if (profile.kind === 'salvaged') bundle.profileProblem = profile.reason;
    if (profile.kind === 'future')
      bundle.profileProblem = `the profile was made by a newer version of the game (format v${profile.version})`;
    if (profile.kind === 'unreadable') bundle.profileProblem = profile.reason;
  }
  return { ok: true, bundle, preview: previewBundle(bundle) };
}

/** The preview of a bundle. */
export function previewBundle(bundle: SaveBundle): ImportPreview {
  return {
    exportedAt: bundle.exportedAt,
    slots: bundle.saves.map(({ id, save }) => ({
      id,
      kind: slotKind(id),
      label: save.label,
      time: save.time,
      thumbnail: save.thumbnail,
      needsAttention: save.needsAttention !== null,
    })),
    skipped: [...bundle.skipped],
    profile: bundle.profile && summarizeProfile(bundle.profile),
    profileProblem: bundle.profileProblem,
  };
}

/** Where each save of an import goes; nothing is written until `applyImport`. */
export interface ImportPlan {
  /** Saves going into a free slot: their own when it is free, else the first free manual slot. */
  placements: { from: SlotId; to: SlotId; save: SavedRun }[];
  /** Saves already here (same run, same moment): nothing to do. */
  duplicates: SlotId[];
  /** Saves whose slot is taken with no free slot left: the UI asks, then may `slots.write(from, save)`. */
  conflicts: { from: SlotId; save: SavedRun; existing: SlotSummary }[];
  /** The profile to merge into the current one, or null. */
  profile: Profile | null;
}

/** Plans an import without overwriting anything. */
export function planImport(bundle: SaveBundle, slots: SaveSlots): ImportPlan {
  const summaries = new Map(slots.list().map((s) => [s.id, s]));
  const taken = new Set([...summaries.values()].filter((s) => s.state !== 'empty').map((s) => s.id));
  const here = SLOT_IDS.flatMap((id) => {
    const read = slots.read(id);
    return read.state === 'saved' ? [read.save] : [];
  });
  const plan: ImportPlan = { placements: [], duplicates: [], conflicts: [], profile: bundle.profile };
  for (const { id, save } of bundle.saves) {
    if (here.some((s) => sameRun(s, save)) || plan.placements.some((p) => sameRun(p.save, save))) {
      plan.duplicates.push(id);
      continue;
    }
    const to = !taken.has(id) ? id : SLOT_IDS.find((s) => slotKind(s) === 'manual' && !taken.has(s));
    if (to) {
      plan.placements.push({ from: id, to, save });
      taken.add(to);
    } else {
      const existing = summaries.get(id) ?? { id, kind: slotKind(id), state: 'empty' as const };
      plan.conflicts.push({ from: id, save, existing });
    }
  }
  return plan;
}

/** What an import did. */
export interface ImportResult {
  /** Saves written, and where. */
  written: { from: SlotId; to: SlotId }[];
  /** Saves storage refused (or kept for this session only), and why, in words. */
  failed: { from: SlotId; to: SlotId; message: string }[];
  /** Saves left for the player to decide on (also those whose free slot another tab filled meanwhile). */
  conflicts: ImportPlan['conflicts'];
  /** True when the imported profile was merged in and written. */
  profileMerged: boolean;
  /** What of the imported profile was left out or could not be written, in words; null when all of it went in. */
  profileProblem: string | null;
}

/**
 * Carries out `plan`: writes each placement at once (only into a slot still empty) and merges the
 * profile. The imported profile is first fitted (see `fitIncoming`: ids `known` says the story lacks are
 * dropped, counts kept within the loader's limits) and the merge checked with the loader's own schema, so
 * an import can never leave a profile that fails on the next load; what the reader had is always kept.
 */
export function applyImport(
  plan: ImportPlan,
  slots: SaveSlots,
  profiles: ProfileStore,
  known: StoryKnowledge = {},
): ImportResult {
  const result: ImportResult = {
    written: [],
    failed: [],
    conflicts: [...plan.conflicts],
    profileMerged: false,
    profileProblem: null,
  };
  for (const { from, to, save } of plan.placements) {
    const written = slots.write(to, save, { onlyIfEmpty: true });
    if (written.ok) result.written.push({ from, to });
    else if (written.reason === 'occupied') result.conflicts.push({ from, save, existing: slots.summary(to) });
    else result.failed.push({ from, to, message: written.message });
  }
  const incoming = plan.profile;
  if (!incoming) return result;
  const { profile: fitted, dropped } = fitIncoming(profiles.current, incoming, known);
  const notes = dropped.length ? [`left out of the imported profile: ${dropped.join('; ')}`] : [];
  const merged = mergeProfiles(profiles.current, fitted);
  const unreadable = unreadableProfileReason(merged);
  if (unreadable) {
    const refusal = `the imported profile was not merged, since the result would not read back (${unreadable})`;
    result.profileProblem = [...notes, refusal].join('. ');
    return result;
  }
  const written = profiles.update((current) => mergeProfiles(current, fitIncoming(current, incoming, known).profile));
  result.profileMerged = written.ok;
  if (!written.ok) notes.push(`the merged profile lasts until this page closes: ${storageTrouble(written.failure)}`);
  result.profileProblem = notes.length ? notes.join('. ') : null;
  return result;
}

/** The words for an import's outcome, for one notice. */
export function describeImport(result: ImportResult): string {
  const n = result.written.length;
  const parts = [`Imported ${n} save${n === 1 ? '' : 's'}.`];
  const clashes = result.conflicts.length;
  if (clashes) parts.push(`${clashes} clashed with saves here and were left out; your saves were kept.`);
  if (result.failed.length) parts.push(`${result.failed.length} could not be written: ${result.failed[0].message}`);
  if (result.profileProblem) parts.push(`${result.profileProblem[0].toUpperCase()}${result.profileProblem.slice(1)}.`);
  else if (result.profileMerged) parts.push('Endings, lines read and the route map were merged with yours.');
  return parts.join(' ');
}

/** True when two saves are the same run at the same moment. */
function sameRun(a: SavedRun, b: SavedRun): boolean {
  return (
    a.time === b.time &&
    a.contentHash === b.contentHash &&
    a.stepsSinceChoice === b.stepsSinceChoice &&
    a.inkState === b.inkState &&
    a.choiceLog.length === b.choiceLog.length &&
    a.choiceLog.every((c, i) => c.index === b.choiceLog[i].index && c.text === b.choiceLog[i].text)
  );
}
