import { describe, expect, it, vi } from 'vitest';
import { AudioDirector, type Channel, type Sound, type SoundFactory } from '../../src/audio/AudioDirector.ts';

/** Sounds that record what was done to them; cues in `missing` have no file. */
function recordingSounds(missing: string[] = []) {
  const made: { channel: Channel; id: string; calls: string[]; volume: number }[] = [];
  const factory: SoundFactory = {
    create(channel, id) {
      if (missing.includes(id)) return null;
      const record = { channel, id, calls: [] as string[], volume: 1 };
      made.push(record);
      const sound: Sound = {
        play: () => void record.calls.push('play'),
        stop: () => void record.calls.push('stop'),
        fade: (from, to) => {
          record.calls.push(`fade ${from}->${to}`);
          record.volume = to;
        },
        volume: (v) => {
          record.volume = v;
        },
        unload: () => void record.calls.push('unload'),
      };
      return sound;
    },
  };
  return { factory, made };
}

describe('the audio director plays the stage', () => {
  it('starts music and ambience, and leaves alone a cue already playing', () => {
    const { factory, made } = recordingSounds();
    const audio = new AudioDirector(factory);
    audio.applyStage({ music: 'homecoming', ambience: 'mission-room' });
    audio.applyStage({ music: 'homecoming', ambience: 'mission-room' });
    expect(made.map((m) => `${m.channel}:${m.id}`)).toEqual(['music:homecoming', 'ambience:mission-room']);
    expect(audio.music).toBe('homecoming');
    expect(made[0].calls).toContain('play');
  });

  it('crossfades to a new cue and unloads the old one once it has faded', () => {
    vi.useFakeTimers();
    const { factory, made } = recordingSounds();
    const audio = new AudioDirector(factory);
    audio.applyStage({ music: 'homecoming', ambience: null });
    audio.applyStage({ music: 'unease', ambience: null });
    expect(made.map((m) => m.id)).toEqual(['homecoming', 'unease']);
    expect(made[0].calls.at(-1)).toMatch(/^fade .*->0$/);
    expect(made[1].calls).toContain('play');
    vi.advanceTimersByTime(5000);
    expect(made[0].calls).toContain('unload');
    vi.useRealTimers();
  });

  it('warns once about a missing file and goes on in silence', () => {
    const warn = vi.fn();
    const { factory } = recordingSounds(['gathering', 'glass']);
    const audio = new AudioDirector(factory, warn);
    audio.applyStage({ music: 'gathering', ambience: null });
    audio.applyStage({ music: null, ambience: null });
    audio.applyStage({ music: 'gathering', ambience: null });
    audio.playSfx('glass');
    audio.playSfx('glass');
    expect(warn).toHaveBeenCalledTimes(2);
    expect(audio.music).toBeNull();
  });

  it('makes one sound per effect and plays it again, so effects do not pile up in memory', () => {
    const { factory, made } = recordingSounds();
    const audio = new AudioDirector(factory);
    for (let i = 0; i < 5; i++) audio.playSfx('door');
    audio.playSfx('paper');
    expect(made.map((m) => `${m.channel}:${m.id}`)).toEqual(['sfx:door', 'sfx:paper']);
    expect(made[0].calls.filter((c) => c === 'play')).toHaveLength(5);
  });

  it('follows the volume settings, mutes, and holds the sound while the tab is hidden', () => {
    const { factory, made } = recordingSounds();
    const audio = new AudioDirector(factory);
    audio.applyStage({ music: 'hope', ambience: 'night' });
    audio.setVolumes({ master: 0.5, music: 0.5, ambience: 1, sfx: 1, mute: false });
    expect(made[0].volume).toBeCloseTo(0.25);
    expect(made[1].volume).toBeCloseTo(0.5);
    audio.setHidden(true);
    expect(made.map((m) => m.volume)).toEqual([0, 0]);
    audio.setHidden(false);
    expect(made[0].volume).toBeCloseTo(0.25);
    audio.setVolumes({ master: 1, music: 1, ambience: 1, sfx: 1, mute: true });
    expect(made.map((m) => m.volume)).toEqual([0, 0]);
  });
});
