import type { HowlOptions } from 'howler';
import { describe, expect, it } from 'vitest';
import { HowlerSounds, sourcesOf, type HowlLike } from '../../src/audio/howlerSounds.ts';

/** A Howl that records what it was asked and can be told its file failed. */
class RecordedHowl implements HowlLike {
  readonly calls: string[] = [];
  constructor(readonly options: HowlOptions) {}
  play() {
    this.calls.push('play');
  }
  stop() {
    this.calls.push('stop');
  }
  fade(from: number, to: number, ms: number) {
    this.calls.push(`fade ${from}>${to} ${ms}`);
  }
  volume(value: number) {
    this.calls.push(`volume ${value}`);
  }
  unload() {
    this.calls.push('unload');
  }
  /** The browser could not fetch or decode the file. */
  fail(error = 'Decoding audio data failed.') {
    this.options.onloaderror?.(1, error);
  }
}

const FILES = {
  '/assets/audio/music/homecoming.ogg': '/a/homecoming-1.ogg',
  '/assets/audio/music/homecoming.mp3': '/a/homecoming-2.mp3',
  '/assets/audio/sfx/door.ogg': '/a/door.ogg',
};

function factory() {
  const made: RecordedHowl[] = [];
  const sounds = new HowlerSounds(FILES, (options) => {
    const howl = new RecordedHowl(options);
    made.push(howl);
    return howl;
  });
  return { made, sounds };
}

describe('Howler sounds', () => {
  it('names both files of a cue with explicit formats, Ogg first', () => {
    expect(sourcesOf(FILES, 'music', 'homecoming')).toEqual([
      { url: '/a/homecoming-1.ogg', format: 'ogg' },
      { url: '/a/homecoming-2.mp3', format: 'mp3' },
    ]);
    const { made, sounds } = factory();
    sounds.create('music', 'homecoming', { loop: true, onFail: () => {} });
    expect(made.map((h) => [h.options.src, h.options.format])).toEqual([[['/a/homecoming-1.ogg'], ['ogg']]]);
  });

  it('an Ogg that will not load or decode: the MP3 is requested, and plays at the volume asked', () => {
    const { made, sounds } = factory();
    const failures: string[] = [];
    const sound = sounds.create('music', 'homecoming', { loop: true, onFail: (r) => failures.push(r) })!;
    sound.volume(0.4);
    sound.play();
    sound.fade(0.4, 0.8, 1800);
    made[0].fail();
    expect(made).toHaveLength(2);
    expect(made[1].options).toMatchObject({ src: ['/a/homecoming-2.mp3'], format: ['mp3'], loop: true });
    expect(made[1].calls).toEqual(['volume 0.8', 'play']);
    expect(made[0].calls.at(-1)).toBe('unload');
    expect(failures).toEqual([]);
    sound.stop();
    expect(made[1].calls.at(-1)).toBe('stop');
  });

  it('when every file fails, says so once with each reason', () => {
    const { made, sounds } = factory();
    const failures: string[] = [];
    sounds.create('music', 'homecoming', { loop: false, onFail: (r) => failures.push(r) });
    made[0].fail('404');
    made[1].fail('Decoding audio data failed.');
    made[0].fail('late echo of the first');
    expect(failures).toEqual(['could not load music "homecoming" (ogg: 404; mp3: Decoding audio data failed.)']);
  });

  it('a cue with no file at all makes no sound, and asks for nothing', () => {
    const { made, sounds } = factory();
    expect(sounds.create('ambience', 'night', { loop: true, onFail: () => {} })).toBeNull();
    expect(made).toEqual([]);
  });
});

describe('mono audio', () => {
  it("sets Howler's master gain to mix down to one channel, and back to stereo", async () => {
    const { downmix } = await import('../../src/audio/howlerSounds.ts');
    const node = { channelCount: 2, channelCountMode: 'max', channelInterpretation: 'speakers' } as AudioNode;
    downmix(node, true);
    expect([node.channelCount, node.channelCountMode, node.channelInterpretation]).toEqual([1, 'explicit', 'speakers']);
    downmix(node, false);
    expect([node.channelCount, node.channelCountMode]).toEqual([2, 'max']);
    expect(() => downmix(null, true)).not.toThrow();
  });
});
