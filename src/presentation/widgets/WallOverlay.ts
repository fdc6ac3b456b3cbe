import type * as Phaser from 'phaser';
import { WALL_MAX } from '../../story/vocabulary.ts';
import { overlayKey, WALL_ART } from '../assets.ts';
import { DESIGN, WALL } from '../layout.ts';

/** How far up the frame the wall stands at `level` (design px), whole courses only. */
export function wallHeight(level: number): number {
  if (level <= 0) return 0;
  const raw =
    WALL.firstHeight + ((DESIGN.height - WALL.firstHeight) * (Math.min(level, WALL_MAX) - 1)) / (WALL_MAX - 1);
  return Math.min(DESIGN.height, Math.floor(raw / WALL.course) * WALL.course);
}

/**
 * The wall around Iruka's heart: opaque courses of blocks behind the characters, a footing behind the
 * dialogue box and two sides that climb the frame's edges (the art leaves the middle clear, so faces
 * and the room stay in view). On the line where it rises it is laid course by course; at the last it
 * turns to stone.
 */
export class WallOverlay {
  private layer: Phaser.GameObjects.Container | null = null;
  private sand: Phaser.GameObjects.Image | null = null;
  private stone: Phaser.GameObjects.Image | null = null;
  private level = 0;
  private stoned = false;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly depth: number,
  ) {}

  /** Texture keys the overlay draws with. */
  static readonly keys = WALL_ART;

  /** Shows the wall at `level` (0-5), in stone or sand; `moment` on the line where it rose or turned. */
  show(level: number, stone: boolean, moment: boolean, reducedMotion: boolean): void {
    this.ensureImages();
    if (!this.layer || !this.sand || !this.stone) return;
    const tweens = this.scene.tweens;
    const animate = moment && !reducedMotion;
    if (level !== this.level) {
      const from = { v: this.level };
      this.level = level;
      tweens.killTweensOf(from);
      // Laid on its line, one course after another; restored or skipped to, it simply stands there.
      if (!animate) this.crop(level);
      else
        tweens.add({
          targets: from,
          v: level,
          duration: 1800,
          ease: 'Linear',
          onUpdate: () => this.crop(from.v),
          onComplete: () => this.crop(level),
        });
    }
    if (stone !== this.stoned) {
      this.stoned = stone;
      tweens.add({
        targets: this.stone,
        alpha: stone ? 1 : 0,
        duration: reducedMotion ? 0 : 3200,
        ease: 'Sine.easeIn',
      });
      if (stone && !reducedMotion) this.scene.cameras.main.shake(700, 0.002);
    }
  }

  private crop(level: number): void {
    const height = wallHeight(level);
    for (const image of [this.sand, this.stone]) {
      if (!image) continue;
      const frameHeight = image.frame.height;
      const visible = Math.round((frameHeight * height) / DESIGN.height);
      image.setCrop(0, frameHeight - visible, image.frame.width, visible);
    }
  }

  private ensureImages(): void {
    if (this.layer || !this.scene.textures.exists(overlayKey('wall-sand'))) return;
    const make = (key: string) =>
      this.scene.add.image(0, 0, key).setOrigin(0).setDisplaySize(DESIGN.width, DESIGN.height);
    this.sand = make(overlayKey('wall-sand'));
    this.stone = make(
      this.scene.textures.exists(overlayKey('wall-stone')) ? overlayKey('wall-stone') : overlayKey('wall-sand'),
    ).setAlpha(0);
    this.layer = this.scene.add.container(0, 0, [this.sand, this.stone]).setDepth(this.depth);
    this.crop(0);
  }
}
