import { describe, expect, it } from 'vitest';
import { LONG_PRESS_MS, PressTracker, SWIPE_DISTANCE, wheelAction } from '../../src/reading/gestures.ts';
import { actionForKey, actionForKeyUp, DEFAULT_KEYMAP, type Keymap } from '../../src/reading/keymap.ts';

describe('the keymap', () => {
  it('names the action each reading key asks for', () => {
    expect(actionForKey({ key: ' ' })).toEqual({ kind: 'advance' });
    expect(actionForKey({ key: 'Enter' })).toEqual({ kind: 'advance' });
    expect(actionForKey({ key: 'PageUp' })).toEqual({ kind: 'rollback' });
    expect(actionForKey({ key: 'PageDown' })).toEqual({ kind: 'rollForward' });
    expect(actionForKey({ key: 'Tab' })).toEqual({ kind: 'toggleSkip' });
    expect(actionForKey({ key: 'A' })).toEqual({ kind: 'toggleAuto' });
    expect(actionForKey({ key: 'l' })).toEqual({ kind: 'backlog' });
    expect(actionForKey({ key: 'Escape' })).toEqual({ kind: 'menu' });
    expect(actionForKey({ key: 'F5' })).toEqual({ kind: 'quickSave' });
    expect(actionForKey({ key: 'F9' })).toEqual({ kind: 'quickLoad' });
    expect(actionForKey({ key: '3' })).toEqual({ kind: 'choose', position: 2 });
    expect(actionForKey({ key: 'ArrowDown' })).toEqual({ kind: 'nextChoice' });
    expect(actionForKey({ key: 'ArrowLeft' })).toEqual({ kind: 'previousChoice' });
    expect(actionForKey({ key: 'q' })).toBeNull();
    expect(actionForKey({ key: '0' })).toBeNull();
  });

  it('holds skip while Control is down, and a held key does not repeat an action', () => {
    expect(actionForKey({ key: 'Control', repeat: true })).toEqual({ kind: 'holdSkip', on: true });
    expect(actionForKeyUp({ key: 'Control' })).toEqual({ kind: 'holdSkip', on: false });
    expect(actionForKeyUp({ key: ' ' })).toBeNull();
    expect(actionForKey({ key: ' ', repeat: true })).toBeNull();
  });

  it('follows a remapped table', () => {
    const keymap: Keymap = { ...DEFAULT_KEYMAP, rollback: ['PageUp', 'Backspace'], toggleAuto: ['p'] };
    expect(actionForKey({ key: 'Backspace' }, keymap)).toEqual({ kind: 'rollback' });
    expect(actionForKey({ key: 'p' }, keymap)).toEqual({ kind: 'toggleAuto' });
    expect(actionForKey({ key: 'a' }, keymap)).toBeNull();
  });
});

describe('pointer presses', () => {
  it('a short press advances; a long one opens the menu once and does not advance', () => {
    const presses = new PressTracker();
    expect(presses.down(0, 0)).toBeNull();
    expect(presses.up(0)).toEqual({ kind: 'advance' });
    presses.down(0, 1000);
    expect(presses.held(1000 + LONG_PRESS_MS - 1)).toBeNull();
    expect(presses.held(1000 + LONG_PRESS_MS)).toEqual({ kind: 'menu' });
    expect(presses.held(1000 + LONG_PRESS_MS * 2)).toBeNull();
    expect(presses.up(0)).toBeNull();
  });

  it('a right click opens the menu; an up with no down, or a cancelled press, does nothing', () => {
    const presses = new PressTracker();
    expect(presses.down(2, 0)).toEqual({ kind: 'menu' });
    expect(presses.up(0)).toBeNull();
    presses.down(0, 0);
    presses.cancel();
    expect(presses.up(0)).toBeNull();
  });

  it("the wheel rolls back (up) and forward again (down), as in Ren'Py", () => {
    expect(wheelAction(-100)).toEqual({ kind: 'rollback' });
    expect(wheelAction(100)).toEqual({ kind: 'rollForward' });
    expect(wheelAction(0)).toBeNull();
  });

  it('a swipe to the right goes back a line; a drag any other way does nothing', () => {
    const presses = new PressTracker();
    presses.down(0, 0, 100, 500);
    expect(presses.up(0, 100 + SWIPE_DISTANCE, 520)).toEqual({ kind: 'rollback' });
    presses.down(0, 0, 600, 500);
    expect(presses.up(0, 600 - SWIPE_DISTANCE, 500)).toBeNull();
    presses.down(0, 0, 600, 200);
    expect(presses.up(0, 620, 200 + SWIPE_DISTANCE * 2)).toBeNull();
    // A finger still moving is not a long press.
    presses.down(0, 0, 100, 500);
    expect(presses.held(LONG_PRESS_MS, 100 + SWIPE_DISTANCE, 500)).toBeNull();
    expect(presses.up(0, 100 + SWIPE_DISTANCE, 500)).toEqual({ kind: 'rollback' });
  });
});
