import type * as Phaser from 'phaser';

/** Anything with a scroll factor, and a Container's children. */
interface Pinnable {
  setScrollFactor(x: number, y?: number): unknown;
  list?: Pinnable[];
}

/**
 * Pins an interface object (and, for a Container, everything in it) to the screen: the camera pans
 * and lowers the stage (windowLayout.ts stagePan, Frame.stageTop), never the box, choices or card. Phaser
 * draws a Container's children with their own scroll factors, so each one is set.
 */
export function pinToScreen<T extends Phaser.GameObjects.GameObject>(object: T): T {
  const pin = (o: Pinnable) => {
    o.setScrollFactor(0, 0);
    for (const child of o.list ?? []) pin(child);
  };
  pin(object as unknown as Pinnable);
  return object;
}
