import { describe, expect, it } from 'vitest';
import {
  EXCERPT_MAX_CHARS,
  isKeepableThumbnail,
  labelFor,
  MIN_READABLE_SAVE_VERSION,
  readSave,
  SAVE_FORMAT_VERSION,
  serializeSave,
  THUMBNAIL_MAX_CHARS,
  toSnapshot,
  toStage,
} from '../../src/persistence/saveFormat.ts';
import { EMPTY_STAGE } from '../../src/story/stage.ts';
import { deskSave, runnerOn, TINY_PNG } from './support/saves.ts';

describe('the save format', () => {
  it('holds everything a save lists: version, story hash, ink state, choices, stage, time, label, thumbnail', () => {
    const save = deskSave({ choice: 0, thumbnail: TINY_PNG });
    expect(save).toMatchObject({
      version: SAVE_FORMAT_VERSION,
      contentHash: runnerOn().contentHash,
      choiceLog: [{ index: 0, text: 'Leap the desk' }],
      stepsSinceChoice: 1,
      recentLines: [expect.stringMatching(/^[0-9a-f]{8}$/)],
      stage: { backdrop: 'mission-desk', music: 'homecoming', chapter: { number: 1, title: 'The Desk' } },
      current: { line: { text: 'He was over the desk before he had decided to move.' }, choices: [], ended: false },
      time: '2026-11-01T10:00:00.000Z',
      label: { chapter: 'The Desk', excerpt: 'He was over the desk before he had decided to move.' },
      thumbnail: TINY_PNG,
      needsAttention: null,
    });
    expect(typeof save.inkState).toBe('string');
    expect(SAVE_FORMAT_VERSION).toBeGreaterThanOrEqual(MIN_READABLE_SAVE_VERSION);
  });

  it('reads back exactly what it wrote', () => {
    const save = deskSave({ choice: 1 });
    expect(readSave(serializeSave(save))).toEqual({ kind: 'ok', save, migratedFrom: null });
  });

  it('labels a save with the speaker and line, cut near a word', () => {
    expect(labelFor(EMPTY_STAGE, { id: '00000000', speaker: 'Kakashi', text: 'Yo.' })).toEqual({
      chapter: null,
      excerpt: 'Kakashi: Yo.',
    });
    const long = labelFor(EMPTY_STAGE, { id: '00000000', speaker: null, text: 'word '.repeat(60) });
    expect(long.excerpt.length).toBeLessThanOrEqual(EXCERPT_MAX_CHARS);
    expect(long.excerpt).toMatch(/word…$/);
    expect(labelFor({ ...EMPTY_STAGE, ending: { id: 'x', title: 'The End' } }, null).excerpt).toBe('The End');
  });

  it('keeps a small thumbnail and drops one too large or not an image', () => {
    expect(isKeepableThumbnail(TINY_PNG)).toBe(true);
    expect(isKeepableThumbnail(`data:image/png;base64,${'A'.repeat(THUMBNAIL_MAX_CHARS)}`)).toBe(false);
    expect(isKeepableThumbnail('data:image/svg+xml;base64,PHN2Zz4=')).toBe(false);
    expect(isKeepableThumbnail('javascript:alert(1)')).toBe(false);
    expect(deskSave({ thumbnail: `data:image/png;base64,${'A'.repeat(THUMBNAIL_MAX_CHARS)}` }).thumbnail).toBeNull();
  });

  it('leaves a save from a newer version as it is, unread', () => {
    const future = { ...deskSave(), version: SAVE_FORMAT_VERSION + 1, somethingNew: true };
    expect(readSave(JSON.stringify(future))).toEqual({ kind: 'future', version: SAVE_FORMAT_VERSION + 1 });
  });

  it('says why a save cannot be read', () => {
    expect(readSave('{"version":2')).toMatchObject({
      kind: 'unreadable',
      reason: expect.stringMatching(/not valid JSON/),
    });
    expect(readSave('[]')).toMatchObject({ kind: 'unreadable', reason: expect.stringMatching(/not a JSON object/) });
    expect(readSave('{"version":"2"}')).toMatchObject({
      kind: 'unreadable',
      reason: expect.stringMatching(/no valid format version/),
    });
    expect(readSave('{"version":0}')).toMatchObject({ kind: 'unreadable' });
    const { label: _label, ...noLabel } = deskSave();
    expect(readSave(JSON.stringify(noLabel))).toMatchObject({
      kind: 'unreadable',
      reason: expect.stringMatching(/label/),
    });
  });

  it('turns a saved stage into one the renderer knows, dropping names retired since', () => {
    const stage = toStage({
      backdrop: 'old-backdrop',
      cast: [
        { who: 'iruka', expression: 'warm', position: 'in-the-wings', facing: 'left' },
        { who: 'nobody', expression: 'x', position: 'left' },
      ],
      music: 'stone',
      ambience: 'old-loop',
      wall: 99,
      stone: true,
      chapter: { number: 2, title: 'T' },
      ending: null,
      closeup: 'retired-closeup',
    });
    expect(stage).toEqual({
      backdrop: null,
      cast: [{ who: 'iruka', expression: 'warm', position: 'centre', facing: 'left' }],
      music: 'stone',
      ambience: null,
      wall: 5,
      stone: true,
      chapter: { number: 2, title: 'T' },
      ending: null,
      closeup: null,
    });
  });

  it('gives the runner a snapshot whose step carries no directives (no sound replays on load)', () => {
    const snapshot = toSnapshot(deskSave({ choice: 0 }));
    expect(snapshot.current).toMatchObject({
      directives: [],
      line: { text: 'He was over the desk before he had decided to move.' },
    });
    expect(snapshot.current?.stage).toBe(snapshot.stage);
  });
});
