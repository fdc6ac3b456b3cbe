import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../../src/persistence/MemoryStore.ts';
import { completeRun, markLineSeen, recordEnding, changeSettings } from '../../../src/persistence/profile.ts';
import { ProfileStore } from '../../../src/persistence/ProfileStore.ts';
import { Quarantine } from '../../../src/persistence/Quarantine.ts';
import { ResilientStore } from '../../../src/persistence/ResilientStore.ts';
import { SaveSlots, type SlotId } from '../../../src/persistence/SaveSlots.ts';
import { deskSave } from '../support/saves.ts';

/** One tab's persistence over a view of a shared store. */
function tab(view: MemoryStore) {
  const store = new ResilientStore(view);
  const quarantine = new Quarantine(store);
  return { store, quarantine, profile: new ProfileStore(store, quarantine), slots: new SaveSlots(store, quarantine) };
}

const lineId = (n: number) => n.toString(16).padStart(8, '0');
const AT = new Date('2026-11-01T10:00:00.000Z');

describe('two tabs of the game', () => {
  it('a stale tab writing after the other reached an ending keeps the ending, the run and every line', () => {
    const shared = new MemoryStore();
    const a = tab(shared);
    for (let n = 1; n <= 20; n++) a.profile.update((p) => markLineSeen(p, lineId(n)));
    const b = tab(shared.otherTab());
    expect(b.profile.current.linesSeen.size).toBe(20);

    for (let n = 21; n <= 399; n++) a.profile.update((p) => markLineSeen(p, lineId(n)));
    a.profile.update((p) => recordEnding(p, 'desk-end', AT));
    a.profile.update(completeRun);
    // Tab B reads one more line: its write must not take A's progress away.
    b.profile.update((p) => markLineSeen(p, lineId(400)));

    const fresh = tab(shared.otherTab()).profile.current;
    expect(fresh.endings.get('desk-end')).toBe(AT.toISOString());
    expect(fresh.completedRuns).toBe(1);
    expect(fresh.linesSeen.size).toBe(400);
  });

  it('a stale tab hears the other tab write, through the storage event, before it writes anything', () => {
    const shared = new MemoryStore();
    const a = tab(shared);
    const b = tab(shared.otherTab());
    const heard: number[] = [];
    b.profile.events.on('changedElsewhere', ({ profile }) => heard.push(profile.endings.size));
    a.profile.update((p) => recordEnding(p, 'desk-end', AT));
    expect(heard).toEqual([1]);
    expect(b.profile.current.endings.has('desk-end')).toBe(true);
  });

  it('settings changed in one tab are not undone by the other tab writing its progress', () => {
    const shared = new MemoryStore();
    const a = tab(shared);
    const b = tab(shared.otherTab());
    b.profile.update((p) => changeSettings(p, { textSpeed: 90 }));
    a.profile.update((p) => changeSettings(p, { textSpeed: 20 }));
    b.profile.update((p) => markLineSeen(p, lineId(1)));
    expect(tab(shared.otherTab()).profile.settings.textSpeed).toBe(20);
  });

  it('a slot written in one tab is announced in the other, and a write meant for an empty slot does not replace it', () => {
    const shared = new MemoryStore();
    const a = tab(shared);
    const b = tab(shared.otherTab());
    const changed: SlotId[] = [];
    b.slots.watch((id) => changed.push(id));
    expect(a.slots.write('manual-2', deskSave({ choice: 0 })).ok).toBe(true);
    expect(changed).toEqual(['manual-2']);
    const mine = deskSave({ choice: 1 });
    expect(b.slots.write('manual-2', mine, { onlyIfEmpty: true })).toMatchObject({
      ok: false,
      reason: 'occupied',
      message: expect.stringContaining('another tab'),
    });
    const kept = a.slots.read('manual-2');
    expect(kept.state === 'saved' && kept.save.choiceLog).toEqual([{ index: 0, text: 'Leap the desk' }]);
  });

  it("autosaves from two tabs fill the ring without one overwriting the other's newest", () => {
    const shared = new MemoryStore();
    const a = tab(shared);
    const b = tab(shared.otherTab());
    const minute = (n: number) => `2026-11-01T10:${String(n).padStart(2, '0')}:00.000Z`;
    const written = [0, 1, 2, 3].map((n) => (n % 2 ? b : a).slots.autosave(deskSave({ time: minute(n) })));
    expect(new Set(written.map((w) => w.ok && w.slot)).size).toBe(4);
  });
});
