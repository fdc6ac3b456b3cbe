import { describe, expect, it } from 'vitest';
import { LocalStorageStore } from '../../src/persistence/LocalStorageStore.ts';
import { MemoryStore } from '../../src/persistence/MemoryStore.ts';
import { Quarantine, QUARANTINE_EXPORT_FORMAT, type StorageProblem } from '../../src/persistence/Quarantine.ts';
import { SaveSlots, slotKey } from '../../src/persistence/SaveSlots.ts';
import { FakeStorage } from './support/fakeStorage.ts';

const at = (iso: string) => () => new Date(iso);

describe('the quarantine', () => {
  it('moves unreadable text aside whole, under a key naming where it came from and when', () => {
    const store = new MemoryStore([['save:manual-3', '{broken']]);
    const quarantine = new Quarantine(store, at('2026-11-05T09:00:00.000Z'));
    const problem = quarantine.setAside('save:manual-3', '{broken', 'it is not valid JSON');
    expect(problem).toEqual({
      key: 'save:manual-3',
      reason: 'it is not valid JSON',
      action: 'setAside',
      movedTo: 'quarantine:save:manual-3:2026-11-05T09:00:00.000Z',
      at: '2026-11-05T09:00:00.000Z',
    });
    expect(store.get('save:manual-3')).toEqual({ ok: true, value: null });
    expect(store.get('quarantine:save:manual-3:2026-11-05T09:00:00.000Z')).toEqual({ ok: true, value: '{broken' });
    expect(quarantine.problems).toEqual([problem]);
  });

  it('keeps two entries set aside in the same millisecond apart', () => {
    const store = new MemoryStore();
    const quarantine = new Quarantine(store, at('2026-11-05T09:00:00.000Z'));
    store.set('profile', 'one');
    quarantine.setAside('profile', 'one', 'bad');
    store.set('profile', 'two');
    quarantine.setAside('profile', 'two', 'bad');
    expect(quarantine.entries().map((e) => quarantine.read(e.key))).toEqual(['one', 'two']);
    expect(quarantine.entries().map((e) => e.originalKey)).toEqual(['profile', 'profile']);
  });

  it('leaves the text where it is when it cannot be copied (storage full), and still reports it', () => {
    const storage = new FakeStorage({ quotaChars: 60 });
    const store = new LocalStorageStore(() => storage);
    store.set('save:quick', '{broken');
    const quarantine = new Quarantine(store, at('2026-11-05T09:00:00.000Z'));
    const problem = quarantine.setAside('save:quick', '{broken', 'it is not valid JSON');
    expect(problem).toMatchObject({
      action: 'leftInPlace',
      movedTo: null,
      reason: expect.stringMatching(/could not be moved aside/),
    });
    expect(store.get('save:quick')).toEqual({ ok: true, value: '{broken' });
  });

  it('announces each problem once, however often the same thing is met again', () => {
    const quarantine = new Quarantine(new MemoryStore());
    const heard: StorageProblem[] = [];
    quarantine.events.on('problemFound', (p) => heard.push(p));
    quarantine.leaveInPlace('save:quick', 'made by a newer version');
    quarantine.leaveInPlace('save:quick', 'made by a newer version');
    expect(heard).toHaveLength(1);
    expect(quarantine.problems).toHaveLength(1);
  });

  it('lists entries set aside in earlier sessions, and discards one only when asked', () => {
    const store = new MemoryStore([
      ['quarantine:save:auto-2:2026-10-01T08:00:00.000Z', 'old'],
      ['quarantine:profile:2026-10-02T08:00:00.000Z~2', 'older profile'],
      ['quarantine-notes', 'not an entry'],
    ]);
    const quarantine = new Quarantine(store);
    expect(quarantine.entries()).toEqual([
      {
        key: 'quarantine:save:auto-2:2026-10-01T08:00:00.000Z',
        originalKey: 'save:auto-2',
        at: '2026-10-01T08:00:00.000Z',
      },
      { key: 'quarantine:profile:2026-10-02T08:00:00.000Z~2', originalKey: 'profile', at: '2026-10-02T08:00:00.000Z' },
    ]);
    expect(quarantine.discard('save:auto-2').ok).toBe(false);
    expect(quarantine.discard('quarantine-notes').ok).toBe(false);
    expect(quarantine.read('save:auto-2')).toBeNull();
    expect(quarantine.discard('quarantine:save:auto-2:2026-10-01T08:00:00.000Z').ok).toBe(true);
    expect(quarantine.entries()).toHaveLength(1);
    expect(store.get('quarantine-notes')).toEqual({ ok: true, value: 'not an entry' });
  });
});

describe('telling the reader what was set aside', () => {
  it('says once, in words, which slot went where and why, and offers the text for export', () => {
    const store = new MemoryStore([
      [slotKey('manual-3'), '{"version":2'],
      [slotKey('quick'), '{"version":99}'],
      ['other', 'x'],
    ]);
    const quarantine = new Quarantine(store, () => new Date('2026-11-05T09:00:00.000Z'));
    new SaveSlots(store, quarantine).list();
    const notices = quarantine.takeNotices();
    expect(notices).toEqual([
      expect.stringMatching(
        /^The quick save was left as it is: this save was made by a newer version of the game \(format v99\)/,
      ),
      expect.stringMatching(
        /^Manual slot 3 could not be read, so it was set aside unchanged \(the save in manual-3 could not be read: it is not valid JSON .*\)\. Export what was set aside to keep a copy\.$/,
      ),
    ]);
    new SaveSlots(store, quarantine).list();
    expect(quarantine.takeNotices()).toEqual([]);
    const kept = JSON.parse(quarantine.exportKept());
    expect(kept).toMatchObject({
      format: QUARANTINE_EXPORT_FORMAT,
      entries: [{ originalKey: 'save:manual-3', text: '{"version":2' }],
    });
    expect(store.get('other')).toEqual({ ok: true, value: 'x' });
  });
});
