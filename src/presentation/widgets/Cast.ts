import type * as Phaser from 'phaser';
import type { Directive } from '../../story/directives.ts';
import type { StagedCharacter } from '../../story/stage.ts';
import type { CharacterId, Pace, Side } from '../../story/vocabulary.ts';
import { bodyLayer, portraitKey } from '../assets.ts';
import { PORTRAIT, TIMING } from '../layout.ts';
import { FIGURES, MOTION } from '../stagingLayout.ts';

/** How one step moves the cast, read from its directives: who crosses, who walks in or off, and from where. */
export interface CastMotion {
  moves: ReadonlyMap<CharacterId, Pace>;
  entrances: ReadonlyMap<CharacterId, Side>;
  exits: ReadonlyMap<CharacterId, Side>;
}

/** No one walks: positions slide, figures fade in and out (a restored step, reduced motion). */
export const STILL: CastMotion = { moves: new Map(), entrances: new Map(), exits: new Map() };

/** The motion of a step: its `move`, `enter` and `exit` directives. */
export function castMotion(directives: readonly Directive[]): CastMotion {
  const moves = new Map<CharacterId, Pace>();
  const entrances = new Map<CharacterId, Side>();
  const exits = new Map<CharacterId, Side>();
  for (const d of directives) {
    if (d.kind === 'move') moves.set(d.who, d.pace);
    else if (d.kind === 'enter') entrances.set(d.who, d.from);
    else if (d.kind === 'exit') exits.set(d.who, d.to);
  }
  return { moves, entrances, exits };
}

/** The figure's horizontal scale: mirrored when he faces the other way from how his portrait is drawn. */
export function facingScale(character: Pick<StagedCharacter, 'who' | 'facing'>): number {
  const mirrored = character.facing !== undefined && character.facing !== FIGURES.drawnFacing[character.who];
  return mirrored ? -PORTRAIT.scale : PORTRAIT.scale;
}

/** How long crossing `distance` design px takes at `pace`. */
export function crossingMs(distance: number, pace: Pace): number {
  const { pxPerSecond, minMs } = MOTION[pace];
  return Math.max(minMs, (Math.abs(distance) / pxPerSecond) * 1000);
}

interface Figure {
  container: Phaser.GameObjects.Container;
  body: Phaser.GameObjects.GameObject[];
  bodyLayer: string;
  face: Phaser.GameObjects.Image | null;
  who: CharacterId;
  expression: string;
  position: string;
  /** His horizontal scale now: negative while mirrored (facingScale). */
  facing: number;
  /** The tweens of a walk under way (a new walk stops them). */
  walking: Phaser.Tweens.Tween[];
  leaving: boolean;
}

/** The characters on stage: layered portraits (body + expression) that enter, leave, move and change face. */
export class Cast {
  private readonly figures = new Map<string, Figure>();

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly depth: number,
  ) {}

  /**
   * Makes the stage show exactly `cast`. `motion` says who walks (across, in, off) on this step;
   * under reduced motion nobody walks or turns: figures are where they belong at once.
   */
  show(cast: readonly StagedCharacter[], reducedMotion: boolean, motion: CastMotion = STILL): void {
    const duration = reducedMotion ? 0 : TIMING.portraitFadeMs;
    const moving = reducedMotion ? STILL : motion;
    for (const [who, figure] of this.figures) {
      if (cast.some((c) => c.who === who) || figure.leaving) continue;
      this.leave(who as CharacterId, figure, duration, moving.exits.get(who as CharacterId));
    }
    for (const character of cast) {
      const figure = this.figures.get(character.who);
      if (!figure || figure.leaving) this.enter(character, duration, moving.entrances.get(character.who));
      else this.update(figure, character, duration, moving.moves.get(character.who));
    }
  }

  /** Fades him out, or (an exit) walks him off that side; then he is gone. */
  private leave(who: CharacterId, figure: Figure, duration: number, side: Side | undefined): void {
    figure.leaving = true;
    const gone = () => {
      figure.container.destroy();
      if (this.figures.get(who) === figure) this.figures.delete(who);
    };
    if (!side) {
      this.scene.tweens.add({ targets: figure.container, alpha: 0, duration, onComplete: gone });
      return;
    }
    this.turn(figure, side === FIGURES.drawnFacing[who] ? PORTRAIT.scale : -PORTRAIT.scale, duration > 0);
    this.walk(figure, FIGURES.offstage[side], 'walk', gone);
  }

  /** Draws every figure on stage again with the art loaded now (art that arrived after its scene began). */
  redraw(cast: readonly StagedCharacter[]): void {
    for (const character of cast) {
      const figure = this.figures.get(character.who);
      if (!figure || figure.leaving) continue;
      this.setBody(figure, character);
      this.setFace(figure, character);
    }
  }

  /** Fades him in where he stands, or (an entrance) walks him in from that side. */
  private enter(character: StagedCharacter, duration: number, from: Side | undefined): void {
    this.figures.get(character.who)?.container.destroy();
    const x = PORTRAIT.x[character.position];
    const y = PORTRAIT.baseline - (PORTRAIT.lift[character.who] ?? 0);
    const container = this.scene.add.container(from ? FIGURES.offstage[from] : x, y).setDepth(this.depth);
    const facing = facingScale(character);
    container.setScale(facing, PORTRAIT.scale).setAlpha(from ? 1 : 0);
    const figure: Figure = {
      container,
      body: [],
      bodyLayer: '',
      face: null,
      who: character.who,
      expression: '',
      position: character.position,
      facing,
      walking: [],
      leaving: false,
    };
    this.setBody(figure, character);
    this.setFace(figure, character);
    this.figures.set(character.who, figure);
    if (from) this.walk(figure, x, 'walk');
    else this.scene.tweens.add({ targets: container, alpha: 1, duration });
  }

  private update(figure: Figure, character: StagedCharacter, duration: number, pace: Pace | undefined): void {
    if (figure.bodyLayer !== bodyLayer(character)) this.setBody(figure, character);
    if (figure.expression !== character.expression) this.setFace(figure, character);
    this.turn(figure, facingScale(character), duration > 0);
    if (figure.position === character.position) return;
    figure.position = character.position;
    const x = PORTRAIT.x[character.position];
    if (pace) this.walk(figure, x, pace);
    else this.scene.tweens.add({ targets: figure.container, x, duration: duration * 1.5, ease: 'Sine.easeInOut' });
  }

  /** Turns him to look the other way: he narrows to nothing and widens mirrored (at once without motion). */
  private turn(figure: Figure, scaleX: number, animate: boolean): void {
    if (figure.facing === scaleX) return;
    figure.facing = scaleX;
    if (!animate) {
      figure.container.scaleX = scaleX;
      return;
    }
    this.scene.tweens.add({ targets: figure.container, scaleX, duration: MOTION.turnMs, ease: 'Sine.easeInOut' });
  }

  /**
   * Walks (or rushes) him to `x` in front of the others: across at an even pace, rising a little with
   * each step (a rush is one long bound), landing on his baseline.
   */
  private walk(figure: Figure, x: number, pace: Pace, done?: () => void): void {
    const { container } = figure;
    const baseline = PORTRAIT.baseline - (PORTRAIT.lift[figure.who] ?? 0);
    for (const tween of figure.walking) tween.stop();
    container.setY(baseline);
    this.scene.children.bringToTop(container);
    const duration = crossingMs(x - container.x, pace);
    const across = this.scene.tweens.add({ targets: container, x, duration, ease: 'Sine.easeInOut', onComplete: done });
    const { stepMs, rise } = MOTION[pace];
    const steps = stepMs ? Math.max(1, Math.round(duration / stepMs)) : 1;
    const bob = this.scene.tweens.add({
      targets: container,
      y: baseline - rise,
      duration: duration / steps / 2,
      ease: 'Sine.easeOut',
      yoyo: true,
      repeat: steps - 1,
    });
    figure.walking = [across, bob];
  }

  /** The body in its pose, below the face (a pose change keeps the face on top). */
  private setBody(figure: Figure, character: StagedCharacter): void {
    figure.bodyLayer = bodyLayer(character);
    for (const part of figure.body) part.destroy();
    const key = portraitKey(character.who, figure.bodyLayer);
    const fallback = portraitKey(character.who, 'body');
    if (this.scene.textures.exists(key) || this.scene.textures.exists(fallback)) {
      figure.body = [this.layer(this.scene.textures.exists(key) ? key : fallback)];
    } else {
      // No art yet: a quiet silhouette keeps the staging readable.
      figure.body = [
        this.scene.add.ellipse(0, -900, 300, 360, 0x2a3142),
        this.scene.add.rectangle(0, -360, 560, 720, 0x2a3142).setOrigin(0.5, 0.5),
      ];
    }
    figure.container.addAt(figure.body, 0);
  }

  private setFace(figure: Figure, character: StagedCharacter): void {
    figure.expression = character.expression;
    const key = portraitKey(character.who, character.expression);
    figure.face?.destroy();
    figure.face = this.scene.textures.exists(key) ? this.layer(key) : null;
    if (figure.face) figure.container.add(figure.face);
  }

  /** One portrait layer, at the art's design size whatever size it was rasterised at. */
  private layer(key: string): Phaser.GameObjects.Image {
    return this.scene.add.image(0, 0, key).setOrigin(0.5, 1).setDisplaySize(PORTRAIT.art.width, PORTRAIT.art.height);
  }

  /** Removes everyone at once (leaving the play scene). */
  clear(): void {
    for (const figure of this.figures.values()) figure.container.destroy();
    this.figures.clear();
  }
}
