import { describe, expect, it } from 'vitest';
import type { Directive } from '../../src/story/directives.ts';
import { EMPTY_STAGE, reduceAll } from '../../src/story/stage.ts';

const play = (...directives: Directive[]) => reduceAll(EMPTY_STAGE, directives);

describe('the stage is a pure function of the directives so far', () => {
  it('sets the scene, the sound and the chapter', () => {
    const stage = play(
      { kind: 'chapter', number: 1, title: 'The Mission Desk' },
      { kind: 'backdrop', id: 'mission-desk', cut: false },
      { kind: 'music', id: 'homecoming' },
      { kind: 'ambience', id: 'mission-room' },
    );
    expect(stage).toMatchObject({
      backdrop: 'mission-desk',
      music: 'homecoming',
      ambience: 'mission-room',
      chapter: { number: 1, title: 'The Mission Desk' },
    });
  });

  it('places newcomers on free spots and keeps a changed expression in place', () => {
    const stage = play(
      { kind: 'show', who: 'kakashi', expression: 'neutral', position: null },
      { kind: 'show', who: 'iruka', expression: 'warm', position: null },
      { kind: 'show', who: 'kakashi', expression: 'grave', position: null },
    );
    expect(stage.cast).toEqual([
      { who: 'kakashi', expression: 'grave', position: 'centre' },
      { who: 'iruka', expression: 'warm', position: 'right' },
    ]);
  });

  it('keeps a named pose through later changes of face until another pose is named', () => {
    const crossed = play(
      { kind: 'show', who: 'iruka', expression: 'guarded', position: 'left', pose: 'crossed' },
      { kind: 'show', who: 'iruka', expression: 'masked', position: null },
    );
    expect(crossed.cast).toEqual([{ who: 'iruka', expression: 'masked', position: 'left', pose: 'crossed' }]);
    const down = reduceAll(crossed, [{ kind: 'show', who: 'iruka', expression: 'warm', position: null, pose: 'down' }]);
    expect(down.cast[0].pose).toBe('down');
  });

  it('lets characters leave one by one or all at once', () => {
    const both = play(
      { kind: 'show', who: 'ayame', expression: 'neutral', position: 'left' },
      { kind: 'show', who: 'iruka', expression: 'hurt', position: 'right' },
    );
    expect(reduceAll(both, [{ kind: 'hide', who: 'ayame' }]).cast.map((c) => c.who)).toEqual(['iruka']);
    expect(reduceAll(both, [{ kind: 'hide', who: 'all' }]).cast).toEqual([]);
  });

  it('silences music and ambience with none', () => {
    const stage = play(
      { kind: 'music', id: 'unease' },
      { kind: 'ambience', id: 'night' },
      { kind: 'music', id: null },
      { kind: 'ambience', id: null },
    );
    expect(stage.music).toBeNull();
    expect(stage.ambience).toBeNull();
  });

  it('raises the wall and turns it to stone, and a new chapter clears the ending', () => {
    const stone = play(
      { kind: 'wall', level: 5 },
      { kind: 'effect', name: 'stone' },
      { kind: 'ending', id: 'stone-wall', title: 'The Stone Wall' },
    );
    expect(stone).toMatchObject({ wall: 5, stone: true, ending: { id: 'stone-wall' } });
    expect(reduceAll(stone, [{ kind: 'chapter', number: 1, title: 'Again' }]).ending).toBeNull();
  });

  it('is not changed by transient directives and never mutates the old stage', () => {
    const before = play({ kind: 'backdrop', id: 'black', cut: true });
    const frozen = JSON.stringify(before);
    const after = reduceAll(before, [
      { kind: 'sfx', id: 'bell' },
      { kind: 'pause', seconds: 1 },
      { kind: 'effect', name: 'shake' },
    ]);
    expect(after).toBe(before);
    reduceAll(before, [{ kind: 'show', who: 'guy', expression: 'grin', position: null }]);
    expect(JSON.stringify(before)).toBe(frozen);
  });
});
