import type * as Phaser from 'phaser';
import type { StagedCharacter } from '../../story/stage.ts';
import { bodyLayer, portraitKey } from '../assets.ts';
import { PORTRAIT, TIMING } from '../layout.ts';

interface Figure {
  container: Phaser.GameObjects.Container;
  body: Phaser.GameObjects.GameObject[];
  bodyLayer: string;
  face: Phaser.GameObjects.Image | null;
  expression: string;
  position: string;
  leaving: boolean;
}

/** The characters on stage: layered portraits (body + expression) that enter, leave, move and change face. */
export class Cast {
  private readonly figures = new Map<string, Figure>();

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly depth: number,
  ) {}

  /** Makes the stage show exactly `cast`. */
  show(cast: readonly StagedCharacter[], reducedMotion: boolean): void {
    const duration = reducedMotion ? 0 : TIMING.portraitFadeMs;
    for (const [who, figure] of this.figures) {
      if (cast.some((c) => c.who === who) || figure.leaving) continue;
      figure.leaving = true;
      this.scene.tweens.add({
        targets: figure.container,
        alpha: 0,
        duration,
        onComplete: () => {
          figure.container.destroy();
          if (this.figures.get(who) === figure) this.figures.delete(who);
        },
      });
    }
    for (const character of cast) {
      const figure = this.figures.get(character.who);
      if (!figure || figure.leaving) this.enter(character, duration);
      else this.update(figure, character, duration);
    }
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

  private enter(character: StagedCharacter, duration: number): void {
    this.figures.get(character.who)?.container.destroy();
    const x = PORTRAIT.x[character.position];
    const y = PORTRAIT.baseline - (PORTRAIT.lift[character.who] ?? 0);
    const container = this.scene.add.container(x, y).setDepth(this.depth).setAlpha(0);
    container.setScale(PORTRAIT.scale);
    const figure: Figure = {
      container,
      body: [],
      bodyLayer: '',
      face: null,
      expression: '',
      position: character.position,
      leaving: false,
    };
    this.setBody(figure, character);
    this.setFace(figure, character);
    this.figures.set(character.who, figure);
    this.scene.tweens.add({ targets: container, alpha: 1, duration });
  }

  private update(figure: Figure, character: StagedCharacter, duration: number): void {
    if (figure.bodyLayer !== bodyLayer(character)) this.setBody(figure, character);
    if (figure.expression !== character.expression) this.setFace(figure, character);
    if (figure.position !== character.position) {
      figure.position = character.position;
      this.scene.tweens.add({
        targets: figure.container,
        x: PORTRAIT.x[character.position],
        duration: duration * 1.5,
        ease: 'Sine.easeInOut',
      });
    }
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
