import type * as Phaser from 'phaser';
import type { ArtRaster } from './ArtRaster.ts';

/**
 * Turns rasterised art (ArtRaster) into textures on demand, so the first scene needs only its own
 * art and the rest streams in as the story reaches it. Missing art never blocks: the widgets draw
 * a placeholder where a texture does not exist.
 */
export class AssetLoader {
  constructor(private readonly scene: Phaser.Scene, private readonly raster: ArtRaster) {}

  /** True once `key` is a usable texture. */
  has(key: string): boolean {
    return this.scene.textures.exists(key);
  }

  /** Loads every key not loaded yet; resolves when all are usable or known to be missing. */
  ensure(keys: readonly string[]): Promise<void> {
    return Promise.all(keys.map((key) => this.ensureOne(key))).then(() => undefined);
  }

  private async ensureOne(key: string): Promise<void> {
    if (this.has(key)) return;
    const canvas = await this.raster.get(key);
    if (canvas && !this.has(key)) this.scene.textures.addCanvas(key, canvas);
  }
}
