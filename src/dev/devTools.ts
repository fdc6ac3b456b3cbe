// Dev builds only: main.ts imports this behind `import.meta.env.DEV`, so a build never holds it
// (test/browser/devOnly.test.ts reads dist/ to be sure). It wires the author's loop: a saved .ink
// file swapped in where the reader stands (storyReload.ts) and the dev panel (DevPanel.ts, loaded
// the first time its key is pressed).
import type { Notice } from '../presentation/dom/Notice.ts';
import type { GameShell } from '../presentation/GameShell.ts';
import type { ReadingPreferences } from '../reading/preferences.ts';
import type { ReadingSession } from '../reading/ReadingSession.ts';
import type { InkOutline } from '../tools/inkSources.ts';
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

/** What the dev tools keep for the page: lines shown, and where the ink's knots are written now. */
export interface DevState {
  /** Ids of the lines shown on this page since it loaded (the panel's line coverage). */
  linesRead: Set<string>;
  /** Knots and stitches of the story last swapped in (null: as the page loaded). */
  sources: InkOutline | null;
  /** Called when either changes (the panel redraws). */
  changed: () => void;
}

/** The key that shows and hides the dev panel (documented in ink/README.md). */
export const PANEL_KEY = 'F2';

/** Wires the dev tools; main.ts calls it once, in dev builds only. */
export function wireDev(wiring: DevWiring): void {
  const state: DevState = { linesRead: new Set(), sources: null, changed: () => undefined };
  void wiring.loading.then((game) =>
    game.shell.events.on('stepDisplayed', ({ step }) => {
      if (step.line) state.linesRead.add(step.line.id);
    }),
  );
  wireStoryReload(wiring, (update) => {
    state.sources = update.sources;
    state.changed();
  });
  let panel: Promise<{ toggle(): void }> | null = null;
  window.addEventListener('keydown', (event) => {
    if (event.key !== PANEL_KEY) return;
    event.preventDefault();
    panel ??= Promise.all([import('./DevPanel.ts'), wiring.loading]).then(
      ([module, game]) => new module.DevPanel(game, wiring, state),
    );
    void panel.then((p) => p.toggle());
  });
}
