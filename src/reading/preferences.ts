// How the reader likes to read, as the play scene uses it, from the settings kept in the profile.
import type { Settings } from '../persistence/profile.ts';
import type { SkipMode } from './ReadingModes.ts';

/** How the reader likes to read; applied at once when changed. */
export interface ReadingPreferences {
  /** Characters per second; Infinity for instant text. */
  textCps: number;
  /** Seconds auto mode waits after a line of average length. */
  autoDelay: number;
  reducedMotion: boolean;
  highContrast: boolean;
  textSize: number;
  /** What skip skips: lines seen in any run, or everything. */
  skipMode: SkipMode;
  /** A press during a held pause ends it early (else pauses always hold). */
  pressEndsPause: boolean;
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
  };
}
