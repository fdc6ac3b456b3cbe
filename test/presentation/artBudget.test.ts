import { describe, expect, it } from 'vitest';
import { ArtBudget } from '../../src/presentation/artBudget.ts';

/** Plays `scenes` (each the art it needs, every piece 10 pixels) one second apart; returns what was let go after each. */
function read(budget: ArtBudget, scenes: string[][]): string[][] {
  return scenes.map((keys, i) => {
    const now = i * 1000;
    budget.use(keys, now);
    for (const key of keys) budget.add(key, 10, now);
    return budget.overBudget(now);
  });
}

describe('the art budget', () => {
  it('lets nothing go while everything fits', () => {
    expect(read(new ArtBudget(100), [['a', 'b'], ['c'], ['d', 'e']])).toEqual([[], [], []]);
  });

  it('lets the least recently needed art go first, once over budget', () => {
    const budget = new ArtBudget(30, 1, 0);
    expect(read(budget, [['a'], ['b'], ['c'], ['d'], ['b', 'e']])).toEqual([[], [], [], ['a'], ['c']]);
    expect(budget.pixels).toBe(30);
  });

  it('never lets go of pinned art, nor of what the last scenes or the last seconds needed', () => {
    const pinned = new ArtBudget(20, 2, 0);
    pinned.pin(['box']);
    expect(read(pinned, [['box', 'a'], ['b'], ['c']])).toEqual([[], [], ['a']]);
    // Over budget with only the last two scenes' art left: it all stays.
    expect(
      read(new ArtBudget(10, 2, 0), [
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toEqual([[], []]);
    // Art needed under three seconds ago stays, however many scenes went by (a reader clicking fast).
    const recent = new ArtBudget(10, 1, 3000);
    expect(read(recent, [['a'], ['b'], ['c'], ['d'], ['e']])).toEqual([[], [], [], ['a'], ['b']]);
  });
});
