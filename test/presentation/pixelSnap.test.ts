import { describe, expect, it } from 'vitest';
import { pixelBlit } from '../../src/presentation/pixelSnap.ts';

const matrix = (a: number, d: number, e = 0, f = 0, b = 0, c = 0) => ({ a, b, c, d, e, f });

describe('drawing art pixel for pixel', () => {
  it('draws a backdrop the camera left a hair off its pixels as a plain copy at (0, 0)', () => {
    // A 1280x720 backdrop drawn 1920x1080 in design units under the camera's two-thirds zoom.
    expect(pixelBlit(matrix(2 / 3, 2 / 3, -0.000019, -0.000011), 0, 0, 1280, 720, 0, 0, 1920, 1080)).toEqual([
      0, 0, 1280, 720, 0, 0,
    ]);
  });

  it('draws the dialogue box at its own 1173 pixels, not stretched to 1173.33, at a whole pixel', () => {
    // Design box at x 80, y 752, 1760x300; rasterised at 1173x200.
    expect(pixelBlit(matrix(2 / 3, 2 / 3), 0, 0, 1173, 200, 80, 752, 1760, 300)).toEqual([0, 0, 1173, 200, 53, 501]);
  });

  it('rounds a text frame that starts at a third of a pixel', () => {
    expect(pixelBlit(matrix(2 / 3, 2 / 3, 640, 266.666656), 0, 0, 463.3333, 64, -347.5, -48, 695, 96)).toEqual([
      0, 0, 463, 64, 408, 235,
    ]);
  });

  it('keeps a cropped wall course on whole rows of the art', () => {
    // The wall risen to 2.5 of 5: the bottom 360.4 rows of 720.
    const blit = pixelBlit(matrix(2 / 3, 2 / 3), 0, 359.6, 1280, 360.4, 0, 539.4, 1920, 540.6);
    expect(blit).toEqual([0, 360, 1280, 360, 0, 360]);
  });

  it('leaves art drawn scaled, turned or flipped on purpose as it was asked', () => {
    expect(pixelBlit(matrix(0.63, 0.63), 0, 0, 533, 800, -266.5, -800, 533, 800)).toBeNull(); // a portrait at 0.63
    expect(pixelBlit(matrix(1, 0.685), 0, 0, 1280, 720, 0, 0, 1280, 720)).toBeNull(); // squashed
    expect(pixelBlit(matrix(-1, 1, 1280), 0, 0, 1280, 720, 0, 0, 1280, 720)).toBeNull(); // mirrored
    expect(
      pixelBlit(
        matrix(Math.cos(0.1), Math.cos(0.1), 0, 0, Math.sin(0.1), -Math.sin(0.1)),
        0,
        0,
        100,
        100,
        0,
        0,
        100,
        100,
      ),
    ).toBeNull(); // turned
    expect(pixelBlit(matrix(1.02, 1.02), 0, 0, 100, 100, 0, 0, 100, 100)).toBeNull(); // 2 px larger
  });
});
