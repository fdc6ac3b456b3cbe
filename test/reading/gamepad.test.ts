import { describe, expect, it } from 'vitest';
import { PadReader, type PadState } from '../../src/reading/gamepad.ts';

/** A standard pad with `pressed` buttons down and the left stick at `y`. */
const pad = (pressed: number[] = [], y = 0, mapping = 'standard'): PadState => ({
  index: 0,
  id: 'Test pad',
  mapping,
  buttons: Array.from({ length: 17 }, (_, i) => ({ pressed: pressed.includes(i) })),
  axes: [0, y, 0, 0],
});

describe('a gamepad', () => {
  it('names each button as it goes down, once however long it is held', () => {
    const reader = new PadReader();
    expect(reader.read([pad([0])])).toEqual([{ kind: 'advance' }]);
    expect(reader.read([pad([0])])).toEqual([]);
    expect(reader.read([pad([])])).toEqual([]);
    expect(reader.read([pad([1, 9])])).toEqual([{ kind: 'rollback' }, { kind: 'menu' }]);
    expect(reader.read([pad([3, 4, 5])])).toEqual([
      { kind: 'toggleHidden' },
      { kind: 'toggleAuto' },
      { kind: 'toggleSkip' },
    ]);
  });

  it('moves between choices with the D-pad and the stick', () => {
    const reader = new PadReader();
    expect(reader.read([pad([13])])).toEqual([{ kind: 'nextChoice' }]);
    expect(reader.read([pad([12])])).toEqual([{ kind: 'previousChoice' }]);
    expect(reader.read([pad([], 0.9)])).toEqual([{ kind: 'nextChoice' }]);
    expect(reader.read([pad([], 0.95)])).toEqual([]);
    expect(reader.read([pad([], -0.9)])).toEqual([{ kind: 'previousChoice' }]);
  });

  it('leaves a pad without the standard mapping alone, saying so once', () => {
    const notes: string[] = [];
    const reader = new PadReader((m) => notes.push(m));
    expect(reader.read([pad([0], 0, '')])).toEqual([]);
    expect(reader.read([pad([1], 0, '')])).toEqual([]);
    expect(notes).toEqual(['Gamepad "Test pad" has no standard mapping; it is ignored.']);
  });
});
