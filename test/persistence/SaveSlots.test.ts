import { describe, expect, it } from 'vitest';
import type { KeyValueStore } from '../../src/persistence/keyValueStore.ts';
import { LocalStorageStore } from '../../src/persistence/LocalStorageStore.ts';
import { MemoryStore } from '../../src/persistence/MemoryStore.ts';
import { Quarantine } from '../../src/persistence/Quarantine.ts';
import { SAVE_FORMAT_VERSION, serializeSave } from '../../src/persistence/saveFormat.ts';
import {
  AUTOSAVE_SLOTS,
  isSlotId,
  MANUAL_SLOTS,
  MANUAL_SLOTS_PER_PAGE,
  SaveSlots,
  SLOT_IDS,
  slotKey,
  type SlotId,
} from '../../src/persistence/SaveSlots.ts';
import { FakeStorage } from './support/fakeStorage.ts';
import { deskSave, tickingClock } from './support/saves.ts';

function slotsOver(store: KeyValueStore = new MemoryStore()) {
  const quarantine = new Quarantine(store, tickingClock());
  return { store, quarantine, slots: new SaveSlots(store, quarantine, tickingClock('2026-12-01T00:00:00.000Z')) };
}

const minute = (n: number) => new Date(Date.parse('2026-11-01T10:00:00.000Z') + n * 60_000).toISOString();

describe('save slots', () => {
  it('offers five autosaves, a quick slot and 24 manual slots on four pages of six', () => {
    expect(SLOT_IDS).toHaveLength(AUTOSAVE_SLOTS + 1 + MANUAL_SLOTS);
    expect(AUTOSAVE_SLOTS).toBe(5);
    expect(MANUAL_SLOTS / MANUAL_SLOTS_PER_PAGE).toBe(4);
    const { slots } = slotsOver();
    expect(slots.manualPage(0).map((s) => s.id)).toEqual([
      'manual-1',
      'manual-2',
      'manual-3',
      'manual-4',
      'manual-5',
      'manual-6',
    ]);
    expect(slots.manualPage(3).map((s) => s.id)).toEqual([
      'manual-19',
      'manual-20',
      'manual-21',
      'manual-22',
      'manual-23',
      'manual-24',
    ]);
    expect(slots.manualPage(4)).toEqual([]);
    expect(isSlotId('manual-25')).toBe(false);
    expect(isSlotId('quick')).toBe(true);
  });

  it('a manual save shows its chapter, line, time and thumbnail on the slot, and loads back', () => {
    const { slots } = slotsOver();
    const save = deskSave({ choice: 0, time: minute(1) });
    expect(slots.isOccupied('manual-3')).toBe(false);
    expect(slots.write('manual-3', save)).toEqual({ ok: true, slot: 'manual-3' });
    expect(slots.isOccupied('manual-3')).toBe(true);
    expect(slots.summary('manual-3')).toEqual({
      id: 'manual-3',
      kind: 'manual',
      state: 'saved',
      label: save.label,
      time: minute(1),
      thumbnail: null,
      contentHash: save.contentHash,
      needsAttention: null,
    });
    expect(slots.read('manual-3')).toEqual({ state: 'saved', save });
    expect(
      slots
        .list()
        .filter((s) => s.state !== 'empty')
        .map((s) => s.id),
    ).toEqual(['manual-3']);
  });

  it('quick save goes to its own slot, and saving again replaces it', () => {
    const { slots } = slotsOver();
    slots.quickSave(deskSave({ time: minute(1) }));
    slots.quickSave(deskSave({ choice: 1, time: minute(2) }));
    const read = slots.read('quick');
    expect(read.state === 'saved' && read.save.choiceLog).toEqual([{ index: 1, text: 'Stay seated' }]);
  });

  it('autosave keeps the last five, replacing the oldest', () => {
    const { slots } = slotsOver();
    for (let i = 1; i <= 7; i++) slots.autosave(deskSave({ time: minute(i) }));
    const autos = slots.list().filter((s) => s.kind === 'auto');
    expect(autos.map((s) => s.state === 'saved' && s.time).sort()).toEqual([
      minute(3),
      minute(4),
      minute(5),
      minute(6),
      minute(7),
    ]);
  });

  it('deleting a slot frees it', () => {
    const { slots } = slotsOver();
    slots.write('manual-1', deskSave());
    expect(slots.remove('manual-1')).toEqual({ ok: true, slot: 'manual-1' });
    expect(slots.isOccupied('manual-1')).toBe(false);
    expect(slots.read('manual-1')).toEqual({ state: 'empty' });
  });

  it('"Continue" finds the newest save of any kind, skipping saves that need attention', () => {
    const { slots } = slotsOver();
    expect(slots.newest()).toBeNull();
    slots.autosave(deskSave({ time: minute(5) }));
    slots.write('manual-2', deskSave({ time: minute(9) }));
    slots.quickSave(deskSave({ time: minute(7) }));
    expect(slots.newest()?.id).toBe('manual-2');
    slots.markNeedsAttention('manual-2', 'choice 1 is no longer offered');
    expect(slots.newest()?.id).toBe('quick');
  });

  it('a corrupt slot is set aside and the other slots still load', () => {
    const { store, slots, quarantine } = slotsOver();
    slots.write('manual-1', deskSave({ time: minute(1) }));
    slots.write('manual-3', deskSave({ time: minute(3) }));
    store.set(slotKey('manual-2'), '{"version":2,"contentHash":"ab');
    const list = slots.list();
    expect(list.find((s) => s.id === 'manual-1')?.state).toBe('saved');
    expect(list.find((s) => s.id === 'manual-2')?.state).toBe('empty');
    expect(list.find((s) => s.id === 'manual-3')?.state).toBe('saved');
    expect(quarantine.problems).toEqual([
      expect.objectContaining({
        key: 'save:manual-2',
        action: 'setAside',
        reason: expect.stringMatching(/not valid JSON/),
      }),
    ]);
    const [entry] = quarantine.entries();
    expect(quarantine.read(entry.key)).toBe('{"version":2,"contentHash":"ab');
  });

  it('a save of the wrong shape is set aside with the reason', () => {
    const { store, slots, quarantine } = slotsOver();
    store.set(slotKey('quick'), JSON.stringify({ ...deskSave(), choiceLog: 'zero' }));
    expect(slots.read('quick')).toEqual({ state: 'empty' });
    expect(quarantine.problems[0].reason).toMatch(/choiceLog/);
  });

  it('a save from a newer version of the game is kept as it is, shown, and never overwritten by autosave', () => {
    const { store, slots, quarantine } = slotsOver();
    const future = JSON.stringify({ ...deskSave(), version: 9 });
    store.set(slotKey('auto-1'), future);
    for (let i = 1; i <= 6; i++) slots.autosave(deskSave({ time: minute(i) }));
    expect(store.get(slotKey('auto-1'))).toEqual({ ok: true, value: future });
    expect(slots.summary('auto-1')).toEqual({ id: 'auto-1', kind: 'auto', state: 'newerVersion', version: 9 });
    expect(slots.isOccupied('auto-1')).toBe(true);
    expect(slots.read('auto-1')).toEqual({ state: 'newerVersion', version: 9 });
    expect(quarantine.problems).toHaveLength(1);
    expect(quarantine.problems[0]).toMatchObject({ key: 'save:auto-1', action: 'leftInPlace' });
    expect(quarantine.entries()).toEqual([]);
  });

  it('autosave refuses, rather than overwrite, when every autosave slot is from a newer version', () => {
    const { store, slots } = slotsOver();
    for (let i = 1; i <= AUTOSAVE_SLOTS; i++)
      store.set(slotKey(`auto-${i}` as SlotId), JSON.stringify({ version: SAVE_FORMAT_VERSION + 1 }));
    expect(slots.autosave(deskSave())).toMatchObject({ ok: false, reason: 'noFreeSlot' });
  });

  it('autosave overwrites saves needing attention last', () => {
    const { slots } = slotsOver();
    for (let i = 1; i <= AUTOSAVE_SLOTS; i++) slots.autosave(deskSave({ time: minute(i) }));
    slots.markNeedsAttention('auto-1', 'gone');
    slots.autosave(deskSave({ time: minute(10) }));
    expect(slots.summary('auto-1')).toMatchObject({ state: 'saved', time: minute(1) });
    expect(slots.summary('auto-2')).toMatchObject({ state: 'saved', time: minute(10) });
  });

  it('keys under the game prefix that are not slots are never read or touched', () => {
    const store = new MemoryStore([
      ['something-else', 'not json at all'],
      ['save:manual-99', '{'],
      ['save:', 'x'],
    ]);
    const { slots, quarantine } = slotsOver(store);
    slots.list();
    slots.newest();
    for (let i = 1; i <= 7; i++) slots.autosave(deskSave({ time: minute(i) }));
    expect(store.get('something-else')).toEqual({ ok: true, value: 'not json at all' });
    expect(store.get('save:manual-99')).toEqual({ ok: true, value: '{' });
    expect(store.get('save:')).toEqual({ ok: true, value: 'x' });
    expect(quarantine.problems).toEqual([]);
    expect(slots.write('manual-99' as SlotId, deskSave())).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('a malformed save is refused before it reaches storage', () => {
    const { slots, store } = slotsOver();
    const bad = { ...deskSave(), stepsSinceChoice: -1 };
    expect(slots.write('manual-1', bad)).toMatchObject({
      ok: false,
      reason: 'invalid',
      message: expect.stringMatching(/stepsSinceChoice/),
    });
    expect(store.get(slotKey('manual-1'))).toEqual({ ok: true, value: null });
  });

  it('a full quota comes back as a typed failure, and the earlier save in that slot survives', () => {
    const storage = new FakeStorage({ quotaChars: 9_000 });
    const { slots } = slotsOver(new LocalStorageStore(() => storage));
    const first = deskSave({ time: minute(1) });
    expect(slots.write('manual-1', first).ok).toBe(true);
    const big = { ...deskSave({ time: minute(2) }), inkState: `{"padding":"${'x'.repeat(9_000)}"}` };
    expect(slots.write('manual-1', big)).toMatchObject({ ok: false, reason: 'quota' });
    expect(slots.read('manual-1')).toEqual({ state: 'saved', save: first });
    expect(storage.clearCalls).toBe(0);
  });

  it('sees a slot changed by another tab, not a stale copy', () => {
    const { store, slots } = slotsOver();
    slots.write('manual-1', deskSave({ time: minute(1) }));
    expect(slots.summary('manual-1')).toMatchObject({ time: minute(1) });
    store.set(slotKey('manual-1'), serializeSave(deskSave({ time: minute(2) })));
    expect(slots.summary('manual-1')).toMatchObject({ time: minute(2) });
  });

  it('marks a save that no longer fits the story, keeps it, and clears the mark', () => {
    const { slots } = slotsOver();
    const save = deskSave();
    slots.write('manual-4', save);
    slots.markNeedsAttention('manual-4', 'choice 1 of the save (option 1) is no longer offered');
    const marked = slots.read('manual-4');
    expect(marked.state === 'saved' && marked.save).toEqual({
      ...save,
      needsAttention: { reason: 'choice 1 of the save (option 1) is no longer offered', since: expect.any(String) },
    });
    slots.clearNeedsAttention('manual-4');
    expect(slots.read('manual-4')).toEqual({ state: 'saved', save });
    expect(slots.markNeedsAttention('manual-5', 'x')).toMatchObject({ ok: false });
  });
});
