import { describe, expect, it } from 'vitest';
import { openPersistence } from '../../src/persistence/openPersistence.ts';
import { recordEnding } from '../../src/persistence/profile.ts';
import { FakeStorage, sandboxedWindow } from './support/fakeStorage.ts';
import { deskSave } from './support/saves.ts';

describe('opening the game storage', () => {
  it('keeps saves and profile in localStorage for the next visit', () => {
    const storage = new FakeStorage();
    const first = openPersistence(() => storage);
    first.slots.write('manual-1', deskSave());
    first.profile.update((p) => recordEnding(p, 'desk-end', new Date()));
    const next = openPersistence(() => storage);
    expect(next.store.degraded).toBeNull();
    expect(next.slots.isOccupied('manual-1')).toBe(true);
    expect(next.profile.current.endings.has('desk-end')).toBe(true);
  });

  it('in a sandboxed iframe it opens anyway, plays in memory, and says progress will not be kept', () => {
    const persistence = openPersistence(() => sandboxedWindow.localStorage);
    expect(persistence.store.degraded).toMatchObject({ reason: 'unavailable' });
    // Not "saved": it lasts only until the page closes, and the write says so in words.
    expect(persistence.slots.write('quick', deskSave())).toEqual({
      ok: false,
      reason: 'unavailable',
      keptForSession: true,
      message: expect.stringMatching(
        /^Not saved: this browser is not letting the page keep anything .* It is kept until you close this page: export your saves to keep them\.$/,
      ),
    });
    expect(persistence.slots.newest()?.id).toBe('quick');
  });

  it('runs in node, where there is no localStorage', () => {
    expect(openPersistence().store.degraded).toMatchObject({ reason: 'unavailable' });
  });
});
