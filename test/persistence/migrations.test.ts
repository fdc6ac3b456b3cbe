import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { loadSave } from '../../src/persistence/loadSave.ts';
import {
  migration,
  runMigrations,
  SAVE_MIGRATIONS,
  upgradeSaveV1,
  upgradeSaveV2,
  type SaveV1,
} from '../../src/persistence/migrations.ts';
import { readSave, SAVE_FORMAT_VERSION } from '../../src/persistence/saveFormat.ts';
import { deskSave, runnerOn } from './support/saves.ts';

/** A v1 save as the first release wrote it, made from a real run of desk.ink. */
function v1Save(): SaveV1 {
  const { inkState, contentHash, choiceLog, stage, label } = deskSave({ choice: 1 });
  return {
    version: 1,
    contentHash,
    inkState,
    choiceLog: choiceLog.map((c) => c.index),
    stage,
    label,
    savedAt: Date.parse('2026-06-01T12:30:00.000Z'),
  };
}

/** A v2 save as the second format wrote it (choice indices only, no recent lines), from a real run of desk.ink. */
function v2Save(play: Parameters<typeof deskSave>[0] = { choice: 0 }): Record<string, unknown> {
  const { recentLines: _dropped, ...rest } = deskSave(play);
  return { ...rest, version: 2, choiceLog: rest.choiceLog.map((c) => c.index) };
}

describe('save migrations', () => {
  it('has a step from every readable version up to the current one', () => {
    for (let version = 1; version < SAVE_FORMAT_VERSION; version++) expect(SAVE_MIGRATIONS[version]).toBeDefined();
  });

  it('lifts a v1 save to v2: epoch time becomes ISO, new fields start empty', () => {
    const old = v1Save();
    const lifted = upgradeSaveV1(old);
    expect(lifted).toMatchObject({
      version: 2,
      time: '2026-06-01T12:30:00.000Z',
      stepsSinceChoice: 0,
      current: null,
      thumbnail: null,
      needsAttention: null,
      choiceLog: [1],
      label: old.label,
    });
    expect(lifted).not.toHaveProperty('savedAt');
    expect(old.savedAt).toBe(Date.parse('2026-06-01T12:30:00.000Z'));
  });

  it('a save from the first release still opens, and resumes on the same story', () => {
    const read = readSave(JSON.stringify(v1Save()));
    expect(read).toMatchObject({ kind: 'ok', migratedFrom: 1, save: { version: 3, time: '2026-06-01T12:30:00.000Z' } });
    if (read.kind !== 'ok') return;
    const runner = runnerOn();
    expect(loadSave(runner, read.save).kind).toBe('restored');
    expect(runner.next().line?.text).toBe('The door slid shut.');
  });

  it('lifts a v2 save to v3: each choice keeps its index with no words, the line on screen is the one recent line', () => {
    const old = v2Save();
    const lifted = upgradeSaveV2(old as never);
    expect(lifted).toMatchObject({
      version: 3,
      choiceLog: [{ index: 0, text: null }],
      recentLines: [(old.current as { line: { id: string } }).line.id],
    });
    expect(old.choiceLog).toEqual([0]);
  });

  it('a v2 save still opens: restored on the same story, replayed by index on an edited one', () => {
    const read = readSave(JSON.stringify(v2Save()));
    expect(read).toMatchObject({ kind: 'ok', migratedFrom: 2, save: { version: 3 } });
    if (read.kind !== 'ok') return;
    expect(loadSave(runnerOn(), read.save)).toMatchObject({
      kind: 'restored',
      step: { line: { text: 'He was over the desk before he had decided to move.' } },
    });
    expect(loadSave(runnerOn('desk-edited.ink'), read.save)).toMatchObject({
      kind: 'replayed',
      landing: { on: 'sameLine' },
      step: { line: { text: 'He was over the desk before he had decided to move.' } },
    });
  });

  it('a v2 save with a choice index out of range is refused as a v2 save', () => {
    expect(readSave(JSON.stringify({ ...v2Save(), choiceLog: [1_001] }))).toMatchObject({
      kind: 'unreadable',
      reason: expect.stringMatching(/as a v2 save.*choiceLog/),
    });
  });

  it('refuses a v1 save with a broken time, saying which version it was read as', () => {
    const read = readSave(JSON.stringify({ ...v1Save(), savedAt: 'yesterday' }));
    expect(read).toMatchObject({ kind: 'unreadable', reason: expect.stringMatching(/as a v1 save.*savedAt/) });
  });

  it('a v1 save whose stage was broken is caught once lifted', () => {
    const read = readSave(JSON.stringify({ ...v1Save(), stage: { backdrop: 7 } }));
    expect(read).toMatchObject({ kind: 'unreadable', reason: expect.stringMatching(/stage/) });
  });

  it('stops with a reason when a step is missing', () => {
    const table = { 1: migration(v.object({ n: v.number() }), (old) => ({ n: old.n + 1 })) };
    expect(runMigrations({ n: 1 }, 1, 2, table)).toEqual({ ok: true, value: { n: 2 } });
    expect(runMigrations({ n: 1 }, 1, 3, table)).toEqual({ ok: false, reason: 'no way to read format v2' });
    expect(runMigrations({ n: 'x' }, 1, 2, table)).toMatchObject({ ok: false });
  });
});
