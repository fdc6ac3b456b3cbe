import * as v from 'valibot';
import { describeIssues } from './issues.ts';

/**
 * One step up a format: validates data of version N with that version's own (frozen) schema, then lifts
 * it, purely, to the shape of N+1. Keyed in a table by N, the version it upgrades from.
 */
export interface Migration {
  /** Checks `value` as version N and lifts it to N+1, or says why it cannot. */
  lift(value: unknown): { ok: true; value: unknown } | { ok: false; reason: string };
}

/** A migration from data matching `schema`, by the pure function `upgrade`. */
export function migration<S extends v.GenericSchema>(
  schema: S,
  upgrade: (old: v.InferOutput<S>) => unknown,
): Migration {
  return {
    lift(value) {
      const checked = v.safeParse(schema, value);
      return checked.success
        ? { ok: true, value: upgrade(checked.output) }
        : { ok: false, reason: describeIssues(checked.issues) };
    },
  };
}

/** Lifts `value` from version `from` to `to`, one step at a time. */
export function runMigrations(
  value: unknown,
  from: number,
  to: number,
  table: Readonly<Record<number, Migration>>,
): { ok: true; value: unknown } | { ok: false; reason: string } {
  let current = value;
  for (let version = from; version < to; version++) {
    const step = Object.hasOwn(table, version) ? table[version] : undefined;
    if (!step) return { ok: false, reason: `no way to read format v${version}` };
    const lifted = step.lift(current);
    if (!lifted.ok) return { ok: false, reason: `as a v${version} save, ${lifted.reason}` };
    current = lifted.value;
  }
  return { ok: true, value: current };
}

/**
 * Save format v1, frozen as it was written. Its stage had today's shape and is checked once lifted.
 * When a version is superseded, freeze the parts its migration reads here and add SAVE_MIGRATIONS[n].
 */
export const SaveV1Schema = v.object({
  version: v.literal(1),
  contentHash: v.string(),
  inkState: v.string(),
  choiceLog: v.array(v.pipe(v.number(), v.integer(), v.minValue(0))),
  stage: v.looseObject({}),
  label: v.object({ chapter: v.nullable(v.string()), excerpt: v.string() }),
  savedAt: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15)),
});

/** A v1 save. */
export type SaveV1 = v.InferOutput<typeof SaveV1Schema>;

/** A v2 save as the v1 migration hands it on: what it does not touch is checked by the steps after it. */
export type SaveV2Draft = Omit<SaveV1, 'savedAt' | 'version'> & {
  version: 2;
  stepsSinceChoice: number;
  current: null;
  time: string;
  thumbnail: null;
  needsAttention: null;
};

/**
 * v1 to v2: epoch `savedAt` becomes ISO `time`. v1 kept neither the lines since the last choice nor the
 * line on screen, so a v1 save resumes at the line after it (restored) or the first line after its last
 * choice (replayed). No thumbnail; nothing needs attention yet.
 */
export function upgradeSaveV1(old: SaveV1): SaveV2Draft {
  const { savedAt, ...rest } = old;
  return {
    ...rest,
    version: 2,
    stepsSinceChoice: 0,
    current: null,
    time: new Date(savedAt).toISOString(),
    thumbnail: null,
    needsAttention: null,
  };
}

/**
 * Save format v2, frozen: the fields the v2-to-v3 step reads. The rest (stage, label, thumbnail...) kept
 * the v2 shape in v3 and is checked by today's schema once lifted.
 */
export const SaveV2Schema = v.looseObject({
  version: v.literal(2),
  choiceLog: v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000))), v.maxLength(100_000)),
  current: v.nullable(v.looseObject({ line: v.nullable(v.looseObject({ id: v.string() })) })),
});

/** A v2 save. */
export type SaveV2 = v.InferOutput<typeof SaveV2Schema>;

/**
 * v2 to v3: choice indices become `{ index, text: null }` (v2 did not keep the words, so a replay goes by
 * index, as before); the line on screen, if any, is the one recent line known.
 */
export function upgradeSaveV2(old: SaveV2): Record<string, unknown> {
  const line = old.current?.line ?? null;
  const choiceLog = old.choiceLog.map((index) => ({ index, text: null }));
  return { ...old, version: 3, choiceLog, recentLines: line ? [line.id] : [] };
}

/** Save migrations, keyed by the version each upgrades from. */
export const SAVE_MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: migration(SaveV1Schema, upgradeSaveV1),
  2: migration(SaveV2Schema, upgradeSaveV2),
};

/** Profile migrations, keyed by the version each upgrades from (none yet: the profile is at v1). */
export const PROFILE_MIGRATIONS: Readonly<Record<number, Migration>> = {};
