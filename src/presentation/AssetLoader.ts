import type * as Phaser from 'phaser';
import { ArtBudget } from './artBudget.ts';
import type { ArtRaster } from './ArtRaster.ts';
import { INTERFACE_ART, WALL_ART } from './assets.ts';
import { DESIGN } from './layout.ts';

/** Art kept rasterised: about ten full screens of the canvas, at most 24 million pixels (96 MB). */
const KEEP_SCREENS = 10;
const MAX_PIXELS = 24_000_000;

/**
 * Turns rasterised art (ArtRaster) into textures on demand, so the first scene needs only its own
 * art and the rest streams in as the story reaches it. Missing art never blocks: the widgets draw
 * a placeholder where a texture does not exist. Art no scene has needed for a while is let go once
 * more than a budget is held (artBudget.ts), and rasterised again if the story comes back to it.
 */
export class AssetLoader {
  private readonly budget: ArtBudget;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly raster: ArtRaster,
  ) {
    const screen = DESIGN.width * raster.scale * DESIGN.height * raster.scale;
    this.budget = new ArtBudget(Math.min(MAX_PIXELS, KEEP_SCREENS * screen));
    // The widgets that draw these keep their images for the whole reading (the wall stays built once raised).
    this.budget.pin([...INTERFACE_ART, ...WALL_ART]);
  }

  /** True once `key` is a usable texture. */
  has(key: string): boolean {
    return this.scene.textures.exists(key);
  }

  /** Loads every key not loaded yet (the art of one scene); resolves when all are usable or known to be missing. */
  async ensure(keys: readonly string[]): Promise<void> {
    this.budget.use(keys, performance.now());
    await Promise.all(keys.map((key) => this.ensureOne(key)));
    for (const key of this.budget.overBudget(performance.now())) {
      this.scene.textures.remove(key);
      this.raster.forget(key);
    }
  }

  private async ensureOne(key: string): Promise<void> {
    if (this.has(key)) return;
    const canvas = await this.raster.get(key);
    if (!canvas || this.has(key)) return;
    // A plain texture over the canvas: Phaser's CanvasTexture would copy every pixel out at once
    // (getImageData, 8 MB for a full-screen backdrop at 1920x1080) to allow pixel edits we never make.
    this.scene.textures.addImage(key, canvas as unknown as HTMLImageElement);
    this.budget.add(key, canvas.width * canvas.height, performance.now());
  }
}
