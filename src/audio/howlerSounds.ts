import { Howl, Howler, type HowlOptions } from 'howler';
import type { Channel, Sound, SoundFactory } from './AudioDirector.ts';

const bundled = import.meta.glob('/assets/audio/**/*.{ogg,mp3}', {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** One file of a cue and its format, named explicitly: Howler's own guess tests Vorbis, not what the file holds. */
export interface AudioSource {
  url: string;
  format: 'ogg' | 'mp3';
}

/** The files of a cue in the order to try them: Ogg first, then the MP3 that Safari before 18.4 reads. */
export function sourcesOf(files: Readonly<Record<string, string>>, channel: Channel, id: string): AudioSource[] {
  const found: AudioSource[] = [];
  for (const format of ['ogg', 'mp3'] as const) {
    const url = files[`/assets/audio/${channel}/${id}.${format}`];
    if (url) found.push({ url, format });
  }
  return found;
}

/** The part of a Howl a sound uses; Howler's own in the browser, a recorder in tests. */
export interface HowlLike {
  play(): unknown;
  stop(): unknown;
  fade(from: number, to: number, ms: number): unknown;
  volume(value: number): unknown;
  unload(): void;
}

/** Makes a Howl from its options. */
export type HowlMaker = (options: HowlOptions) => HowlLike;

/**
 * A sound that falls back to the next file when one cannot be loaded or decoded. Howler picks the first
 * source whose format the browser claims to play and never tries another when that one fails, so an Ogg
 * that is missing or will not decode would leave the reading silent though its MP3 is shipped. Here each
 * failure makes a new Howl from the files left, carrying over whether it plays and at what volume.
 */
export class FallbackSound implements Sound {
  private howl: HowlLike | null = null;
  private next = 0;
  private playing = false;
  private level: number | null = null;
  private readonly failures: string[] = [];

  /** `sources` in the order to try; `onFail` hears once, after the last one failed, every reason. */
  constructor(
    private readonly sources: readonly AudioSource[],
    private readonly options: { loop: boolean; name: string; onFail: (reason: string) => void },
    private readonly makeHowl: HowlMaker,
  ) {
    this.tryNext();
  }

  play(): void {
    this.playing = true;
    this.howl?.play();
  }

  stop(): void {
    this.playing = false;
    this.howl?.stop();
  }

  fade(from: number, to: number, ms: number): void {
    // A fallback loaded during the fade starts where the fade ends.
    this.level = to;
    this.howl?.fade(from, to, ms);
  }

  volume(value: number): void {
    this.level = value;
    this.howl?.volume(value);
  }

  unload(): void {
    this.playing = false;
    this.next = this.sources.length;
    this.howl?.unload();
    this.howl = null;
  }

  private tryNext(): void {
    const source = this.sources[this.next++];
    if (!source) {
      this.howl = null;
      this.options.onFail(`could not load ${this.options.name} (${this.failures.join('; ')})`);
      return;
    }
    let current: HowlLike | null = null;
    const loadFailed = (_id: number, error: unknown) => {
      if (this.howl !== current) return;
      this.failures.push(`${source.format}: ${String(error)}`);
      current?.unload();
      this.tryNext();
    };
    current = this.makeHowl({
      src: [source.url],
      format: [source.format],
      loop: this.options.loop,
      // Decoded into Web Audio, not streamed: HTML5 audio leaves a gap at every loop point.
      // A decoded cue is ~16 MB; the director unloads each one once it has faded out.
      html5: false,
      preload: true,
      onloaderror: loadFailed,
      // Not the file's fault (audio still locked, say): another format would fail the same way.
      onplayerror: (_id, error) => this.options.onFail(`could not play ${this.options.name} (${String(error)})`),
    });
    this.howl = current;
    if (this.level !== null) current.volume(this.level);
    if (this.playing) current.play();
  }
}

/** Sounds played by Howler through Web Audio: Ogg first, and the MP3 when the Ogg cannot be loaded or decoded. */
export class HowlerSounds implements SoundFactory {
  private mono = false;

  /** `files` maps asset paths to URLs (the bundled audio by default); `makeHowl` is Howler's by default. */
  constructor(
    private readonly files: Readonly<Record<string, string>> = bundled,
    private readonly makeHowl: HowlMaker = (options) => new Howl(options),
  ) {}

  create(channel: Channel, id: string, options: { loop: boolean; onFail: (reason: string) => void }): Sound | null {
    const sources = sourcesOf(this.files, channel, id);
    if (!sources.length) return null;
    const named = { loop: options.loop, name: `${channel} "${id}"`, onFail: options.onFail };
    const sound = new FallbackSound(sources, named, this.makeHowl);
    // Howler makes its audio context with the first Howl: mono is applied to it once it exists.
    if (this.mono) downmix(Howler.masterGain, true);
    return sound;
  }

  /** Mono: Howler's master gain mixes every sound down to one channel, which both speakers then play. */
  setMono(on: boolean): void {
    this.mono = on;
    downmix(Howler.masterGain, on);
  }

  /** Resumes the audio context on a user gesture (browsers start it suspended; iOS suspends it in the background). */
  static unlock(): void {
    Howler.autoSuspend = false;
    void Howler.ctx?.resume?.();
  }
}

/**
 * Sets `node` to mix its input down to mono (Web Audio's "speakers" rules: left and right averaged), or
 * back to stereo. The destination spreads a mono signal to both speakers, so each ear hears everything.
 */
export function downmix(node: AudioNode | null | undefined, on: boolean): void {
  if (!node) return;
  node.channelCount = on ? 1 : 2;
  node.channelCountMode = on ? 'explicit' : 'max';
  node.channelInterpretation = 'speakers';
}
