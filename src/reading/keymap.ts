// The one keymap: which keys ask for which action. The scene looks every key up here; nothing else
// knows a key's meaning. Remapping replaces entries of the table, never the rules.
import type { Action, SimpleActionKind } from './actions.ts';

/** Actions a key can be bound to (choices by number are fixed to the digits 1-9). */
export type BindableAction = SimpleActionKind | 'holdSkip';

/** Which keys (KeyboardEvent.key, letters in lower case) ask for each action. */
export type Keymap = Readonly<Record<BindableAction, readonly string[]>>;

/** The keys a new reader has: Ren'Py's, for the most part. */
export const DEFAULT_KEYMAP: Keymap = Object.freeze({
  advance: [' ', 'Enter'],
  rollback: ['PageUp'],
  rollForward: ['PageDown'],
  toggleSkip: ['Tab'],
  holdSkip: ['Control'],
  toggleAuto: ['a'],
  toggleHidden: ['h'],
  backlog: ['l'],
  menu: ['Escape'],
  quickSave: ['F5'],
  quickLoad: ['F9'],
  nextChoice: ['ArrowDown', 'ArrowRight'],
  previousChoice: ['ArrowUp', 'ArrowLeft'],
});

/** Keys whose browser default (scrolling, moving focus, reloading) the reading takes over. */
export const CAPTURED_KEYS: ReadonlySet<string> = new Set([
  ' ',
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'Tab',
  'PageUp',
  'PageDown',
  'F5',
  'F9',
]);

/** The parts of a key event the keymap reads (a KeyboardEvent fits). */
export interface KeyPress {
  key: string;
  repeat?: boolean;
}

/** `key` as the keymap spells it: single characters in lower case. */
export const normalKey = (key: string): string => (key.length === 1 ? key.toLowerCase() : key);

/** The action a key press asks for, or null. A held key's repeats ask for nothing. */
export function actionForKey(press: KeyPress, keymap: Keymap = DEFAULT_KEYMAP): Action | null {
  const key = normalKey(press.key);
  if (keymap.holdSkip.includes(key)) return { kind: 'holdSkip', on: true };
  if (press.repeat) return null;
  const digit = Number(key);
  if (Number.isInteger(digit) && digit >= 1 && digit <= 9) return { kind: 'choose', position: digit - 1 };
  for (const [action, keys] of Object.entries(keymap) as [BindableAction, readonly string[]][]) {
    if (action !== 'holdSkip' && keys.includes(key)) return { kind: action };
  }
  return null;
}

/** The action letting go of a key asks for (only a held skip cares), or null. */
export function actionForKeyUp(press: KeyPress, keymap: Keymap = DEFAULT_KEYMAP): Action | null {
  return keymap.holdSkip.includes(normalKey(press.key)) ? { kind: 'holdSkip', on: false } : null;
}

/** Keys no action may take: the digits choose by number, modifiers and Escape (it ends a key capture) stay put. */
export const RESERVED_KEYS: ReadonlySet<string> = new Set([
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '9',
  'Shift',
  'Alt',
  'Meta',
  'Escape',
]);

const isAction = (name: string): name is BindableAction => Object.hasOwn(DEFAULT_KEYMAP, name);

/** The keymap the reader has: the defaults with their rebindings laid over (unknown actions and keys are ignored). */
export function keymapOf(rebound: Readonly<Record<string, readonly string[]>> = {}): Keymap {
  const keymap: Record<BindableAction, readonly string[]> = { ...DEFAULT_KEYMAP };
  for (const [action, keys] of Object.entries(rebound)) {
    const usable = keys.map(normalKey).filter((k) => !RESERVED_KEYS.has(k) || (k === 'Escape' && action === 'menu'));
    if (isAction(action) && usable.length) keymap[action] = usable;
  }
  return keymap;
}
