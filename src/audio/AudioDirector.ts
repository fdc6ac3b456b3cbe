import type { Stage } from '../story/stage.ts';

/** The three layers the director mixes. */
export type Channel = 'music' | 'ambience' | 'sfx';

/** One playable sound, as the director needs it (Howler behind it in the browser, a recorder in tests). */
export interface Sound {
  play(): void;
  stop(): void;
  /** Fades the volume from `from` to `to` over `ms`. */
  fade(from: number, to: number, ms: number): void;
  volume(value: number): void;
  /** Frees the decoded audio. */
  unload(): void;
}

/** Makes sounds from a cue id; returns null when the cue has no file (the story goes on in silence). */
export interface SoundFactory {
  create(channel: Channel, id: string, options: { loop: boolean; onFail: (reason: string) => void }): Sound | null;
  /** Mono: every sound is mixed down to one channel and played the same in both ears. */
  setMono?(on: boolean): void;
}

/** Volumes from 0 to 1 per channel, a master, and mute. */
export interface Volumes {
  master: number;
  music: number;
  ambience: number;
  sfx: number;
  mute: boolean;
}

const FADE_MS = { music: 1800, ambience: 1200 } as const;

/**
 * Listens to the stage and plays it: music crossfades, a request for the cue already playing does
 * nothing, an ambience layer under it, one-shot effects, a volume per channel, and silence while
 * the tab is hidden. A missing or broken file is warned about once; the story never waits on audio.
 */
export class AudioDirector {
  private readonly playing: Record<'music' | 'ambience', { id: string; sound: Sound } | null> = {
    music: null,
    ambience: null,
  };
  private readonly warned = new Set<string>();
  /** Each effect's sound, or null when it has no file. */
  private readonly effects = new Map<string, Sound | null>();
  // Unity gains until the reader's settings are applied (setVolumes): the defaults live in one place, the profile's DEFAULT_SETTINGS.
  private volumes: Volumes = { master: 1, music: 1, ambience: 1, sfx: 1, mute: false };
  private hidden = false;

  constructor(
    private readonly sounds: SoundFactory,
    private readonly warn: (message: string) => void = console.warn,
  ) {}

  /** Cue id of the music playing now (or fading in), if any. */
  get music(): string | null {
    return this.playing.music?.id ?? null;
  }

  /** Cue id of the ambience playing now, if any. */
  get ambience(): string | null {
    return this.playing.ambience?.id ?? null;
  }

  /** Makes what plays match a stage (after a step, a load or a rollback). */
  applyStage(stage: Pick<Stage, 'music' | 'ambience'>): void {
    this.setLoop('music', stage.music);
    this.setLoop('ambience', stage.ambience);
  }

  /** Plays a one-shot effect. */
  playSfx(id: string): void {
    if (this.hidden) return;
    // One sound per effect, made the first time and played again after (a new one each time kept
    // every copy's decoded audio alive: the heap grew with each effect played).
    if (!this.effects.has(id))
      this.effects.set(
        id,
        this.sounds.create('sfx', id, { loop: false, onFail: (reason) => this.warnOnce(`sfx:${id}`, reason) }),
      );
    const sound = this.effects.get(id);
    if (!sound) return this.warnOnce(`sfx:${id}`, `no file for sound effect "${id}"`);
    sound.volume(this.level('sfx'));
    sound.play();
  }

  /** Sets the volumes; they apply at once. */
  setVolumes(volumes: Volumes): void {
    this.volumes = { ...volumes };
    for (const channel of ['music', 'ambience'] as const) this.playing[channel]?.sound.volume(this.level(channel));
  }

  /** Mono audio on or off (an accessibility setting); applies at once. */
  setMono(on: boolean): void {
    this.sounds.setMono?.(on);
  }

  /** The tab was hidden or shown again: hold the sound meanwhile. */
  setHidden(hidden: boolean): void {
    if (hidden === this.hidden) return;
    this.hidden = hidden;
    for (const channel of ['music', 'ambience'] as const)
      this.playing[channel]?.sound.volume(hidden ? 0 : this.level(channel));
  }

  /** Stops everything (back to the title). */
  stopAll(): void {
    this.setLoop('music', null);
    this.setLoop('ambience', null);
  }

  private setLoop(channel: 'music' | 'ambience', id: string | null): void {
    const current = this.playing[channel];
    if ((current?.id ?? null) === id) return;
    if (current) {
      const old = current.sound;
      old.fade(this.level(channel), 0, FADE_MS[channel]);
      setTimeout(() => {
        old.stop();
        old.unload();
      }, FADE_MS[channel] + 50);
    }
    this.playing[channel] = null;
    if (!id) return;
    const sound = this.sounds.create(channel, id, {
      loop: true,
      onFail: (reason) => this.warnOnce(`${channel}:${id}`, reason),
    });
    if (!sound) return this.warnOnce(`${channel}:${id}`, `no file for ${channel} "${id}"`);
    this.playing[channel] = { id, sound };
    sound.volume(0);
    sound.play();
    sound.fade(0, this.level(channel), FADE_MS[channel]);
  }

  private level(channel: Channel): number {
    if (this.volumes.mute || this.hidden) return 0;
    return this.volumes.master * this.volumes[channel];
  }

  private warnOnce(key: string, message: string): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    this.warn(`[audio] ${message}; the story goes on without it`);
  }
}
