import type { Line } from '../../story/lines.ts';
import type { ArtRaster } from '../ArtRaster.ts';
import { backdropKey, uiKey } from '../assets.ts';
import { loadFonts } from '../fonts.ts';
import { COLOURS, DESIGN, DIALOGUE, FONT, LINE_BOX } from '../layout.ts';
import type { AccessibleLayer } from './AccessibleLayer.ts';
import { LineText } from './LineText.ts';

/** What the reader did while the opening line was up, for the play scene to carry on from. */
export interface OpeningHandover {
  /** Characters of the line already on screen (its whole length once the reveal was finished). */
  shown: number;
  /** The reader asked to go on past the line (a press after the reveal had finished). */
  advance: boolean;
  /** The line (and its chapter) went to the screen reader's live region already. */
  spoken: boolean;
}

export interface OpeningOptions {
  line: Line;
  chapter: { number: number; title: string } | null;
  /** The opening scene's backdrop, faded in behind the box once its art is ready. */
  backdrop: string | null;
  /** Canvas pixels per design unit, as the game's canvas will have. */
  zoom: number;
  /** The reader's settings: characters per second (Infinity: at once), text size, high contrast. */
  textCps: number;
  textSize: number;
  highContrast: boolean;
  /** No fade: the backdrop appears at once. */
  reducedMotion: boolean;
  raster: ArtRaster;
  dom: AccessibleLayer;
  /** Called with performance.now() once the frame showing the line has been drawn. */
  onPainted: (at: number) => void;
}

/** How long the backdrop takes to fade in behind the opening line. */
const BACKDROP_FADE_MS = 400;
/** Keys that go on, as in the play scene. */
const PRESS_KEYS = new Set([' ', 'Enter']);

/**
 * The story's first line, on screen as soon as Begin is pressed, even when the game engine is
 * still loading (a slow connection, or a reader quicker than the download). It draws what the
 * play scene's first frame will show, from the same art and the same layout: the dialogue box on
 * its own small canvas, the opening backdrop fading in behind it when its art is ready, and the
 * words typing in through the same paragraph the dialogue box uses (LineText). Space, Enter or a
 * click finish the line, and a second press asks to go on. When the play scene is ready it takes
 * the line over where it is (take()), draws its first frame, and this is removed (remove()).
 *
 * It imports neither Phaser nor inkjs: the line was read from the story at build time.
 */
export class OpeningLine {
  private readonly canvas: HTMLCanvasElement;
  private readonly context: CanvasRenderingContext2D;
  private readonly text: LineText;
  /** Settles once the line's first frame is drawn, or the line was taken before it was. */
  readonly painted: Promise<void>;
  private settlePainted: () => void = () => undefined;
  private box: HTMLCanvasElement | null = null;
  private plate: HTMLCanvasElement | null = null;
  private backdrop: HTMLCanvasElement | null = null;
  private backdropSince = 0;
  private started = false;
  private shown = 0;
  private revealing = true;
  private advance = false;
  private taken = false;
  private frame = 0;
  private last = 0;
  private readonly onKey = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.repeat || !PRESS_KEYS.has(event.key)) return;
    event.preventDefault();
    this.press();
  };
  private readonly onPointer = (event: PointerEvent) => {
    if (event.button === 0) this.press();
  };
  private readonly onResize = () => this.fit();

  constructor(
    private readonly host: HTMLElement,
    private readonly options: OpeningOptions,
  ) {
    const { zoom, line, raster, textSize } = options;
    this.painted = new Promise((resolve) => (this.settlePainted = resolve));
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'ud-opening';
    this.canvas.width = Math.round(DESIGN.width * zoom);
    this.canvas.height = Math.round(DESIGN.height * zoom);
    this.context = this.canvas.getContext('2d')!;
    host.append(this.canvas);
    this.fit();
    this.text = new LineText(this.canvas, DESIGN.width, LINE_BOX, textSize);
    this.text.setItalic(!line.speaker && DIALOGUE.narrationItalic);
    window.addEventListener('keydown', this.onKey);
    window.addEventListener('resize', this.onResize);
    this.canvas.addEventListener('pointerdown', this.onPointer);
    const fonts = loadFonts();
    const box = raster.get(uiKey('dialogue-box'), true).then((c) => (this.box = c));
    const plate = line.speaker ? raster.get(uiKey('nameplate'), true).then((c) => (this.plate = c)) : null;
    void Promise.all([fonts, box, plate]).then(() => this.start());
    if (options.backdrop) {
      void raster.get(backdropKey(options.backdrop)).then((c) => {
        if (!c || this.taken) return;
        this.backdrop = c;
        this.backdropSince = options.reducedMotion ? -Infinity : performance.now();
        this.schedule();
      });
    }
  }

  /** Stops here and says how far the reader got; the line stays on screen until remove(). */
  take(): OpeningHandover {
    this.taken = true;
    this.settlePainted();
    cancelAnimationFrame(this.frame);
    this.unlisten();
    this.fit();
    return {
      shown: this.revealing ? Math.floor(this.shown) : this.text.length,
      advance: this.advance,
      spoken: this.started,
    };
  }

  remove(): void {
    this.take();
    this.text.destroy();
    this.canvas.remove();
  }

  private start(): void {
    if (this.taken) return;
    const { line, chapter, dom } = this.options;
    this.started = true;
    if (chapter) dom.heading(chapter.number, chapter.title);
    dom.announce(line);
    this.text.setText(line.text);
    this.text.setVisible(true);
    if (!Number.isFinite(this.options.textCps)) this.complete();
    this.last = performance.now();
    this.frame = requestAnimationFrame((now) => {
      this.draw(now);
      this.options.onPainted(performance.now());
      this.settlePainted();
      this.schedule();
    });
  }

  private press(): void {
    if (this.taken || !this.started) return;
    if (this.revealing) this.complete();
    else this.advance = true;
  }

  private complete(): void {
    this.revealing = false;
    this.shown = this.text.length;
    this.text.reveal(this.shown);
    this.schedule();
  }

  /** Asks for another frame while the line types in or the backdrop fades. */
  private schedule(): void {
    if (this.taken || !this.started) return;
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame((now) => {
      this.tick(now);
      const fading = this.backdrop !== null && now - this.backdropSince < BACKDROP_FADE_MS;
      if (this.revealing || fading) this.schedule();
    });
  }

  private tick(now: number): void {
    if (this.revealing) {
      this.shown += (this.options.textCps * Math.max(0, now - this.last)) / 1000;
      if (this.shown >= this.text.length) this.complete();
      else this.text.reveal(Math.floor(this.shown));
    }
    this.last = now;
    this.draw(now);
  }

  /** Draws the wash, the backdrop, the box, the nameplate and (once the line is whole) the continue mark. */
  private draw(now: number): void {
    const { context, options } = this;
    const z = options.zoom;
    context.setTransform(z, 0, 0, z, 0, 0);
    context.globalAlpha = 1;
    context.fillStyle = COLOURS.inkCss;
    context.fillRect(0, 0, DESIGN.width, DESIGN.height);
    if (this.backdrop) {
      context.globalAlpha = Math.min(1, (now - this.backdropSince) / BACKDROP_FADE_MS);
      context.drawImage(this.backdrop, 0, 0, DESIGN.width, DESIGN.height);
      context.globalAlpha = 1;
    }
    const { box, nameplate, continueMark, backingInset: inset } = DIALOGUE;
    if (options.highContrast) {
      context.fillStyle = COLOURS.highContrastBoxCss;
      context.fillRect(box.x + inset, box.y + inset, box.width - inset * 2, box.height - inset * 2);
    }
    if (this.box) context.drawImage(this.box, box.x, box.y, box.width, box.height);
    else {
      context.fillStyle = options.highContrast ? COLOURS.highContrastBoxCss : COLOURS.inkCss;
      context.globalAlpha = options.highContrast ? 1 : DIALOGUE.fallbackAlpha;
      context.fillRect(box.x, box.y, box.width, box.height);
      context.globalAlpha = 1;
    }
    context.textAlign = 'center';
    context.textBaseline = 'middle';
    if (options.line.speaker) {
      if (this.plate) context.drawImage(this.plate, nameplate.x, nameplate.y, nameplate.width, nameplate.height);
      context.font = `600 ${DIALOGUE.nameSize}px ${FONT.family}`;
      context.fillStyle = COLOURS.amber;
      context.fillText(options.line.speaker, nameplate.x + nameplate.width / 2, nameplate.y + nameplate.height / 2);
    }
    if (!this.revealing) {
      context.font = `${DIALOGUE.markSize}px ${FONT.family}`;
      context.fillStyle = COLOURS.amber;
      context.fillText('▾', continueMark.x, continueMark.y);
    }
  }

  /**
   * Sizes and centres the canvas in its host as the game's scale manager does (fit, centred), or
   * exactly over the game's canvas once that exists, so the words do not move when it takes over.
   */
  private fit(): void {
    const style = this.canvas.style;
    const game = [...this.host.querySelectorAll('canvas')].find((c) => c !== this.canvas);
    if (game) {
      const rect = game.getBoundingClientRect();
      const host = this.host.getBoundingClientRect();
      Object.assign(style, {
        width: `${rect.width}px`,
        height: `${rect.height}px`,
        left: `${rect.left - host.left}px`,
        top: `${rect.top - host.top}px`,
      });
      return;
    }
    const { clientWidth, clientHeight } = this.host;
    const scale = Math.min(clientWidth / DESIGN.width, clientHeight / DESIGN.height);
    const width = DESIGN.width * scale;
    const height = DESIGN.height * scale;
    Object.assign(style, {
      width: `${width}px`,
      height: `${height}px`,
      left: `${Math.floor((clientWidth - width) / 2)}px`,
      top: `${Math.floor((clientHeight - height) / 2)}px`,
    });
  }

  private unlisten(): void {
    window.removeEventListener('keydown', this.onKey);
    window.removeEventListener('resize', this.onResize);
    this.canvas.removeEventListener('pointerdown', this.onPointer);
  }
}
