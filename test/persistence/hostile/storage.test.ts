import { describe, expect, it } from 'vitest';
import { LocalStorageStore } from '../../../src/persistence/LocalStorageStore.ts';
import { openPersistence } from '../../../src/persistence/openPersistence.ts';
import { markLineSeen, recordEnding } from '../../../src/persistence/profile.ts';
import { deskSave } from '../support/saves.ts';
import { FakeStorage, quotaError, securityError } from '../support/fakeStorage.ts';

/** Everything a storage holds, to compare before and after. */
const contents = (storage: FakeStorage) => new Map(storage.data);
const foreign = (data: ReadonlyMap<string, string>) =>
  new Map([...data].filter(([k]) => !k.startsWith('ultimate-defence:')));

/** A storage that starts refusing writes with QuotaExceededError after `n` successful ones. */
class FailingAfter extends FakeStorage {
  writes = 0;
  constructor(
    private readonly allowed: number,
    initial: Record<string, string> = {},
  ) {
    super({ initial });
  }
  override setItem(key: string, value: string): void {
    if (++this.writes > this.allowed) throw quotaError();
    super.setItem(key, value);
  }
}

describe('hostile storage', () => {
  it('a storage getter that throws SecurityError: the game opens, a quick save says it is not kept, and why', () => {
    const persistence = openPersistence(() => {
      throw securityError();
    });
    expect(persistence.store.degraded).toMatchObject({ reason: 'unavailable' });
    const quick = persistence.slots.quickSave(deskSave());
    expect(quick).toMatchObject({
      ok: false,
      reason: 'unavailable',
      keptForSession: true,
      message: expect.stringContaining('not letting the page keep'),
    });
    expect(persistence.slots.read('quick').state).toBe('saved');
  });

  for (const allowed of [0, 1, 3, 5]) {
    it(`setItem throwing QuotaExceededError after ${allowed} writes: every later save says storage is full, nothing is lost`, () => {
      const storage = new FailingAfter(allowed, { 'other-game:progress': 'theirs' });
      const persistence = openPersistence(() => storage);
      const results = [1, 2, 3, 4].map((n) =>
        persistence.slots.write(`manual-${n}`, deskSave({ time: `2026-11-01T10:0${n}:00.000Z` })),
      );
      const profileWrite = persistence.profile.update((p) =>
        recordEnding(p, 'desk-end', new Date('2026-11-01T10:05:00.000Z')),
      );
      for (const result of results.filter((r) => !r.ok)) {
        expect(result).toMatchObject({ reason: 'quota', message: expect.stringContaining('storage is full') });
      }
      // Whatever was refused stays readable this session; what reached storage stays there.
      for (let n = 1; n <= 4; n++) expect(persistence.slots.read(`manual-${n}`).state).toBe('saved');
      expect(persistence.profile.current.endings.has('desk-end')).toBe(true);
      // The start-up probe is one write, then four saves and the profile: the first refusal and all after it say so.
      expect(results.filter((r) => r.ok)).toHaveLength(Math.max(0, Math.min(4, allowed - 1)));
      expect(profileWrite).toMatchObject({ ok: false, failure: { kind: 'quota' } });
      expect(persistence.store.degraded).toMatchObject({ reason: 'quota' });
      expect(storage.data.get('other-game:progress')).toBe('theirs');
      expect(storage.clearCalls).toBe(0);
    });
  }

  it('a store pre-filled near its quota by other games: their keys are never read, changed or removed', () => {
    const others: Record<string, string> = {};
    for (let i = 0; i < 49; i++) others[`another-game:save-${i}`] = 'x'.repeat(100_000);
    const storage = new FakeStorage({ quotaChars: 5_000_000, initial: others });
    const before = contents(storage);
    const persistence = openPersistence(() => storage);
    const writes = [1, 2, 3, 4, 5, 6].map((n) =>
      persistence.slots.write(`manual-${n}`, { ...deskSave(), inkState: `{"pad":"${'y'.repeat(30_000)}"}` }),
    );
    persistence.profile.update((p) => markLineSeen(p, '0000abcd'));
    expect(writes.filter((w) => w.ok).length).toBeGreaterThan(0);
    const refused = writes.filter((w) => !w.ok);
    expect(refused.length).toBeGreaterThan(0);
    for (const w of refused) expect(w).toMatchObject({ reason: 'quota', keptForSession: true });
    expect(foreign(contents(storage))).toEqual(foreign(before));
    expect(storage.clearCalls).toBe(0);
    expect(new LocalStorageStore(() => storage).keys()).toMatchObject({ ok: true });
  });
});
