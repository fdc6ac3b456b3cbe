/**
 * Pixel-for-pixel drawing on the Canvas 2D renderer.
 *
 * The art is rasterised at the size it is drawn at (ArtRaster), yet Phaser's transforms reach the
 * canvas a hair off: the camera's zoom (two thirds at 1280x720) leaves a translation of -0.00002 px,
 * a 1760-unit dialogue box rasterised at 1173 px is drawn 1173.33 px wide, a text's frame starts at
 * x 408.33. For any of these the browser's software renderer resamples the whole image with
 * bilinear filtering: a full-screen backdrop cross-fade cost 2.2 ms a layer instead of 0.5 ms
 * (measured in Chromium without a GPU), which is the difference between a scene change keeping 60
 * frames a second on a slow machine and dropping every third frame.
 *
 * `snapToPixels` makes the game canvas draw such an image as the blit it nearly is: at whole
 * device pixels, at its own size. Images drawn scaled, turned or flipped on purpose (more than a
 * pixel from their own size) are drawn as asked. The WebGL renderer never comes here.
 */

/** How far (in device pixels) a drawn size may be from the image's own and still count as its own. */
const TOLERANCE = 1;
/** Below this, a skew term is float noise from the camera's matrix. */
const SKEW = 1e-6;

/** A 2D affine transform as the canvas keeps it (x' = a x + c y + e, y' = b x + d y + f). */
export interface Affine {
  a: number;
  b: number;
  c: number;
  d: number;
  e: number;
  f: number;
}

/**
 * The whole-pixel blit (source x, y, width, height, then device x, y) that drawing source rect
 * (sx, sy, sw, sh) into (dx, dy, dw, dh) under `m` nearly is; null when the drawing scales, turns or
 * flips the image by more than a pixel, and must be drawn as asked.
 */
export function pixelBlit(
  m: Affine,
  sx: number,
  sy: number,
  sw: number,
  sh: number,
  dx: number,
  dy: number,
  dw: number,
  dh: number,
): [number, number, number, number, number, number] | null {
  if (Math.abs(m.b) > SKEW || Math.abs(m.c) > SKEW || m.a <= 0 || m.d <= 0 || dw <= 0 || dh <= 0) return null;
  if (Math.abs(m.a * dw - sw) > TOLERANCE || Math.abs(m.d * dh - sh) > TOLERANCE) return null;
  const x = Math.round(sx);
  const y = Math.round(sy);
  const width = Math.round(sx + sw) - x;
  const height = Math.round(sy + sh) - y;
  if (width <= 0 || height <= 0) return null;
  // (+ 0 turns a -0 from rounding a hair below zero into 0.)
  return [x, y, width, height, Math.round(m.a * dx + m.e) + 0, Math.round(m.d * dy + m.f) + 0];
}

/** Makes `context` draw nearly-unscaled images pixel for pixel (see the top of this file). */
export function snapToPixels(context: CanvasRenderingContext2D): void {
  const draw = context.drawImage.bind(context) as (...args: unknown[]) => void;
  context.drawImage = function (this: CanvasRenderingContext2D, ...args: unknown[]): void {
    if (args.length !== 9) return draw(...args);
    const [image, sx, sy, sw, sh, dx, dy, dw, dh] = args as [CanvasImageSource, ...number[]];
    const m = context.getTransform();
    const blit = pixelBlit(m, sx, sy, sw, sh, dx, dy, dw, dh);
    if (!blit) return draw(...args);
    const [bx, by, bw, bh, x, y] = blit;
    context.setTransform(1, 0, 0, 1, 0, 0);
    draw(image, bx, by, bw, bh, x, y, bw, bh);
    context.setTransform(m);
  } as CanvasRenderingContext2D['drawImage'];
}
