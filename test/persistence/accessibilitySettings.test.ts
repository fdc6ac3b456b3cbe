import { describe, expect, it } from 'vitest';
import {
  changeSettings,
  DEFAULT_SETTINGS,
  freshProfile,
  PROFILE_FORMAT_VERSION,
  profileToValue,
  readProfile,
  serializeProfile,
  type Settings,
  settingsOf,
} from '../../src/persistence/profile.ts';

/** A profile as a build before the accessibility panel wrote it: v1, with only the older settings. */
const older = JSON.stringify({
  version: 1,
  endings: { 'desk-end': '2026-11-01T10:00:00.000Z' },
  linesSeen: '',
  routeMap: { nodes: [], edges: [] },
  completedRuns: 1,
  contentNoteSeen: true,
  settings: { textSize: 48, highContrast: true },
});

describe('the accessibility settings in the profile', () => {
  it('a profile from before them reads as it was, with the new settings at their defaults (no migration)', () => {
    const read = readProfile(older);
    expect(read.kind).toBe('ok');
    if (read.kind !== 'ok') return;
    const settings = settingsOf(read.profile);
    expect(settings.textSize).toBe(48);
    expect(settings.highContrast).toBe(true);
    expect(settings.font).toBe('literata');
    expect(settings.lineSpacing).toBe(DEFAULT_SETTINGS.lineSpacing);
    expect(settings.boxOpacity).toBe(1);
    expect(settings.voice).toBeNull();
    expect(settings.monoAudio).toBe(false);
    expect(settings.keys).toEqual({});
    expect(PROFILE_FORMAT_VERSION).toBe(1);
  });

  it('keeps every one of them across a save and a reload', () => {
    const chosen: Partial<Settings> = {
      font: 'opendyslexic',
      lineSpacing: 1.9,
      boxOpacity: 0.35,
      voice: 'Google UK English Female',
      speechRate: 1.4,
      pronunciations: { Iruka: 'Ee-roo-ka' },
      monoAudio: true,
      keys: { advance: ['z', 'Enter'], rollback: [' '] },
    };
    const profile = changeSettings(freshProfile(), chosen);
    const read = readProfile(serializeProfile(profile));
    expect(read.kind).toBe('ok');
    if (read.kind === 'ok') expect(settingsOf(read.profile)).toMatchObject(chosen);
  });

  it('a bad value loses only that setting, and says which', () => {
    const value = profileToValue(changeSettings(freshProfile(), { font: 'sans', boxOpacity: 0.5 }));
    const broken = { ...value, settings: { ...value.settings, font: 'Comic Sans', keys: { advance: 'space' } } };
    const read = readProfile(JSON.stringify(broken));
    expect(read.kind).toBe('salvaged');
    if (read.kind !== 'salvaged') return;
    expect(read.reason).toContain('settings.font');
    expect(read.reason).toContain('settings.keys');
    const settings = settingsOf(read.profile);
    expect(settings.font).toBe('literata');
    expect(settings.boxOpacity).toBe(0.5);
    expect(settings.keys).toEqual({});
  });
});
