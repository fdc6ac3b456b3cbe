import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/persistence/MemoryStore.ts';
import { PROFILE_KEY, ProfileStore } from '../../src/persistence/ProfileStore.ts';
import {
  changeSettings,
  freshProfile,
  markLineSeen,
  recordEnding,
  serializeProfile,
} from '../../src/persistence/profile.ts';
import { Quarantine } from '../../src/persistence/Quarantine.ts';
import { SaveSlots, SLOT_IDS } from '../../src/persistence/SaveSlots.ts';
import { deskSave } from './support/saves.ts';

function open(store = new MemoryStore()) {
  const quarantine = new Quarantine(store);
  return { store, quarantine, profiles: new ProfileStore(store, quarantine) };
}

describe('the profile store', () => {
  it('a first visit starts a fresh profile and writes nothing until something happens', () => {
    const { store, profiles } = open();
    expect(profiles.current).toEqual(freshProfile());
    expect(store.keys()).toEqual({ ok: true, value: [] });
  });

  it('an ending reached is written at once and there on the next visit', () => {
    const { store, profiles } = open();
    profiles.update((p) => recordEnding(p, 'desk-end', new Date('2026-11-01T10:00:00.000Z')));
    expect(open(store).profiles.current.endings.get('desk-end')).toBe('2026-11-01T10:00:00.000Z');
  });

  it('seeing a line already seen writes nothing', () => {
    const { store, profiles } = open();
    profiles.update((p) => markLineSeen(p, '0123abcd'));
    const written = store.get(PROFILE_KEY);
    store.set(PROFILE_KEY, 'sentinel');
    profiles.update((p) => markLineSeen(p, '0123abcd'));
    expect(store.get(PROFILE_KEY)).toEqual({ ok: true, value: 'sentinel' });
    expect(written.ok && written.value).toContain('0123abcd');
  });

  it('settings read with defaults for what the player never chose', () => {
    const { profiles } = open();
    profiles.update((p) => changeSettings(p, { highContrast: true }));
    expect(profiles.settings).toMatchObject({ highContrast: true, textSpeed: 55 });
  });

  it('survives "new game": deleting every slot leaves the profile', () => {
    const { store, profiles, quarantine } = open();
    profiles.update((p) => recordEnding(p, 'desk-end', new Date()));
    const slots = new SaveSlots(store, quarantine);
    slots.write('manual-1', deskSave());
    for (const id of SLOT_IDS) slots.remove(id);
    expect(open(store).profiles.current.endings.has('desk-end')).toBe(true);
  });

  it('an unreadable profile is set aside whole, a fresh one used, and the player told', () => {
    const store = new MemoryStore([[PROFILE_KEY, '{"version":1,"endings":']]);
    const { profiles, quarantine } = open(store);
    expect(profiles.current).toEqual(freshProfile());
    expect(quarantine.problems).toEqual([expect.objectContaining({ key: 'profile', action: 'setAside' })]);
    expect(quarantine.read(quarantine.entries()[0].key)).toBe('{"version":1,"endings":');
    expect(profiles.persisted).toBe(true);
  });

  it('a partly damaged profile keeps its endings and keeps the original aside', () => {
    const damaged = JSON.stringify({
      ...JSON.parse(serializeProfile(recordEnding(freshProfile(), 'a', new Date(0)))),
      completedRuns: -3,
    });
    const store = new MemoryStore([[PROFILE_KEY, damaged]]);
    const { profiles, quarantine } = open(store);
    expect(profiles.current.endings.has('a')).toBe(true);
    expect(quarantine.problems[0].reason).toMatch(/completedRuns/);
    expect(quarantine.read(quarantine.entries()[0].key)).toBe(damaged);
    expect(open(store).quarantine.problems).toEqual([]);
  });

  it('whatever damage a profile takes, opening never throws, the text is kept, and the saves are untouched', () => {
    const good = serializeProfile(
      markLineSeen(recordEnding(changeSettings(freshProfile(), { mute: true }), 'desk-end', new Date(0)), '0123abcd'),
    );
    const save = JSON.stringify({ any: 'save text' });
    const oddities = [
      'null',
      '[]',
      '{}',
      '"x"',
      '1e999',
      'true',
      '{"__proto__":{}}',
      '{"constructor":1}',
      '[{"a":1}]',
      '-1',
      '0.5',
    ];
    let seed = 12345;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let round = 0; round < 300; round++) {
      const value = JSON.parse(good) as Record<string, unknown>;
      const keys = Object.keys(value);
      const text =
        round % 3 === 0
          ? good.slice(0, Math.floor(next() * good.length))
          : (() => {
              const key = keys[Math.floor(next() * keys.length)];
              value[key] = JSON.parse(oddities[Math.floor(next() * oddities.length)]);
              return JSON.stringify(value);
            })();
      const store = new MemoryStore([
        [PROFILE_KEY, text],
        ['save:quick', save],
      ]);
      let opened: ReturnType<typeof open> | undefined;
      expect(() => (opened = open(store)), `round ${round}: ${text.slice(0, 80)}`).not.toThrow();
      const { quarantine } = opened!;
      expect(store.get('save:quick'), `round ${round}`).toEqual({ ok: true, value: save });
      const inPlace = store.get(PROFILE_KEY);
      const stillThere = inPlace.ok && inPlace.value === text;
      const setAside = quarantine.entries().some((e) => quarantine.read(e.key) === text);
      expect(stillThere || setAside, `round ${round}: the original text survives`).toBe(true);
      if (!stillThere) expect(quarantine.problems, `round ${round}: moving it was reported`).toHaveLength(1);
    }
  });

  it('a profile from a newer version is left as it is and not overwritten this session', () => {
    const future = JSON.stringify({ version: 5, whatever: true });
    const store = new MemoryStore([[PROFILE_KEY, future]]);
    const { profiles, quarantine } = open(store);
    expect(profiles.persisted).toBe(false);
    expect(profiles.update((p) => recordEnding(p, 'x', new Date())).ok).toBe(true);
    expect(profiles.current.endings.has('x')).toBe(true);
    expect(store.get(PROFILE_KEY)).toEqual({ ok: true, value: future });
    expect(quarantine.problems[0]).toMatchObject({ key: 'profile', action: 'leftInPlace' });
  });
});
