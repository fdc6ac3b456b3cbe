import { describe, expect, it } from 'vitest';
import { LocalStorageStore } from '../../src/persistence/LocalStorageStore.ts';
import { MemoryStore } from '../../src/persistence/MemoryStore.ts';
import { ResilientStore, type StorageDegraded } from '../../src/persistence/ResilientStore.ts';
import { FakeStorage, sandboxedWindow } from './support/fakeStorage.ts';

const over = (storage: FakeStorage) => new ResilientStore(new LocalStorageStore(() => storage));

describe('the resilient store', () => {
  it('keeps progress in localStorage while the browser allows it', () => {
    const storage = new FakeStorage();
    const store = over(storage);
    store.set('save:quick', 'run');
    expect(store.degraded).toBeNull();
    expect(storage.data.get('ultimate-defence:save:quick')).toBe('run');
    expect(storage.data.has('ultimate-defence:probe')).toBe(false);
  });

  it('opens in a sandboxed iframe, where reading localStorage throws, and plays on in memory', () => {
    const store = new ResilientStore(new LocalStorageStore(() => sandboxedWindow.localStorage));
    expect(store.degraded).toMatchObject({ reason: 'unavailable' });
    expect(store.set('save:quick', 'run').ok).toBe(true);
    expect(store.get('save:quick')).toEqual({ ok: true, value: 'run' });
    expect(store.keys()).toEqual({ ok: true, value: ['save:quick'] });
  });

  it('finds a zero quota at start-up, before the first save', () => {
    const storage = new FakeStorage({ quotaChars: 0 });
    const store = over(storage);
    expect(store.degraded).toMatchObject({ reason: 'quota' });
    expect(store.set('save:quick', 'run').ok).toBe(true);
    expect(store.get('save:quick')).toEqual({ ok: true, value: 'run' });
  });

  it('when the quota fills mid-game, goes on in memory with everything it held, and says so once', () => {
    const storage = new FakeStorage({ quotaChars: 200, initial: { 'other-game:x': 'theirs' } });
    const store = over(storage);
    const heard: StorageDegraded[] = [];
    store.events.on('degraded', (d) => heard.push(d));
    store.set('profile', 'endings');
    store.set('save:auto-1', 'first');
    expect(store.set('save:auto-2', 'x'.repeat(300)).ok).toBe(true);
    store.set('save:auto-3', 'y'.repeat(300));

    expect(heard).toEqual([{ reason: 'quota', message: expect.stringContaining('quota') }]);
    expect(store.degraded).toEqual(heard[0]);
    expect(store.get('profile')).toEqual({ ok: true, value: 'endings' });
    expect(store.get('save:auto-1')).toEqual({ ok: true, value: 'first' });
    expect(store.get('save:auto-2')).toEqual({ ok: true, value: 'x'.repeat(300) });
    const keys = store.keys();
    expect(keys.ok && [...keys.value].sort()).toEqual(['profile', 'save:auto-1', 'save:auto-2', 'save:auto-3']);
    // The browser still holds what was written before the quota filled, and nothing of anyone else's was touched.
    expect(storage.data.get('ultimate-defence:save:auto-1')).toBe('first');
    expect(storage.data.has('ultimate-defence:save:auto-2')).toBe(false);
    expect(storage.data.get('other-game:x')).toBe('theirs');
    expect(storage.clearCalls).toBe(0);
  });

  it('when storage starts refusing access mid-game, goes on in memory with everything it held', () => {
    const storage = new FakeStorage({ initial: { 'ultimate-defence:save:quick': 'from last time' } });
    const store = over(storage);
    store.set('profile', 'endings');
    storage.refuseAccess = true;
    expect(store.get('profile')).toEqual({ ok: true, value: 'endings' });
    expect(store.get('save:quick')).toEqual({ ok: true, value: 'from last time' });
    expect(store.degraded).toMatchObject({ reason: 'unavailable' });
    expect(store.set('profile', 'again').ok).toBe(true);
    expect(store.get('profile')).toEqual({ ok: true, value: 'again' });
  });

  it('sees what another tab wrote while storage works', () => {
    const storage = new FakeStorage();
    const store = over(storage);
    storage.data.set('ultimate-defence:save:manual-1', 'other tab');
    expect(store.get('save:manual-1')).toEqual({ ok: true, value: 'other tab' });
    storage.refuseAccess = true;
    expect(store.get('save:manual-1')).toEqual({ ok: true, value: 'other tab' });
  });

  it('works over any store, such as memory', () => {
    const store = new ResilientStore(new MemoryStore([['a', '1']]));
    expect(store.degraded).toBeNull();
    expect(store.get('a')).toEqual({ ok: true, value: '1' });
  });
});
