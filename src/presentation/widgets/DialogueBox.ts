import type * as Phaser from 'phaser';
import type { Line } from '../../story/lines.ts';
import { uiKey } from '../assets.ts';
import { LineText } from '../dom/LineText.ts';
import { COLOURS, DIALOGUE, FONT } from '../layout.ts';
import type { Frame } from '../windowLayout.ts';
import { pinToScreen } from './screenSpace.ts';

/**
 * The dialogue box: the box and nameplate drawn on the canvas, and the line revealed letter by
 * letter (typewriter) in a paragraph laid over the box (dom/LineText.ts says why).
 */
export class DialogueBox {
  private readonly group: Phaser.GameObjects.Container;
  private readonly plate: Phaser.GameObjects.Container;
  private readonly name: Phaser.GameObjects.Text;
  private readonly body: LineText;
  private readonly mark: Phaser.GameObjects.Text;
  private readonly box: Phaser.GameObjects.Image | Phaser.GameObjects.Rectangle;
  private readonly plateBack: Phaser.GameObjects.Image | Phaser.GameObjects.Rectangle;
  /** Opaque black under the box, shown in high contrast (Canvas 2D cannot tint the box image). */
  private readonly backing: Phaser.GameObjects.Rectangle;
  private shown = 0;
  private revealing = false;
  private charsPerSecond = 55;
  private onRevealed: (() => void) | null = null;
  private bob: Phaser.Tweens.Tween | null = null;
  /** The reader's text size (design px), before the frame's textScale. */
  private textSize: number = DIALOGUE.textSize;

  /** Builds the box where `frame` puts it (layout() moves it when the frame changes: a phone turned). */
  constructor(
    private readonly scene: Phaser.Scene,
    depth: number,
    resolution: number,
    private frame: Frame,
  ) {
    const { box, nameplate } = frame;
    this.box = scene.textures.exists(uiKey('dialogue-box'))
      ? scene.add.image(box.x, box.y, uiKey('dialogue-box')).setOrigin(0).setDisplaySize(box.width, box.height)
      : scene.add
          .rectangle(box.x, box.y, box.width, box.height, COLOURS.ink, DIALOGUE.fallbackAlpha)
          .setOrigin(0)
          .setStrokeStyle(2, 0xcfc4ae, 0.6);
    const inset = DIALOGUE.backingInset;
    this.backing = scene.add
      .rectangle(
        box.x + inset,
        box.y + inset,
        box.width - inset * 2,
        box.height - inset * 2,
        COLOURS.highContrastBox,
        1,
      )
      .setOrigin(0)
      .setVisible(false);
    this.body = new LineText(scene.game.canvas, frame.width, frame.lineBox, this.textSize * frame.textScale);
    const plateBack = scene.textures.exists(uiKey('nameplate'))
      ? scene.add.image(0, 0, uiKey('nameplate')).setOrigin(0).setDisplaySize(nameplate.width, nameplate.height)
      : scene.add
          .rectangle(0, 0, nameplate.width, nameplate.height, 0x2a2219, 0.95)
          .setOrigin(0)
          .setStrokeStyle(2, COLOURS.amberHex, 0.8);
    this.name = scene.add
      .text(nameplate.width / 2, nameplate.height / 2, '', {
        fontFamily: FONT.family,
        fontSize: `${DIALOGUE.nameSize}px`,
        fontStyle: '600',
        color: COLOURS.amber,
        resolution,
      })
      .setOrigin(0.5);
    this.plate = scene.add.container(nameplate.x, nameplate.y, [plateBack, this.name]);
    this.plateBack = plateBack;
    this.mark = scene.add
      .text(frame.continueMark.x, frame.continueMark.y, '▾', {
        fontFamily: FONT.family,
        fontSize: `${DIALOGUE.markSize}px`,
        color: COLOURS.amber,
        resolution,
      })
      .setOrigin(0.5)
      .setVisible(false);
    this.group = pinToScreen(
      scene.add.container(0, 0, [this.backing, this.box, this.plate, this.mark]).setDepth(depth),
    );
    this.layout(frame);
  }

  /** Places the box, nameplate, continue mark and words where `frame` puts them; the line stays as it is. */
  layout(frame: Frame): void {
    this.frame = frame;
    const { box, continueMark } = frame;
    if ('setFillStyle' in this.box) this.box.setPosition(box.x, box.y).setSize(box.width, box.height);
    else {
      const art = this.scene.textures.exists(uiKey(frame.boxArt)) ? uiKey(frame.boxArt) : uiKey('dialogue-box');
      this.box.setTexture(art).setPosition(box.x, box.y).setDisplaySize(box.width, box.height);
    }
    const inset = DIALOGUE.backingInset;
    this.backing.setPosition(box.x + inset, box.y + inset).setSize(box.width - inset * 2, box.height - inset * 2);
    this.placePlate();
    // A bob in four steps rather than a smooth one: the picture changes about seven times a second
    // instead of every frame, so a finished line costs almost nothing to keep on screen (frameGate.ts).
    this.bob?.remove();
    this.mark.setPosition(continueMark.x, continueMark.y);
    this.bob = this.scene.tweens.add({
      targets: this.mark,
      y: continueMark.y + 8,
      yoyo: true,
      repeat: -1,
      duration: 600,
      ease: 'Stepped',
      easeParams: [4],
    });
    this.body.setLayout(frame.width, frame.lineBox);
    this.body.setTextSize(this.textSize * frame.textScale);
  }

  /** True while letters are still appearing. */
  get isRevealing(): boolean {
    return this.revealing;
  }

  /** Characters per second; Infinity shows each line at once. */
  setSpeed(charsPerSecond: number): void {
    this.charsPerSecond = charsPerSecond;
  }

  /** High contrast: an opaque black box behind the text. */
  setHighContrast(on: boolean): void {
    this.backing.setVisible(on);
    if ('setFillStyle' in this.box)
      this.box.setFillStyle(on ? COLOURS.highContrastBox : COLOURS.ink, on ? 1 : DIALOGUE.fallbackAlpha);
  }

  /** Text size in design pixels (the reader's setting); the nameplate grows with it, from its lower left corner. */
  setTextSize(px: number): void {
    this.textSize = px;
    this.body.setTextSize(px * this.frame.textScale);
    this.placePlate();
  }

  /** Sizes the nameplate for the reader's text size and sets it on the box's top edge, growing upwards. */
  private placePlate(): void {
    const { nameplate } = this.frame;
    const scale = this.textSize / DIALOGUE.textSize;
    const grow = Math.max(1, scale);
    const width = nameplate.width * grow;
    const height = nameplate.height * grow;
    this.plateBack.setDisplaySize(width, height);
    this.name.setFontSize(DIALOGUE.nameSize * scale).setPosition(width / 2, height / 2);
    // Resting on the box's top edge as before, so a larger plate never covers the words.
    this.plate.setPosition(nameplate.x, nameplate.y + nameplate.height - height);
  }

  /** The reader's face for the words and the name (a CSS font-family). */
  setFontFamily(family: string): void {
    this.body.setFontFamily(family);
    this.name.setFontFamily(family);
  }

  /** Draws the name again, once a face chosen just now has loaded (canvas text does not redraw itself). */
  redrawName(): void {
    this.name.updateText();
    this.body.refit();
  }

  /** Line height of the words, as a multiple of their size. */
  setLineSpacing(lineHeight: number): void {
    this.body.setLineSpacing(lineHeight);
  }

  /** How much of the scene shows through the box: 1 is the box as drawn; high contrast stays solid. */
  setOpacity(opacity: number): void {
    this.box.setAlpha(opacity);
  }

  /** Starts revealing `line` (its first `from` characters already shown); `onRevealed` runs once the whole line shows. */
  show(line: Line, onRevealed: () => void, from = 0): void {
    this.setVisible(true);
    this.plate.setVisible(line.speaker !== null);
    this.name.setText(line.speaker ?? '');
    this.body.setItalic(!line.speaker && DIALOGUE.narrationItalic);
    // The paragraph holds the whole line from the start, so words never jump between lines.
    this.body.setText(line.text);
    this.shown = Math.min(from, this.body.length);
    this.body.reveal(this.shown);
    this.revealing = true;
    this.onRevealed = onRevealed;
    this.mark.setVisible(false);
    if (!Number.isFinite(this.charsPerSecond) || this.shown >= this.body.length) this.complete();
  }

  /** Shows the rest of the line at once. */
  complete(): void {
    if (!this.revealing) return;
    this.shown = this.body.length;
    this.body.reveal(this.shown);
    this.revealing = false;
    this.mark.setVisible(true);
    const done = this.onRevealed;
    this.onRevealed = null;
    done?.();
  }

  /** Advances the reveal by `deltaMs`. */
  update(deltaMs: number): void {
    if (!this.revealing) return;
    const before = Math.floor(this.shown);
    this.shown += (this.charsPerSecond * deltaMs) / 1000;
    if (this.shown >= this.body.length) this.complete();
    else if (Math.floor(this.shown) !== before) this.body.reveal(Math.floor(this.shown));
  }

  /** Hides the continue mark (while choices are on screen). */
  hideMark(): void {
    this.mark.setVisible(false);
  }

  /** Shows or hides the whole box (hide the interface, chapter cards). */
  setVisible(visible: boolean): void {
    this.group.setVisible(visible);
    this.body.setVisible(visible);
  }

  /** Adds the words on screen to a small picture of the canvas (a save's thumbnail). */
  drawTextInto(context: CanvasRenderingContext2D, scale: number): void {
    this.body.drawInto(context, scale);
  }

  /** Removes the paragraph over the canvas (the scene is shutting down). */
  destroy(): void {
    this.body.destroy();
  }
}
