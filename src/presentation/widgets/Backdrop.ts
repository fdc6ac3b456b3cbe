import type * as Phaser from 'phaser';
import { backdropKey } from '../assets.ts';
import { COLOURS, DESIGN, TIMING } from '../layout.ts';

/** The scene behind everything: crossfades from one backdrop to the next. */
export class Backdrop {
  private current: Phaser.GameObjects.Image | Phaser.GameObjects.Rectangle | null = null;
  private shownId: string | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly depth: number,
  ) {}

  /** Draws the backdrop on screen again at once, now that its art (late, or missing before) may have arrived. */
  redraw(): void {
    const id = this.shownId;
    this.shownId = null;
    this.show(id, { cut: true, reducedMotion: true });
  }

  /** Shows backdrop `id` (already loaded, or a plain wash when its art is missing). */
  show(id: string | null, options: { cut: boolean; reducedMotion: boolean }): void {
    if (id === this.shownId) return;
    this.shownId = id;
    const next = this.make(id);
    const previous = this.current;
    this.current = next;
    const instant = options.cut || options.reducedMotion || !previous;
    if (instant) {
      previous?.destroy();
      return;
    }
    next.setAlpha(0);
    this.scene.tweens.add({
      targets: next,
      alpha: 1,
      duration: TIMING.backdropFadeMs,
      ease: 'Sine.easeInOut',
      onComplete: () => previous.destroy(),
    });
  }

  private make(id: string | null): Phaser.GameObjects.Image | Phaser.GameObjects.Rectangle {
    const key = id ? backdropKey(id) : '';
    const object =
      id && this.scene.textures.exists(key)
        ? this.scene.add.image(0, 0, key).setOrigin(0).setDisplaySize(DESIGN.width, DESIGN.height)
        : this.scene.add.rectangle(0, 0, DESIGN.width, DESIGN.height, COLOURS.ink).setOrigin(0);
    return object.setDepth(this.depth);
  }
}
