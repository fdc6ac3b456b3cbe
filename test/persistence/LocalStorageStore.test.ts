import { describe, expect, it } from 'vitest';
import { classifyStorageError, LocalStorageStore, STORAGE_PREFIX } from '../../src/persistence/LocalStorageStore.ts';
import { FakeStorage, quotaError, sandboxedWindow, securityError } from './support/fakeStorage.ts';

describe('the localStorage store', () => {
  it('keeps every key under the fixed game prefix, whatever the page URL', () => {
    const storage = new FakeStorage();
    const store = new LocalStorageStore(() => storage);
    store.set('save:quick', 'run');
    expect(STORAGE_PREFIX).toBe('ultimate-defence:');
    expect([...storage.data.keys()]).toEqual(['ultimate-defence:save:quick']);
    expect(store.get('save:quick')).toEqual({ ok: true, value: 'run' });
  });

  it("never lists, reads, overwrites or removes another itch.io game's keys", () => {
    const storage = new FakeStorage({
      initial: { 'other-game:save': 'theirs', 'ultimate-defence-2:save': 'not ours either', profile: 'also theirs' },
    });
    const store = new LocalStorageStore(() => storage);
    store.set('profile', 'ours');
    store.remove('save:quick');
    expect(store.keys()).toEqual({ ok: true, value: ['profile'] });
    expect(storage.data.get('other-game:save')).toBe('theirs');
    expect(storage.data.get('ultimate-defence-2:save')).toBe('not ours either');
    expect(storage.data.get('profile')).toBe('also theirs');
    expect(storage.clearCalls).toBe(0);
  });

  it('reports a refused storage as "unavailable" instead of throwing', () => {
    const store = new LocalStorageStore(() => new FakeStorage({ refuseAccess: true }));
    for (const result of [store.get('a'), store.set('a', 'b'), store.remove('a'), store.keys()]) {
      expect(result).toEqual({ ok: false, failure: { kind: 'unavailable', message: 'The operation is insecure.' } });
    }
  });

  it('survives a window whose localStorage getter itself throws (sandboxed iframe)', () => {
    const store = new LocalStorageStore(() => sandboxedWindow.localStorage);
    expect(store.keys()).toMatchObject({ ok: false, failure: { kind: 'unavailable' } });
    expect(store.set('a', 'b')).toMatchObject({ ok: false, failure: { kind: 'unavailable' } });
  });

  it('reports a browser without localStorage as "unavailable"', () => {
    expect(new LocalStorageStore(() => undefined).get('a')).toMatchObject({
      ok: false,
      failure: { kind: 'unavailable' },
    });
    expect(new LocalStorageStore(() => null).keys()).toMatchObject({ ok: false, failure: { kind: 'unavailable' } });
  });

  it('reports a full quota as a "quota" failure and leaves the old value in place', () => {
    const storage = new FakeStorage({ quotaChars: 60 });
    const store = new LocalStorageStore(() => storage);
    expect(store.set('save:quick', 'small').ok).toBe(true);
    expect(store.set('save:quick', 'x'.repeat(100))).toMatchObject({ ok: false, failure: { kind: 'quota' } });
    expect(store.get('save:quick')).toEqual({ ok: true, value: 'small' });
  });

  it('names quota errors however each browser spells them', () => {
    expect(classifyStorageError(quotaError()).kind).toBe('quota');
    expect(classifyStorageError({ name: 'NS_ERROR_DOM_QUOTA_REACHED', message: '' }).kind).toBe('quota');
    expect(classifyStorageError({ name: 'Error', code: 22, message: 'full' }).kind).toBe('quota');
    expect(classifyStorageError(new DOMException('full', 'QuotaExceededError')).kind).toBe('quota');
    expect(classifyStorageError(securityError()).kind).toBe('unavailable');
    expect(classifyStorageError(new TypeError('odd'))).toEqual({ kind: 'failed', message: 'odd' });
    expect(classifyStorageError('a string').kind).toBe('failed');
  });

  it("hears another tab's changes to the game's keys through the storage event, and only those", () => {
    const storage = new FakeStorage();
    const target = new EventTarget();
    const store = new LocalStorageStore(() => storage, target as never);
    store.get('profile');
    const heard: unknown[] = [];
    const stop = store.watch((change) => heard.push(change));
    const fire = (init: Record<string, unknown>) => target.dispatchEvent(Object.assign(new Event('storage'), init));
    fire({ key: `${STORAGE_PREFIX}profile`, newValue: '{"version":1}', storageArea: storage });
    fire({ key: 'another-game:save', newValue: 'theirs', storageArea: storage });
    fire({ key: `${STORAGE_PREFIX}save:quick`, newValue: null, storageArea: storage });
    fire({ key: `${STORAGE_PREFIX}profile`, newValue: 'session', storageArea: new FakeStorage() });
    stop();
    fire({ key: `${STORAGE_PREFIX}profile`, newValue: 'after stop', storageArea: storage });
    expect(heard).toEqual([
      { key: 'profile', value: '{"version":1}' },
      { key: 'save:quick', value: null },
    ]);
  });
});
