import { describe, expect, it } from 'vitest';
import { shareText, transcriptFileName, transcriptMarkdown } from '../../src/reading/transcript.ts';
import type { ReadingEntry } from '../../src/story/readingSoFar.ts';
import { readingSoFar } from '../../src/story/readingSoFar.ts';
import { StoryRunner } from '../../src/story/StoryRunner.ts';
import { compileFixture } from '../support/ink.ts';

const ON = new Date('2026-03-09T10:00:00Z');

describe('a reading kept as a transcript', () => {
  it('has every line, the choice made and the ending, in reading order, with the ending named at the top', () => {
    const entries = readingSoFar(new StoryRunner(compileFixture('desk.ink')), [1], Infinity);
    const text = transcriptMarkdown(entries, ON);
    expect(text.split('\n').slice(0, 3)).toEqual([
      '# Ultimate Defence: a reading',
      '',
      'Ending: **The Desk**. Read on 9 March 2026.',
    ]);
    const order = ['## Chapter 1: The Desk', '*The ink had dried', '**Kakashi:** Yo.', '> You chose: Stay seated'];
    const at = order.map((part) => text.indexOf(part));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).toContain('## The end: The Desk');
    expect(transcriptFileName(entries)).toBe('ultimate-defence-desk-end.md');
  });

  it('an unfinished reading says so, and a line keeps its own marks as written', () => {
    const entries: ReadingEntry[] = [
      { kind: 'line', speaker: null, text: '- a *starred* word' },
      { kind: 'choice', text: 'Go', chapter: null },
    ];
    const text = transcriptMarkdown(entries, ON);
    expect(text).toContain('Not finished yet.');
    expect(text).toContain('*\\- a \\*starred\\* word*');
    expect(transcriptFileName(entries)).toBe('ultimate-defence-so-far.md');
  });

  it('a shared line carries its words, its speaker and the game', () => {
    expect(shareText({ speaker: 'Kakashi', text: 'Maa.' })).toBe('“Maa.” (Kakashi), from Ultimate Defence');
    expect(shareText({ speaker: null, text: 'The door closed.' })).toBe('“The door closed.”, from Ultimate Defence');
  });
});
