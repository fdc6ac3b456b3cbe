import * as Phaser from 'phaser';
import { type Action, isRequest, type RequestKind } from '../../reading/actions.ts';
import { LONG_PRESS_MS, PressTracker, wheelAction } from '../../reading/gestures.ts';
import { actionForKey, actionForKeyUp, CAPTURED_KEYS, type Keymap } from '../../reading/keymap.ts';
import type { ReadingPreferences } from '../../reading/preferences.ts';
import { autoDelayMs, type ReadingModes } from '../../reading/ReadingModes.ts';
import type { Emitter } from '../../story/events.ts';
import type { Playthrough } from '../../story/Playthrough.ts';
import type { Stage } from '../../story/stage.ts';
import type { Step } from '../../story/StoryRunner.ts';
import type { AssetLoader } from '../AssetLoader.ts';
import { stageArtKeys } from '../assets.ts';
import type { AccessibleLayer } from '../dom/AccessibleLayer.ts';
import type { OpeningHandover } from '../dom/OpeningLine.ts';
import { type Frame, type StagePlace, stagePan } from '../windowLayout.ts';
import { ensureFont, FONT_FAMILIES } from '../faces.ts';
import { DIALOGUE } from '../layout.ts';
import { Backdrop } from '../widgets/Backdrop.ts';
import { Cast, castMotion, STILL } from '../widgets/Cast.ts';
import { ChapterCard } from '../widgets/ChapterCard.ts';
import { ChoiceList } from '../widgets/ChoiceList.ts';
import { CloseUp } from '../widgets/CloseUp.ts';
import { DialogueBox } from '../widgets/DialogueBox.ts';
import { WallOverlay } from '../widgets/WallOverlay.ts';

/** Facts the play scene announces to the composition root. */
export interface PlayEventMap {
  /** The frame showing the first line of this session has been rendered. */
  firstLinePainted: { at: number };
  /** A line (or a choice, or the end) is on screen after its staging; `restored` after a rollback or load. */
  stepDisplayed: { step: Step; restored: boolean };
  /** The story ended and the reader moved on from the last line. */
  runFinished: { ending: Stage['ending'] };
  /** The reader asked for something the composition root shows (menu, backlog, saves). */
  requested: { what: RequestKind };
}

/** What a reading is played with (GameShell.play takes it; the scene adds the rest). */
export interface PlayOptions {
  playthrough: Playthrough;
  preferences: ReadingPreferences;
  /** The reading's modes (auto, skip, hidden, input, staging): the scene keeps none of its own. */
  modes: ReadingModes;
  /** Which keys ask for which action. */
  keymap: Keymap;
  dom: AccessibleLayer;
  events: Emitter<PlayEventMap>;
  /** Has this line been read in any run? (skip's "seen only" mode asks) */
  seen: (lineId: string) => boolean;
  /** Resume on the current step instead of asking for the next one. */
  resume: boolean;
  /** The first line, already on screen before the game had loaded: taken over where the reader is. */
  opening: Opening | null;
}

/** What the play scene is started with. */
export interface PlayData extends PlayOptions {
  /** Design-to-canvas zoom, so text is drawn at the screen's real pixel density. */
  zoom: number;
  /** Where everything goes in the window as it is now (windowLayout.ts frameFor); relayout() takes a new one. */
  frame: Frame;
  /** The game's art loader, with the interface art already loaded (GameShell.play). */
  loader: AssetLoader;
}

/** The opening line shown before the game had loaded (dom/OpeningLine.ts). */
export interface Opening {
  take(): OpeningHandover;
  remove(): void;
}

// The wall stands behind the characters: Iruka in front of what he builds.
const DEPTH = { backdrop: 0, wall: 5, cast: 10, closeup: 20, veil: 25, dialogue: 30, choices: 40, card: 50 } as const;
/** A backdrop or portrait that takes longer than this to rasterise is drawn when it arrives. */
const ART_WAIT_MS = 1500;
/** Skip shows each line for this long. */
const SKIP_STEP_MS = 45;
/** How long the camera takes to pan to whoever speaks, upright. */
const PAN_MS = 650;

/** The reading scene: thin, it builds widgets, forwards input, and shows each step of the playthrough. */
export class PlayScene extends Phaser.Scene {
  private play!: PlayData;
  private loader!: AssetLoader;
  private backdrop!: Backdrop;
  private cast!: Cast;
  private closeup!: CloseUp;
  private wall!: WallOverlay;
  private dialogue!: DialogueBox;
  private choices!: ChoiceList;
  private card!: ChapterCard;
  private modes!: ReadingModes;
  private readonly presses = new PressTracker();
  private firstLineSeen = false;
  private sinceSkipStep = 0;
  private autoTimer: Phaser.Time.TimerEvent | null = null;
  private pressTimer: Phaser.Time.TimerEvent | null = null;
  /** Design x of the stage at the view's left edge (upright the view shows part of the stage). */
  private pan: number | null = null;
  /** Ends the held pause now (a press), while one holds. */
  private endHold: (() => void) | null = null;

  constructor() {
    super('play');
  }

  init(data: PlayData): void {
    this.play = data;
    this.modes = data.modes;
    this.modes.reset();
    this.firstLineSeen = false;
    this.pan = null;
  }

  create(): void {
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.teardown());
    const { zoom, frame } = this.play;
    // Origin at the top left: at scroll 0 a design unit lands at the same pixel as with the camera
    // centred on the 1920x1080 stage, and the scroll is then simply the stage's pan and drop.
    this.cameras.main.setOrigin(0, 0).setZoom(zoom);
    this.placeCamera(frame, null, 0);
    this.loader = this.play.loader;
    this.backdrop = new Backdrop(this, DEPTH.backdrop);
    this.cast = new Cast(this, DEPTH.cast);
    this.closeup = new CloseUp(this, DEPTH.closeup);
    this.wall = new WallOverlay(this, DEPTH.wall);
    this.dialogue = new DialogueBox(this, DEPTH.dialogue, zoom, frame);
    this.dialogue.setVisible(false);
    this.choices = new ChoiceList(
      this,
      DEPTH.choices,
      DEPTH.veil,
      zoom,
      (index) => this.choose(index),
      (position) => this.play.dom.focus(position),
      frame,
    );
    this.card = new ChapterCard(this, DEPTH.card, zoom, frame);
    this.applyPreferences(this.play.preferences);
    this.bindInput();
    const { playthrough, resume } = this.play;
    const step = resume && playthrough.current ? playthrough.current : playthrough.next();
    if (resume) playthrough.resumeFrom(step);
    void this.present(step, resume);
  }

  override update(_time: number, delta: number): void {
    this.dialogue.update(delta);
    if (!this.modes.skipping || this.modes.busy) return;
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
    this.modes.setPressEndsPause(preferences.pressEndsPause);
    this.applyLook(preferences);
    this.play.keymap = preferences.keymap;
  }

  /**
   * Lays the scene out for another window (a phone turned, a window resized): the box, choices and
   * card move, the camera frames the stage anew; the line, its reveal and every mode stay as they are.
   */
  relayout(frame: Frame): void {
    this.play.frame = frame;
    this.dialogue.layout(frame);
    this.choices.layout(frame);
    this.card.layout(frame);
    const step = this.play.playthrough.current;
    this.placeCamera(frame, step ? { cast: step.stage.cast, speaker: step.line?.speaker ?? null } : null, 0);
  }

  /**
   * Frames the stage: lowered to the frame's stageTop and, upright, panned to whoever speaks (over
   * `ms`), keeping the view where it was for narration (windowLayout.ts stagePan).
   */
  private placeCamera(
    frame: Frame,
    on: { cast: readonly StagePlace[]; speaker: string | null } | null,
    ms: number,
  ): void {
    const camera = this.cameras.main;
    const pan = on ? stagePan(frame, on.cast, on.speaker, this.pan) : stagePan(frame, [], null, this.pan);
    this.pan = pan;
    camera.scrollY = -frame.stageTop;
    this.tweens.killTweensOf(camera);
    if (ms <= 0 || camera.scrollX === pan) camera.scrollX = pan;
    else this.tweens.add({ targets: camera, scrollX: pan, duration: ms, ease: 'Sine.easeInOut' });
  }

  /** The reader's face, spacing and box opacity; canvas text is drawn again once a newly chosen face loads. */
  private applyLook(preferences: ReadingPreferences): void {
    const family = FONT_FAMILIES[preferences.font];
    const scale = preferences.textSize / DIALOGUE.textSize;
    this.dialogue.setFontFamily(family);
    this.dialogue.setLineSpacing(preferences.lineSpacing);
    this.dialogue.setOpacity(preferences.boxOpacity);
    this.choices.setLook(scale, family);
    void ensureFont(preferences.font).then(() => {
      if (this.play.preferences !== preferences || !this.sys.isActive()) return;
      this.dialogue.redrawName();
      this.choices.setLook(scale, family, true);
    });
  }

  /** Lets the scene take input, or not (while an overlay is open over it). */
  setInputEnabled(on: boolean): void {
    this.modes.setInput(on);
    if (!on) this.presses.cancel();
    if (!this.modes.auto) this.autoTimer?.remove();
  }

  /** Carries out a reading action, from any input (keys, pointer, the quick bar, a gamepad). */
  perform(action: Action): void {
    if (isRequest(action)) return this.play.events.emit('requested', { what: action.kind });
    switch (action.kind) {
      case 'advance':
        return this.advance();
      case 'rollback':
        return this.goBack(() => this.play.playthrough.rollback());
      case 'returnTo':
        return this.goBack(() => this.play.playthrough.returnTo(action.at));
      case 'rollForward':
        return this.goBack(() => this.play.playthrough.rollForward());
      case 'toggleAuto':
        return this.toggleAuto();
      case 'toggleSkip':
        return this.modes.toggleSkip();
      case 'holdSkip':
        return this.modes.holdSkip(action.on);
      case 'toggleHidden':
        return this.toggleHidden();
      case 'choose':
        if (this.choices.isOpen && !this.modes.hidden) this.choices.choose(action.position);
        return;
      case 'nextChoice':
      case 'previousChoice':
        if (this.choices.isOpen && !this.modes.hidden) this.choices.move(action.kind === 'nextChoice' ? 1 : -1);
        return;
    }
  }

  /** Auto mode: each line moves on by itself once it has been read. */
  private toggleAuto(): void {
    if (this.modes.toggleAuto()) this.scheduleAuto();
    else this.autoTimer?.remove();
  }

  /** Hides or shows the dialogue box and choices, to look at the art. */
  private toggleHidden(): void {
    const hidden = this.modes.toggleHidden();
    this.showInterface(!hidden);
  }

  private showInterface(on: boolean): void {
    this.dialogue.setVisible(on && !!this.play.playthrough.current?.line);
    this.choices.setVisible(on);
  }

  /**
   * Moves through what was already read: back one line (across choices too), back to a backlog
   * line, or forward again. The line is shown whole, and the stage, music and ambience follow.
   */
  private goBack(move: () => Step | null): void {
    if (this.modes.busy) return;
    if (this.card.isShowing) this.card.dismiss(true);
    const step = move();
    if (!step) return;
    this.modes.rolledBack();
    this.autoTimer?.remove();
    this.choices.close();
    this.play.dom.clear();
    void this.present(step, true);
  }

  /** Click, Space or Enter: finish the reveal, dismiss a card, or go on to the next line. */
  private advance(): void {
    if (this.card.isShowing && !this.modes.hidden) this.card.dismiss(this.play.preferences.reducedMotion);
    const { playthrough } = this.play;
    const intent = this.modes.advance({
      revealing: this.dialogue.isRevealing,
      choicesOpen: this.choices.isOpen,
      ended: playthrough.current?.ended ?? false,
      canAdvance: playthrough.runner.canAdvance,
    });
    if (intent === 'unhide') return this.showInterface(true);
    if (intent === 'endPause') return this.endHold?.();
    if (intent === 'choose') {
      this.choices.confirm();
      return;
    }
    if (intent === 'complete') return this.dialogue.complete();
    if (intent === 'finish') return this.finish();
    if (intent !== 'next') return;
    this.autoTimer?.remove();
    void this.present(playthrough.next(), false);
  }

  private skipOne(): void {
    if (this.choices.isOpen) return this.modes.stopSkip();
    if (this.dialogue.isRevealing) return this.dialogue.complete();
    const { playthrough, seen, preferences } = this.play;
    if (playthrough.current?.ended || !playthrough.runner.canAdvance) return this.modes.stopSkip();
    const step = playthrough.next();
    if (step.line)
      this.modes.lineReached({ seen: seen(step.line.id), mode: preferences.skipMode, chapterStart: false });
    void this.present(step, false);
  }

  private scheduleAuto(): void {
    this.autoTimer?.remove();
    const step = this.play.playthrough.current;
    if (!this.modes.auto || !step || this.dialogue.isRevealing || step.choices.length) return;
    const ms = autoDelayMs(this.play.preferences.autoDelay, step.line?.text.length ?? 0);
    this.autoTimer = this.time.delayedCall(ms, () => {
      if (this.modes.auto && this.modes.inputEnabled) this.advance();
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
      const action = actionForKey(event, this.play.keymap);
      if (!action || !this.modes.inputEnabled) return;
      // Enter on a focused DOM choice button is that button's click; do not choose twice.
      const onButton = document.activeElement instanceof HTMLButtonElement;
      if (action.kind === 'advance' && this.choices.isOpen && onButton) return;
      this.perform(action);
    };
    const keyup = (event: KeyboardEvent) => {
      const action = actionForKeyUp(event, this.play.keymap);
      if (action) this.perform(action);
    };
    window.addEventListener('keydown', keydown);
    window.addEventListener('keyup', keyup);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      window.removeEventListener('keydown', keydown);
      window.removeEventListener('keyup', keyup);
    });
    this.bindPointer();
  }

  /** Clicks and taps on the story (not on a choice): through the press tracker, into actions. */
  private bindPointer(): void {
    const act = (action: Action | null) => {
      if (action && this.modes.inputEnabled) this.perform(action);
    };
    this.input.on('pointerdown', (pointer: Phaser.Input.Pointer, over: Phaser.GameObjects.GameObject[]) => {
      if (!this.modes.inputEnabled || over.length) return;
      act(this.presses.down(pointer.button, this.time.now, pointer.worldX, pointer.worldY));
      this.pressTimer?.remove();
      this.pressTimer = this.time.delayedCall(LONG_PRESS_MS, () =>
        act(this.presses.held(this.time.now, pointer.worldX, pointer.worldY)),
      );
    });
    this.input.on('pointerup', (pointer: Phaser.Input.Pointer, over: Phaser.GameObjects.GameObject[]) => {
      this.pressTimer?.remove();
      this.pressTimer = null;
      const action = this.presses.up(pointer.button, pointer.worldX, pointer.worldY);
      // A tap on a choice, or beside choices on offer, is not an advance; a swipe back still counts.
      if ((over.length || this.choices.isOpen) && action?.kind !== 'rollback') return;
      act(action);
    });
    this.input.on('wheel', (_p: Phaser.Input.Pointer, _o: unknown, _dx: number, dy: number) => act(wheelAction(dy)));
  }

  /** Stages a step (loading its art first), then shows its line, choices or the end. */
  private async present(step: Step, restored: boolean): Promise<void> {
    this.modes.startStaging();
    const { preferences } = this.play;
    const quick = preferences.reducedMotion || this.modes.skipping;
    await this.loadArtFor(step.stage);
    if (!this.sys.isActive()) return;
    const cut = restored || step.directives.some((d) => d.kind === 'backdrop' && d.cut);
    this.backdrop.show(step.stage.backdrop, { cut, reducedMotion: quick });
    // A step gone back to (or loaded) is shown as it stands: nobody walks it again.
    this.cast.show(step.stage.cast, quick, restored ? STILL : castMotion(step.directives));
    this.closeup.show(step.stage.closeup, step.stage.cast, quick || restored);
    // A new scene is framed afresh; within one, the camera follows the voice.
    if (step.directives.some((d) => d.kind === 'backdrop')) this.pan = null;
    const panMs = quick || cut ? 0 : PAN_MS;
    this.placeCamera(this.play.frame, { cast: step.stage.cast, speaker: step.line?.speaker ?? null }, panMs);
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
      this.modes.lineReached({ seen: true, mode: 'all', chapterStart: true });
      if (!handover?.spoken) this.play.dom.heading(chapter.number, chapter.title);
      this.card.show(chapter.number, chapter.title, preferences.reducedMotion, () => undefined);
    }
    const pause = step.directives.find((d) => d.kind === 'pause');
    if (pause?.kind === 'pause' && !restored && !this.modes.skipping) await this.hold(pause.seconds);
    if (!this.sys.isActive()) return;
    const pressedMeanwhile = this.modes.finishStaging();
    this.play.events.emit('stepDisplayed', { step, restored });
    if (step.line) {
      this.dialogue.setVisible(!this.modes.hidden);
      // A line gone back to was read already: it is shown whole, not typed in again.
      const shown = restored ? step.line.text.length : (handover?.shown ?? 0);
      this.dialogue.show(step.line, () => this.afterReveal(step), shown);
      if (!handover?.spoken) this.play.dom.announce(step.line);
      this.markFirstLine();
      if (opening) this.game.events.once(Phaser.Core.Events.POST_RENDER, () => opening.remove());
      if (handover?.advance || pressedMeanwhile) this.advance();
    } else {
      opening?.remove();
      this.afterReveal(step);
    }
  }

  /**
   * Holds the scene's breath before a line: the old line stays, its continue mark hidden, for
   * `seconds`, or until a press ends it (ReadingModes decides whether a press may).
   */
  private hold(seconds: number): Promise<void> {
    this.modes.startPause();
    this.dialogue.hideMark();
    return new Promise<void>((resolve) => {
      const done = () => {
        timer.remove();
        this.endHold = null;
        this.modes.endPause();
        resolve();
      };
      const timer = this.time.delayedCall(seconds * 1000, done);
      this.endHold = done;
    });
  }

  private afterReveal(step: Step): void {
    if (step.choices.length) {
      this.dialogue.hideMark();
      this.choices.open(step.choices);
      this.choices.setVisible(!this.modes.hidden);
      this.play.dom.offer(step.choices, (position) => this.choices.choose(position));
      this.modes.choicesOffered();
    } else if (step.ended && !step.line) {
      this.finish();
    } else {
      this.scheduleAuto();
    }
  }

  private finish(): void {
    if (!this.modes.finish()) return;
    this.autoTimer?.remove();
    this.play.events.emit('runFinished', { ending: this.play.playthrough.runner.stage.ending });
  }

  private markFirstLine(): void {
    if (this.firstLineSeen) return;
    this.firstLineSeen = true;
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () =>
      this.play.events.emit('firstLinePainted', { at: performance.now() }),
    );
  }

  /**
   * Waits for the stage's art, at most ART_WAIT_MS; art that arrives later is drawn in when it
   * comes, into whatever stage is on screen then (a busy machine must not leave a scene bare).
   */
  private async loadArtFor(stage: Stage): Promise<void> {
    let late = false;
    const loaded = this.loader.ensure(stageArtKeys(stage)).then(() => {
      const now = this.play.playthrough.current?.stage;
      if (!late || !now || !this.sys.isActive()) return;
      this.backdrop.redraw();
      this.cast.redraw(now.cast);
      this.closeup.redraw(now.cast);
    });
    await Promise.race([loaded, new Promise((resolve) => setTimeout(resolve, ART_WAIT_MS))]);
    late = true;
  }

  /** Clears the stage when the scene stops. */
  private teardown(): void {
    this.play.opening?.remove();
    this.autoTimer?.remove();
    this.pressTimer?.remove();
    this.cast.clear();
    this.closeup.clear();
    this.choices.close();
    this.dialogue.destroy();
    this.play.dom.clear();
  }

  /** Adds what the canvas does not draw (the words of the line) to a small picture of it. */
  drawTextInto(context: CanvasRenderingContext2D, scale: number): void {
    this.dialogue.drawTextInto(context, scale);
  }
}
