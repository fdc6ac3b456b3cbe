import * as Phaser from 'phaser';
import type { Emitter } from '../../story/events.ts';
import type { Stage } from '../../story/stage.ts';
import type { Step, StoryRunner } from '../../story/StoryRunner.ts';
import { AssetLoader } from '../AssetLoader.ts';
import { artFile, backdropKey, uiKey } from '../assets.ts';
import type { AccessibleLayer } from '../dom/AccessibleLayer.ts';
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
  reducedMotion: boolean;
  highContrast: boolean;
  textSize: number;
}

/** Facts the play scene announces to the composition root. */
export interface PlayEventMap {
  /** The frame showing the first line of this session has been rendered. */
  firstLinePainted: { at: number };
  /** A line is on screen (after its staging). */
  lineDisplayed: { step: Step };
  /** The story ended and the reader moved on from the last line. */
  runFinished: { ending: Stage['ending'] };
}

/** What the play scene is started with. */
export interface PlayData {
  runner: StoryRunner;
  dom: AccessibleLayer;
  events: Emitter<PlayEventMap>;
  preferences: ReadingPreferences;
  /** Design-to-canvas zoom, so text is drawn at the screen's real pixel density. */
  zoom: number;
  /** Resume on the runner's current step instead of asking for the next one. */
  resume: boolean;
}

const DEPTH = { backdrop: 0, cast: 10, wall: 20, dialogue: 30, choices: 40, card: 50 } as const;
/** A backdrop or portrait that takes longer than this to rasterise is drawn when it arrives. */
const ART_WAIT_MS = 1500;

/** The reading scene: thin, it builds widgets, forwards input, and shows each step of the runner. */
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

  constructor() {
    super('play');
  }

  init(data: PlayData): void {
    this.play = data;
    this.busy = false;
    this.finished = false;
    this.firstLineSeen = false;
  }

  preload(): void {
    for (const id of ['dialogue-box', 'nameplate', 'choice', 'choice-hover', 'card']) {
      const file = artFile(uiKey(id));
      if (file && !this.textures.exists(file.key)) this.load.svg(file.key, file.url);
    }
  }

  create(): void {
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.teardown());
    const { zoom } = this.play;
    this.cameras.main.setZoom(zoom).centerOn(DESIGN.width / 2, DESIGN.height / 2);
    this.loader = new AssetLoader(this, zoom);
    this.backdrop = new Backdrop(this, DEPTH.backdrop);
    this.cast = new Cast(this, DEPTH.cast);
    this.wall = new WallOverlay(this, DEPTH.wall);
    this.dialogue = new DialogueBox(this, DEPTH.dialogue, zoom);
    this.dialogue.setVisible(false);
    this.choices = new ChoiceList(this, DEPTH.choices, zoom, (index) => this.choose(index), (position) => this.play.dom.focus(position));
    this.card = new ChapterCard(this, DEPTH.card, zoom);
    this.applyPreferences(this.play.preferences);
    this.bindInput();
    const { runner, resume } = this.play;
    const step = resume && runner.current ? runner.current : runner.next();
    void this.present(step, resume);
  }

  override update(_time: number, delta: number): void {
    this.dialogue.update(delta);
  }

  /** Applies changed reading preferences at once. */
  applyPreferences(preferences: ReadingPreferences): void {
    this.play.preferences = preferences;
    this.dialogue.setSpeed(preferences.textCps);
    this.dialogue.setHighContrast(preferences.highContrast);
    this.dialogue.setTextSize(preferences.textSize);
  }

  /** Click, Space or Enter: finish the reveal, dismiss a card, or go on to the next line. */
  advance(): void {
    if (this.card.isShowing) return this.card.dismiss(this.play.preferences.reducedMotion);
    if (this.busy || this.choices.isOpen) return;
    if (this.dialogue.isRevealing) return this.dialogue.complete();
    const { runner } = this.play;
    if (runner.current?.ended) return this.finish();
    if (!runner.canAdvance) return;
    void this.present(runner.next(), false);
  }

  private choose(index: number): void {
    this.play.dom.clear();
    this.play.runner.choose(index);
    void this.present(this.play.runner.next(), false);
  }

  private bindInput(): void {
    const keyboard = this.input.keyboard!;
    keyboard.addCapture('SPACE,UP,DOWN,LEFT,RIGHT');
    keyboard.on('keydown', (event: KeyboardEvent) => this.onKey(event));
    this.input.on('pointerdown', (pointer: Phaser.Input.Pointer, over: Phaser.GameObjects.GameObject[]) => {
      if (pointer.button !== 0 || over.length) return;
      this.advance();
    });
  }

  private onKey(event: KeyboardEvent): void {
    if (event.repeat && event.key !== 'Control') return;
    const digit = Number(event.key);
    if (this.choices.isOpen) {
      if (digit >= 1 && digit <= 9) return this.choices.choose(digit - 1);
      if (event.key === 'ArrowDown' || event.key === 'ArrowRight') return this.choices.move(1);
      if (event.key === 'ArrowUp' || event.key === 'ArrowLeft') return this.choices.move(-1);
      // Enter on a focused DOM choice button is that button's click; do not choose twice.
      if ((event.key === 'Enter' || event.key === ' ') && !(document.activeElement instanceof HTMLButtonElement)) {
        this.choices.confirm();
      }
      return;
    }
    if (event.key === ' ' || event.key === 'Enter') this.advance();
  }

  /** Stages a step (loading its art first), then shows its line, choices or the end. */
  private async present(step: Step, resumed: boolean): Promise<void> {
    this.busy = true;
    const { preferences } = this.play;
    await this.loadArtFor(step.stage);
    if (!this.sys.isActive()) return;
    const cut = resumed || step.directives.some((d) => d.kind === 'backdrop' && d.cut);
    this.backdrop.show(step.stage.backdrop, { cut, reducedMotion: preferences.reducedMotion });
    this.cast.show(step.stage.cast, preferences.reducedMotion);
    this.wall.show(step.stage.wall, step.stage.stone, preferences.reducedMotion || resumed);
    if (step.directives.some((d) => d.kind === 'effect' && d.name === 'shake') && !preferences.reducedMotion) {
      this.cameras.main.shake(400, 0.004);
    }
    const chapter = resumed ? undefined : step.directives.find((d) => d.kind === 'chapter');
    if (chapter?.kind === 'chapter') {
      this.dialogue.setVisible(false);
      this.play.dom.say(`Chapter ${chapter.number}: ${chapter.title}`);
      await new Promise<void>((resolve) => this.card.show(chapter.number, chapter.title, preferences.reducedMotion, resolve));
    }
    const pause = step.directives.find((d) => d.kind === 'pause');
    if (pause?.kind === 'pause' && !resumed) await new Promise<void>((resolve) => this.time.delayedCall(pause.seconds * 1000, resolve));
    this.busy = false;
    if (step.line) {
      this.dialogue.setVisible(true);
      this.dialogue.show(step.line, () => this.afterReveal(step));
      this.play.dom.announce(step.line);
      this.play.events.emit('lineDisplayed', { step });
      this.markFirstLine();
    } else {
      this.afterReveal(step);
    }
  }

  private afterReveal(step: Step): void {
    if (step.choices.length) {
      this.dialogue.hideMark();
      this.choices.open(step.choices);
      this.play.dom.offer(step.choices, (position) => this.choices.choose(position));
    } else if (step.ended && !step.line) {
      this.finish();
    }
  }

  private finish(): void {
    if (this.finished) return;
    this.finished = true;
    this.play.events.emit('runFinished', { ending: this.play.runner.stage.ending });
  }

  private markFirstLine(): void {
    if (this.firstLineSeen) return;
    this.firstLineSeen = true;
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => this.play.events.emit('firstLinePainted', { at: performance.now() }));
  }

  private async loadArtFor(stage: Stage): Promise<void> {
    const keys = [...Cast.keysFor(stage.cast), ...(stage.backdrop ? [backdropKey(stage.backdrop)] : [])];
    if (stage.wall > 0) keys.push(...WallOverlay.keys);
    const loaded = this.loader.ensure(keys);
    await Promise.race([loaded, new Promise((resolve) => setTimeout(resolve, ART_WAIT_MS))]);
  }

  /** Clears the stage when the scene stops. */
  private teardown(): void {
    this.cast.clear();
    this.choices.close();
    this.play.dom.clear();
  }
}
