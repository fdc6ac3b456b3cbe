import * as Phaser from 'phaser';
import type { ArtRaster } from '../ArtRaster.ts';
import { AssetLoader } from '../AssetLoader.ts';

/**
 * An invisible scene that lives as long as the game and owns the art loader. Textures belong to the
 * game, not to a scene, so art loaded here while the title is on screen (the interface and the
 * first scene), or by an earlier reading, is there for every reading after it.
 */
export class ArtScene extends Phaser.Scene {
  private raster!: ArtRaster;
  private resolveLoader!: (loader: AssetLoader) => void;
  /** The loader, once the scene has been created (just after the game is ready). */
  readonly loader = new Promise<AssetLoader>((resolve) => (this.resolveLoader = resolve));

  constructor() {
    super('art');
  }

  init(data: { raster: ArtRaster }): void {
    this.raster = data.raster;
  }

  create(): void {
    this.resolveLoader(new AssetLoader(this, this.raster));
  }
}
