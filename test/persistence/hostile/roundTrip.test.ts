import { describe, expect, it } from 'vitest';
import { exportBundle, readBundle } from '../../../src/persistence/exportBundle.ts';
import { loadSave } from '../../../src/persistence/loadSave.ts';
import { MemoryStore } from '../../../src/persistence/MemoryStore.ts';
import {
  changeSettings,
  completeRun,
  discoverRoute,
  markContentNoteSeen,
  markLineSeen,
  readProfile,
  recordEnding,
} from '../../../src/persistence/profile.ts';
import { PROFILE_KEY, ProfileStore } from '../../../src/persistence/ProfileStore.ts';
import { Quarantine } from '../../../src/persistence/Quarantine.ts';
import { makeSave, readSave, type SavedRun } from '../../../src/persistence/saveFormat.ts';
import { SaveSlots, SLOT_IDS, slotKey } from '../../../src/persistence/SaveSlots.ts';
import { runnerOn } from '../support/saves.ts';

/** A save at every moment of every route of a fixture: before each line, at each choice, right after it, at the end. */
function savesThroughout(fixture: string): SavedRun[] {
  const saves: SavedRun[] = [];
  const walk = (route: number[]) => {
    const runner = runnerOn(fixture);
    runner.events.on('choiceMade', () => saves.push(makeSave(runner)));
    saves.push(makeSave(runner));
    let taken = 0;
    for (;;) {
      const step = runner.next();
      saves.push(makeSave(runner));
      if (step.ended) return;
      if (step.choices.length) {
        if (taken === route.length) return step.choices.forEach((c) => walk([...route, c.index]));
        runner.choose(route[taken++]);
      }
    }
  };
  walk([]);
  return saves;
}

describe('every write the game makes reads back through its own reader', () => {
  for (const fixture of ['desk.ink', 'edits/scene.ink']) {
    it(`saves at every moment of ${fixture}: written, read, and loaded back to the same screen`, () => {
      const store = new MemoryStore();
      const slots = new SaveSlots(store, new Quarantine(store));
      const saves = savesThroughout(fixture);
      expect(saves.length).toBeGreaterThan(8);
      for (const [n, save] of saves.entries()) {
        const id = SLOT_IDS[n % SLOT_IDS.length];
        expect(slots.write(id, save), `save ${n}`).toEqual({ ok: true, slot: id });
        const text = store.get(slotKey(id));
        expect(text.ok && readSave(text.value ?? ''), `save ${n}`).toEqual({ kind: 'ok', save, migratedFrom: null });
        const runner = runnerOn(fixture);
        const loaded = loadSave(runner, save);
        expect(loaded.kind, `save ${n}: ${JSON.stringify(loaded)}`).toBe('restored');
        expect(runner.current?.line?.id ?? null, `save ${n}`).toBe(save.current?.line?.id ?? null);
        expect(slots.markNeedsAttention(id, 'why '.repeat(1_000)).ok, `mark ${n}`).toBe(true);
        expect(slots.read(id).state).toBe('saved');
      }
      const bundle = readBundle(exportBundle(slots, new ProfileStore(store, new Quarantine(store)).current));
      expect(bundle.ok && bundle.bundle.skipped).toEqual([]);
    });
  }

  it('each change to the profile, at its limits, reads back as written', () => {
    const store = new MemoryStore();
    const profiles = new ProfileStore(store, new Quarantine(store));
    const changes = [
      (p: Parameters<typeof completeRun>[0]) => recordEnding(p, 'desk-end', new Date('2026-11-01T10:00:00.000Z')),
      (p: Parameters<typeof completeRun>[0]) => markLineSeen(p, '0123abcd'),
      (p: Parameters<typeof completeRun>[0]) => discoverRoute(p, { nodes: ['n'.repeat(200)], edges: ['a>b'] }),
      completeRun,
      markContentNoteSeen,
      (p: Parameters<typeof completeRun>[0]) =>
        changeSettings(p, {
          textSpeed: 1_000,
          volumes: { master: 0, music: 1, ambience: 0.5, sfx: 1 },
          reducedMotion: null,
        }),
      (p: Parameters<typeof completeRun>[0]) => ({ ...p, settings: {} }),
    ];
    for (const [n, change] of changes.entries()) {
      expect(profiles.update(change).ok, `change ${n}`).toBe(true);
      const text = store.get(PROFILE_KEY);
      expect(text.ok && readProfile(text.value ?? '').kind, `change ${n}`).toBe('ok');
    }
    // A profile the loader would refuse (here, more runs than it reads) is never written.
    const before = store.get(PROFILE_KEY);
    expect(profiles.update((p) => ({ ...p, completedRuns: 2_000_000 }))).toMatchObject({
      ok: false,
      failure: { message: expect.stringContaining('would not read back') },
    });
    expect(store.get(PROFILE_KEY)).toEqual(before);
  });

  it('the quarantine keeps what it sets aside, byte for byte', () => {
    const store = new MemoryStore([[slotKey('manual-3'), '{"version":2,"broken":']]);
    const quarantine = new Quarantine(store);
    new SaveSlots(store, quarantine).list();
    const [problem] = quarantine.problems;
    expect(quarantine.read(problem.movedTo!)).toBe('{"version":2,"broken":');
  });
});
