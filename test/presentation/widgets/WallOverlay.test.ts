import { describe, expect, it } from 'vitest';
import { wallHeight } from '../../../src/presentation/widgets/WallOverlay.ts';
import { DESIGN, DIALOGUE, WALL } from '../../../src/presentation/layout.ts';

describe('the wall stands course by course', () => {
  const heights = [0, 1, 2, 3, 4, 5].map(wallHeight);

  it('is absent at 0, shows above the dialogue box from level 1 and fills the frame at 5', () => {
    expect(heights[0]).toBe(0);
    expect(DESIGN.height - heights[1]).toBeLessThan(DIALOGUE.box.y - WALL.course);
    expect(heights[5]).toBe(DESIGN.height);
  });

  it('rises with every level and always ends on a whole course, never halfway up a block', () => {
    for (let i = 1; i < heights.length; i++) expect(heights[i]).toBeGreaterThan(heights[i - 1]);
    for (const v of [0.3, 1, 1.7, 2.5, 3.2, 4.9, 5]) expect(wallHeight(v) % WALL.course).toBe(0);
  });
});
