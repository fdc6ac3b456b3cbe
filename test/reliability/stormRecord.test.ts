// The storm's checker can fail: a press that moves on twice, and choices that go without a press
// able to take them, are found in a record made by hand.
import { describe, expect, it } from 'vitest';
import { choicesTop, DESIGN } from '../../src/presentation/layout.ts';
import { analyse, type Entry } from '../browser/support/stormRecord.ts';

const box = { x: 0, y: 0, width: DESIGN.width };
const press = (key: string, choices = 0, focused = -1, x = 0, y = 0): Entry => ({
  kind: 'press',
  key,
  x,
  y,
  choices,
  focused,
  overlay: false,
});
const line = (text: string): Entry => ({ kind: 'line', text });
const reading: Entry = { kind: 'mark', label: 'reading' };

describe("the input storm's checker", () => {
  it('passes one line a press, and choices taken by their digit, a focused Enter or a click on them', () => {
    const onSecond = { x: 960, y: choicesTop(2) + 84 + 18 + 40 };
    const log: Entry[] = [
      reading,
      press(' '),
      line('a'),
      { kind: 'offered', count: 2 },
      press('2', 2),
      { kind: 'cleared' },
      line('b'),
      { kind: 'offered', count: 2 },
      press('Enter', 2, 0),
      { kind: 'cleared' },
      line('c'),
      { kind: 'offered', count: 2 },
      press('pointer', 2, -1, onSecond.x, onSecond.y),
      { kind: 'cleared' },
      line('d'),
    ];
    expect(analyse(log, box)).toMatchObject({ skipped: [], tooMany: [], choicesTaken: 3, mostLinesAfterOnePress: 1 });
  });

  it('finds a press that showed three lines, and more lines than presses', () => {
    const found = analyse([reading, press(' '), line('a'), line('b'), line('c')], box);
    expect(found.mostLinesAfterOnePress).toBe(3);
    expect(found.tooMany.length).toBeGreaterThan(0);
  });

  it('finds choices that went after Escape, a digit out of range, Space with nothing focused, or a click beside them', () => {
    const went = (p: Entry) => analyse([reading, { kind: 'offered', count: 2 }, p, { kind: 'cleared' }], box).skipped;
    expect(went(press('Escape', 2))).toHaveLength(1);
    expect(went(press('3', 2))).toHaveLength(1);
    expect(went(press(' ', 2, -1))).toHaveLength(1);
    expect(went(press('pointer', 2, -1, 100, 1000))).toHaveLength(1);
    // ...and choices that went while none were on offer when the last press landed (a queued press).
    expect(went(press('1', 0))).toHaveLength(1);
    expect(went(press('PageUp', 2))).toEqual([]);
  });
});
