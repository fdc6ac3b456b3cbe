import { describe, expect, it } from 'vitest';
import { findSourceTags, parseTag, parseTags } from '../../src/story/directives.ts';

describe('ink tags become typed directives', () => {
  it.each([
    ['chapter: 3 Breakfast', { kind: 'chapter', number: 3, title: 'Breakfast' }],
    ['backdrop: kitchen-morning', { kind: 'backdrop', id: 'kitchen-morning', cut: false }],
    ['backdrop: black cut', { kind: 'backdrop', id: 'black', cut: true }],
    ['show: kakashi guarded', { kind: 'show', who: 'kakashi', expression: 'guarded', position: null }],
    ['show: ayame concerned right', { kind: 'show', who: 'ayame', expression: 'concerned', position: 'right' }],
    ['show: guy', { kind: 'show', who: 'guy', expression: 'neutral', position: null }],
    [
      'show: iruka masked crossed',
      { kind: 'show', who: 'iruka', expression: 'masked', position: null, pose: 'crossed' },
    ],
    [
      'show: kakashi grave book left',
      { kind: 'show', who: 'kakashi', expression: 'grave', position: 'left', pose: 'book' },
    ],
    ['show: guy grin right thumb', { kind: 'show', who: 'guy', expression: 'grin', position: 'right', pose: 'thumb' }],
    ['hide: all', { kind: 'hide', who: 'all' }],
    ['music: unease', { kind: 'music', id: 'unease' }],
    ['music: none', { kind: 'music', id: null }],
    ['ambience: street', { kind: 'ambience', id: 'street' }],
    ['sfx: vanish', { kind: 'sfx', id: 'vanish' }],
    ['wall: 5', { kind: 'wall', level: 5 }],
    ['effect: stone', { kind: 'effect', name: 'stone' }],
    ['pause: 1.5', { kind: 'pause', seconds: 1.5 }],
    ['ending: stone-wall The Stone Wall', { kind: 'ending', id: 'stone-wall', title: 'The Stone Wall' }],
    ['  Music:   hope  ', { kind: 'music', id: 'hope' }],
    ['learns: latch', { kind: 'fact', verb: 'learns', fact: 'latch', known: true }],
    ['forgets: drink', { kind: 'fact', verb: 'forgets', fact: 'drink', known: true }],
    ['needs: !seated', { kind: 'fact', verb: 'needs', fact: 'seated', known: false }],
    ['move: iruka to far-right', { kind: 'move', who: 'iruka', to: 'far-right', pace: 'walk' }],
    ['move: iruka to centre-right rush', { kind: 'move', who: 'iruka', to: 'centre-right', pace: 'rush' }],
    ['face: kakashi left', { kind: 'face', who: 'kakashi', toward: 'left', away: false }],
    ['face: iruka toward kakashi', { kind: 'face', who: 'iruka', toward: 'kakashi', away: false }],
    ['face: iruka away from kakashi', { kind: 'face', who: 'iruka', toward: 'kakashi', away: true }],
    ['enter: guy from left', { kind: 'enter', who: 'guy', from: 'left' }],
    ['exit: kakashi right', { kind: 'exit', who: 'kakashi', to: 'right' }],
    ['closeup: wrist', { kind: 'closeup', id: 'wrist' }],
    ['show: iruka warm centre-left', { kind: 'show', who: 'iruka', expression: 'warm', position: 'centre-left' }],
  ])('"# %s"', (tag, directive) => {
    expect(parseTag(tag)).toEqual({ ok: true, directive });
  });

  it.each([
    ['weather: rain', /unknown tag "weather"/],
    ['learns: !latch', /learns takes one fact name in snake_case$/],
    ['needs: the latch', /needs takes one fact name/],
    ['backdrop: the-moon', /unknown backdrop "the-moon"/],
    ['show: kakashi laughing', /kakashi has no expression "laughing"/],
    ['show: naruto warm', /unknown character "naruto"/],
    ['show: iruka warm upstage', /unknown position or pose "upstage"/],
    ['show: kakashi warm thumb', /poses of kakashi: pockets, book/],
    ['show: iruka warm left right', /one position and one pose at most/],
    ['wall: 6', /0 to 5/],
    ['chapter: three Breakfast', /chapter needs a number/],
    ['chapter: 3', /needs a title/],
    ['ending: Stone Wall', /kebab-case/],
    ['pause: forever', /pause takes seconds/],
    ['just words', /expected "key: value"/],
    ['music:', /needs a value/],
    ['move: iruka far-right', /move takes "who to position/],
    ['move: iruka to the-hall', /positions: far-left, left, centre-left/],
    ['move: iruka to left sideways', /\[walk\|rush\]/],
    ['move: naruto to left', /unknown character "naruto"/],
    ['face: iruka up', /face takes "who left"/],
    ['face: iruka toward', /face takes/],
    ['face: iruka toward naruto', /unknown character "naruto" to face/],
    ['face: iruka toward iruka', /cannot face himself/],
    ['face: iruka away kakashi', /face takes/],
    ['enter: guy left', /enter takes "who from left\|right"/],
    ['exit: guy from left', /exit takes "who left\|right"/],
    ['closeup: kiss', /unknown closeup "kiss"; known: leap, embrace, wrist/],
    ['closeup: wrist leap', /unknown closeup/],
  ])('"# %s" is refused with a reason a writer can act on', (tag, reason) => {
    const result = parseTag(tag);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(reason);
  });

  it('keeps every bad tag with its location instead of dropping it', () => {
    const { directives, problems } = parseTags(['music: hope', 'mood: sad', 'sfx: kazoo'], 'breakfast_scene.0');
    expect(directives).toEqual([{ kind: 'music', id: 'hope' }]);
    expect(problems).toHaveLength(2);
    expect(problems.map((p) => p.location)).toEqual(['breakfast_scene.0', 'breakfast_scene.0']);
    expect(problems.map((p) => p.tag)).toEqual(['mood: sad', 'sfx: kazoo']);
  });

  it('finds tags in ink source with their lines, skipping comments', () => {
    const source = [
      '// # not: a tag',
      'A line. # music: hope # sfx: door',
      '/* # also: not',
      '   # still: not */',
      '# backdrop: black',
    ].join('\n');
    expect(findSourceTags(source)).toEqual([
      { tag: 'music: hope', line: 2 },
      { tag: 'sfx: door', line: 2 },
      { tag: 'backdrop: black', line: 5 },
    ]);
  });
});
