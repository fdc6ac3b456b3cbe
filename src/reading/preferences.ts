// How the reader likes to read, as the play scene uses it, from the settings kept in the profile.
import type { FontChoice, Settings } from '../persistence/profile.ts';
import { type Keymap, keymapOf } from './keymap.ts';
import type { SkipMode } from './ReadingModes.ts';

/** How the reader likes to read; applied at once when changed. */
export interface ReadingPreferences {
  /** Characters per second; Infinity for instant text. */
  textCps: number;
  /** Seconds auto mode waits after a line of average length. */
  autoDelay: number;
  reducedMotion: boolean;
  highContrast: boolean;
  /** Dialogue text size (design px); choices and the nameplate grow with it. */
  textSize: number;
  /** What skip skips: lines seen in any run, or everything. */
  skipMode: SkipMode;
  /** A press during a held pause ends it early (else pauses always hold). */
  pressEndsPause: boolean;
  font: FontChoice;
  /** Line height of the story text, as a multiple of its size. */
  lineSpacing: number;
  /** Opacity of the dialogue box (0.2 to 1). */
  boxOpacity: number;
  /** The keys, with the reader's rebindings. */
  keymap: Keymap;
}

/** The reading preferences of `settings`; `systemReducedMotion` stands in where the reader has not chosen. */
export function preferencesOf(settings: Settings, systemReducedMotion: boolean): ReadingPreferences {
  return {
    textCps: settings.textSpeed <= 0 ? Infinity : settings.textSpeed,
    autoDelay: settings.autoDelay,
    reducedMotion: settings.reducedMotion ?? systemReducedMotion,
    highContrast: settings.highContrast,
    textSize: settings.textSize,
    skipMode: settings.skipMode,
    pressEndsPause: settings.pressEndsPause,
    font: settings.font,
    lineSpacing: settings.lineSpacing,
    boxOpacity: settings.boxOpacity,
    keymap: keymapOf(settings.keys),
  };
}
