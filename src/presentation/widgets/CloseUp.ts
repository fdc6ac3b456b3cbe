import type * as Phaser from 'phaser';
import type { StagedCharacter } from '../../story/stage.ts';
import type { CloseUpId } from '../../story/vocabulary.ts';
import { closeupKey } from '../assets.ts';
import { COLOURS, PORTRAIT } from '../layout.ts';
import { CLOSEUP } from '../stagingLayout.ts';

/** Where a close-up may stand: the left, the middle or the right of the frame. */
export type CloseUpSlot = keyof typeof CLOSEUP.x;

/**
 * Where a close-up goes: of its three places, the one farthest from every figure on stage, so it
 * covers no face (the right on an empty stage; the middle when the two stand at the sides).
 */
export function closeUpSide(cast: readonly Pick<StagedCharacter, 'position'>[]): CloseUpSlot {
  const slots: CloseUpSlot[] = ['right', 'left', 'centre'];
  const clearance = (slot: CloseUpSlot) => {
    const middle = CLOSEUP.x[slot] + CLOSEUP.width / 2;
    return Math.min(Infinity, ...cast.map((c) => Math.abs(PORTRAIT.x[c.position] - middle)));
  };
  return slots.reduce((best, slot) => (clearance(slot) > clearance(best) ? slot : best));
}

/**
 * A small framed illustration of one beat (a hand closing on a wrist), inset above the dialogue box on
 * the side the figures leave free, so neither the line nor a face is hidden. It fades in and out
 * (appears and goes at once under reduced motion) and shows only while its step is on screen.
 */
export class CloseUp {
  private group: Phaser.GameObjects.Container | null = null;
  private shown: CloseUpId | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly depth: number,
  ) {}

  /** The close-up on screen, if any. */
  get showing(): CloseUpId | null {
    return this.shown;
  }

  /** Shows close-up `id` beside `cast` (null: none); the same one again stays as it is. */
  show(id: CloseUpId | null, cast: readonly Pick<StagedCharacter, 'position'>[], reducedMotion: boolean): void {
    if (id === this.shown) return;
    this.shown = id;
    this.fadeOut(this.group, reducedMotion);
    this.group = id ? this.make(id, closeUpSide(cast)) : null;
    if (!this.group || reducedMotion) return;
    this.group.setAlpha(0).setScale(0.96);
    this.scene.tweens.add({ targets: this.group, alpha: 1, scale: 1, duration: CLOSEUP.fadeMs, ease: 'Sine.easeOut' });
  }

  /** Draws the close-up again with its art, which may have arrived after its line began. */
  redraw(cast: readonly Pick<StagedCharacter, 'position'>[]): void {
    const id = this.shown;
    if (!id) return;
    this.group?.destroy();
    this.group = this.make(id, closeUpSide(cast));
  }

  /** Removes it at once (leaving the play scene). */
  clear(): void {
    this.group?.destroy();
    this.group = null;
    this.shown = null;
  }

  private fadeOut(group: Phaser.GameObjects.Container | null, reducedMotion: boolean): void {
    if (!group) return;
    if (reducedMotion) return group.destroy();
    this.scene.tweens.add({
      targets: group,
      alpha: 0,
      duration: CLOSEUP.fadeMs,
      onComplete: () => group.destroy(),
    });
  }

  /** The inset: a dark mount with an amber rule, the illustration inside (a plain panel while its art is missing). */
  private make(id: CloseUpId, side: CloseUpSlot): Phaser.GameObjects.Container {
    const { width, height, frame } = CLOSEUP;
    const mount = this.scene.add
      .rectangle(0, 0, width + frame * 2, height + frame * 2, COLOURS.ink)
      .setStrokeStyle(3, COLOURS.amberHex);
    const key = closeupKey(id);
    const art = this.scene.textures.exists(key)
      ? this.scene.add.image(0, 0, key).setDisplaySize(width, height)
      : this.scene.add.rectangle(0, 0, width, height, 0x2a3142);
    // Centred on its middle, so the fade's slight growth is about the centre.
    const x = CLOSEUP.x[side] + width / 2;
    return this.scene.add
      .container(x, CLOSEUP.y + height / 2, [mount, art])
      .setDepth(this.depth)
      .setName(`closeup:${id}`);
  }
}
