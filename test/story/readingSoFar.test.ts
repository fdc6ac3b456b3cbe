import { describe, expect, it } from 'vitest';
import { readingSoFar, recapOf } from '../../src/story/readingSoFar.ts';
import { StoryRunner } from '../../src/story/StoryRunner.ts';
import { compileFixture } from '../support/ink.ts';

const json = compileFixture('recap/two-scenes.ink');

describe('a reading retold from its choice log', () => {
  it('lists chapters, scene recaps, lines and the choice taken, in reading order', () => {
    const entries = readingSoFar(new StoryRunner(json), [1], Infinity);
    expect(entries.map((e) => e.kind)).toEqual([
      'chapter',
      'recap',
      'line',
      'line',
      'choice',
      'line',
      'chapter',
      'recap',
      'line',
      'line',
      'line',
    ]);
    expect(entries[4]).toEqual({ kind: 'choice', text: 'Stay seated', chapter: 1 });
    expect(entries.at(-1)).toEqual({ kind: 'line', speaker: null, text: 'He washed the cups.' });
  });

  it('stops where the save stood: steps lines past the last choice', () => {
    const entries = readingSoFar(new StoryRunner(json), [0], 1);
    expect(entries.filter((e) => e.kind === 'line').map((e) => e.kind === 'line' && e.text)).toEqual([
      'The ink had dried on his fingers.',
      'Yo.',
      'He was over it before he knew.',
    ]);
  });

  it('the recap keeps chapters, scene sentences and choices, not the lines', () => {
    const recap = recapOf(readingSoFar(new StoryRunner(json), [0], Infinity));
    expect(recap).toEqual([
      { kind: 'chapter', number: 1, title: 'The Desk' },
      { kind: 'recap', text: 'He waited at the desk until the report came in.', chapter: 1 },
      { kind: 'choice', text: 'Leap the desk', chapter: 1 },
      { kind: 'chapter', number: 2, title: 'The Kitchen' },
      { kind: 'recap', text: 'Breakfast went cold between them.', chapter: 2 },
    ]);
  });

  it('a log that no longer fits gives what was met before it parted, never an error', () => {
    const entries = readingSoFar(new StoryRunner(json), [5], 3);
    expect(entries.filter((e) => e.kind === 'recap')).toHaveLength(1);
    expect(entries.some((e) => e.kind === 'choice')).toBe(false);
  });
});
