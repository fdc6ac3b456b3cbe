// Composition root: the only module that sees every folder. It paints nothing heavy itself: the
// title is HTML, and the game (Phaser, inkjs, the story) loads behind it while the reader looks.
import '@fontsource/literata/latin-400.css';
import '@fontsource/literata/latin-400-italic.css';
import '@fontsource/literata/latin-600.css';
import './presentation/dom/overlays.css';
import replay from 'virtual:replay-data';
import { applyImport, encodeCode, exportBundle, planImport, readBundle } from './persistence/exportBundle.ts';
import { resumeSlot } from './persistence/loadSave.ts';
import { openPersistence } from './persistence/openPersistence.ts';
import { changeSettings, completeRun, DEFAULT_SETTINGS, discoverRoute, markContentNoteSeen, markLineSeen, recordEnding, type Settings } from './persistence/profile.ts';
import { MANUAL_SLOTS, MANUAL_SLOTS_PER_PAGE, type SlotId } from './persistence/SaveSlots.ts';
import { makeSave } from './persistence/saveFormat.ts';
import { ArtRaster } from './presentation/ArtRaster.ts';
import { background, whenIdle } from './presentation/background.ts';
import { loadFonts } from './presentation/fonts.ts';
import { artFile, backdropKey, titleArtUrl, uiKey } from './presentation/assets.ts';
import { AccessibleLayer } from './presentation/dom/AccessibleLayer.ts';
import { BacklogView } from './presentation/dom/BacklogView.ts';
import { ChapterSelectView, chaptersReached } from './presentation/dom/ChapterSelectView.ts';
import { confirmImport } from './presentation/dom/ConfirmDialog.ts';
import { CreditsView } from './presentation/dom/CreditsView.ts';
import { EndingsView, progressText } from './presentation/dom/EndingsView.ts';
import { wireFullscreen } from './presentation/dom/fullscreen.ts';
import { MenuView } from './presentation/dom/MenuView.ts';
import { Notice } from './presentation/dom/Notice.ts';
import { OpeningLine } from './presentation/dom/OpeningLine.ts';
import { Overlay } from './presentation/dom/Overlay.ts';
import { QuickBar } from './presentation/dom/QuickBar.ts';
import { RouteMapView, RouteTrail } from './presentation/dom/RouteMapView.ts';
import { speak, speechAvailable } from './presentation/dom/selfVoicing.ts';
import { SettingsView } from './presentation/dom/SettingsView.ts';
import { SlotsView } from './presentation/dom/SlotsView.ts';
import { canvasZoom } from './presentation/layout.ts';
import type { ReadingPreferences } from './presentation/scenes/PlayScene.ts';

declare global {
  interface Window {
    /** Benchmark contract: when the frame with the first story line was rendered (performance.now()). */
    __firstLine?: number;
    /** Benchmark contract: frames drawn and frames skipped because the picture had not changed. */
    __frames?: { drawn: number; skipped: number };
    /** Set by index.html when Begin was pressed before this script ran. */
    __beganEarly?: boolean;
  }
}

const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
/** Runs `task` once the next frame has been painted. */
const afterPaint = (task: () => void) => requestAnimationFrame(() => setTimeout(task, 0));
const title = byId('title');
const begin = byId<HTMLButtonElement>('begin');
const continueButton = byId<HTMLButtonElement>('continue');
const loadButton = byId<HTMLButtonElement>('load');
const settingsButton = byId<HTMLButtonElement>('settings');
const endingsButton = byId<HTMLButtonElement>('endings');
const routeMapButton = byId<HTMLButtonElement>('route-map');
const chaptersButton = byId<HTMLButtonElement>('chapters');
const creditsButton = byId<HTMLButtonElement>('credits');
const progressLine = byId('progress');
const end = byId('end');
const toTitle = byId<HTMLButtonElement>('to-title');
const overlays = byId('overlays');
const systemReducedMotion = matchMedia('(prefers-reduced-motion: reduce)');

const persistence = openPersistence();
const notice = new Notice(overlays);

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

if (titleArtUrl) title.style.backgroundImage = `url("${titleArtUrl}")`;

// The art is rasterised without Phaser (ArtRaster): the dialogue box at once, for a Begin pressed
// before the game has loaded (OpeningLine); the rest of the opening scene once the game has
// loaded (GameShell.warm), so that work never stands between the reader and Begin.
const raster = new ArtRaster(canvasZoom(window));
/** Speaks each line and offers the choices as buttons, for screen readers (the game's and the opening line's). */
const dom = new AccessibleLayer(byId('live'), byId('choices'));
afterPaint(() => void raster.get(uiKey('dialogue-box'), true));

// Start loading the game behind the title, so it is ready by the time Begin is pressed; each step
// waits its turn behind input, so a Begin pressed meanwhile is taken at once (and shows the first
// line without the game: startRun).
const loading = background().then(() => Promise.all([
  import('./presentation/GameShell.ts'),
  import('./story/StoryRunner.ts'),
  import('./story/Playthrough.ts'),
  import('../ink/main.ink'),
  import('./audio/AudioDirector.ts'),
  import('./audio/howlerSounds.ts'),
])).then(async ([shellModule, runnerModule, playthroughModule, story, audioModule, howlerModule]) => {
  await loadFonts();
  const shell = new shellModule.GameShell(byId('game'), dom, raster);
  window.__frames = shell.frames.counts;
  const audio = new audioModule.AudioDirector(new howlerModule.HowlerSounds());
  const newRunner = () => {
    const runner = new runnerModule.StoryRunner(story.default);
    runner.events.on('tagProblem', (p) => console.warn(`[story] tag "${p.tag}" at ${p.location}: ${p.message}`));
    return runner;
  };
  // While the title is read: the interface and the opening scene are rasterised into textures, and
  // a runner for Begin is built (that parses the whole story) when the page is idle, so Begin goes
  // straight on.
  const warmed = shell.warm(replay.opening).catch(() => undefined);
  let spare: ReturnType<typeof newRunner> | null = null;
  let started = false;
  whenIdle(() => {
    if (!started) spare = newRunner();
  }, 2000);
  /** A runner at the start of the story: the one made in advance the first time, a new one after. */
  const freshRunner = () => {
    const runner = spare ?? newRunner();
    spare = null;
    started = true;
    return runner;
  };
  return { shell, audio, HowlerSounds: howlerModule.HowlerSounds, newRunner, freshRunner, Playthrough: playthroughModule.Playthrough, warmed };
});
loading.catch((error) => {
  console.error(error);
  begin.disabled = true;
  byId('content-note').textContent = 'The game could not load. Please reload the page.';
});

type Game = Awaited<typeof loading>;
type Runner = ReturnType<Game['newRunner']>;
type Reading = InstanceType<Game['Playthrough']>;

/** The run being read now, if any. */
let reading: Reading | null = null;

// ---- Settings --------------------------------------------------------------------------------

/** Applies the settings everywhere they matter: scene, audio, the page's motion class. */
async function applySettings(settings: Settings): Promise<void> {
  document.documentElement.classList.toggle('ud-reduce-motion', settings.reducedMotion ?? systemReducedMotion.matches);
  const game = await loading;
  game.shell.setPreferences(preferencesOf(settings));
  game.audio.setVolumes({ ...settings.volumes, mute: settings.mute });
}

function settingsContext() {
  return {
    fullscreenAvailable: document.fullscreenEnabled,
    fullscreen: document.fullscreenElement !== null,
    systemReducedMotion: systemReducedMotion.matches,
    speechAvailable: speechAvailable(),
  };
}

const settingsView = new SettingsView(overlays, {
  onChange: (changes) => {
    persistence.profile.update((p) => changeSettings(p, changes));
    void applySettings(persistence.profile.settings);
  },
  onReset: () => {
    persistence.profile.update((p) => ({ ...p, settings: {} }));
    settingsView.update(persistence.profile.settings);
    void applySettings(persistence.profile.settings);
  },
  onFullscreen: () => {
    const done = () => settingsView.update(persistence.profile.settings, { fullscreen: document.fullscreenElement !== null });
    const request = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen();
    void request.then(done, done);
  },
  onClose: () => resumeInput(),
});

// ---- Saves -------------------------------------------------------------------------------------

const slotSource = {
  manualPage: (page: number) => persistence.slots.manualPage(page),
  summary: (id: SlotId) => persistence.slots.summary(id),
  pages: Math.ceil(MANUAL_SLOTS / MANUAL_SLOTS_PER_PAGE),
};

/** Saves the run being read into `id`, with a thumbnail of the screen. */
async function saveTo(id: SlotId | 'quick'): Promise<void> {
  if (!reading) return;
  const game = await loading;
  const save = makeSave(reading.runner);
  const thumbnail = await game.shell.thumbnail();
  const withThumb = thumbnail ? { ...save, thumbnail } : save;
  const result = id === 'quick' ? persistence.slots.quickSave(withThumb) : persistence.slots.write(id, withThumb);
  notice.show(result.ok ? (id === 'quick' ? 'Quick saved.' : 'Saved.') : `Could not save: ${result.message}`);
}

function downloadExport(): void {
  const json = exportBundle(persistence.slots, persistence.profile.current);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  link.download = `ultimate-defence-saves-${new Date().toISOString().slice(0, 10)}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  // Some mobile iframes cannot download: the same export as a code to copy.
  slotsView.showExportCode(encodeCode(exportBundle(persistence.slots, persistence.profile.current, { thumbnails: false })));
}

async function importText(text: string): Promise<void> {
  const read = readBundle(text);
  if (!read.ok) return notice.show(read.message);
  const plan = planImport(read.bundle, persistence.slots);
  const conflicts = new Set(plan.conflicts.map((c) => c.from));
  const preview = { ...read.preview, slots: read.preview.slots.map((s) => ({ ...s, conflict: conflicts.has(s.id) })) };
  if (!(await confirmImport(overlays, preview))) return;
  const result = applyImport(plan, persistence.slots, persistence.profile);
  slotsView.refresh();
  refreshTitle();
  const kept = result.conflicts.length ? ` ${result.conflicts.length} clashed with saves here and were left out; your saves were kept.` : '';
  notice.show(`Imported ${result.written.length} save${result.written.length === 1 ? '' : 's'}.${kept}`);
}

const slotsView = new SlotsView(overlays, {
  onPick: (id) => {
    if (slotsView.mode === 'save') void saveTo(id).then(() => slotsView.refresh());
    else {
      slotsView.close();
      menu.close();
      void startRun(id);
    }
  },
  onDelete: (id) => {
    persistence.slots.remove(id);
    refreshTitle();
  },
  onExport: downloadExport,
  onImportFile: (file) => void file.text().then(importText),
  onImportCode: (code) => void importText(code),
  onClose: () => resumeInput(),
});

// ---- Reading overlays ------------------------------------------------------------------------

const backlog = new BacklogView(overlays, { onClose: () => resumeInput() });

const menu = new MenuView(overlays, {
  onResume: () => resumeInput(),
  onSave: () => slotsView.open('save', slotSource),
  onLoad: () => slotsView.open('load', slotSource),
  onBacklog: () => reading && backlog.open(reading.backlog()),
  onSettings: () => settingsView.open(persistence.profile.settings, settingsContext()),
  onTitle: () => {
    menu.close();
    void showTitle();
  },
  onClose: () => resumeInput(),
});

/** Opens an overlay over the story: the scene stops taking keys until it closes. */
async function pauseInput(): Promise<void> {
  (await loading).shell.scene?.setInputEnabled(false);
}

/** Gives the keys back to the story once no overlay is open. */
function resumeInput(): void {
  queueMicrotask(() => {
    if (Overlay.anyOpen()) return;
    void loading.then((game) => game.shell.scene?.setInputEnabled(true));
    byId('game').focus({ preventScroll: true });
  });
}

const quickBar = new QuickBar(overlays, {
  onAuto: () => void loading.then((g) => g.shell.scene?.toggleAuto()),
  onSkip: () => void loading.then((g) => g.shell.scene?.toggleSkip()),
  onLog: () => openOverlay('backlog'),
  onSave: () => openOverlay('save'),
  onLoad: () => openOverlay('load'),
  onMenu: () => openOverlay('menu'),
  onHide: () => void loading.then((g) => g.shell.scene?.toggleHidden()),
});
quickBar.setVisible(false);

function openOverlay(what: 'menu' | 'backlog' | 'save' | 'load'): void {
  if (!reading || Overlay.anyOpen()) return;
  void pauseInput();
  if (what === 'menu') menu.open();
  if (what === 'backlog') backlog.open(reading.backlog());
  if (what === 'save' || what === 'load') slotsView.open(what, slotSource);
}

// ---- Replay: endings, route map, chapters, credits ----------------------------------------------

/** Where a new reading starts: a choice log from the start, then `steps` more lines, the last of which the scene shows. */
interface StartPoint {
  route: readonly number[];
  steps: number;
}

/** The build, for the foot of the credits. */
const BUILD = { version: __APP_VERSION__, commit: __APP_COMMIT__ };

/** This reading's route on the map; also what it discovers (recorded into the profile as it goes). */
let trail = new RouteTrail(replay.graph.nodes);

/** Adds route-map discoveries to the profile. */
function recordFound(found: { nodes: string[]; edges: string[] }): void {
  if (found.nodes.length || found.edges.length) persistence.profile.update((p) => discoverRoute(p, found));
}

/** True once any reading has reached an ending: hints show, and the map can start a reading anywhere found. */
const finishedOnce = () => persistence.profile.current.completedRuns > 0 || persistence.profile.current.endings.size > 0;

/** Each ending's card picture: its last scene's backdrop. */
function endingPictures(): Record<string, string> {
  const pictures: Record<string, string> = {};
  for (const e of replay.endings) {
    const url = e.backdrop ? artFile(backdropKey(e.backdrop))?.url : undefined;
    if (url) pictures[e.id] = url;
  }
  return pictures;
}

/** Closing a replay screen on the title or the end screen just gives focus back (the Overlay does); over a reading, the story gets its keys back. */
const afterReplayScreen = () => {
  if (reading && title.hidden && end.hidden) resumeInput();
};

const endingsView = new EndingsView(overlays, { onClose: afterReplayScreen });
const creditsView = new CreditsView(overlays, { onClose: afterReplayScreen });
const chapterView = new ChapterSelectView(overlays, {
  onPick: (number) => {
    const chapter = replay.chapters.find((c) => c.number === number);
    if (chapter) void startRun(chapter);
  },
  onClose: afterReplayScreen,
});
const routeMapView = new RouteMapView(overlays, {
  onStartFrom: (id) => {
    const node = replay.graph.nodes.find((n) => n.id === id);
    // The scene shows the first line after the node's last choice: the stretch of story leading to it.
    if (node) void startRun({ route: node.route, steps: 1 });
  },
  onClose: afterReplayScreen,
});

/**
 * Takes `route` then reads `steps - 1` lines, silently (no listeners yet), so the scene's first
 * `next()` shows line `steps`: as fresh reading, with its chapter card and staging.
 */
function walkTo(runner: Runner, start: StartPoint): void {
  for (const index of start.route) {
    while (runner.canAdvance) runner.next();
    runner.choose(index);
  }
  for (let i = 1; i < start.steps && runner.canAdvance; i++) runner.next();
}

/**
 * Rebuilds the map's route of a reading that starts at `choiceLog`, on a scratch runner (a few ms).
 * A loaded save's choices were the reader's own, so they count as found (from another browser's
 * import, say); a chapter or map start skips what it passes, so it only draws the route.
 */
function retrace(game: Game, choiceLog: readonly number[], found: boolean): void {
  const scratch = game.newRunner();
  for (const index of choiceLog) {
    while (scratch.canAdvance) scratch.next();
    const shown = trail.choicesShown(scratch.choiceSources());
    if (found) recordFound(shown);
    trail.chose(scratch.current?.choices.find((c) => c.index === index)?.text ?? '');
    scratch.choose(index);
  }
}

// ---- Runs ----------------------------------------------------------------------------------------

/** Autosaves at each choice and chapter start, with a thumbnail of the screen. */
function wireRun(game: Game, runner: Runner): void {
  const autosave = async () => {
    const save = makeSave(runner);
    const thumbnail = await game.shell.thumbnail();
    persistence.slots.autosave(thumbnail ? { ...save, thumbnail } : save);
  };
  runner.events.on('choiceMade', () => void autosave());
  runner.events.on('chapterStarted', () => void autosave());
  runner.events.on('endingReached', ({ id }) => {
    persistence.profile.update((p) => recordEnding(p, id, new Date()));
    recordFound(trail.endingReached(id));
  });
  runner.events.on('choiceMade', ({ text }) => trail.chose(text));
}

/** Starts reading: a new run, one restored from a slot, or one started at a chapter or a route-map point. */
async function startRun(from: SlotId | StartPoint | null): Promise<void> {
  // Begin before the game has loaded: its first line goes up at once, and the game takes it over.
  const opening = from === null && !gameReady ? openingLine() : null;
  // The line goes up before the game's own work takes the main thread (a first runner parses the whole story).
  if (opening) await opening.painted;
  let game: Game;
  try {
    game = await loading;
  } catch {
    opening?.remove();
    title.hidden = false;
    return;
  }
  game.HowlerSounds.unlock();
  const runner = game.freshRunner();
  let resume = false;
  trail = new RouteTrail(replay.graph.nodes);
  if (from && typeof from === 'object') {
    walkTo(runner, from);
    retrace(game, runner.choiceLog, false);
  } else if (from) {
    const outcome = resumeSlot(persistence.slots, from, runner);
    if (outcome.kind === 'needsAttention') {
      notice.show(`This save was made on an older version of the story and can no longer be followed (${outcome.reason}). It is kept; start a new reading or load another save.`);
      return refreshTitle();
    }
    if (outcome.kind !== 'restored' && outcome.kind !== 'replayed') {
      notice.show(outcome.kind === 'newerVersion' ? 'This save was made by a newer version of the game.' : 'That save could not be read. It has been kept aside.');
      return refreshTitle();
    }
    if (outcome.kind === 'replayed') notice.show('The story has been updated since this save; your choices were followed again to the same place.');
    resume = true;
    retrace(game, runner.choiceLog, true);
  }
  wireRun(game, runner);
  persistence.profile.update(markContentNoteSeen);
  reading = new game.Playthrough(runner);
  title.hidden = true;
  end.hidden = true;
  quickBar.setVisible(true);
  quickBar.setState({ auto: false, skip: false });
  const seen = (id: string) => persistence.profile.current.linesSeen.has(id);
  await game.shell.play(reading, preferencesOf(persistence.profile.settings), seen, resume, opening);
  byId('game').focus({ preventScroll: true });
}

/** The story's first line, drawn without the game (dom/OpeningLine.ts); null if the story has none. */
function openingLine(): OpeningLine | null {
  if (!replay.openingLine) return null;
  const preferences = preferencesOf(persistence.profile.settings);
  title.hidden = true;
  end.hidden = true;
  byId('game').focus({ preventScroll: true });
  return new OpeningLine(byId('game'), {
    line: replay.openingLine,
    chapter: replay.openingChapter,
    backdrop: replay.opening.backdrop,
    zoom: raster.scale,
    textCps: preferences.textCps,
    textSize: preferences.textSize,
    highContrast: preferences.highContrast,
    reducedMotion: preferences.reducedMotion,
    raster,
    dom,
    onPainted: (at) => {
      window.__firstLine ??= at;
    },
  });
}

/** Shows the title, with Continue when there is a save to continue. */
function refreshTitle(): void {
  const newest = persistence.slots.newest();
  continueButton.hidden = !newest;
  if (newest) continueButton.dataset.slot = newest.id;
  loadButton.hidden = !persistence.slots.list().some((s) => s.state === 'saved');
  byId('content-note').hidden = persistence.profile.current.contentNoteSeen;
  const profile = persistence.profile.current;
  const endingsReached = replay.endings.filter((e) => profile.endings.has(e.id)).length;
  progressLine.textContent = progressText(profile.linesSeen.size, replay.totalLines, endingsReached, replay.endings.length);
  progressLine.hidden = profile.linesSeen.size === 0;
  routeMapButton.hidden = profile.routeMap.nodes.size === 0;
  chaptersButton.hidden = profile.routeMap.nodes.size === 0;
}

async function showTitle(): Promise<void> {
  const game = await loading;
  game.shell.stop();
  game.audio.stopAll();
  reading = null;
  quickBar.setVisible(false);
  end.hidden = true;
  title.hidden = false;
  refreshTitle();
  begin.focus();
}

/**
 * True once the game has loaded and its opening art is rasterised: Begin then goes straight to the
 * game. Before, the opening line shows the first line (in the last stretch, while the game's art
 * is rasterised, the game would take 100-150 ms to show it; the opening line takes 10-20).
 */
let gameReady = false;

loading.then((game) => {
  void game.warmed.then(() => (gameReady = true));
  const { shell, audio } = game;
  shell.events.on('firstLinePainted', ({ at }) => {
    window.__firstLine ??= at;
  });
  const gameElement = byId('game');
  shell.events.on('stepDisplayed', ({ step, restored }) => {
    // Sound follows the picture by a frame: the line is drawn first (starting Web Audio the first
    // time takes tens of milliseconds), then its music, ambience and effects start.
    afterPaint(() => {
      audio.applyStage(step.stage);
      if (!restored) for (const d of step.directives) if (d.kind === 'sfx') audio.playSfx(d.id);
    });
    // The stage, mirrored as data attributes: what a test (or an extension) can check without reading pixels.
    Object.assign(gameElement.dataset, {
      backdrop: step.stage.backdrop ?? '',
      cast: step.stage.cast.map((c) => `${c.who}:${c.expression}`).join(' '),
      music: step.stage.music ?? '',
      ambience: step.stage.ambience ?? '',
      wall: String(step.stage.wall),
    });
    if (step.line) {
      const id = step.line.id;
      if (!persistence.profile.current.linesSeen.has(id)) persistence.profile.update((p) => markLineSeen(p, id));
      if (persistence.profile.settings.selfVoicing) speak(step.line.speaker ? `${step.line.speaker}: ${step.line.text}` : step.line.text);
    }
    if (step.choices.length && reading) recordFound(trail.choicesShown(reading.runner.choiceSources()));
    if (step.choices.length && persistence.profile.settings.selfVoicing) {
      speak(step.choices.map((c, i) => `Choice ${i + 1}: ${c.text}`).join('. '), false);
    }
  });
  shell.events.on('modesChanged', (modes) => quickBar.setState(modes));
  shell.events.on('runFinished', ({ ending }) => {
    persistence.profile.update(completeRun);
    quickBar.setVisible(false);
    shell.showEnd(ending);
    shell.dom.say(ending ? `Ending: ${ending.title}` : 'The end');
    end.hidden = false;
    toTitle.focus();
    // The credits after every ending, once the end card has had a moment (and the key that ended
    // the story is up: Space activates a button on keyup). Closing them leaves focus on Return to title.
    setTimeout(() => {
      if (!end.hidden && !Overlay.anyOpen()) creditsView.open(BUILD);
    }, 1500);
  });
  shell.events.on('requested', ({ what }) => {
    if (what === 'quickSave') void saveTo('quick');
    else if (what === 'quickLoad') {
      if (persistence.slots.isOccupied('quick')) void startRun('quick');
      else notice.show('There is no quick save yet (F5 makes one).');
    } else openOverlay(what);
  });
  document.addEventListener('visibilitychange', () => audio.setHidden(document.hidden));
  void applySettings(persistence.profile.settings);
});

// Storage that refuses (strict iframes, private modes, a full quota): say so once, calmly, and offer the export.
const warnDegraded = () =>
  notice.show('Your browser is not letting this page keep saves, so progress will not be kept after you close it. Export your saves to keep them.', {
    label: 'Export saves',
    run: downloadExport,
  }, { sticky: true });
if (persistence.store.degraded) warnDegraded();
else persistence.store.events.on('degraded', warnDegraded);

refreshTitle();
wireFullscreen(byId<HTMLButtonElement>('fullscreen'));
begin.addEventListener('click', () => void startRun(null));
// Begin pressed before this script ran (index.html kept the click): begin now.
if (window.__beganEarly) void startRun(null);
continueButton.addEventListener('click', () => void startRun((continueButton.dataset.slot as SlotId | undefined) ?? null));
loadButton.addEventListener('click', () => slotsView.open('load', slotSource));
settingsButton.addEventListener('click', () => settingsView.open(persistence.profile.settings, settingsContext()));
endingsButton.addEventListener('click', () => {
  endingsView.open(replay.endings, persistence.profile.current.endings, finishedOnce(), endingPictures());
});
routeMapButton.addEventListener('click', () => routeMapView.open(replay.graph, persistence.profile.current.routeMap, trail.route, finishedOnce()));
chaptersButton.addEventListener('click', () => {
  const found = persistence.profile.current.routeMap.nodes;
  chapterView.open(replay.chapters, new Set([replay.chapters[0]?.number ?? 1, ...chaptersReached(replay.graph.nodes, found)]));
});
creditsButton.addEventListener('click', () => creditsView.open(BUILD));
toTitle.addEventListener('click', () => void showTitle());
// Inside itch.io's iframe the game gets keys only once it has focus.
window.focus();
window.addEventListener('pointerdown', () => window.focus());
// Unused defaults stay reachable for the settings view's reset.
void DEFAULT_SETTINGS;
