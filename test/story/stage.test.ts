import { describe, expect, it } from 'vitest';
import type { Directive } from '../../src/story/directives.ts';
import { EMPTY_STAGE, reduceAll, reduceStep } from '../../src/story/stage.ts';

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

  describe('staging the big moments: moves, turns, exits, close-ups', () => {
    const kitchen = play(
      { kind: 'show', who: 'iruka', expression: 'neutral', position: 'left' },
      { kind: 'show', who: 'kakashi', expression: 'neutral', position: 'right' },
    );

    it('a move takes him to the new place, keeping his face, pose and the way he looks', () => {
      const stage = reduceAll(kitchen, [
        { kind: 'face', who: 'iruka', toward: 'right', away: false },
        { kind: 'move', who: 'iruka', to: 'far-right', pace: 'walk' },
      ]);
      expect(stage.cast[0]).toEqual({ who: 'iruka', expression: 'neutral', position: 'far-right', facing: 'right' });
      // A later change of face keeps where he stands and which way he looks.
      const hurt = reduceAll(stage, [{ kind: 'show', who: 'iruka', expression: 'hurt', position: null }]);
      expect(hurt.cast[0]).toMatchObject({ position: 'far-right', facing: 'right' });
    });

    it('turning toward someone looks to the side he stands on; away from him, the other side', () => {
      const passed = reduceAll(kitchen, [{ kind: 'move', who: 'iruka', to: 'far-right', pace: 'walk' }]);
      const look = (stage: typeof kitchen, away: boolean) =>
        reduceAll(stage, [{ kind: 'face', who: 'iruka', toward: 'kakashi', away }]).cast[0].facing;
      expect(look(kitchen, false)).toBe('right');
      expect(look(kitchen, true)).toBe('left');
      // Once he has walked past Kakashi, looking back over his shoulder means looking left.
      expect(look(passed, false)).toBe('left');
      expect(look(passed, true)).toBe('right');
    });

    it('turning toward someone not on stage, or standing in the same place, changes nothing', () => {
      const alone = play({ kind: 'show', who: 'iruka', expression: 'neutral', position: 'left' });
      expect(reduceAll(alone, [{ kind: 'face', who: 'iruka', toward: 'kakashi', away: false }])).toEqual(alone);
      const same = reduceAll(kitchen, [{ kind: 'move', who: 'iruka', to: 'right', pace: 'walk' }]);
      expect(reduceAll(same, [{ kind: 'face', who: 'iruka', toward: 'kakashi', away: false }])).toEqual(same);
    });

    it('moving or turning someone who is not on stage changes nothing', () => {
      expect(reduceAll(kitchen, [{ kind: 'move', who: 'guy', to: 'left', pace: 'rush' }])).toEqual(kitchen);
      expect(reduceAll(kitchen, [{ kind: 'face', who: 'guy', toward: 'left', away: false }])).toEqual(kitchen);
    });

    it('an exit takes him off the stage, as a hide does; an entrance only says how he arrives', () => {
      expect(reduceAll(kitchen, [{ kind: 'exit', who: 'kakashi', to: 'right' }]).cast.map((c) => c.who)).toEqual([
        'iruka',
      ]);
      expect(reduceAll(kitchen, [{ kind: 'enter', who: 'kakashi', from: 'right' }])).toEqual(kitchen);
    });

    it('someone who leaves and comes back faces as his portrait is drawn again', () => {
      const turned = reduceAll(kitchen, [{ kind: 'face', who: 'kakashi', toward: 'right', away: false }]);
      const back = reduceAll(turned, [
        { kind: 'hide', who: 'kakashi' },
        { kind: 'show', who: 'kakashi', expression: 'warm', position: 'right' },
      ]);
      expect(back.cast[1].facing).toBeUndefined();
    });

    it('a close-up shows on its own line and is gone at the next, unless that line asks for it again', () => {
      const wrist = reduceStep(kitchen, [{ kind: 'closeup', id: 'wrist' }]);
      expect(wrist.closeup).toBe('wrist');
      expect(reduceStep(wrist, [{ kind: 'closeup', id: 'wrist' }]).closeup).toBe('wrist');
      const next = reduceStep(wrist, []);
      expect(next.closeup).toBeNull();
      expect(next.cast).toEqual(wrist.cast);
      // Within one step, directives fold as usual: nothing clears the close-up halfway.
      expect(reduceAll(wrist, [{ kind: 'sfx', id: 'glass' }]).closeup).toBe('wrist');
    });
  });
});
