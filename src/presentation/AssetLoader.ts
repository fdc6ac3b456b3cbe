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

  /** Rasterises `file` at the canvas's pixel size. */
  private load(file: ArtFile): Promise<void> {
    const { key, url } = file;
    return new Promise<void>((resolve) => {
      const load = this.scene.load;
      const done = () => {
        load.off(`filecomplete-svg-${key}`, done);
        load.off('loaderror', failed);
        this.pending.delete(key);
        resolve();
      };
      const failed = (f: Phaser.Loader.File) => {
        if (f.key !== key) return;
        this.missing.add(key);
        console.warn(`[art] could not load "${key}" from ${url}; drawing a placeholder`);
        done();
      };
      load.on(`filecomplete-svg-${key}`, done);
      load.on('loaderror', failed);
      const size = file.width ? { width: Math.round(file.width * this.scale), height: Math.round(file.height * this.scale) } : undefined;
      load.svg(key, url, size);
      if (!load.isLoading()) load.start();
    });
  }
}
