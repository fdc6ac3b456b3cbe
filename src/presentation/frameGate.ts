import * as Phaser from 'phaser';
import { displaySignature, Fingerprint, type Drawable } from './fingerprint.ts';

/**
 * Draws a frame only when the picture changed.
 *
 * Phaser redraws the whole canvas every animation frame, and the browser then copies the whole
 * canvas into the page. While the player reads a finished line nothing moves, yet each frame still
 * costs a full redraw: on a machine without a GPU compositor that is most of a frame's budget, which
 * delays the frame that shows the next line and keeps the fan of a cheap laptop spinning.
 *
 * The gate keeps Phaser's loop (input, timers, tweens and scene updates run every frame as before)
 * and skips only the drawing when a fingerprint of what is on screen (`displaySignature`: every
 * visible object's position, size, alpha, texture, tint, crop and text; the cameras; the canvas
 * size) is the same as at the last drawn frame. A running camera shake or fade always draws, a
 * request (`drawNext`, e.g. for a screenshot) draws, and a frame is drawn at least every second,
 * so nothing this fingerprint misses can stay stale for long.
 */
export class FrameGate {
  /** How often an unchanged picture is drawn anyway. */
  static readonly MAX_IDLE_MS = 1000;
  private lastSignature = NaN;
  private lastDrawn = -Infinity;
  private forced = 0;
  private texturesChanged = 0;
  private effectWasRunning = false;
  /** Frames drawn and skipped since install, for the benchmark and tests (`window.__frames`). */
  readonly counts = { drawn: 0, skipped: 0 };

  constructor(private readonly game: Phaser.Game) {}

  /** Takes over the game's step; call right after `new Phaser.Game`, before its loop starts (Game.start binds `step`). */
  install(): void {
    const game = this.game;
    const bump = () => this.texturesChanged++;
    game.textures.on(Phaser.Textures.Events.ADD, bump);
    game.textures.on(Phaser.Textures.Events.REMOVE, bump);
    game.step = (time: number, delta: number) => this.step(time, delta);
  }

  /** Draws the next `frames` frames whatever the fingerprint says (a snapshot needs a drawn frame). */
  drawNext(frames = 1): void {
    this.forced = Math.max(this.forced, frames);
  }

  /** Game.step (Phaser 4.2), with the drawing half behind the fingerprint. */
  private step(time: number, delta: number): void {
    const game = this.game;
    const internals = game as unknown as GameInternals;
    if (internals.pendingDestroy) return internals.runDestroy();
    if (game.isPaused) return;
    const events = game.events;
    events.emit(Phaser.Core.Events.PRE_STEP, time, delta);
    events.emit(Phaser.Core.Events.STEP, time, delta);
    game.scene.update(time, delta);
    events.emit(Phaser.Core.Events.POST_STEP, time, delta);

    const { signature, effect } = this.look();
    // While an effect runs, and once more after it ends (the frame without its offset or tint).
    const draw =
      this.forced > 0 ||
      signature !== this.lastSignature ||
      time - this.lastDrawn >= FrameGate.MAX_IDLE_MS ||
      effect ||
      this.effectWasRunning;
    this.effectWasRunning = effect;
    if (!draw) {
      // As Game.headlessStep: input polling listens to PRE_RENDER; the scene queue is released.
      internals.scene.isProcessing = false;
      events.emit(Phaser.Core.Events.PRE_RENDER, game.renderer, time, delta);
      events.emit(Phaser.Core.Events.POST_RENDER, game.renderer, time, delta);
      this.counts.skipped++;
      return;
    }
    if (this.forced > 0) this.forced--;
    this.lastSignature = signature;
    this.lastDrawn = time;
    this.counts.drawn++;
    const renderer = game.renderer;
    renderer.preRender();
    events.emit(Phaser.Core.Events.PRE_RENDER, renderer, time, delta);
    game.scene.render(renderer);
    renderer.postRender();
    events.emit(Phaser.Core.Events.POST_RENDER, renderer, time, delta);
  }

  /**
   * One pass over the visible scenes: the fingerprint of the picture, and whether a camera effect
   * (shake, fade, flash, pan, zoom, rotate) is running, which moves the picture without changing
   * any object.
   */
  private look(): { signature: number; effect: boolean } {
    const hash = new Fingerprint();
    let effect = false;
    hash.number(this.game.canvas.width).number(this.game.canvas.height).number(this.texturesChanged);
    for (const scene of this.game.scene.getScenes(true) as Phaser.Scene[]) {
      hash.number(scene.sys.settings.visible ? 1 : 0);
      if (!scene.sys.settings.visible) continue;
      for (const camera of scene.cameras.cameras) {
        cameraSignature(hash, camera);
        effect ||= [
          camera.shakeEffect,
          camera.fadeEffect,
          camera.flashEffect,
          camera.panEffect,
          camera.zoomEffect,
          camera.rotateToEffect,
        ].some((e) => e.isRunning);
      }
      displaySignature(hash, scene.sys.displayList.list as unknown as Drawable[]);
    }
    return { signature: hash.value, effect };
  }
}

/** Game.step's private parts, as of Phaser 4.2. */
interface GameInternals {
  pendingDestroy: boolean;
  runDestroy(): void;
  scene: { isProcessing: boolean };
}

function cameraSignature(hash: Fingerprint, camera: Phaser.Cameras.Scene2D.Camera): void {
  hash
    .flag(camera.visible)
    .number(camera.alpha)
    .number(camera.x)
    .number(camera.y)
    .number(camera.width)
    .number(camera.height);
  hash
    .number(camera.scrollX)
    .number(camera.scrollY)
    .number(camera.zoom)
    .number((camera as unknown as { rotation?: number }).rotation);
  hash.number(camera.backgroundColor.color32).flag(camera.transparent);
  hash.number(effectAlpha(camera.fadeEffect)).number(effectAlpha(camera.flashEffect));
}

/** A fade or flash keeps tinting the picture at its last alpha after it ends (fade out to black). */
function effectAlpha(effect: object): number {
  return (effect as { alpha?: number }).alpha ?? 0;
}
