import * as Phaser from 'phaser';
import type { Emitter } from '../../story/events.ts';
import type { Playthrough } from '../../story/Playthrough.ts';
import type { Stage } from '../../story/stage.ts';
import type { Step } from '../../story/StoryRunner.ts';
import type { AssetLoader } from '../AssetLoader.ts';
import { stageArtKeys } from '../assets.ts';
import type { AccessibleLayer } from '../dom/AccessibleLayer.ts';
import type { OpeningHandover } from '../dom/OpeningLine.ts';
import { DESIGN } from '../layout.ts';
import { Backdrop } from '../widgets/Backdrop.ts';
import { Cast } from '../widgets/Cast.ts';
import { ChapterCard } from '../widgets/ChapterCard.ts';
import { ChoiceList } from '../widgets/ChoiceList.ts';
import { DialogueBox } from '../widgets/DialogueBox.ts';
import { WallOverlay } from '../widgets/WallOverlay.ts';

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
  skipMode: 'seen' | 'all';
}

/** Facts the play scene announces to the composition root. */
export interface PlayEventMap {
  /** The frame showing the first line of this session has been rendered. */
  firstLinePainted: { at: number };
  /** A line (or a choice, or the end) is on screen after its staging; `restored` after a rollback or load. */
  stepDisplayed: { step: Step; restored: boolean };
  /** The story ended and the reader moved on from the last line. */
  runFinished: { ending: Stage['ending'] };
  /** Auto or skip was switched on or off (by a key, or by skip reaching an unseen line). */
  modesChanged: { auto: boolean; skip: boolean };
  /** The reader asked for something the composition root shows (menu, backlog, saves). */
  requested: { what: 'menu' | 'backlog' | 'quickSave' | 'quickLoad' };
}

/** What the play scene is started with. */
export interface PlayData {
  playthrough: Playthrough;
  dom: AccessibleLayer;
  events: Emitter<PlayEventMap>;
  preferences: ReadingPreferences;
  /** Has this line been read in any run? (skip's "seen only" mode asks) */
  seen: (lineId: string) => boolean;
  /** Design-to-canvas zoom, so text is drawn at the screen's real pixel density. */
  zoom: number;
  /** Resume on the current step instead of asking for the next one. */
  resume: boolean;
  /** The game's art loader, with the interface art already loaded (GameShell.play). */
  loader: AssetLoader;
  /** The first line, already on screen before the game had loaded: taken over where the reader is. */
  opening: Opening | null;
}

/** The opening line shown before the game had loaded (dom/OpeningLine.ts). */
export interface Opening {
  take(): OpeningHandover;
  remove(): void;
}

// The wall stands behind the characters: Iruka in front of what he builds.
const DEPTH = { backdrop: 0, wall: 5, cast: 10, veil: 25, dialogue: 30, choices: 40, card: 50 } as const;
/** A backdrop or portrait that takes longer than this to rasterise is drawn when it arrives. */
const ART_WAIT_MS = 1500;
/** Skip shows each line for this long. */
const SKIP_STEP_MS = 45;
/** Keys whose browser default (scrolling, moving focus) the reading takes over. */
const CAPTURED_KEYS = new Set([' ', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Tab', 'PageUp']);
/** A touch held this long opens the menu instead of advancing. */
const LONG_PRESS_MS = 600;

/** The reading scene: thin, it builds widgets, forwards input, and shows each step of the playthrough. */
export class PlayScene extends Phaser.Scene {
  private play!: PlayData;
  private loader!: AssetLoader;
  private backdrop!: Backdrop;
  private cast!: Cast;
  private wall!: WallOverlay;
  private dialogue!: DialogueBox;
  private choices!: ChoiceList;
  private card!: ChapterCard;
  private busy = false;
  private finished = false;
  private firstLineSeen = false;
  private auto = false;
  private skip = false;
  private skipHeld = false;
  private hidden = false;
  private inputOn = true;
  private sinceSkipStep = 0;
  private autoTimer: Phaser.Time.TimerEvent | null = null;
  private pressTimer: Phaser.Time.TimerEvent | null = null;
  private longPressed = false;

  constructor() {
    super('play');
  }

  init(data: PlayData): void {
    this.play = data;
    this.busy = false;
    this.finished = false;
    this.firstLineSeen = false;
    this.auto = false;
    this.skip = false;
    this.skipHeld = false;
    this.hidden = false;
    this.inputOn = true;
  }

  create(): void {
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.teardown());
    const { zoom } = this.play;
    this.cameras.main.setZoom(zoom).centerOn(DESIGN.width / 2, DESIGN.height / 2);
    this.loader = this.play.loader;
    this.backdrop = new Backdrop(this, DEPTH.backdrop);
    this.cast = new Cast(this, DEPTH.cast);
    this.wall = new WallOverlay(this, DEPTH.wall);
    this.dialogue = new DialogueBox(this, DEPTH.dialogue, zoom);
    this.dialogue.setVisible(false);
    this.choices = new ChoiceList(this, DEPTH.choices, DEPTH.veil, zoom, (index) => this.choose(index), (position) => this.play.dom.focus(position));
    this.card = new ChapterCard(this, DEPTH.card, zoom);
    this.applyPreferences(this.play.preferences);
    this.bindInput();
    const { playthrough, resume } = this.play;
    const step = resume && playthrough.current ? playthrough.current : playthrough.next();
    if (resume) playthrough.resumeFrom(step);
    void this.present(step, resume);
  }

  override update(_time: number, delta: number): void {
    this.dialogue.update(delta);
    if (!this.skipping || this.busy) return;
    this.sinceSkipStep += delta;
    if (this.sinceSkipStep < SKIP_STEP_MS) return;
    this.sinceSkipStep = 0;
    this.skipOne();
  }

  /** Applies changed reading preferences at once. */
  applyPreferences(preferences: ReadingPreferences): void {
    this.play.preferences = preferences;
    this.dialogue.setSpeed(preferences.textCps);
    this.dialogue.setHighContrast(preferences.highContrast);
    this.dialogue.setTextSize(preferences.textSize);
  }

  /** Lets the scene take input, or not (while an overlay is open over it). */
  setInputEnabled(on: boolean): void {
    this.inputOn = on;
    if (!on) {
      this.skipHeld = false;
      this.setModes(false, false);
    }
  }

  /** Auto mode: each line moves on by itself once it has been read. */
  toggleAuto(): void {
    this.setModes(!this.auto, false);
    if (this.auto) this.scheduleAuto();
  }

  /** Skip mode: races through lines already read (or all), stopping at choices, unseen lines and chapter cards. */
  toggleSkip(): void {
    this.setModes(false, !this.skip);
  }

  /** Hides or shows the dialogue box and choices, to look at the art. */
  toggleHidden(): void {
    this.hidden = !this.hidden;
    const step = this.play.playthrough.current;
    this.dialogue.setVisible(!this.hidden && !!step?.line);
    this.choices.setVisible(!this.hidden);
  }

  /** Steps back one line (across choices too); the stage, music and ambience follow. */
  rollback(): void {
    if (this.busy) return;
    if (this.card.isShowing) this.card.dismiss(true);
    const step = this.play.playthrough.rollback();
    if (!step) return;
    this.setModes(false, false);
    this.choices.close();
    this.play.dom.clear();
    this.finished = false;
    void this.present(step, true);
  }

  /** Click, Space or Enter: finish the reveal, dismiss a card, or go on to the next line. */
  advance(): void {
    if (this.hidden) return this.toggleHidden();
    if (this.card.isShowing) this.card.dismiss(this.play.preferences.reducedMotion);
    if (this.busy || this.choices.isOpen) return;
    if (this.dialogue.isRevealing) return this.dialogue.complete();
    const { playthrough } = this.play;
    if (playthrough.current?.ended) return this.finish();
    if (!playthrough.runner.canAdvance) return;
    this.autoTimer?.remove();
    void this.present(playthrough.next(), false);
  }

  private get skipping(): boolean {
    return this.skip || this.skipHeld;
  }

  private skipOne(): void {
    if (this.choices.isOpen) return this.setModes(this.auto, false);
    if (this.dialogue.isRevealing) return this.dialogue.complete();
    const { playthrough, seen, preferences } = this.play;
    if (playthrough.current?.ended || !playthrough.runner.canAdvance) return this.setModes(false, false);
    const step = playthrough.next();
    // Ink cannot peek ahead: skip stops on arriving at a line never read before (it is shown, not passed).
    const unseen = step.line !== null && preferences.skipMode === 'seen' && !seen(step.line.id);
    if (unseen) {
      this.skipHeld = false;
      this.setModes(this.auto, false);
    }
    void this.present(step, false);
  }

  private setModes(auto: boolean, skip: boolean): void {
    const changed = auto !== this.auto || skip !== this.skip;
    this.auto = auto;
    this.skip = skip;
    if (!auto) this.autoTimer?.remove();
    if (changed) this.play.events.emit('modesChanged', { auto, skip });
  }

  private scheduleAuto(): void {
    this.autoTimer?.remove();
    const step = this.play.playthrough.current;
    if (!this.auto || !step || this.dialogue.isRevealing || step.choices.length) return;
    const length = step.line?.text.length ?? 0;
    // A longer line waits longer: the setting is the wait for a line of about 100 characters.
    const ms = this.play.preferences.autoDelay * 1000 * (0.5 + Math.min(length, 320) / 200);
    this.autoTimer = this.time.delayedCall(ms, () => {
      if (this.auto && this.inputOn) this.advance();
    });
  }

  private choose(index: number): void {
    this.play.dom.clear();
    this.play.playthrough.choose(index);
    void this.present(this.play.playthrough.next(), false);
  }

  private bindInput(): void {
    // Keys straight from the page, not through Phaser's keyboard plugin: Phaser 4.2 handles each key
    // event as it arrives, but then reads again every key event queued in the same frame, guarded
    // only against repeating the one just handled. Keys pressed close together were taken twice:
    // under load, a Tab just after a Space switched skip on and off again. Menus and buttons stop
    // the keys they use before the keys reach the window.
    const keydown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const modified = event.altKey || event.ctrlKey || event.metaKey || event.shiftKey;
      if (!modified && CAPTURED_KEYS.has(event.key)) event.preventDefault();
      if (this.inputOn) this.onKey(event);
    };
    const keyup = (event: KeyboardEvent) => {
      if (event.key === 'Control') this.skipHeld = false;
    };
    window.addEventListener('keydown', keydown);
    window.addEventListener('keyup', keyup);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      window.removeEventListener('keydown', keydown);
      window.removeEventListener('keyup', keyup);
    });
    this.input.on('pointerdown', (pointer: Phaser.Input.Pointer, over: Phaser.GameObjects.GameObject[]) => {
      if (!this.inputOn) return;
      if (pointer.button === 2) return this.play.events.emit('requested', { what: 'menu' });
      if (pointer.button !== 0 || over.length) return;
      this.longPressed = false;
      this.pressTimer?.remove();
      this.pressTimer = this.time.delayedCall(LONG_PRESS_MS, () => {
        this.longPressed = true;
        this.play.events.emit('requested', { what: 'menu' });
      });
    });
    this.input.on('pointerup', (pointer: Phaser.Input.Pointer, over: Phaser.GameObjects.GameObject[]) => {
      this.pressTimer?.remove();
      this.pressTimer = null;
      if (!this.inputOn || pointer.button !== 0 || over.length || this.longPressed) return;
      this.advance();
    });
    this.input.on('wheel', (_p: Phaser.Input.Pointer, _o: unknown, _dx: number, dy: number) => {
      if (this.inputOn && dy < 0) this.play.events.emit('requested', { what: 'backlog' });
    });
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'Control') {
      this.skipHeld = true;
      return;
    }
    if (event.repeat) return;
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    switch (key) {
      case 'Tab':
        event.preventDefault();
        return this.toggleSkip();
      case 'a':
        return this.toggleAuto();
      case 'h':
        return this.toggleHidden();
      case 'PageUp':
        return this.rollback();
      case 'l':
        return this.play.events.emit('requested', { what: 'backlog' });
      case 'Escape':
        return this.play.events.emit('requested', { what: 'menu' });
      case 'F5':
        event.preventDefault();
        return this.play.events.emit('requested', { what: 'quickSave' });
      case 'F9':
        event.preventDefault();
        return this.play.events.emit('requested', { what: 'quickLoad' });
    }
    const digit = Number(event.key);
    if (this.choices.isOpen && !this.hidden) {
      if (digit >= 1 && digit <= 9) return this.choices.choose(digit - 1);
      if (key === 'ArrowDown' || key === 'ArrowRight') return this.choices.move(1);
      if (key === 'ArrowUp' || key === 'ArrowLeft') return this.choices.move(-1);
      // Enter on a focused DOM choice button is that button's click; do not choose twice.
      if ((key === 'Enter' || key === ' ') && !(document.activeElement instanceof HTMLButtonElement)) {
        this.choices.confirm();
      }
      return;
    }
    if (key === ' ' || key === 'Enter') {
      if (this.skip) this.setModes(this.auto, false);
      this.advance();
    }
  }

  /** Stages a step (loading its art first), then shows its line, choices or the end. */
  private async present(step: Step, restored: boolean): Promise<void> {
    this.busy = true;
    const { preferences } = this.play;
    const quick = preferences.reducedMotion || this.skipping;
    await this.loadArtFor(step.stage);
    if (!this.sys.isActive()) return;
    const cut = restored || step.directives.some((d) => d.kind === 'backdrop' && d.cut);
    this.backdrop.show(step.stage.backdrop, { cut, reducedMotion: quick });
    this.cast.show(step.stage.cast, quick);
    const wallMoment = step.directives.some((d) => d.kind === 'wall' || (d.kind === 'effect' && d.name === 'stone'));
    this.wall.show(step.stage.wall, step.stage.stone, wallMoment && !restored, quick || restored);
    if (step.directives.some((d) => d.kind === 'effect' && d.name === 'shake') && !preferences.reducedMotion) {
      this.cameras.main.shake(400, 0.004);
    }
    // The opening line may already be on screen (and spoken): carry on from where the reader is.
    const opening = this.play.opening;
    const handover = opening && step.line ? opening.take() : null;
    this.play.opening = null;
    const chapter = restored ? undefined : step.directives.find((d) => d.kind === 'chapter');
    if (chapter?.kind === 'chapter') {
      // Skip stops at a chapter's start; the card shows over the scene while its first line begins.
      this.setModes(this.auto, false);
      this.skipHeld = false;
      if (!handover?.spoken) this.play.dom.say(`Chapter ${chapter.number}: ${chapter.title}`);
      this.card.show(chapter.number, chapter.title, preferences.reducedMotion, () => undefined);
    }
    const pause = step.directives.find((d) => d.kind === 'pause');
    if (pause?.kind === 'pause' && !restored && !this.skipping) {
      await new Promise<void>((resolve) => this.time.delayedCall(pause.seconds * 1000, resolve));
    }
    if (!this.sys.isActive()) return;
    this.busy = false;
    this.play.events.emit('stepDisplayed', { step, restored });
    if (step.line) {
      this.dialogue.setVisible(!this.hidden);
      this.dialogue.show(step.line, () => this.afterReveal(step), handover?.shown ?? 0);
      if (!handover?.spoken) this.play.dom.announce(step.line);
      this.markFirstLine();
      if (opening) this.game.events.once(Phaser.Core.Events.POST_RENDER, () => opening.remove());
      if (handover?.advance) this.advance();
    } else {
      opening?.remove();
      this.afterReveal(step);
    }
  }

  private afterReveal(step: Step): void {
    if (step.choices.length) {
      this.dialogue.hideMark();
      this.choices.open(step.choices);
      this.choices.setVisible(!this.hidden);
      this.play.dom.offer(step.choices, (position) => this.choices.choose(position));
      this.setModes(this.auto, false);
    } else if (step.ended && !step.line) {
      this.finish();
    } else {
      this.scheduleAuto();
    }
  }

  private finish(): void {
    if (this.finished) return;
    this.finished = true;
    this.setModes(false, false);
    this.play.events.emit('runFinished', { ending: this.play.playthrough.runner.stage.ending });
  }

  private markFirstLine(): void {
    if (this.firstLineSeen) return;
    this.firstLineSeen = true;
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => this.play.events.emit('firstLinePainted', { at: performance.now() }));
  }

  private async loadArtFor(stage: Stage): Promise<void> {
    const loaded = this.loader.ensure(stageArtKeys(stage));
    await Promise.race([loaded, new Promise((resolve) => setTimeout(resolve, ART_WAIT_MS))]);
  }

  /** Clears the stage when the scene stops. */
  private teardown(): void {
    this.play.opening?.remove();
    this.autoTimer?.remove();
    this.pressTimer?.remove();
    this.cast.clear();
    this.choices.close();
    this.dialogue.destroy();
    this.play.dom.clear();
  }

  /** Adds what the canvas does not draw (the words of the line) to a small picture of it. */
  drawTextInto(context: CanvasRenderingContext2D, scale: number): void {
    this.dialogue.drawTextInto(context, scale);
  }
}

/** Typewriter speed from the reader's setting: 0 means instant. */
export function revealSpeed(textSpeed: number): number {
  return textSpeed <= 0 ? Infinity : textSpeed;
}

