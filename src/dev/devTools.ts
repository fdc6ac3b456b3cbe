// Dev builds only: main.ts imports this behind `import.meta.env.DEV`, so a build never holds it
// (test/browser/devOnly.test.ts reads dist/ to be sure). It wires the author's loop: a saved .ink
// file swapped in where the reader stands (storyReload.ts).
import type { Notice } from '../presentation/dom/Notice.ts';
import type { GameShell } from '../presentation/GameShell.ts';
import type { ReadingPreferences } from '../reading/preferences.ts';
import type { ReadingSession } from '../reading/ReadingSession.ts';
import { wireStoryReload } from './storyReload.ts';

/** What the dev tools use of the loaded game. */
export interface DevGame {
  shell: GameShell;
  session: ReadingSession;
}

/** What main.ts hands the dev tools. */
export interface DevWiring {
  /** The game, once loaded. */
  loading: Promise<DevGame>;
  /** The reader's preferences now, for a play scene restarted on a swapped story. */
  preferences: () => ReadingPreferences;
  notice: Notice;
}

/** Wires the dev tools; main.ts calls it once, in dev builds only. */
export function wireDev(wiring: DevWiring): void {
  wireStoryReload(wiring);
}
