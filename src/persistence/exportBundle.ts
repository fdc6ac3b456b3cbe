import * as v from 'valibot';
import { describeIssues } from './issues.ts';
import { mergeProfiles, profileToValue, readProfileValue, summarizeProfile, type Profile, type ProfileSummary } from './profile.ts';
import type { ProfileStore } from './ProfileStore.ts';
import { readSaveValue, type SaveLabel, type SavedRun } from './saveFormat.ts';
import { isSlotId, SLOT_IDS, slotKind, type SaveSlots, type SlotId, type SlotKind, type SlotSummary } from './SaveSlots.ts';
import { isJsonObject, parseJson } from './safeJson.ts';

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
    if (read.state === 'saved') saves[id] = options.thumbnails === false ? { ...read.save, thumbnail: null } : read.save;
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
  slots: { id: SlotId; kind: SlotKind; label: SaveLabel; time: string; thumbnail: string | null; needsAttention: boolean }[];
  skipped: { id: string; reason: string }[];
  profile: ProfileSummary | null;
  profileProblem: string | null;
}

/** An export read: the bundle and its preview, or a message to show the player. */
export type BundleReading = { ok: true; bundle: SaveBundle; preview: ImportPreview } | { ok: false; message: string };

const NOT_OURS = 'This is not an Ultimate Defence save file or code.';
const tooLarge = () => `This is too large to be an Ultimate Defence save file (the limit is ${BUNDLE_MAX_CHARS / 1024 / 1024} MB).`;

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
    return { ok: false, message: 'This save file was made by a newer version of the game. Update the game, then import it again.' };
  }
  const checked = v.safeParse(BundleSchema, value);
  if (!checked.success) return { ok: false, message: `This save file is damaged and cannot be read: ${describeIssues(checked.issues)}.` };

  const bundle: SaveBundle = { exportedAt: checked.output.exportedAt, saves: [], skipped: [], profile: null, profileProblem: null };
  const entries = checked.output.slots;
  for (const id of Object.keys(entries)) {
    if (!isSlotId(id)) bundle.skipped.push({ id, reason: 'this is not a save slot of this game' });
  }
  for (const id of SLOT_IDS) {
    if (!Object.hasOwn(entries, id)) continue;
    const reading = readSaveValue(entries[id]);
    if (reading.kind === 'ok') bundle.saves.push({ id, save: reading.save });
    else if (reading.kind === 'future') bundle.skipped.push({ id, reason: `it was made by a newer version of the game (format v${reading.version})` });
    else bundle.skipped.push({ id, reason: reading.reason });
  }
  if (checked.output.profile !== null) {
    const profile = readProfileValue(checked.output.profile);
    if (profile.kind === 'ok' || profile.kind === 'salvaged') bundle.profile = profile.profile;
    if (profile.kind === 'salvaged') bundle.profileProblem = profile.reason;
    if (profile.kind === 'future') bundle.profileProblem = `the profile was made by a newer version of the game (format v${profile.version})`;
    if (profile.kind === 'unreadable') bundle.profileProblem = profile.reason;
  }
  return { ok: true, bundle, preview: previewBundle(bundle) };
}

/** The preview of a bundle. */
export function previewBundle(bundle: SaveBundle): ImportPreview {
  return {
    exportedAt: bundle.exportedAt,
    slots: bundle.saves.map(({ id, save }) => ({
      id, kind: slotKind(id), label: save.label, time: save.time, thumbnail: save.thumbnail, needsAttention: save.needsAttention !== null,
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
  /** Saves storage refused, and why. */
  failed: { from: SlotId; to: SlotId; message: string }[];
  /** Saves left for the player to decide on. */
  conflicts: ImportPlan['conflicts'];
  /** True when the imported profile was merged in and written. */
  profileMerged: boolean;
}

/** Carries out `plan`: writes the placements at once and merges the profile (see `mergeProfiles`). */
export function applyImport(plan: ImportPlan, slots: SaveSlots, profiles: ProfileStore): ImportResult {
  const result: ImportResult = { written: [], failed: [], conflicts: plan.conflicts, profileMerged: false };
  for (const { from, to, save } of plan.placements) {
    const written = slots.write(to, save);
    if (written.ok) result.written.push({ from, to });
    else result.failed.push({ from, to, message: written.message });
  }
  const incoming = plan.profile;
  if (incoming) result.profileMerged = profiles.update((current) => mergeProfiles(current, incoming)).ok;
  return result;
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
