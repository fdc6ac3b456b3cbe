import { describe, expect, it } from 'vitest';
import {
  changeSettings,
  completeRun,
  DEFAULT_SETTINGS,
  discoverRoute,
  freshProfile,
  hasSeenLine,
  markContentNoteSeen,
  markLineSeen,
  mergeProfiles,
  PROFILE_FORMAT_VERSION,
  profileToValue,
  readProfile,
  recordEnding,
  serializeProfile,
  settingsOf,
  summarizeProfile,
  type Profile,
} from '../../src/persistence/profile.ts';
import { parseLine } from '../../src/story/lines.ts';

const played = (): Profile => {
  let p = freshProfile();
  p = recordEnding(p, 'desk-end', new Date('2026-11-01T10:00:00.000Z'));
  p = markLineSeen(p, parseLine('Kakashi: Yo.').id);
  p = markLineSeen(p, parseLine('The door slid shut.').id);
  p = discoverRoute(p, { nodes: ['desk', 'desk_end'], edges: ['desk->desk_end'] });
  p = completeRun(p);
  p = markContentNoteSeen(p);
  return changeSettings(p, { textSpeed: 80, skipMode: 'all' });
};

describe('the profile', () => {
  it('starts with nothing reached and every setting at its default', () => {
    expect(summarizeProfile(freshProfile())).toEqual({
      endings: 0,
      linesSeen: 0,
      routeNodes: 0,
      routeEdges: 0,
      completedRuns: 0,
    });
    expect(settingsOf(freshProfile())).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.reducedMotion).toBeNull();
    expect(DEFAULT_SETTINGS.skipMode).toBe('seen');
  });

  it('remembers when an ending was first reached, not the last time', () => {
    let p = recordEnding(freshProfile(), 'desk-end', new Date('2026-11-01T10:00:00.000Z'));
    p = recordEnding(p, 'desk-end', new Date('2026-12-01T10:00:00.000Z'));
    expect(p.endings.get('desk-end')).toBe('2026-11-01T10:00:00.000Z');
    expect(recordEnding(p, 'Not Kebab', new Date())).toBe(p);
  });

  it('knows which lines were seen, and seeing one again changes nothing', () => {
    const id = parseLine('Kakashi: Yo.').id;
    const p = markLineSeen(freshProfile(), id);
    expect(hasSeenLine(p, id)).toBe(true);
    expect(hasSeenLine(p, parseLine('Iruka: Yo.').id)).toBe(false);
    expect(markLineSeen(p, id)).toBe(p);
    expect(markLineSeen(p, 'not-an-id')).toBe(p);
  });

  it('stores seen lines compactly, as one string of sorted ids', () => {
    const value = profileToValue(played());
    expect(value.version).toBe(PROFILE_FORMAT_VERSION);
    expect(value.linesSeen).toMatch(/^([0-9a-f]{8}){2}$/);
    expect(value.linesSeen).toBe([...played().linesSeen].sort().join(''));
  });

  it('keeps only the settings the player chose, filling the rest with defaults', () => {
    const p = changeSettings(freshProfile(), {
      textSpeed: 80,
      volumes: { master: 0.5, music: 0.5, ambience: 0.5, sfx: 0.5 },
    });
    expect(p.settings).toEqual({ textSpeed: 80, volumes: { master: 0.5, music: 0.5, ambience: 0.5, sfx: 0.5 } });
    expect(settingsOf(p)).toMatchObject({
      textSpeed: 80,
      autoDelay: DEFAULT_SETTINGS.autoDelay,
      volumes: { master: 0.5 },
    });
  });

  it('reads back exactly what it wrote', () => {
    const read = readProfile(serializeProfile(played()));
    expect(read).toEqual({ kind: 'ok', profile: played() });
  });

  it('merging two browsers keeps the earliest ending dates, unites what was seen, and keeps the settings chosen here', () => {
    const here = changeSettings(recordEnding(freshProfile(), 'a', new Date('2026-11-05T00:00:00.000Z')), {
      textSpeed: 30,
    });
    let there = recordEnding(freshProfile(), 'a', new Date('2026-11-01T00:00:00.000Z'));
    there = recordEnding(there, 'b', new Date('2026-11-02T00:00:00.000Z'));
    there = markLineSeen(there, '0000000a');
    there = discoverRoute(there, { nodes: ['n'], edges: ['e'] });
    there = changeSettings(completeRun(completeRun(there)), { textSpeed: 90, mute: true });
    there = markContentNoteSeen(there);
    const merged = mergeProfiles(markLineSeen(here, '0000000b'), there);
    expect(Object.fromEntries(merged.endings)).toEqual({
      a: '2026-11-01T00:00:00.000Z',
      b: '2026-11-02T00:00:00.000Z',
    });
    expect([...merged.linesSeen].sort()).toEqual(['0000000a', '0000000b']);
    expect([...merged.routeMap.nodes]).toEqual(['n']);
    expect(merged.completedRuns).toBe(2);
    expect(merged.contentNoteSeen).toBe(true);
    expect(merged.settings).toEqual({ textSpeed: 30, mute: true });
  });

  it('a profile with one damaged part keeps the rest, and says which part was lost', () => {
    const value = { ...profileToValue(played()), linesSeen: 'zz', settings: { textSpeed: 'fast', skipMode: 'all' } };
    const read = readProfile(JSON.stringify(value));
    expect(read.kind).toBe('salvaged');
    if (read.kind !== 'salvaged') return;
    expect(read.reason).toMatch(/linesSeen, settings\.textSpeed/);
    expect(read.profile.linesSeen.size).toBe(0);
    expect(read.profile.endings.get('desk-end')).toBe('2026-11-01T10:00:00.000Z');
    expect(read.profile.settings).toEqual({ skipMode: 'all' });
  });

  it('says why a profile cannot be read at all', () => {
    expect(readProfile('{"version":1,')).toMatchObject({ kind: 'unreadable' });
    expect(readProfile('[1,2]')).toMatchObject({ kind: 'unreadable' });
    expect(readProfile('{"version":1}')).toMatchObject({ kind: 'unreadable' });
    expect(readProfile('{"version":1,"endings":{"__proto__":{}}}')).toMatchObject({
      kind: 'unreadable',
      reason: expect.stringMatching(/forbidden/),
    });
    expect(readProfile('{"version":4}')).toEqual({ kind: 'future', version: 4 });
  });
});
