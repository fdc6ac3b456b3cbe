import { artFile, type ArtFile } from './assets.ts';
import { background } from './background.ts';

/**
 * Rasterises the game's SVG art into canvases at the canvas's own pixel size, once per piece, with
 * no Phaser in sight: the opening line (dom/OpeningLine.ts) draws from it before Phaser has
 * loaded, and the game's loader (AssetLoader) turns the same canvases into textures. A missing or broken file is warned about once and gives null, never an error.
 *
 * Why canvases and not the SVG images themselves: the browser draws an SVG source from its vectors
 * every time it is drawn, so a full-screen cross-fade cost about 30 ms a frame in software
 * rendering (measured in Chromium), where a canvas source is a plain copy. Large art is rasterised
 * in strips of about 4 ms each, one background task each, so loading the next scene's art never
 * holds up a frame of this one, nor a key press.
 */
export class ArtRaster {
  private readonly jobs = new Map<string, Job>();
  /** How many pixels this machine rasterises in a millisecond, learnt from the strips drawn so far. */
  private pixelsPerMs = STRIP.firstPixelsPerMs;

  /** `scale`: canvas pixels per design unit (the game's zoom). */
  constructor(readonly scale: number) {}

  /**
   * The canvas for art `key` (rasterised on first request), or null when it has no usable art.
   * Strips wait their turn behind anything more urgent, unless the reader is waiting for this very
   * piece (`urgent`: the opening line's box), which also hurries a rasterisation under way.
   */
  get(key: string, urgent = false): Promise<HTMLCanvasElement | null> {
    let job = this.jobs.get(key);
    if (!job) {
      const file = artFile(key);
      let hurry = () => {};
      const hurried = new Promise<void>((resolve) => (hurry = resolve));
      const created: Job = { canvas: Promise.resolve(null), urgent: false, hurried, hurry };
      if (file) created.canvas = this.rasterise(file, created);
      else console.warn(`[art] no art for "${key}"; drawing a placeholder`);
      this.jobs.set(key, (job = created));
    }
    if (urgent && !job.urgent) {
      job.urgent = true;
      job.hurry();
    }
    return job.canvas;
  }

  /** Lets go of the canvas for `key` (its texture is gone); a later `get` rasterises it again. */
  forget(key: string): void {
    this.jobs.delete(key);
  }

  /** Pixels for the next strip: about STRIP.ms of work at the speed measured so far. */
  private stripPixels(): number {
    return Math.min(STRIP.maxPixels, Math.max(STRIP.minPixels, STRIP.ms * this.pixelsPerMs));
  }

  private learn(pixels: number, ms: number): void {
    if (ms >= 0.5) this.pixelsPerMs += (pixels / ms - this.pixelsPerMs) * 0.3;
  }

  private async rasterise(file: ArtFile, job: Job): Promise<HTMLCanvasElement | null> {
    try {
      const image = new Image();
      image.decoding = 'async';
      image.src = file.url;
      await image.decode();
      const sourceWidth = image.naturalWidth;
      const sourceHeight = image.naturalHeight;
      const width = Math.max(1, Math.round((file.width || sourceWidth) * this.scale));
      const height = Math.max(1, Math.round((file.height || sourceHeight) * this.scale));
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      // Read back below, so the browser keeps it in memory (never a GPU surface to copy back from).
      // Opaque art has no alpha channel, so drawing it is a copy, or a blend that ignores its alpha.
      const context = canvas.getContext('2d', { willReadFrequently: true, alpha: !file.opaque })!;
      for (let y = 0; y < height; ) {
        // Each strip is a background task of its own, the first too (several pieces of art often
        // finish decoding together, and their first strips would otherwise share one long task).
        if (!job.urgent) await Promise.race([background(), job.hurried]);
        const h = Math.min(height - y, Math.max(1, Math.floor(this.stripPixels() / width)));
        const started = performance.now();
        context.drawImage(
          image,
          0,
          (y * sourceHeight) / height,
          sourceWidth,
          (h * sourceHeight) / height,
          0,
          y,
          width,
          h,
        );
        context.getImageData(0, y, 1, 1); // rasterise the strip now, not on the first frame that shows it
        this.learn(width * h, performance.now() - started);
        y += h;
      }
      return canvas;
    } catch {
      console.warn(`[art] could not load "${file.key}" from ${file.url}; drawing a placeholder`);
      return null;
    }
  }
}

/** A rasterisation: its result, and whether the reader is waiting for it. */
interface Job {
  canvas: Promise<HTMLCanvasElement | null>;
  urgent: boolean;
  /** Settles when the job turns urgent, so a strip waiting for a background task goes at once. */
  hurried: Promise<void>;
  hurry: () => void;
}

/**
 * Strips are sized by time, not pixels: about 4 ms of work each, so a frame can always be drawn
 * between two of them, on a fast machine (up to a quarter of a 1280x720 backdrop) or a slow one
 * (at CPU 4x, strips of a fixed 240k pixels took 11-34 ms: enough to push a frame past 34 ms).
 */
const STRIP = { ms: 4, firstPixelsPerMs: 40_000, minPixels: 16 * 1024, maxPixels: 240 * 1024 } as const;
