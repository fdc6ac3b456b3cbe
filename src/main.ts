// Composition root: the only module that sees every folder. It picks the implementations and wires
// them together; the rules live in the modules it wires (reading/ for reading, persistence/ for
// saves). The title is HTML, and the game (Phaser, inkjs, the story) loads behind it.
import '@fontsource/literata/latin-400.css';
import '@fontsource/literata/latin-400-italic.css';
import '@fontsource/literata/latin-600.css';
import './presentation/dom/overlays.css';
import replay from 'virtual:replay-data';
import { openPersistence } from './persistence/openPersistence.ts';
import { changeSettings as withSettings, type Profile, type Settings } from './persistence/profile.ts';
import type { SlotId } from './persistence/SaveSlots.ts';
import { ArtRaster } from './presentation/ArtRaster.ts';
import { titleArtUrl, uiKey } from './presentation/assets.ts';
import { background, whenIdle } from './presentation/background.ts';
import { AccessibleLayer } from './presentation/dom/AccessibleLayer.ts';
import { wireFullscreen } from './presentation/dom/fullscreen.ts';
import { GamepadInput } from './presentation/dom/GamepadInput.ts';
import { Notice } from './presentation/dom/Notice.ts';
import { OpeningLine } from './presentation/dom/OpeningLine.ts';
import { Screens } from './presentation/dom/Screens.ts';
import { speakStep } from './presentation/dom/selfVoicing.ts';
import { announceStorage } from './presentation/dom/storageNotices.ts';
import { TitleScreen } from './presentation/dom/TitleScreen.ts';
import { loadFonts } from './presentation/fonts.ts';
import { canvasZoom, uprightView } from './presentation/layout.ts';
import type { Action } from './reading/actions.ts';
import { DEFAULT_KEYMAP } from './reading/keymap.ts';
import { preferencesOf } from './reading/preferences.ts';
import { ReadingModes } from './reading/ReadingModes.ts';
import type { StartFrom } from './reading/ReadingSession.ts';
import { exportSaves, prepareImport } from './reading/saveTransfer.ts';
import { chapterStart, nodeStart } from './reading/startPoints.ts';
import { endingSummary, titleState } from './reading/titleState.ts';

const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
/** Runs `task` once the next frame has been painted. */
const afterPaint = (task: () => void) => requestAnimationFrame(() => setTimeout(task, 0));
const screens = new TitleScreen();
const gameElement = byId('game');
const overlays = byId('overlays');
const systemReducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
const persistence = openPersistence();
const notice = new Notice(overlays);
const modes = new ReadingModes();
const preferences = () => preferencesOf(persistence.profile.settings, systemReducedMotion.matches);
const focusGame = () => gameElement.focus({ preventScroll: true });
if (titleArtUrl) screens.title.style.backgroundImage = `url("${titleArtUrl}")`;

// The art is rasterised without Phaser (ArtRaster): the dialogue box at once, for a Begin pressed
// before the game has loaded (OpeningLine); the rest once the game has loaded (GameShell.warm).
const raster = new ArtRaster(canvasZoom(window));
/** Speaks each line and offers the choices as buttons, for screen readers (the game's and the opening line's). */
const dom = new AccessibleLayer(byId('live'), byId('choices'), byId('live-heading'));
afterPaint(() => void raster.get(uiKey('dialogue-box'), true));

// The game loads behind the title, each step waiting its turn behind input, so a Begin pressed
// meanwhile is taken at once (and shows the first line without the game: startRun).
async function loadGame() {
  await background();
  const [shellModule, runnerModule, sessionModule, story, audioModule, howlerModule] = await Promise.all([
    import('./presentation/GameShell.ts'),
    import('./story/StoryRunner.ts'),
    import('./reading/ReadingSession.ts'),
    import('../ink/main.ink'),
    import('./audio/AudioDirector.ts'),
    import('./audio/howlerSounds.ts'),
  ]);
  await loadFonts();
  const shell = new shellModule.GameShell(gameElement, dom, raster, { modes, keymap: DEFAULT_KEYMAP });
  window.__frames = shell.frames.counts;
  const audio = new audioModule.AudioDirector(new howlerModule.HowlerSounds());
  const newRunner = () => {
    const runner = new runnerModule.StoryRunner(story.default);
    runner.events.on('tagProblem', (p) => console.warn(`[story] tag "${p.tag}" at ${p.location}: ${p.message}`));
    return runner;
  };
  // While the title is read, the interface and opening art are rasterised and a runner for Begin is
  // built when the page is idle (it parses the whole story), so Begin goes straight on.
  const warmed = shell.warm(replay.opening).catch(() => undefined);
  const thumbnail = (when: 'now' | 'painted') => shell.thumbnail(when);
  const session = new sessionModule.ReadingSession({ newRunner, persistence, nodes: replay.graph.nodes, thumbnail });
  whenIdle(() => session.warm(), 2000);
  return { shell, audio, unlockAudio: howlerModule.HowlerSounds.unlock, session, warmed };
}
const loading = loadGame();
loading.catch((error: unknown) => screens.failed(error));
if (import.meta.env.DEV) void import('./dev/devTools.ts').then((dev) => dev.wireDev({ loading, preferences, notice }));
type Game = Awaited<typeof loading>;
/** The game once loaded, for wiring that needs it now or never (before it loads, nothing reads). */
let loaded: Game | null = null;
/** Carries out an action in the play scene, if one is running. */
const perform = (action: Action) => loaded?.shell.scene?.perform(action);

/** Applies the settings everywhere they matter: scene, audio, the page's motion class. */
async function applySettings(settings: Settings): Promise<void> {
  document.documentElement.classList.toggle('ud-reduce-motion', settings.reducedMotion ?? systemReducedMotion.matches);
  const game = await loading;
  game.shell.setPreferences(preferences());
  game.audio.setVolumes({ ...settings.volumes, mute: settings.mute });
  game.audio.setMono(settings.monoAudio);
}

/** Saves the reading into `id` and says how it went. */
async function saveTo(id: SlotId | 'quick'): Promise<void> {
  notice.show((await (await loading).session.save(id)).message);
}

const changeSettings = (change: (p: Profile) => Profile) => {
  persistence.profile.update(change);
  void applySettings(persistence.profile.settings);
};
const screensOver = new Screens(overlays, persistence.slots, {
  storyInput: (on) => {
    loaded?.shell.scene?.setInputEnabled(on);
    if (on) focusGame();
  },
  reading: () => !!loaded?.session.playthrough && screens.reading,
  backlog: () => loaded?.session.playthrough?.backlog() ?? [],
  act: (kind) => perform({ kind }),
  returnTo: (at) => perform({ kind: 'returnTo', at }),
  save: saveTo,
  load: (id) => void startRun({ kind: 'slot', id }),
  deleteSlot: (id) => void persistence.slots.remove(id),
  exportSaves: () => exportSaves(persistence),
  prepareImport: (text) => prepareImport(text, persistence, { endings: new Set(replay.endings.map((e) => e.id)) }),
  tell: (message) => notice.show(message),
  changed: () => refreshTitle(),
  settings: () => persistence.profile.settings,
  changeSettings: (changes) => changeSettings((p) => withSettings(p, changes)),
  resetSettings: () => changeSettings((p) => ({ ...p, settings: {} })),
  toTitle: () => void showTitle(),
  startChapter: (number) => startAt(chapterStart(replay.chapters, number)),
  startFromNode: (id) => startAt(nodeStart(replay.graph.nodes, id)),
});
const quickBar = screensOver.quickBar;
modes.events.on('modesChanged', (state) => screensOver.setModes(state));

/** The build, for the foot of the credits. */
const BUILD = { version: __APP_VERSION__, commit: __APP_COMMIT__ };
/** True once any reading has reached an ending: hints show, and the map can start a reading anywhere found. */
const finishedOnce = () =>
  persistence.profile.current.completedRuns > 0 || persistence.profile.current.endings.size > 0;

/**
 * True once the game has loaded and its opening art is rasterised: Begin then goes straight to the
 * game. Before, the opening line shows the first line (the game would take 100-150 ms; it 10-20).
 */
let gameReady = false;

const startAt = (from: StartFrom | null) => void (from && startRun(from));

/** Starts reading: a new run, one restored from a slot, or one started at a chapter or a route-map point. */
async function startRun(from: StartFrom): Promise<void> {
  // Begin before the game has loaded: its first line goes up at once, and the game takes it over.
  const opening = from.kind === 'new' && !gameReady ? openingLine() : null;
  // The line goes up before the game's own work takes the main thread (a first runner parses the whole story).
  if (opening) await opening.painted;
  const game = await loading.catch(() => null);
  if (!game) {
    opening?.remove();
    return screens.show();
  }
  game.unlockAudio();
  const started = game.session.start(from);
  if (!started.ok) {
    opening?.remove();
    notice.show(started.notice);
    refreshTitle();
    // Refused from the menu over a reading: that reading goes on, and takes its keys back.
    if (game.session.playthrough && screens.reading) screensOver.resumeStory();
    else if (screens.reading) screens.show();
    return;
  }
  if (started.notice) notice.show(started.notice);
  screens.hide();
  quickBar.setVisible(true);
  const seen = (id: string) => game.session.seen(id);
  await game.shell.play({
    playthrough: started.playthrough,
    preferences: preferences(),
    seen,
    resume: started.resume,
    opening,
  });
  focusGame();
}

/** The story's first line, drawn without the game (dom/OpeningLine.ts); null if the story has none. */
function openingLine(): OpeningLine | null {
  if (!replay.openingLine || uprightView(window)) return null; // drawn sideways only
  screens.hide();
  focusGame();
  const story = { line: replay.openingLine, chapter: replay.openingChapter, backdrop: replay.opening.backdrop };
  const painted = (at: number) => void (window.__firstLine ??= at);
  return new OpeningLine(gameElement, {
    ...story,
    ...preferences(),
    zoom: raster.scale,
    raster,
    dom,
    onPainted: painted,
  });
}

/** Shows the title as the saves and the profile stand. */
const refreshTitle = () => screens.refresh(titleState(persistence, replay));

async function showTitle(): Promise<void> {
  const game = await loading;
  game.shell.stop();
  game.audio.stopAll();
  game.session.close();
  quickBar.setVisible(false);
  refreshTitle();
  screens.show();
}

/** Wires the play scene's facts: sound after the picture, the profile, self-voicing, the end. */
function wireGame(game: Game): void {
  loaded = game;
  void import('./presentation/dom/keeping.ts').then((k) => k.wireKeeping(game, screens, screensOver, persistence));
  void game.warmed.then(() => (gameReady = true));
  const { shell, audio, session } = game;
  shell.events.on('firstLinePainted', ({ at }) => void (window.__firstLine ??= at));
  shell.events.on('stepDisplayed', ({ step, restored }) => {
    // Sound follows the picture by a frame: the line is drawn first (starting Web Audio the first
    // time takes tens of milliseconds), then its music, ambience and effects start.
    afterPaint(() => {
      audio.applyStage(step.stage);
      if (!restored) for (const d of step.directives) if (d.kind === 'sfx') audio.playSfx(d.id);
    });
    session.stepDisplayed(step);
    if (persistence.profile.settings.selfVoicing) speakStep(step, persistence.profile.settings);
  });
  // The ending is held until the reader chooses: the endings, the map, the credits or the title.
  shell.events.on('runFinished', ({ ending }) => {
    session.finish();
    quickBar.setVisible(false);
    const { count, said, found } = endingSummary(replay.endings, ending, persistence.profile.current.endings);
    shell.showEnd(ending, count);
    shell.dom.say(said);
    screens.showEnd(found);
  });
  shell.events.on('requested', ({ what }) => {
    if (what === 'quickSave') void saveTo('quick');
    else if (what !== 'quickLoad') screensOver.openOver(what);
    else if (persistence.slots.isOccupied('quick')) void startRun({ kind: 'slot', id: 'quick' });
    else notice.show('There is no quick save yet (F5 makes one).');
  });
  document.addEventListener('visibilitychange', () => audio.setHidden(document.hidden));
  void applySettings(persistence.profile.settings);
}
void loading.then(wireGame);

// Storage that refuses, and saves set aside: said once, in words, with a way to keep them.
announceStorage(persistence, notice, () => screensOver.download());
// Saves another tab writes show on the title.
persistence.slots.watch(() => refreshTitle());
persistence.profile.events.on('changedElsewhere', () => refreshTitle());

refreshTitle();
wireFullscreen(byId<HTMLButtonElement>('fullscreen'));
screens.on('begin', () => void startRun({ kind: 'new' }));
window.__beginWired = true;
// Begin pressed before this script ran (index.html kept the click): begin now.
if (window.__beganEarly) void startRun({ kind: 'new' });
screens.on('continue', () => {
  const slot = screens.button('continue').dataset.slot as SlotId | undefined;
  void startRun(slot ? { kind: 'slot', id: slot } : { kind: 'new' });
});
screens.on('load', () => screensOver.openLoad());
screens.on('settings', () => screensOver.openSettings());
const profileNow = () => persistence.profile.current;
const openEndings = () => screensOver.openEndings(replay.endings, profileNow().endings, finishedOnce());
const openMap = () =>
  screensOver.openRouteMap(replay, profileNow(), loaded?.session.trail ?? [], import('virtual:replay-details'));
screens.on('endings', openEndings);
screens.on('route-map', openMap);
screens.on('chapters', () =>
  screensOver.openChapters(replay.chapters, replay.graph.nodes, persistence.profile.current.routeMap.nodes),
);
screens.on('credits', () => screensOver.openCredits(BUILD));
screens.onEnd('endings', openEndings);
screens.onEnd('map', openMap);
screens.onEnd('credits', () => screensOver.openCredits(BUILD));
screens.toTitle.addEventListener('click', () => void showTitle());
new GamepadInput(overlays, {
  storyActive: () => !!loaded?.shell.scene && screens.reading,
  story: perform,
  screen: () => (screens.reading ? null : screens.title.hidden ? screens.end : screens.title),
});
// Inside itch.io's iframe the game gets keys only once it has focus.
window.focus();
window.addEventListener('pointerdown', () => window.focus());
