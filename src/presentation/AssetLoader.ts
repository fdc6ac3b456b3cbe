import type * as Phaser from 'phaser';
import { artFile, type ArtFile } from './assets.ts';

/**
 * Rasterises SVG art into textures on demand, so the first scene needs only its own art and the
 * rest streams in as the story reaches it. A missing file is warned about once and never blocks.
 */
export class AssetLoader {
  private readonly pending = new Map<string, Promise<void>>();
  private readonly missing = new Set<string>();

  /** `scale` rasterises art at the canvas's own pixel size (design size times the zoom). */
  constructor(private readonly scene: Phaser.Scene, private readonly scale: number) {}

  /** True once `key` is a usable texture. */
  has(key: string): boolean {
    return this.scene.textures.exists(key);
  }

  /** Loads every key not loaded yet; resolves when all are usable or known to be missing. */
  ensure(keys: readonly string[]): Promise<void> {
    return Promise.all(keys.map((key) => this.ensureOne(key))).then(() => undefined);
  }

  private ensureOne(key: string): Promise<void> {
    if (this.has(key) || this.missing.has(key)) return Promise.resolve();
    const already = this.pending.get(key);
    if (already) return already;
    const file = artFile(key);
    if (!file) {
      this.missing.add(key);
      console.warn(`[art] no art for "${key}"; drawing a placeholder`);
      return Promise.resolve();
    }
    const loading = this.load(file);
    this.pending.set(key, loading);
    return loading;
  }

  /**
   * Rasterises `file` once, at the canvas's pixel size, into a canvas texture. The texture must not
   * be the SVG image itself: the browser draws an SVG source from its vectors every time it is
   * drawn, so a full-screen cross-fade cost about 30 ms a frame in software rendering (measured in
   * Chromium), where a canvas source is a plain copy.
   */
  private load(file: ArtFile): Promise<void> {
    const { key, url } = file;
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    return image
      .decode()
      .then(() => {
        if (this.has(key)) return;
        const width = Math.max(1, Math.round((file.width || image.naturalWidth) * this.scale));
        const height = Math.max(1, Math.round((file.height || image.naturalHeight) * this.scale));
        const canvas = document.createElement('canvas');
        canvas.width = width;
        canvas.height = height;
        canvas.getContext('2d')!.drawImage(image, 0, 0, width, height);
        this.scene.textures.addCanvas(key, canvas);
      })
      .catch(() => {
        this.missing.add(key);
        console.warn(`[art] could not load "${key}" from ${url}; drawing a placeholder`);
      })
      .finally(() => {
        this.pending.delete(key);
      });
  }
}
