import { describe, expect, it } from 'vitest';
import { compiledContainers } from '../../../src/tools/explorer/compiledTags.ts';
import { exploreStory } from '../../../src/tools/explorer/explore.ts';
import { endingHints } from '../../../src/tools/replay/endingHints.ts';
import { compileFixture } from '../../support/ink.ts';

const tagsOf = (json: string) => compiledContainers(json).flatMap((c) => c.tags);

describe('the tags of a compiled story', () => {
  it('finds every tag written in the ink, whole, in story order', () => {
    expect(tagsOf(compileFixture('replay/two-chapters.ink'))).toEqual([
      'chapter: 1 The Gate',
      'backdrop: mission-desk',
      'chapter: 2 The Hill',
      'backdrop: village-rooftops',
      'ending: good-end The Good End',
      'hint: Keep going up.',
      'backdrop: ichiraku-night',
      'backdrop: black',
      'hint: Sometimes the way down is the answer.',
      'ending: bad-end The Bad End',
    ]);
  });

  it('keeps a tag written in several pieces whole, and reads the tags of ink before 1.1', () => {
    const json = JSON.stringify({
      inkVersion: 21,
      root: [['#', '^ending: split ', '^The Split End', '/#', { '#': 'hint: old style' }, 'done', null]],
    });
    const [, inner] = compiledContainers(json);
    expect(inner.tags).toEqual(['ending: split The Split End', 'hint: old style']);
    expect(inner.commands).toEqual(['done']);
    expect(endingHints(json)).toEqual(new Map([['split', 'old style']]));
  });

  it('tells commands from text, so a story that reads TURNS_SINCE is recognised and one that does not is not', () => {
    const commands = (name: string) => new Set(compiledContainers(compileFixture(name)).flatMap((c) => c.commands));
    expect(commands('explorer/turns.ink').has('turns')).toBe(true);
    expect(commands('explorer/hub.ink').has('turns')).toBe(false);
    expect([...commands('explorer/hub.ink')].some((c) => c.startsWith('^'))).toBe(false);
    expect(exploreStory(compileFixture('explorer/turns.ink')).exploration.usesTurns).toBe(true);
    expect(exploreStory(compileFixture('explorer/hub.ink')).exploration.usesTurns).toBe(false);
  });
});
