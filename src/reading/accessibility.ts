// The rules of the accessibility panel, loaded with it: rebinding a key (asking before a key another
// action has is swapped), the names of actions and keys, and the settings its Reset puts back.
import { DEFAULT_SETTINGS, type Settings } from '../persistence/profile.ts';
import { type BindableAction, DEFAULT_KEYMAP, type Keymap, normalKey, RESERVED_KEYS } from './keymap.ts';

/** Every bindable action, in the order a keys panel lists them. */
export const BINDABLE_ACTIONS: readonly BindableAction[] = Object.keys(DEFAULT_KEYMAP) as BindableAction[];

/** What each bindable action does, in the reader's words. */
export const ACTION_NAMES: Readonly<Record<BindableAction, string>> = Object.freeze({
  advance: 'Next line',
  rollback: 'Back a line',
  rollForward: 'Forward a line',
  toggleSkip: 'Skip on or off',
  holdSkip: 'Skip while held',
  toggleAuto: 'Auto on or off',
  toggleHidden: 'Hide the interface',
  backlog: 'Backlog',
  menu: 'Menu',
  quickSave: 'Quick save',
  quickLoad: 'Quick load',
  nextChoice: 'Next choice',
  previousChoice: 'Previous choice',
});

/** The actions whose keys differ from the defaults, as the profile keeps them. */
export function reboundKeys(keymap: Keymap): Record<string, string[]> {
  const rebound: Record<string, string[]> = {};
  for (const action of BINDABLE_ACTIONS)
    if (keymap[action].join('\n') !== DEFAULT_KEYMAP[action].join('\n')) rebound[action] = [...keymap[action]];
  return rebound;
}

/** The outcome of asking for `key` to do `action`. */
export type Rebinding =
  | { kind: 'bound'; keymap: Keymap }
  /** Another action has the key: ask the reader, then `swapKeys`. */
  | { kind: 'taken'; by: BindableAction }
  | { kind: 'refused'; reason: string };

/** `key` as the action's first key, in place of the one it had; refused for reserved keys, asked when taken. */
export function rebind(keymap: Keymap, action: BindableAction, pressed: string): Rebinding {
  const key = normalKey(pressed);
  if (RESERVED_KEYS.has(key)) return { kind: 'refused', reason: `${keyName(key)} cannot be rebound.` };
  if (keymap[action].includes(key)) return { kind: 'bound', keymap };
  const by = BINDABLE_ACTIONS.find((other) => keymap[other].includes(key));
  if (by) return { kind: 'taken', by };
  return { kind: 'bound', keymap: { ...keymap, [action]: [key, ...keymap[action].slice(1)] } };
}

/** `key` moves to `action`; the action that had it takes `action`'s first key in its place, so neither is left keyless. */
export function swapKeys(keymap: Keymap, action: BindableAction, pressed: string): Keymap {
  const key = normalKey(pressed);
  const by = BINDABLE_ACTIONS.find((other) => other !== action && keymap[other].includes(key));
  const given = keymap[action][0];
  const next: Record<BindableAction, readonly string[]> = { ...keymap, [action]: [key, ...keymap[action].slice(1)] };
  if (by) {
    const rest = keymap[by].filter((k) => k !== key && k !== given);
    next[by] = given === undefined ? rest : [given, ...rest];
  }
  return next;
}

const KEY_NAMES: Readonly<Record<string, string>> = {
  ' ': 'Space',
  PageUp: 'Page Up',
  PageDown: 'Page Down',
  ArrowUp: 'Up arrow',
  ArrowDown: 'Down arrow',
  ArrowLeft: 'Left arrow',
  ArrowRight: 'Right arrow',
  Control: 'Ctrl',
};

/** A key as a reader names it: "Space", "Page Up", "A". */
export function keyName(key: string): string {
  return KEY_NAMES[key] ?? (key.length === 1 ? key.toUpperCase() : key);
}

/** The settings the accessibility panel shows, at their defaults: its "Reset" puts these back and no others. */
export const ACCESSIBILITY_DEFAULTS: Readonly<Partial<Settings>> = Object.freeze({
  font: DEFAULT_SETTINGS.font,
  textSize: DEFAULT_SETTINGS.textSize,
  lineSpacing: DEFAULT_SETTINGS.lineSpacing,
  boxOpacity: DEFAULT_SETTINGS.boxOpacity,
  highContrast: DEFAULT_SETTINGS.highContrast,
  reducedMotion: DEFAULT_SETTINGS.reducedMotion,
  selfVoicing: DEFAULT_SETTINGS.selfVoicing,
  voice: DEFAULT_SETTINGS.voice,
  speechRate: DEFAULT_SETTINGS.speechRate,
  pronunciations: DEFAULT_SETTINGS.pronunciations,
  monoAudio: DEFAULT_SETTINGS.monoAudio,
  keys: DEFAULT_SETTINGS.keys,
});
