// Composition root: the only module that sees every folder. It paints nothing heavy itself: the
// title is HTML, and the game (Phaser, inkjs, the story) loads behind it while the reader looks.
import '@fontsource/literata/latin-400.css';
import '@fontsource/literata/latin-400-italic.css';
import '@fontsource/literata/latin-600.css';
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
const end = byId('end');
const toTitle = byId<HTMLButtonElement>('to-title');

const preferences: ReadingPreferences = {
  textCps: 55,
  reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
  highContrast: false,
  textSize: 40,
};

// Start loading the game at once, so it is ready by the time Begin is pressed.
const loading = Promise.all([
  import('./presentation/GameShell.ts'),
  import('./story/StoryRunner.ts'),
  import('../ink/main.ink'),
  import('./audio/AudioDirector.ts'),
  import('./audio/howlerSounds.ts'),
]).then(async ([shellModule, runnerModule, story, audioModule, howlerModule]) => {
  await shellModule.loadFonts();
  const shell = new shellModule.GameShell(byId('game'), byId('live'), byId('choices'));
  const audio = new audioModule.AudioDirector(new howlerModule.HowlerSounds());
  return { shell, audio, HowlerSounds: howlerModule.HowlerSounds, StoryRunner: runnerModule.StoryRunner, story: story.default };
});
loading.catch((error) => {
  console.error(error);
  begin.disabled = true;
  byId('content-note').textContent = 'The game could not load. Please reload the page.';
});

import('./presentation/assets.ts').then(({ titleArtUrl }) => {
  if (titleArtUrl) title.style.backgroundImage = `url("${titleArtUrl}")`;
});

async function startRun(): Promise<void> {
  const game = await loading;
  game.HowlerSounds.unlock();
  title.hidden = true;
  end.hidden = true;
  const runner = new game.StoryRunner(game.story);
  runner.events.on('tagProblem', (p) => console.warn(`[story] tag "${p.tag}" at ${p.location}: ${p.message}`));
  game.shell.events.on('lineDisplayed', ({ step }) => {
    game.audio.applyStage(step.stage);
    for (const d of step.directives) if (d.kind === 'sfx') game.audio.playSfx(d.id);
  });
  await game.shell.play(runner, preferences, false);
  byId('game').focus({ preventScroll: true });
}

async function showTitle(): Promise<void> {
  const game = await loading;
  game.shell.stop();
  game.audio.stopAll();
  end.hidden = true;
  title.hidden = false;
  begin.focus();
}

loading.then(({ shell, audio }) => {
  shell.events.on('firstLinePainted', ({ at }) => {
    window.__firstLine ??= at;
  });
  shell.events.on('runFinished', ({ ending }) => {
    shell.showEnd(ending);
    shell.dom.say(ending ? `Ending: ${ending.title}` : 'The end');
    end.hidden = false;
    toTitle.focus();
  });
  document.addEventListener('visibilitychange', () => audio.setHidden(document.hidden));
});

begin.addEventListener('click', () => void startRun());
toTitle.addEventListener('click', () => void showTitle());
// Inside itch.io's iframe the game gets keys only once it has focus.
window.focus();
window.addEventListener('pointerdown', () => window.focus());
