import * as Phaser from 'phaser';
import { Emitter } from '../story/events.ts';
import type { Stage } from '../story/stage.ts';
import type { ArtRaster } from './ArtRaster.ts';
import type { AssetLoader } from './AssetLoader.ts';
import { INTERFACE_ART, stageArtKeys } from './assets.ts';
import type { AccessibleLayer } from './dom/AccessibleLayer.ts';
import { FrameGate } from './frameGate.ts';
import { DESIGN, TIMING } from './layout.ts';
import { type Frame, frameFor, type Viewport } from './windowLayout.ts';
import { snapToPixels } from './pixelSnap.ts';
import { ArtScene } from './scenes/ArtScene.ts';
import { type EndData, EndScene } from './scenes/EndScene.ts';
import type { ReadingPreferences } from '../reading/preferences.ts';
import { PlayScene, type PlayEventMap, type PlayOptions } from './scenes/PlayScene.ts';

/** How long a chapter's autosave waits for its scene to be drawn before taking the picture anyway. */
const THUMBNAIL_WAIT_MS = 4000;

/**
 * True when WebGL runs on a real GPU. Software WebGL (SwiftShader, llvmpipe) fills a full-screen
 * backdrop at 15-30 fps, where Canvas 2D keeps 60: such machines get the Canvas renderer.
 */
export function hardwareWebGL(): boolean {
  const probe = document.createElement('canvas');
  const gl = probe.getContext('webgl', { failIfMajorPerformanceCaveat: true });
  if (!gl) return false;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return !/swiftshader|llvmpipe|softpipe|software|basic render/i.test(renderer);
}

/** Design y, below the stage's top, of an upright thumbnail's top edge: the faces in the middle of it. */
const THUMBNAIL_TOP = 60;

/** The window as the layout reads it: its size, whether a finger points, the bottom safe area. */
function viewport(): Viewport {
  return {
    width: window.innerWidth,
    height: window.innerHeight,
    touch: matchMedia('(pointer: coarse)').matches,
    safeBottom: safeAreaBottom(),
  };
}

let probe: HTMLElement | null = null;
/** The CSS pixels of `env(safe-area-inset-bottom)` (a phone's home indicator), read from a probe. */
function safeAreaBottom(): number {
  if (!probe) {
    probe = document.createElement('div');
    probe.style.cssText =
      'position:fixed;visibility:hidden;pointer-events:none;height:env(safe-area-inset-bottom, 0px)';
    document.body.append(probe);
  }
  return probe.getBoundingClientRect().height;
}

/** The Phaser game and the DOM layer beside it: everything the composition root drives. */
export class GameShell {
  /** Facts from the play scene: first line painted, line displayed, run finished. */
  readonly events = new Emitter<PlayEventMap>();
  readonly dom: AccessibleLayer;
  private readonly game: Phaser.Game;
  private readonly zoom: number;
  private readonly art: Promise<AssetLoader>;
  /** Where everything goes in the window as it is now: a new frame when the window turns or resizes. */
  private frame: Frame;
  /** The end screen's data while it shows, to lay it out again. */
  private endData: EndData | null = null;
  /** Skips drawing frames that would look like the last one. */
  readonly frames: FrameGate;

  /** `dom` speaks lines and offers choices; `raster` draws the art, at its scale: the canvas's zoom (see canvasZoom). */
  constructor(
    parent: HTMLElement,
    dom: AccessibleLayer,
    raster: ArtRaster,
    private readonly input: Pick<PlayOptions, 'modes' | 'keymap'>,
  ) {
    this.zoom = raster.scale;
    this.dom = dom;
    this.frame = frameFor(viewport());
    parent.dataset.layout = this.frame.orientation;
    this.game = new Phaser.Game({
      type: hardwareWebGL() ? Phaser.WEBGL : Phaser.CANVAS,
      parent,
      width: this.frame.width * this.zoom,
      height: this.frame.height * this.zoom,
      backgroundColor: '#141821',
      scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
      // The play scene reads the keyboard from the page itself (PlayScene.bindInput says why).
      input: { keyboard: false, mouse: { preventDefaultWheel: false } },
      disableContextMenu: true,
      banner: false,
      render: { antialiasGL: false },
      audio: { noAudio: true },
      autoFocus: true,
      // Phaser caps each frame's step at 16.7 ms for its first 120 frames (and after the tab comes
      // back), so on a machine drawing 30 frames a second lines typed in and cards faded at half speed.
      fps: { panicMax: 0 },
    });
    // The art scene starts with the game; passed as an instance, since the scene manager adds scenes
    // (and returns them) only once the game has booted.
    const art = new ArtScene();
    this.game.scene.add('art', art, true, { raster });
    this.art = art.loader;
    // Added rather than listed in the config, which would start the first one at once, without data.
    this.game.scene.add('play', PlayScene, false);
    this.game.scene.add('end', EndScene, false);
    // The stage, mirrored as data attributes: what a test (or an extension) can check without reading pixels.
    this.events.on('stepDisplayed', ({ step: { stage } }) => {
      Object.assign(parent.dataset, {
        backdrop: stage.backdrop ?? '',
        cast: stage.cast.map((c) => `${c.who}:${c.expression}`).join(' '),
        music: stage.music ?? '',
        ambience: stage.ambience ?? '',
        wall: String(stage.wall),
        closeup: stage.closeup ?? '',
      });
    });
    this.frames = new FrameGate(this.game);
    this.frames.install();
    // The Canvas renderer draws the art pixel for pixel (pixelSnap.ts); the game boots at once when the page has loaded.
    const snap = () => {
      const context = this.game.context;
      if (this.game.renderer?.type === Phaser.CANVAS && context instanceof CanvasRenderingContext2D)
        snapToPixels(context);
    };
    if (this.game.isBooted) snap();
    else this.game.events.once(Phaser.Core.Events.BOOT, snap);
    window.addEventListener('resize', () => this.relayout(parent));
  }

  /**
   * Lays the game out again when the window's shape changes (a phone turned): a new frame size for
   * the canvas, at the same zoom (the art stays rasterised as it is), and the scene moves its
   * widgets; the line on screen, its reveal and the reading's modes are untouched.
   */
  private relayout(parent: HTMLElement): void {
    const frame = frameFor(viewport());
    const before = this.frame;
    this.frame = frame;
    parent.dataset.layout = frame.orientation;
    if (frame.width !== before.width || frame.height !== before.height) {
      this.game.scale.setGameSize(frame.width * this.zoom, frame.height * this.zoom);
    }
    this.scene?.relayout(frame);
    if (this.endData && this.game.scene.isActive('end')) this.showEnd(this.endData.ending, this.endData.count);
  }

  /** The frame the game is laid out in now (windowLayout.ts frameFor). */
  get layout(): Frame {
    return this.frame;
  }

  /**
   * Loads, ahead of time, the interface and the art of `stage` (the scene a reading will open on),
   * so Begin shows the first line without waiting for them. Safe to call again: loaded art stays.
   */
  async warm(stage: Stage | null): Promise<void> {
    const loader = await this.art;
    await loader.ensure([...INTERFACE_ART, ...(stage ? stageArtKeys(stage) : [])]);
  }

  /**
   * Starts reading `options.playthrough`, from its start or (resume) from the step it was restored
   * to; `options.opening` is the first line when it is already on screen (dom/OpeningLine.ts).
   */
  async play(options: Omit<PlayOptions, 'dom' | 'events' | 'modes' | 'keymap'>): Promise<void> {
    const loader = await this.art;
    await loader.ensure(INTERFACE_ART);
    this.game.scene.stop('end');
    this.game.scene.start('play', {
      ...options,
      ...this.input,
      dom: this.dom,
      events: this.events,
      zoom: this.zoom,
      frame: this.frame,
      loader,
    });
  }

  /** The play scene while it runs, for the reading controls. */
  get scene(): PlayScene | null {
    const scene = this.game.scene.getScene('play') as PlayScene | null;
    return scene?.sys.isActive() ? scene : null;
  }

  /**
   * A small JPEG of the screen for a save slot (about 6 KB), or null when it cannot be taken. The
   * canvas is copied straight into a 256x144 one as the next frame is drawn (a WebGL canvas can be
   * read until the frame is handed to the page), rather than encoded whole to PNG and decoded again.
   * `painted`: after the step being read now is on screen and its scene has faded in (a chapter's
   * autosave is asked for before its new scene is drawn: taken at once, its picture was the old
   * scene, or black).
   */
  async thumbnail(when: 'now' | 'painted' = 'now'): Promise<string | null> {
    if (when === 'painted') await this.painted();
    return this.capture();
  }

  /** Settles once the next step is displayed and its backdrop has faded in (at most a few seconds). */
  private painted(): Promise<void> {
    return new Promise((resolve) => {
      const giveUp = setTimeout(resolve, THUMBNAIL_WAIT_MS);
      const off = this.events.on('stepDisplayed', () => {
        off();
        clearTimeout(giveUp);
        setTimeout(resolve, TIMING.backdropFadeMs + 100);
      });
    });
  }

  private capture(): Promise<string | null> {
    return new Promise((resolve) => {
      const timeout = setTimeout(() => resolve(null), 1000);
      this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
        clearTimeout(timeout);
        const canvas = document.createElement('canvas');
        canvas.width = 256;
        canvas.height = 144;
        const context = canvas.getContext('2d');
        if (!context) return resolve(null);
        try {
          const source = this.game.canvas;
          if (this.frame.orientation === 'landscape') {
            context.drawImage(source, 0, 0, canvas.width, canvas.height);
            this.scene?.drawTextInto(context, canvas.width / DESIGN.width);
          } else {
            // Upright, a 16:9 slice of the stage where the faces are (the words are in the slot's excerpt).
            const z = source.width / this.frame.width;
            const top = (this.frame.stageTop + THUMBNAIL_TOP) * z;
            context.drawImage(source, 0, top, source.width, (source.width * 9) / 16, 0, 0, canvas.width, canvas.height);
          }
          resolve(canvas.toDataURL('image/jpeg', 0.6));
        } catch {
          resolve(null);
        }
      });
      this.frames.drawNext();
    });
  }

  /** Shows the end screen for `ending`, number `count.number` of `count.total`. */
  showEnd(ending: EndData['ending'], count: EndData['count']): void {
    this.game.scene.stop('play');
    this.endData = { ending, count, zoom: this.zoom, frame: this.frame };
    this.game.scene.stop('end');
    this.game.scene.start('end', this.endData);
  }

  /** Stops every scene (back to the title). */
  stop(): void {
    this.game.scene.stop('play');
    this.game.scene.stop('end');
  }

  /** Applies reading preferences to the scene playing now. */
  setPreferences(preferences: ReadingPreferences): void {
    this.scene?.applyPreferences(preferences);
  }
}
