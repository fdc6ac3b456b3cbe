import type * as Phaser from 'phaser';
import { uiKey } from '../assets.ts';
import { CARD, COLOURS, FONT, TIMING } from '../layout.ts';
import type { Frame } from '../windowLayout.ts';
import { pinToScreen } from './screenSpace.ts';

/**
 * A chapter's title card: a band at the lower left, clear of the faces, that fades in over the scene,
 * holds, and fades out. It
 * never holds the story back: the chapter's first line types in below it while it is up.
 */
export class ChapterCard {
  private readonly group: Phaser.GameObjects.Container;
  private readonly number: Phaser.GameObjects.Text;
  private readonly title: Phaser.GameObjects.Text;
  private finish: (() => void) | null = null;
  private timer: Phaser.Time.TimerEvent | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    depth: number,
    resolution: number,
    frame: Frame,
  ) {
    const { width, height, text } = CARD;
    const back = scene.textures.exists(uiKey('card'))
      ? scene.add.image(0, 0, uiKey('card')).setOrigin(0).setDisplaySize(width, height)
      : scene.add.rectangle(0, 0, width, height, COLOURS.ink, 0.85).setOrigin(0);
    this.number = scene.add
      .text(text.numberX, text.numberY, '', {
        fontFamily: FONT.family,
        fontSize: `${text.numberSize}px`,
        color: COLOURS.amber,
        resolution,
        letterSpacing: 8,
      })
      .setOrigin(0, 0.5);
    this.title = scene.add
      .text(text.titleX, text.titleY, '', {
        fontFamily: FONT.family,
        fontSize: `${text.titleSize}px`,
        color: COLOURS.paper,
        resolution,
      })
      .setOrigin(0, 0.5);
    this.group = pinToScreen(
      scene.add
        .container(frame.card.x, frame.card.y, [back, this.number, this.title])
        .setDepth(depth)
        .setVisible(false),
    );
  }

  /** Moves the card where `frame` puts it (a phone turned). */
  layout(frame: Frame): void {
    this.group.setPosition(frame.card.x, frame.card.y);
  }

  /** True while the card is up. */
  get isShowing(): boolean {
    return this.finish !== null;
  }

  /** Shows "Chapter N" and its title; `done` runs when it has gone (or was dismissed). */
  show(number: number, title: string, reducedMotion: boolean, done: () => void): void {
    this.number.setText(`CHAPTER ${number}`);
    this.title.setText(title);
    this.finish = done;
    this.group.setVisible(true).setAlpha(reducedMotion ? 1 : 0);
    if (!reducedMotion) this.scene.tweens.add({ targets: this.group, alpha: 1, duration: 500 });
    this.timer = this.scene.time.delayedCall(TIMING.chapterCardMs, () => this.dismiss(reducedMotion));
  }

  /** Lets the card go now (a click or key). */
  dismiss(reducedMotion = false): void {
    const done = this.finish;
    if (!done) return;
    this.finish = null;
    this.timer?.remove();
    const hide = () => this.group.setVisible(false);
    if (reducedMotion) hide();
    else this.scene.tweens.add({ targets: this.group, alpha: 0, duration: 450, onComplete: hide });
    done();
  }
}
