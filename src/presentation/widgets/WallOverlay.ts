import type * as Phaser from 'phaser';
import { WALL_MAX } from '../../story/vocabulary.ts';
import { overlayKey, WALL_ART } from '../assets.ts';
import { DESIGN } from '../layout.ts';

/** How present the wall is on the line where it rises or turns to stone, and on the lines after. */
const PRESENCE = { moment: 0.92, resting: 0.38 } as const;

/**
 * The wall around Iruka's heart: rises course by course behind the characters, and at the last
 * turns to stone. It stands out on the line where it rises, then fades back to a faint presence so
 * the scenes after it stay readable.
 */
export class WallOverlay {
  private layer: Phaser.GameObjects.Container | null = null;
  private sand: Phaser.GameObjects.Image | null = null;
  private stone: Phaser.GameObjects.Image | null = null;
  private level = 0;
  private stoned = false;

  constructor(private readonly scene: Phaser.Scene, private readonly depth: number) {}

  /** Texture keys the overlay draws with. */
  static readonly keys = WALL_ART;

  /** Shows the wall at `level` (0-5), in stone or sand; `moment` on the line where it rose or turned. */
  show(level: number, stone: boolean, moment: boolean, reducedMotion: boolean): void {
    this.ensureImages();
    if (!this.layer || !this.sand || !this.stone) return;
    const tweens = this.scene.tweens;
    const presence = moment ? PRESENCE.moment : PRESENCE.resting;
    if (this.layer.alpha !== presence) {
      tweens.killTweensOf(this.layer);
      tweens.add({ targets: this.layer, alpha: presence, duration: reducedMotion ? 0 : moment ? 1200 : 2400, ease: 'Sine.easeInOut' });
    }
    if (level !== this.level) {
      const from = { v: this.level };
      this.level = level;
      if (reducedMotion) this.crop(level);
      else tweens.add({ targets: from, v: level, duration: 1600, ease: 'Sine.easeInOut', onUpdate: () => this.crop(from.v), onComplete: () => this.crop(level) });
    }
    if (stone !== this.stoned) {
      this.stoned = stone;
      tweens.add({ targets: this.stone, alpha: stone ? 1 : 0, duration: reducedMotion ? 0 : 3200, ease: 'Sine.easeIn' });
      if (stone && !reducedMotion) this.scene.cameras.main.shake(700, 0.002);
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
    if (this.layer || !this.scene.textures.exists(overlayKey('wall-sand'))) return;
    const make = (key: string) => this.scene.add.image(0, 0, key).setOrigin(0).setDisplaySize(DESIGN.width, DESIGN.height);
    this.sand = make(overlayKey('wall-sand'));
    this.stone = make(this.scene.textures.exists(overlayKey('wall-stone')) ? overlayKey('wall-stone') : overlayKey('wall-sand')).setAlpha(0);
    this.layer = this.scene.add.container(0, 0, [this.sand, this.stone]).setDepth(this.depth).setAlpha(PRESENCE.resting);
    this.crop(0);
  }
}
