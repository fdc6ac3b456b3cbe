import { describe, expect, it } from 'vitest';
import {
  applyImport,
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  BUNDLE_MAX_CHARS,
  decodeCode,
  encodeCode,
  exportBundle,
  planImport,
  readBundle,
} from '../../src/persistence/exportBundle.ts';
import { MemoryStore } from '../../src/persistence/MemoryStore.ts';
import { ProfileStore } from '../../src/persistence/ProfileStore.ts';
import { changeSettings, markLineSeen, recordEnding } from '../../src/persistence/profile.ts';
import { Quarantine } from '../../src/persistence/Quarantine.ts';
import { MANUAL_SLOTS, manualSlotId, SaveSlots, slotKey } from '../../src/persistence/SaveSlots.ts';
import { deskSave, TINY_PNG } from './support/saves.ts';

function browser() {
  const store = new MemoryStore();
  const quarantine = new Quarantine(store);
  return { store, slots: new SaveSlots(store, quarantine), profiles: new ProfileStore(store, quarantine) };
}

const minute = (n: number) => new Date(Date.parse('2026-11-01T10:00:00.000Z') + n * 60_000).toISOString();

/** A browser with a few saves and some profile progress. */
function oldBrowser() {
  const b = browser();
  b.slots.autosave(deskSave({ time: minute(1) }));
  b.slots.quickSave(deskSave({ choice: 0, time: minute(2), thumbnail: TINY_PNG }));
  b.slots.write('manual-1', deskSave({ choice: 1, time: minute(3) }));
  b.profiles.update((p) =>
    changeSettings(markLineSeen(recordEnding(p, 'desk-end', new Date(minute(2))), '0000abcd'), { textSpeed: 99 }),
  );
  return b;
}

function readOk(input: string) {
  const read = readBundle(input);
  if (!read.ok) throw new Error(read.message);
  return read;
}

describe('export and import', () => {
  it('an export carries every save and the profile to a new browser', () => {
    const from = oldBrowser();
    const text = exportBundle(from.slots, from.profiles.current, { now: new Date(minute(10)) });
    expect(JSON.parse(text)).toMatchObject({
      format: BUNDLE_FORMAT,
      version: BUNDLE_FORMAT_VERSION,
      exportedAt: minute(10),
    });
    const to = browser();
    const read = readOk(text);
    const result = applyImport(planImport(read.bundle, to.slots), to.slots, to.profiles);
    expect(result.written).toEqual([
      { from: 'auto-1', to: 'auto-1' },
      { from: 'quick', to: 'quick' },
      { from: 'manual-1', to: 'manual-1' },
    ]);
    expect(result.conflicts).toEqual([]);
    expect(to.slots.list()).toEqual(from.slots.list());
    expect(to.profiles.current).toEqual(from.profiles.current);
  });

  it('shows what a file holds before anything is imported', () => {
    const from = oldBrowser();
    const { preview } = readOk(exportBundle(from.slots, from.profiles.current, { now: new Date(minute(10)) }));
    expect(preview).toEqual({
      exportedAt: minute(10),
      slots: [
        {
          id: 'auto-1',
          kind: 'auto',
          label: expect.objectContaining({ chapter: 'The Desk' }),
          time: minute(1),
          thumbnail: null,
          needsAttention: false,
        },
        {
          id: 'quick',
          kind: 'quick',
          label: expect.any(Object),
          time: minute(2),
          thumbnail: TINY_PNG,
          needsAttention: false,
        },
        {
          id: 'manual-1',
          kind: 'manual',
          label: expect.any(Object),
          time: minute(3),
          thumbnail: null,
          needsAttention: false,
        },
      ],
      skipped: [],
      profile: { endings: 1, linesSeen: 1, routeNodes: 0, routeEdges: 0, completedRuns: 0 },
      profileProblem: null,
    });
  });

  it('a copyable code carries the same export, even pasted with line breaks', () => {
    const from = oldBrowser();
    const text = exportBundle(from.slots, from.profiles.current, { thumbnails: false });
    const code = encodeCode(text);
    expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCode(code)).toEqual({ ok: true, json: text });
    const wrapped = code.replace(/(.{76})/g, '$1\n');
    expect(readOk(wrapped).preview.slots.map((s) => s.thumbnail)).toEqual([null, null, null]);
    expect(decodeCode(encodeCode('Iruka — 海野イルカ ✓'))).toEqual({ ok: true, json: 'Iruka — 海野イルカ ✓' });
  });

  it('importing never overwrites: a taken slot sends the save to a free manual slot', () => {
    const from = oldBrowser();
    const to = browser();
    const mine = deskSave({ time: minute(50) });
    to.slots.write('manual-1', mine);
    to.slots.quickSave(deskSave({ time: minute(51) }));
    const plan = planImport(readOk(exportBundle(from.slots, from.profiles.current)).bundle, to.slots);
    expect(plan.placements.map(({ from: f, to: t }) => [f, t])).toEqual([
      ['auto-1', 'auto-1'],
      ['quick', 'manual-2'],
      ['manual-1', 'manual-3'],
    ]);
    applyImport(plan, to.slots, to.profiles);
    expect(to.slots.read('manual-1')).toEqual({ state: 'saved', save: mine });
    expect(to.slots.summary('manual-2')).toMatchObject({ time: minute(2) });
  });

  it('importing the same file twice adds nothing the second time', () => {
    const from = oldBrowser();
    const to = browser();
    const text = exportBundle(from.slots, from.profiles.current);
    applyImport(planImport(readOk(text).bundle, to.slots), to.slots, to.profiles);
    const again = planImport(readOk(text).bundle, to.slots);
    expect(again.placements).toEqual([]);
    expect(again.duplicates).toEqual(['auto-1', 'quick', 'manual-1']);
  });

  it('with no free slot left, a clash is handed to the player to decide', () => {
    const from = oldBrowser();
    const to = browser();
    for (let n = 1; n <= MANUAL_SLOTS; n++) to.slots.write(manualSlotId(n), deskSave({ time: minute(100 + n) }));
    const plan = planImport(readOk(exportBundle(from.slots, from.profiles.current)).bundle, to.slots);
    expect(plan.placements.map((p) => p.to)).toEqual(['auto-1', 'quick']);
    expect(plan.conflicts).toEqual([
      {
        from: 'manual-1',
        save: expect.objectContaining({ time: minute(3) }),
        existing: expect.objectContaining({ id: 'manual-1', time: minute(101) }),
      },
    ]);
    const result = applyImport(plan, to.slots, to.profiles);
    expect(result.conflicts).toHaveLength(1);
    expect(to.slots.summary('manual-1')).toMatchObject({ time: minute(101) });
  });

  it('the imported profile merges in: earliest endings, all lines seen, settings chosen here kept', () => {
    const from = oldBrowser();
    const to = browser();
    to.profiles.update((p) => changeSettings(recordEnding(p, 'desk-end', new Date(minute(30))), { textSpeed: 20 }));
    applyImport(
      planImport(readOk(exportBundle(from.slots, from.profiles.current)).bundle, to.slots),
      to.slots,
      to.profiles,
    );
    expect(to.profiles.current.endings.get('desk-end')).toBe(minute(2));
    expect(to.profiles.current.linesSeen.has('0000abcd')).toBe(true);
    expect(to.profiles.settings.textSpeed).toBe(20);
  });

  it('refuses what is not ours with a clear message', () => {
    expect(readBundle('{"some":"other game"}')).toEqual({
      ok: false,
      message: 'This is not an Ultimate Defence save file or code.',
    });
    expect(readBundle('hello, world!')).toEqual({
      ok: false,
      message: 'This is not an Ultimate Defence save file or code.',
    });
    expect(readBundle(encodeCode('["a list"]'))).toEqual({
      ok: false,
      message: 'This is not an Ultimate Defence save file or code.',
    });
    expect(readBundle('{"format":"ultimate-defence/saves","version":1,')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/damaged/),
    });
    expect(
      readBundle(`{"format":"${BUNDLE_FORMAT}","version":1,"exportedAt":"x","slots":{},"profile":null}`),
    ).toMatchObject({ ok: false, message: expect.stringMatching(/damaged.*exportedAt/) });
    expect(readBundle(`{"format":"${BUNDLE_FORMAT}","version":1,"slots":{"__proto__":{}}}`)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/forbidden key/),
    });
  });

  it('refuses a file from a newer version, and one too large', () => {
    expect(readBundle(`{"format":"${BUNDLE_FORMAT}","version":${BUNDLE_FORMAT_VERSION + 1}}`)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/newer version/),
    });
    expect(readBundle(`{"format":"${BUNDLE_FORMAT}","pad":"${'x'.repeat(BUNDLE_MAX_CHARS)}"}`)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/too large/),
    });
  });

  it('imports the good saves of a file (older formats lifted) and lists those it cannot use', () => {
    const good = deskSave({ time: minute(1) });
    const { contentHash, inkState, choiceLog, stage, label } = good;
    const v1 = { version: 1, contentHash, inkState, choiceLog, stage, label, savedAt: Date.parse(minute(0)) };
    const text = JSON.stringify({
      format: BUNDLE_FORMAT,
      version: 1,
      exportedAt: minute(9),
      slots: {
        'manual-1': good,
        'manual-2': { ...good, choiceLog: 'x' },
        'manual-3': { version: 9 },
        'manual-77': good,
        quick: { ...good, version: 1 },
        'auto-1': v1,
      },
      profile: { version: 1, nonsense: true },
    });
    const { preview, bundle } = readOk(text);
    expect(preview.slots.map((s) => [s.id, s.time])).toEqual([
      ['auto-1', minute(0)],
      ['manual-1', minute(1)],
    ]);
    expect(preview.skipped).toEqual([
      { id: 'manual-77', reason: 'this is not a save slot of this game' },
      { id: 'quick', reason: expect.stringMatching(/as a v1 save/) },
      { id: 'manual-2', reason: expect.stringMatching(/choiceLog/) },
      { id: 'manual-3', reason: expect.stringMatching(/newer version/) },
    ]);
    expect(preview.profile).toBeNull();
    expect(preview.profileProblem).toMatch(/shape/);
    expect(bundle.saves[1]).toEqual({ id: 'manual-1', save: good });
  });

  it('leaves out saves it cannot read, which stay where they are', () => {
    const b = oldBrowser();
    b.store.set(slotKey('manual-2'), JSON.stringify({ version: 8 }));
    const exported = JSON.parse(exportBundle(b.slots, b.profiles.current));
    expect(Object.keys(exported.slots)).toEqual(['auto-1', 'quick', 'manual-1']);
    expect(b.store.get(slotKey('manual-2'))).toEqual({ ok: true, value: JSON.stringify({ version: 8 }) });
  });
});
