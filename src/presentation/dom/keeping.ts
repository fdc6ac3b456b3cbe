// Coming back and keeping a reading, wired once the game has loaded (main.ts imports this module
// lazily, so none of it weighs on the title): "Previously..." when a reading is continued after a
// long break and from the menu; the transcript and a line to share from the backlog and the end.
import type { Persistence } from '../../persistence/openPersistence.ts';
import type { ReadingSession } from '../../reading/ReadingSession.ts';
import { KeepView } from './KeepView.ts';
import { RecapView, recapSpeech } from './RecapView.ts';
import type { Screens } from './Screens.ts';
import { speak } from './selfVoicing.ts';
import type { TitleScreen } from './TitleScreen.ts';

/** The parts of the loaded game this wiring listens to. */
export interface KeepingGame {
  shell: { events: { on(event: 'stepDisplayed', listener: () => void): unknown } };
  session: Pick<ReadingSession, 'takeRecapDue' | 'recap' | 'transcript'>;
}

/** Wires "Previously..." and "Keep this reading" into the menu, the backlog, the end screen and a resumed reading. */
export function wireKeeping(
  game: KeepingGame,
  screens: Pick<TitleScreen, 'onEnd'>,
  over: Pick<Screens, 'keep' | 'openRecap'>,
  persistence: Pick<Persistence, 'profile'>,
): void {
  const root = document.getElementById('overlays') ?? document.body;
  const { session } = game;
  over.keep({
    recap: (onClose) => {
      const entries = session.recap();
      new RecapView(root, { onClose }).open(entries);
      if (persistence.profile.settings.selfVoicing) speak(recapSpeech(entries));
    },
    keep: (onClose) => new KeepView(root, { onClose }).open(session.transcript(), new Date()),
  });
  // The first step shown after a reading is continued from an old save: the recap goes over it.
  game.shell.events.on('stepDisplayed', () => {
    if (session.takeRecapDue()) over.openRecap();
  });
  screens.onEnd('keep', () => new KeepView(root).open(session.transcript(), new Date()));
}
