import { describe, expect, it } from 'vitest';
import { Playthrough } from '../../src/story/Playthrough.ts';
import { StoryRunner } from '../../src/story/StoryRunner.ts';
import { compileFixture } from '../support/ink.ts';

const reading = (limit?: number) => new Playthrough(new StoryRunner(compileFixture('desk.ink')), limit);

describe('a reading remembers the way back', () => {
  it('rolls back across a choice so the reader can choose differently', () => {
    const play = reading();
    play.next();
    expect(play.next().choices).toHaveLength(2);
    play.choose(0);
    expect(play.next().line?.text).toBe('He was over the desk before he had decided to move.');
    const back = play.rollback();
    expect(back?.line).toMatchObject({ speaker: 'Kakashi', text: 'Yo.' });
    expect(back?.choices.map((c) => c.text)).toEqual(['Leap the desk', 'Stay seated']);
    expect(play.runner.variable('courage')).toBe(1 - 1);
    play.choose(1);
    expect(play.next().line?.text).toBe('He kept his hands flat on the paperwork.');
  });

  it('restores the stage of the line it returns to', () => {
    const play = reading();
    play.next();
    play.next();
    play.choose(0);
    const after = play.next();
    expect(after.stage.cast.map((c) => c.who)).toEqual(['kakashi', 'iruka']);
    play.rollback();
    expect(play.runner.stage.cast.map((c) => c.who)).toEqual(['kakashi']);
  });

  it('keeps a backlog of lines read and options chosen, trimmed by rollback', () => {
    const play = reading();
    play.next();
    play.next();
    play.choose(1);
    play.next();
    expect(play.backlog()).toEqual([
      { kind: 'line', speaker: null, text: 'The ink had dried on his fingers hours ago.', at: 0 },
      { kind: 'line', speaker: 'Kakashi', text: 'Yo.', at: 1 },
      { kind: 'choice', text: 'Stay seated' },
      { kind: 'line', speaker: null, text: 'He kept his hands flat on the paperwork.', at: null },
    ]);
    play.rollback();
    expect(play.backlog().map((e) => e.text)).toEqual(['The ink had dried on his fingers hours ago.', 'Yo.']);
  });

  it('rolls forward through what was rolled back, the same choice taken again, until the reader reads on', () => {
    const play = reading();
    play.next();
    play.next();
    play.choose(1);
    play.next();
    expect(play.canRollForward).toBe(false);
    play.rollback();
    play.rollback();
    expect(play.current?.line?.text).toBe('The ink had dried on his fingers hours ago.');
    expect(play.rollForward()?.line?.text).toBe('Yo.');
    expect(play.rollForward()?.line?.text).toBe('He kept his hands flat on the paperwork.');
    expect(play.rollForward()).toBeNull();
    expect(play.backlog().map((e) => e.text)).toEqual([
      'The ink had dried on his fingers hours ago.',
      'Yo.',
      'Stay seated',
      'He kept his hands flat on the paperwork.',
    ]);
    // Reading on (or choosing again) forgets the way forward.
    play.rollback();
    expect(play.canRollForward).toBe(true);
    play.choose(0);
    expect(play.canRollForward).toBe(false);
    expect(play.next().line?.text).toBe('He was over the desk before he had decided to move.');
  });

  it('returns to a line picked in the backlog, as one rollback to it', () => {
    const play = reading();
    play.next();
    play.next();
    play.choose(0);
    play.next();
    const yo = play.backlog().find((e) => e.kind === 'line' && e.text === 'Yo.');
    expect(yo?.kind === 'line' && yo.at).toBe(1);
    expect(play.returnTo(1)?.choices.map((c) => c.text)).toEqual(['Leap the desk', 'Stay seated']);
    expect(play.returnTo(5)).toBeNull();
    expect(play.returnTo(1)).toBeNull();
  });

  it('cannot roll back past the first line, nor further than its limit', () => {
    const play = reading(1);
    expect(play.rollback()).toBeNull();
    play.next();
    expect(play.canRollback).toBe(false);
    play.next();
    expect(play.canRollback).toBe(true);
    play.choose(0);
    play.next();
    expect(play.rollback()).not.toBeNull();
    expect(play.rollback()).toBeNull();
  });
});
