import type * as Phaser from 'phaser';
import { WALL_MAX } from '../../story/vocabulary.ts';
import { overlayKey } from '../assets.ts';
import { DESIGN } from '../layout.ts';

/** The wall around Iruka's heart: rises course by course over the scene, and at the last turns to stone. */
export class WallOverlay {
  private sand: Phaser.GameObjects.Image | null = null;
  private stone: Phaser.GameObjects.Image | null = null;
  private level = 0;
  private stoned = false;

  constructor(private readonly scene: Phaser.Scene, private readonly depth: number) {}

  /** Texture keys the overlay draws with. */
  static readonly keys = [overlayKey('wall-sand'), overlayKey('wall-stone')];

  /** Shows the wall at `level` (0-5), in stone or sand. */
  show(level: number, stone: boolean, reducedMotion: boolean): void {
    this.ensureImages();
    if (!this.sand || !this.stone) return;
    const duration = reducedMotion ? 0 : 1400;
    if (level !== this.level) {
      const from = { v: this.level };
      this.level = level;
      this.scene.tweens.add({
        targets: from, v: level, duration, ease: 'Sine.easeInOut',
        onUpdate: () => this.crop(from.v),
        onComplete: () => this.crop(level),
      });
      if (!duration) this.crop(level);
    }
    if (stone !== this.stoned) {
      this.stoned = stone;
      this.scene.tweens.add({ targets: this.stone, alpha: stone ? 1 : 0, duration: reducedMotion ? 0 : 3200, ease: 'Sine.easeIn' });
      if (stone && !reducedMotion) this.scene.cameras.main.shake(600, 0.0025);
    }
  }

  private crop(level: number): void {
    const height = (DESIGN.height * level) / WALL_MAX;
    for (const image of [this.sand, this.stone]) {
      if (!image) continue;
      const frameHeight = image.frame.height;
      const visible = (frameHeight * height) / DESIGN.height;
      image.setCrop(0, frameHeight - visible, image.frame.width, visible);
    }
  }

  private ensureImages(): void {
    if (this.sand || !this.scene.textures.exists(overlayKey('wall-sand'))) return;
    const make = (key: string) => this.scene.add.image(0, 0, key).setOrigin(0).setDisplaySize(DESIGN.width, DESIGN.height).setDepth(this.depth);
    this.sand = make(overlayKey('wall-sand'));
    this.stone = this.scene.textures.exists(overlayKey('wall-stone')) ? make(overlayKey('wall-stone')).setAlpha(0) : null;
    this.crop(0);
  }
}
