import { describe, expect, it } from 'vitest';
import { ACCESSIBILITY_DEFAULTS, keyName, rebind, reboundKeys, swapKeys } from '../../src/reading/accessibility.ts';
import { actionForKey, DEFAULT_KEYMAP, keymapOf } from '../../src/reading/keymap.ts';
import { preferencesOf } from '../../src/reading/preferences.ts';
import { DEFAULT_SETTINGS } from '../../src/persistence/profile.ts';

describe('rebinding keys', () => {
  it("a free key replaces the action's first key and keeps the others; the rest of the map is unchanged", () => {
    const asked = rebind(DEFAULT_KEYMAP, 'advance', 'Z');
    expect(asked.kind).toBe('bound');
    if (asked.kind !== 'bound') return;
    expect(asked.keymap.advance).toEqual(['z', 'Enter']);
    expect(actionForKey({ key: 'z' }, asked.keymap)).toEqual({ kind: 'advance' });
    expect(actionForKey({ key: ' ' }, asked.keymap)).toBeNull();
    expect(reboundKeys(asked.keymap)).toEqual({ advance: ['z', 'Enter'] });
  });

  it('a key another action has is not taken without asking', () => {
    expect(rebind(DEFAULT_KEYMAP, 'rollback', 'h')).toEqual({ kind: 'taken', by: 'toggleHidden' });
  });

  it('agreeing swaps them: each action keeps a key, the other gets the one given up', () => {
    const swapped = swapKeys(DEFAULT_KEYMAP, 'rollback', 'h');
    expect(swapped.rollback).toEqual(['h']);
    expect(swapped.toggleHidden).toEqual(['PageUp']);
    expect(actionForKey({ key: 'h' }, swapped)).toEqual({ kind: 'rollback' });
    expect(actionForKey({ key: 'PageUp' }, swapped)).toEqual({ kind: 'toggleHidden' });
    expect(reboundKeys(swapped)).toEqual({ rollback: ['h'], toggleHidden: ['PageUp'] });
  });

  it('the digits stay for choosing by number, and say so', () => {
    const asked = rebind(DEFAULT_KEYMAP, 'menu', '3');
    expect(asked).toEqual({ kind: 'refused', reason: '3 cannot be rebound.' });
    expect(actionForKey({ key: '3' }, keymapOf({ menu: ['3'] }))).toEqual({ kind: 'choose', position: 2 });
  });

  it("the profile's rebindings come back as the same keymap, ignoring actions that do not exist", () => {
    const swapped = swapKeys(DEFAULT_KEYMAP, 'toggleAuto', 'l');
    const stored = { ...reboundKeys(swapped), fly: ['f'] };
    expect(keymapOf(stored)).toEqual(swapped);
    expect(preferencesOf({ ...DEFAULT_SETTINGS, keys: stored }, false).keymap).toEqual(swapped);
  });

  it('names keys the way a reader says them', () => {
    expect([' ', 'PageUp', 'a', 'Control'].map(keyName)).toEqual(['Space', 'Page Up', 'A', 'Ctrl']);
  });

  it("the panel's reset puts back the keys with the rest of its settings", () => {
    expect(ACCESSIBILITY_DEFAULTS.keys).toEqual({});
    expect(ACCESSIBILITY_DEFAULTS.font).toBe('literata');
  });
});
