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
 * in strips, one background task each, so loading the next scene's art never holds up a frame of
 * this one, nor a key press.
 */
export class ArtRaster {
  private readonly done = new Map<string, Promise<HTMLCanvasElement | null>>();

  /** `scale`: canvas pixels per design unit (the game's zoom). */
  constructor(readonly scale: number) {}

  /** The canvas for art `key` (rasterised on first request), or null when it has no usable art. */
  get(key: string): Promise<HTMLCanvasElement | null> {
    let canvas = this.done.get(key);
    if (!canvas) {
      const file = artFile(key);
      if (file) canvas = this.rasterise(file);
      else {
        console.warn(`[art] no art for "${key}"; drawing a placeholder`);
        canvas = Promise.resolve(null);
      }
      this.done.set(key, canvas);
    }
    return canvas;
  }

  /** Lets go of the canvas for `key` (its texture is gone); a later `get` rasterises it again. */
  forget(key: string): void {
    this.done.delete(key);
  }

  private async rasterise(file: ArtFile): Promise<HTMLCanvasElement | null> {
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
      const rows = Math.max(1, Math.floor(STRIP_PIXELS / width));
      for (let y = 0; y < height; y += rows) {
        const h = Math.min(rows, height - y);
        context.drawImage(image, 0, (y * sourceHeight) / height, sourceWidth, (h * sourceHeight) / height, 0, y, width, h);
        context.getImageData(0, y, 1, 1); // rasterise the strip now, not on the first frame that shows it
        if (y + h < height) await background();
      }
      return canvas;
    } catch {
      console.warn(`[art] could not load "${file.key}" from ${file.url}; drawing a placeholder`);
      return null;
    }
  }
}

/** Pixels rasterised in one task: about a quarter of a full-screen backdrop at 1280x720 (5-8 ms). */
const STRIP_PIXELS = 240 * 1024;
