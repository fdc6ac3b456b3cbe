import { Howl, Howler } from 'howler';
import type { Channel, Sound, SoundFactory } from './AudioDirector.ts';

const files = import.meta.glob('/assets/audio/**/*.{ogg,mp3}', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

/** URLs of a cue, Ogg first, MP3 as the fallback Safari reads. */
function sourcesOf(channel: Channel, id: string): { src: string[]; format: string[] } | null {
  const src: string[] = [];
  const format: string[] = [];
  for (const ext of ['ogg', 'mp3']) {
    const url = files[`/assets/audio/${channel}/${id}.${ext}`];
    if (url) {
      src.push(url);
      format.push(ext);
    }
  }
  return src.length ? { src, format } : null;
}

/** Sounds played by Howler through Web Audio, Ogg Vorbis first and MP3 for Safari. */
export class HowlerSounds implements SoundFactory {
  create(channel: Channel, id: string, options: { loop: boolean; onFail: (reason: string) => void }): Sound | null {
    const sources = sourcesOf(channel, id);
    if (!sources) return null;
    const howl = new Howl({
      ...sources,
      loop: options.loop,
      // Decoded into Web Audio, not streamed: HTML5 audio leaves a gap at every loop point.
      // A decoded cue is ~16 MB; the director unloads each one once it has faded out.
      html5: false,
      preload: true,
      onloaderror: (_id, error) => options.onFail(`could not load ${channel} "${id}" (${String(error)})`),
      onplayerror: (_id, error) => options.onFail(`could not play ${channel} "${id}" (${String(error)})`),
    });
    return {
      play: () => void howl.play(),
      stop: () => void howl.stop(),
      fade: (from, to, ms) => void howl.fade(from, to, ms),
      volume: (value) => void howl.volume(value),
      unload: () => howl.unload(),
    };
  }

  /** Resumes the audio context on a user gesture (browsers start it suspended; iOS suspends it in the background). */
  static unlock(): void {
    Howler.autoSuspend = false;
    void Howler.ctx?.resume?.();
  }
}
