// Composition root: the only module that sees every folder. It paints nothing heavy itself: the
// title is HTML, and the game (Phaser, inkjs, the story) loads behind it while the reader looks.
import '@fontsource/literata/latin-400.css';
import '@fontsource/literata/latin-400-italic.css';
import '@fontsource/literata/latin-600.css';
import { openPersistence } from './persistence/openPersistence.ts';
import { completeRun, markContentNoteSeen, markLineSeen, recordEnding, type Settings } from './persistence/profile.ts';
import { makeSave } from './persistence/saveFormat.ts';
import { resumeSlot } from './persistence/loadSave.ts';
import type { SlotId } from './persistence/SaveSlots.ts';
import type { ReadingPreferences } from './presentation/scenes/PlayScene.ts';

declare global {
  interface Window {
    /** Benchmark contract: when the frame with the first story line was rendered (performance.now()). */
    __firstLine?: number;
  }
}

const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const title = byId('title');
const begin = byId<HTMLButtonElement>('begin');
const continueButton = byId<HTMLButtonElement>('continue');
const end = byId('end');
const toTitle = byId<HTMLButtonElement>('to-title');
const systemReducedMotion = matchMedia('(prefers-reduced-motion: reduce)');

const persistence = openPersistence();

/** The reader's settings as the play scene uses them. */
function preferencesOf(settings: Settings): ReadingPreferences {
  return {
    textCps: settings.textSpeed <= 0 ? Infinity : settings.textSpeed,
    autoDelay: settings.autoDelay,
    reducedMotion: settings.reducedMotion ?? systemReducedMotion.matches,
    highContrast: settings.highContrast,
    textSize: settings.textSize,
    skipMode: settings.skipMode,
  };
}

// Start loading the game at once, so it is ready by the time Begin is pressed.
const loading = Promise.all([
  import('./presentation/GameShell.ts'),
  import('./story/StoryRunner.ts'),
  import('./story/Playthrough.ts'),
  import('../ink/main.ink'),
  import('./audio/AudioDirector.ts'),
  import('./audio/howlerSounds.ts'),
]).then(async ([shellModule, runnerModule, playthroughModule, story, audioModule, howlerModule]) => {
  await shellModule.loadFonts();
  const shell = new shellModule.GameShell(byId('game'), byId('live'), byId('choices'));
  const audio = new audioModule.AudioDirector(new howlerModule.HowlerSounds());
  const newRunner = () => {
    const runner = new runnerModule.StoryRunner(story.default);
    runner.events.on('tagProblem', (p) => console.warn(`[story] tag "${p.tag}" at ${p.location}: ${p.message}`));
    return runner;
  };
  return { shell, audio, HowlerSounds: howlerModule.HowlerSounds, newRunner, Playthrough: playthroughModule.Playthrough };
});
loading.catch((error) => {
  console.error(error);
  begin.disabled = true;
  byId('content-note').textContent = 'The game could not load. Please reload the page.';
});

import('./presentation/assets.ts').then(({ titleArtUrl }) => {
  if (titleArtUrl) title.style.backgroundImage = `url("${titleArtUrl}")`;
});

type Game = Awaited<typeof loading>;
type Runner = ReturnType<Game['newRunner']>;

/** The run being read now, if any. */
let reading: Runner | null = null;

/** Autosaves at each choice and chapter start, with a thumbnail of the screen. */
function wireAutosave(game: Game, runner: Runner): void {
  const autosave = async () => {
    const save = makeSave(runner);
    const thumbnail = await game.shell.thumbnail();
    persistence.slots.autosave(thumbnail ? { ...save, thumbnail } : save);
  };
  runner.events.on('choiceMade', () => void autosave());
  runner.events.on('chapterStarted', () => void autosave());
  runner.events.on('endingReached', ({ id }) => persistence.profile.update((p) => recordEnding(p, id, new Date())));
}

/** Starts reading: a new run, or one restored from a slot. */
async function startRun(from: SlotId | null): Promise<void> {
  const game = await loading;
  game.HowlerSounds.unlock();
  const runner = game.newRunner();
  let resume = false;
  if (from) {
    const outcome = resumeSlot(persistence.slots, from, runner);
    if (outcome.kind !== 'restored' && outcome.kind !== 'replayed') {
      console.warn(`[saves] slot ${from} could not be loaded: ${outcome.kind}`);
      refreshTitle();
      return;
    }
    resume = true;
  }
  wireAutosave(game, runner);
  persistence.profile.update(markContentNoteSeen);
  const playthrough = new game.Playthrough(runner);
  reading = runner;
  title.hidden = true;
  end.hidden = true;
  game.audio.applyStage(runner.stage);
  const seen = (id: string) => persistence.profile.current.linesSeen.has(id);
  await game.shell.play(playthrough, preferencesOf(persistence.profile.settings), seen, resume);
  byId('game').focus({ preventScroll: true });
}

/** Shows the title, with Continue when there is a save to continue. */
function refreshTitle(): void {
  const newest = persistence.slots.newest();
  continueButton.hidden = !newest;
  if (newest) continueButton.dataset.slot = newest.id;
  byId('content-note').hidden = persistence.profile.current.contentNoteSeen;
}

async function showTitle(): Promise<void> {
  const game = await loading;
  game.shell.stop();
  game.audio.stopAll();
  reading = null;
  end.hidden = true;
  title.hidden = false;
  refreshTitle();
  begin.focus();
}

loading.then((game) => {
  const { shell, audio } = game;
  shell.events.on('firstLinePainted', ({ at }) => {
    window.__firstLine ??= at;
  });
  shell.events.on('stepDisplayed', ({ step, restored }) => {
    audio.applyStage(step.stage);
    if (!restored) for (const d of step.directives) if (d.kind === 'sfx') audio.playSfx(d.id);
    if (step.line) {
      const id = step.line.id;
      if (!persistence.profile.current.linesSeen.has(id)) persistence.profile.update((p) => markLineSeen(p, id));
    }
  });
  shell.events.on('runFinished', ({ ending }) => {
    persistence.profile.update(completeRun);
    shell.showEnd(ending);
    shell.dom.say(ending ? `Ending: ${ending.title}` : 'The end');
    end.hidden = false;
    toTitle.focus();
  });
  shell.events.on('requested', ({ what }) => {
    if (what === 'quickSave' && reading) {
      const save = makeSave(reading);
      void shell.thumbnail().then((thumbnail) => persistence.slots.quickSave({ ...save, thumbnail }));
    }
    if (what === 'quickLoad' && persistence.slots.isOccupied('quick')) void startRun('quick');
  });
  document.addEventListener('visibilitychange', () => audio.setHidden(document.hidden));
  audio.setVolumes({ ...persistence.profile.settings.volumes, mute: persistence.profile.settings.mute });
});

refreshTitle();
begin.addEventListener('click', () => void startRun(null));
continueButton.addEventListener('click', () => void startRun((continueButton.dataset.slot as SlotId | undefined) ?? null));
toTitle.addEventListener('click', () => void showTitle());
// Inside itch.io's iframe the game gets keys only once it has focus.
window.focus();
window.addEventListener('pointerdown', () => window.focus());
