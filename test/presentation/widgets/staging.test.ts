import { describe, expect, it } from 'vitest';
import { castMotion, crossingMs, facingScale } from '../../../src/presentation/widgets/Cast.ts';
import { closeUpSide } from '../../../src/presentation/widgets/CloseUp.ts';
import { PORTRAIT } from '../../../src/presentation/layout.ts';

describe('how the big moments are drawn', () => {
  it('a close-up stands where it covers no face: beside the two men, or between them', () => {
    // The kitchen: Iruka has walked past Kakashi to the hall; the left of the frame is free.
    expect(closeUpSide([{ position: 'far-right' }, { position: 'right' }])).toBe('left');
    // The back step: one at each side, so the middle.
    expect(closeUpSide([{ position: 'left' }, { position: 'right' }])).toBe('centre');
    expect(closeUpSide([{ position: 'left' }])).toBe('right');
    expect(closeUpSide([])).toBe('right');
  });

  it('a figure looking the other way from his drawing is mirrored; one as drawn is not', () => {
    expect(facingScale({ who: 'iruka' })).toBe(PORTRAIT.scale);
    expect(facingScale({ who: 'iruka', facing: 'right' })).toBe(PORTRAIT.scale);
    expect(facingScale({ who: 'iruka', facing: 'left' })).toBe(-PORTRAIT.scale);
    expect(facingScale({ who: 'kakashi', facing: 'right' })).toBe(-PORTRAIT.scale);
  });

  it('walks take longer the farther they go, a rush is quick, and a step reads who walks how', () => {
    expect(crossingMs(1180, 'walk')).toBeGreaterThan(crossingMs(460, 'walk'));
    expect(crossingMs(690, 'rush')).toBeLessThan(crossingMs(690, 'walk'));
    expect(crossingMs(10, 'walk')).toBeGreaterThan(500);
    const motion = castMotion([
      { kind: 'move', who: 'iruka', to: 'centre-right', pace: 'rush' },
      { kind: 'exit', who: 'kakashi', to: 'right' },
      { kind: 'enter', who: 'guy', from: 'left' },
      { kind: 'sfx', id: 'paper' },
    ]);
    expect([...motion.moves]).toEqual([['iruka', 'rush']]);
    expect([...motion.exits]).toEqual([['kakashi', 'right']]);
    expect([...motion.entrances]).toEqual([['guy', 'left']]);
  });
});
