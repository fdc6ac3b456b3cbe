// Saves carried to and from another browser: the export file (and its copyable code for frames that
// cannot download), and an import read, previewed and applied with a message for the reader.
import {
  applyImport,
  describeImport,
  encodeCode,
  exportBundle,
  type ImportPreview,
  planImport,
  readBundle,
} from '../persistence/exportBundle.ts';
import type { Persistence } from '../persistence/openPersistence.ts';
import type { StoryKnowledge } from '../persistence/profile.ts';

/** An export: the file's name and text, and the same without thumbnails as a code to copy. */
export interface SaveExport {
  fileName: string;
  json: string;
  code: string;
}

/** Every save and the profile, as a file and as a code. */
export function exportSaves(persistence: Pick<Persistence, 'slots' | 'profile'>, now: Date = new Date()): SaveExport {
  const { slots, profile } = persistence;
  return {
    fileName: `ultimate-defence-saves-${now.toISOString().slice(0, 10)}.json`,
    json: exportBundle(slots, profile.current, { now }),
    code: encodeCode(exportBundle(slots, profile.current, { thumbnails: false, now })),
  };
}

/** An import read and planned: what it holds (clashes marked), and how to carry it out. */
export type PreparedImport = { ok: true; preview: ImportPreview; apply: () => string } | { ok: false; message: string };

/** Reads an export (file text or code) and plans it against the saves here (`known`: the story's endings); nothing is written until `apply`. */
export function prepareImport(
  text: string,
  persistence: Pick<Persistence, 'slots' | 'profile'>,
  known: StoryKnowledge = {},
): PreparedImport {
  const read = readBundle(text);
  if (!read.ok) return read;
  const plan = planImport(read.bundle, persistence.slots);
  const conflicts = new Set(plan.conflicts.map((c) => c.from));
  const preview = { ...read.preview, slots: read.preview.slots.map((s) => ({ ...s, conflict: conflicts.has(s.id) })) };
  const apply = () => describeImport(applyImport(plan, persistence.slots, persistence.profile, known));
  return { ok: true, preview, apply };
}
