// The screens over the story and the title, built and connected in one place: the menu and what it
// opens (saves, backlog, settings), the quick bar, the replay screens (endings, route map, chapters,
// credits). It decides no rule of reading or saving: what each button does comes in as a callback,
// and the story's input is handed back when the last screen over it closes.
import type { Profile, Settings } from '../../persistence/profile.ts';
import type { SlotId } from '../../persistence/SaveSlots.ts';
import type { BacklogEntry } from '../../story/Playthrough.ts';
import type { ChapterLines, ReplayGraph } from '../../story/routeMap.ts';
import { BacklogView } from './BacklogView.ts';
import { artFile, backdropKey } from '../assets.ts';
import { DIALOGUE } from '../layout.ts';
import { type ChapterCard, ChapterSelectView, chaptersReached } from './ChapterSelectView.ts';
import { confirmImport } from './ConfirmDialog.ts';
import { type BuildLabel, CreditsView } from './CreditsView.ts';
import { type EndingCard, EndingsView } from './EndingsView.ts';
import { MenuView } from './MenuView.ts';
import { Overlay } from './Overlay.ts';
import { QuickBar, type QuickBarState } from './QuickBar.ts';
import type { RouteMapView } from './RouteMapView.ts';
import { speechAvailable } from './selfVoicing.ts';
import type { AccessibilityView } from './AccessibilityView.ts';
import type { SettingsContext, SettingsView } from './SettingsView.ts';
import { type SlotSource, SlotsView } from './SlotsView.ts';

/** An import read and planned (reading/saveTransfer.ts's PreparedImport fits). */
export type ImportReading =
  | { ok: true; preview: Parameters<typeof confirmImport>[1]; apply: () => string }
  | { ok: false; message: string };

/** What the screens' buttons do: the composition root's side. */
export interface ScreensCallbacks {
  /** The story under the screens takes input, or not. */
  storyInput(on: boolean): void;
  /** A reading is on screen (the story, not the title or the end screen). */
  reading(): boolean;
  /** The backlog of the reading under way. */
  backlog(): readonly BacklogEntry[];
  /** Returns the story to moment `at` (a backlog line picked). */
  returnTo(at: number): void;
  /** A reading action from the quick bar (auto, skip, hide). */
  act(kind: 'rollback' | 'toggleAuto' | 'toggleSkip' | 'toggleHidden'): void;
  /** Saves the reading into slot `id`. */
  save(id: SlotId): Promise<void>;
  /** Starts a reading from slot `id` (the screens over it have closed). */
  load(id: SlotId): void;
  deleteSlot(id: SlotId): void;
  /** Every save as a file (downloaded) and as a code to copy. */
  exportSaves(): { fileName: string; json: string; code: string };
  /** Reads an export; nothing is written until its `apply`. */
  prepareImport(text: string): ImportReading;
  /** Shows a short message. */
  tell(message: string): void;
  /** The saves or the profile changed (an import, a deletion): the title shows it. */
  changed(): void;
  settings(): Settings;
  changeSettings(changes: Partial<Settings>): void;
  resetSettings(): void;
  /** Back to the title from the menu. */
  toTitle(): void;
  /** A reading from a chapter, or from a route-map point. */
  startChapter(number: number): void;
  startFromNode(id: string): void;
}

/** What keeping a reading offers, wired once the game has loaded (dom/keeping.ts); each view calls `onClose` on closing. */
export interface KeepingHooks {
  /** Opens "Previously..." for the reading under way. */
  recap(onClose: () => void): void;
  /** Opens the reading's transcript and a line to share. */
  keep(onClose: () => void): void;
}

/** The overlays the story and the title open. */
export class Screens {
  readonly quickBar: QuickBar;
  /** The settings panel, loaded the first time it is opened (as the accessibility panel is). */
  private settingsView: Promise<SettingsView> | null = null;
  private readonly slotsView: SlotsView;
  private readonly backlogView: BacklogView;
  private readonly menu: MenuView;
  private readonly endingsView: EndingsView;
  private readonly creditsView: CreditsView;
  private readonly chapterView: ChapterSelectView;
  /** Loaded when the map is first opened: it is not in the title's bytes. */
  private routeMapView: Promise<RouteMapView> | null = null;
  private readonly afterReplay: () => void;
  private keeping: KeepingHooks | null = null;
  /** The accessibility panel, loaded the first time it is opened. */
  private accessibility: Promise<AccessibilityView> | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly slots: SlotSource,
    private readonly on: ScreensCallbacks,
  ) {
    const resume = () => this.resumeStory();
    this.applyLook(true);
    this.slotsView = this.makeSlotsView(resume);
    this.backlogView = new BacklogView(root, {
      onClose: resume,
      onKeep: () => this.keeping?.keep(() => undefined),
      onReturnTo: (at) => {
        this.on.returnTo(at);
        resume();
      },
    });
    this.menu = new MenuView(root, {
      onResume: resume,
      onSave: () => this.slotsView.open('save', slots),
      onLoad: () => this.slotsView.open('load', slots),
      onBacklog: () => this.backlogView.open(on.backlog()),
      onRecap: () => this.keeping?.recap(() => undefined),
      onSettings: () => this.openSettings(),
      onTitle: () => {
        this.menu.close();
        on.toTitle();
      },
      onClose: resume,
    });
    this.quickBar = new QuickBar(root, {
      onBack: () => on.act('rollback'),
      onAuto: () => on.act('toggleAuto'),
      onSkip: () => on.act('toggleSkip'),
      onLog: () => this.openOver('backlog'),
      onSave: () => this.openOver('save'),
      onLoad: () => this.openOver('load'),
      onMenu: () => this.openOver('menu'),
      onHide: () => on.act('toggleHidden'),
    });
    this.quickBar.setVisible(false);
    // Over a reading, closing a replay screen gives the story its keys back (the Overlay gives focus back).
    const afterReplay = () => {
      if (on.reading()) resume();
    };
    this.endingsView = new EndingsView(root, { onClose: afterReplay });
    this.creditsView = new CreditsView(root, { onClose: afterReplay });
    this.chapterView = new ChapterSelectView(root, { onPick: (n) => on.startChapter(n), onClose: afterReplay });
    this.afterReplay = afterReplay;
  }

  /** Opens a screen over the story: the story stops taking input until the last one closes. */
  openOver(what: 'menu' | 'backlog' | 'save' | 'load'): void {
    if (!this.on.reading() || Overlay.anyOpen()) return;
    this.on.storyInput(false);
    if (what === 'menu') this.menu.open();
    if (what === 'backlog') this.backlogView.open(this.on.backlog());
    if (what === 'save' || what === 'load') this.slotsView.open(what, this.slots);
  }

  /** Lets the menu, the backlog and the returning reader reach what keeping a reading offers. */
  keep(hooks: KeepingHooks): void {
    this.keeping = hooks;
  }

  /** "Previously..." over the story, as `openOver` opens the menu: the story waits until it closes. */
  openRecap(): void {
    if (!this.keeping || !this.on.reading() || Overlay.anyOpen()) return;
    this.on.storyInput(false);
    this.keeping.recap(() => this.resumeStory());
  }

  /** Gives the story its input back once no overlay is open (a refused load from the menu, say). */
  resumeStory(): void {
    queueMicrotask(() => {
      if (Overlay.anyOpen()) return;
      this.on.storyInput(true);
    });
  }

  /** The save slots, to load from (the title's Load). */
  openLoad(): void {
    this.slotsView.open('load', this.slots);
  }

  openSettings(): void {
    this.settingsView ??= import('./SettingsView.ts').then(({ SettingsView }) => this.makeSettingsView(SettingsView));
    void this.settingsView.then((view) => view.open(this.on.settings(), settingsContext()));
  }

  private makeSettingsView(View: typeof SettingsView): SettingsView {
    const on = this.on;
    const view: SettingsView = new View(this.root, {
      onChange: (changes) => this.changeSettings(changes),
      onReset: () => {
        on.resetSettings();
        this.applyLook();
        view.update(on.settings());
      },
      onAccessibility: () => this.openAccessibility(),
      onFullscreen: () => {
        const request = document.fullscreenElement
          ? document.exitFullscreen()
          : document.documentElement.requestFullscreen();
        const done = () => view.update(on.settings(), { fullscreen: document.fullscreenElement !== null });
        void request.then(done, done);
      },
      onClose: () => this.resumeStory(),
    });
    return view;
  }

  /** The accessibility panel (its code loads the first time). */
  openAccessibility(): void {
    this.accessibility ??= import('./AccessibilityView.ts').then(
      ({ AccessibilityView }) =>
        new AccessibilityView(this.root, {
          onChange: (changes) => this.changeSettings(changes),
          onClose: () => this.resumeStory(),
        }),
    );
    void this.accessibility.then((view) => view.open(this.on.settings(), settingsContext()));
  }

  private changeSettings(changes: Partial<Settings>): void {
    this.on.changeSettings(changes);
    if ('font' in changes || 'textSize' in changes) this.applyLook();
  }

  /**
   * The reader's face and text size on the page (dom/pageLook.ts, loaded when first needed): at start
   * only for a reader who changed them, so the title of everyone else loads none of it.
   */
  private applyLook(atStart = false): void {
    const { font, textSize } = this.on.settings();
    if (atStart && font === 'literata' && textSize === DIALOGUE.textSize) return;
    void import('./pageLook.ts').then(({ applyPageLook }) => applyPageLook(this.on.settings()));
  }

  /** The endings gallery; each card's picture is its ending's last backdrop. */
  openEndings(
    endings: readonly (EndingCard & { backdrop: string | null })[],
    reached: ReadonlyMap<string, string>,
    finishedOnce: boolean,
  ): void {
    const pictures = Object.fromEntries(
      endings.flatMap((e) => {
        const url = e.backdrop ? artFile(backdropKey(e.backdrop))?.url : undefined;
        return url ? [[e.id, url]] : [];
      }),
    );
    this.endingsView.open(endings, reached, finishedOnce, pictures);
  }

  /**
   * The route map of `profile`'s discoveries, with this reading's `route`; `details` (the lines of each
   * chapter, a lazily imported module) and the view itself load on the first open.
   */
  async openRouteMap(
    replay: { graph: ReplayGraph; endings: readonly { id: string; hint: string }[] },
    profile: Pick<Profile, 'routeMap' | 'linesSeen' | 'completedRuns' | 'endings'>,
    route: readonly string[],
    details: Promise<{ default: { chapterLines: readonly ChapterLines[] } }>,
  ): Promise<void> {
    this.routeMapView ??= import('./RouteMapView.ts').then(
      ({ RouteMapView }) =>
        new RouteMapView(this.root, { onStartFrom: (id) => this.on.startFromNode(id), onClose: this.afterReplay }),
    );
    const [view, { chapterLines }] = await Promise.all([this.routeMapView, details.then((m) => m.default)]);
    const finishedOnce = profile.completedRuns > 0 || profile.endings.size > 0;
    const hints = new Map(replay.endings.filter((e) => e.hint).map((e) => [`ending:${e.id}`, e.hint]));
    view.open(replay.graph, profile.routeMap, route, finishedOnce, {
      hints,
      chapterLines,
      linesSeen: profile.linesSeen,
    });
  }

  /** Chapter select: the first chapter, and every chapter where something of the map was found. */
  openChapters(
    chapters: readonly ChapterCard[],
    nodes: readonly { id: string; chapter: number | null }[],
    found: ReadonlySet<string>,
  ): void {
    this.chapterView.open(chapters, new Set([chapters[0]?.number ?? 1, ...chaptersReached(nodes, found)]));
  }

  openCredits(build: BuildLabel): void {
    this.creditsView.open(build);
  }

  /** The quick bar shows auto and skip as they are. */
  setModes(state: QuickBarState): void {
    this.quickBar.setState(state);
  }

  private makeSlotsView(resume: () => void): SlotsView {
    const view: SlotsView = new SlotsView(this.root, {
      onPick: (id) => {
        if (view.mode === 'save') return void this.on.save(id).then(() => view.refresh());
        view.close();
        this.menu.close();
        this.on.load(id);
      },
      onDelete: (id) => {
        this.on.deleteSlot(id);
        this.on.changed();
      },
      onExport: () => this.download(view),
      onImportFile: (file) => void file.text().then((text) => this.importText(view, text)),
      onImportCode: (code) => void this.importText(view, code),
      onClose: resume,
    });
    return view;
  }

  /** Downloads every save, and shows the same as a code (some mobile frames cannot download). */
  download(view: SlotsView = this.slotsView): void {
    const saved = this.on.exportSaves();
    downloadFile(saved.fileName, saved.json);
    view.showExportCode(saved.code);
  }

  private async importText(view: SlotsView, text: string): Promise<void> {
    const prepared = this.on.prepareImport(text);
    if (!prepared.ok) return this.on.tell(prepared.message);
    if (!(await confirmImport(this.root, prepared.preview))) return;
    const message = prepared.apply();
    view.refresh();
    this.on.changed();
    this.on.tell(message);
  }
}

/** What the settings panels need to know of the browser now. */
function settingsContext(): SettingsContext {
  return {
    fullscreenAvailable: document.fullscreenEnabled,
    fullscreen: document.fullscreenElement !== null,
    systemReducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
    speechAvailable: speechAvailable(),
  };
}

/** Offers `text` as a file to download (JSON). */
export function downloadFile(fileName: string, text: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
