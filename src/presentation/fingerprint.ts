// The fingerprint of a picture that frameGate.ts compares from frame to frame. Pure: no Phaser
// import (it reads game objects through the structural `Drawable`), so node tests run it.

/** What the fingerprint reads of a game object (Image, Text, shapes, Container); all optional. */
export interface Drawable {
  visible?: boolean;
  alpha?: number;
  x?: number;
  y?: number;
  scaleX?: number;
  scaleY?: number;
  rotation?: number;
  originX?: number;
  originY?: number;
  flipX?: boolean;
  flipY?: boolean;
  blendMode?: number | string;
  width?: number;
  height?: number;
  texture?: { key: string };
  frame?: { name: string | number };
  tintTopLeft?: number;
  tintBottomRight?: number;
  tintMode?: number;
  isCropped?: boolean;
  _crop?: { x: number; y: number; width: number; height: number };
  text?: string;
  style?: {
    color?: string;
    fontSize?: string | number;
    fontStyle?: string;
    stroke?: string;
    backgroundColor?: string | null;
  };
  fillColor?: number;
  fillAlpha?: number;
  strokeColor?: number;
  strokeAlpha?: number;
  lineWidth?: number;
  isFilled?: boolean;
  isStroked?: boolean;
  /** A Container's children. */
  list?: Drawable[];
}

/** FNV-1a over numbers and strings: cheap, allocation-free, and order-sensitive. */
export class Fingerprint {
  value = 0x811c9dc5;

  number(n: number | undefined): this {
    // Quantised to 1/256: sub-pixel drift below that draws the same pixels.
    const v = n === undefined || Number.isNaN(n) ? 0x7fffffff : Math.round(n * 256) | 0;
    this.value = Math.imul(this.value ^ v, 0x01000193) >>> 0;
    return this;
  }

  string(s: string | number | null | undefined): this {
    const text = s === null || s === undefined ? '' : String(s);
    this.number(text.length);
    for (let i = 0; i < text.length; i++) this.value = Math.imul(this.value ^ text.charCodeAt(i), 0x01000193) >>> 0;
    return this;
  }

  flag(b: boolean | undefined): this {
    return this.number(b ? 1 : 0);
  }
}

/** Adds every visible object (and the children of visible containers) to `hash`, in drawing order. */
export function displaySignature(hash: Fingerprint, objects: readonly Drawable[]): Fingerprint {
  for (const o of objects) {
    if (o.visible === false || o.alpha === 0) {
      hash.number(-1);
      continue;
    }
    hash.number(o.x).number(o.y).number(o.alpha).number(o.scaleX).number(o.scaleY).number(o.rotation);
    hash
      .number(o.originX)
      .number(o.originY)
      .flag(o.flipX)
      .flag(o.flipY)
      .string(o.blendMode)
      .number(o.width)
      .number(o.height);
    if (o.texture) hash.string(o.texture.key).string(o.frame?.name);
    if (o.tintTopLeft !== undefined) hash.number(o.tintTopLeft).number(o.tintBottomRight).number(o.tintMode);
    if (o.isCropped && o._crop) hash.number(o._crop.x).number(o._crop.y).number(o._crop.width).number(o._crop.height);
    if (o.text !== undefined) {
      hash.string(o.text);
      if (o.style)
        hash
          .string(o.style.color)
          .string(o.style.fontSize)
          .string(o.style.fontStyle)
          .string(o.style.stroke)
          .string(o.style.backgroundColor);
    }
    if (o.fillColor !== undefined) {
      hash
        .number(o.fillColor)
        .number(o.fillAlpha)
        .number(o.strokeColor)
        .number(o.strokeAlpha)
        .number(o.lineWidth)
        .flag(o.isFilled)
        .flag(o.isStroked);
    }
    if (o.list) {
      hash.number(o.list.length);
      displaySignature(hash, o.list);
    }
  }
  return hash;
}
