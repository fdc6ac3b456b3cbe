import type * as Phaser from 'phaser';
import type { ChoiceOption } from '../../story/StoryRunner.ts';
import { uiKey } from '../assets.ts';
import { COLOURS, FONT } from '../layout.ts';
import { type Frame, frameFor, scaledChoices } from '../windowLayout.ts';
import { pinToScreen } from './screenSpace.ts';

interface Button {
  back: Phaser.GameObjects.Image | Phaser.GameObjects.Rectangle;
  label: Phaser.GameObjects.Text;
  /** The touch target: the plate and half the gap either side (windowLayout.ts ChoiceLayout.hitHeight). */
  hit: Phaser.GameObjects.Rectangle;
  option: ChoiceOption;
}

const LANDSCAPE = frameFor({ width: 1920, height: 1080, touch: false, safeBottom: 0 });

/** Where `count` choices stand sideways at text scale `scale` (the reader's size over the default): taller and wider as it grows. */
export function choiceRows(count: number, scale = 1): { top: number; height: number; width: number; gap: number } {
  const { rows, top } = scaledChoices(LANDSCAPE, count, scale);
  return { top, height: rows.height, width: rows.width, gap: rows.gap };
}

/** Choices as buttons: hover and click, keys 1-9, arrows and Enter. */
export class ChoiceList {
  private buttons: Button[] = [];
  private selected = -1;
  private veil: Phaser.GameObjects.Rectangle | null = null;
  private options: readonly ChoiceOption[] = [];
  /** The reader's text scale (their size over the default) and face. */
  private look = { scale: 1, family: FONT.family as string };

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly depth: number,
    /** Depth of the veil: over the portraits, under the dialogue box so the line stays clear. */
    private readonly veilDepth: number,
    private readonly resolution: number,
    /** Called with the choice index the reader picked. */
    private readonly onChoose: (index: number) => void,
    /** Called when the highlighted choice changes (the DOM layer moves focus with it). */
    private readonly onHighlight: (position: number) => void,
    private frame: Frame,
  ) {}

  /** Places the choices where `frame` puts them (a phone turned), keeping the one highlighted. */
  layout(frame: Frame): void {
    this.frame = frame;
    if (!this.isOpen) return;
    const selected = this.selected;
    const visible = this.buttons[0].back.visible;
    this.open(this.options);
    this.setVisible(visible);
    this.selected = selected;
    this.paint(selected, true);
  }

  /** True while choices are on screen. */
  get isOpen(): boolean {
    return this.buttons.length > 0;
  }

  /**
   * The reader's text scale and face; choices on screen are laid out again at once, the highlight
   * kept. `force` redraws them though nothing changed (a face chosen just now has loaded).
   */
  setLook(scale: number, family: string, force = false): void {
    if (!force && scale === this.look.scale && family === this.look.family) return;
    this.look = { scale, family };
    if (!this.isOpen) return;
    const selected = this.selected;
    this.open(this.options);
    if (selected >= 0) this.highlight(selected);
  }

  /** Shows the options, centred above the dialogue box. */
  open(options: readonly ChoiceOption[]): void {
    this.close();
    this.options = options;
    const { rows, top } = scaledChoices(this.frame, options.length, this.look.scale);
    const { width, height, gap, centreX, textSize, hitHeight, art } = rows;
    // A light veil over the scene sets the choices apart from the faces behind them.
    this.veil = pinToScreen(
      this.scene.add
        .rectangle(0, 0, this.frame.width, this.frame.height, COLOURS.ink, 0.35)
        .setOrigin(0)
        .setDepth(this.veilDepth),
    );
    this.buttons = options.map((option, position) => {
      const y = top + position * (height + gap) + height / 2;
      const back = this.scene.textures.exists(uiKey(art))
        ? this.scene.add.image(centreX, y, uiKey(art)).setDisplaySize(width, height)
        : this.scene.add.rectangle(centreX, y, width, height, COLOURS.ink, 0.9).setStrokeStyle(2, 0xcfc4ae, 0.7);
      const label = this.scene.add
        .text(centreX, y, `${position + 1}.  ${option.text}`, {
          fontFamily: this.look.family,
          fontSize: `${Math.round(textSize * this.look.scale)}px`,
          color: COLOURS.choice,
          resolution: this.resolution,
          wordWrap: { width: width - 80 },
          align: 'center',
        })
        .setOrigin(0.5);
      back.setDepth(this.depth);
      label.setDepth(this.depth + 1);
      // An unfilled rectangle: nothing drawn, but hit like any visible object (the build has no Zone).
      const hit = this.scene.add.rectangle(centreX, y, width, hitHeight).setDepth(this.depth + 2);
      hit.setInteractive({ useHandCursor: true });
      hit.on('pointerover', () => this.highlight(position));
      hit.on('pointerdown', () => this.choose(position));
      for (const part of [back, label, hit]) pinToScreen(part);
      return { back, label, hit, option };
    });
  }

  /** Moves the highlight by `delta` (arrow keys), wrapping around. */
  move(delta: number): void {
    if (!this.buttons.length) return;
    const from = this.selected < 0 ? (delta > 0 ? -1 : 0) : this.selected;
    this.highlight((from + delta + this.buttons.length) % this.buttons.length);
  }

  /** Picks the highlighted choice (Enter); false when nothing is highlighted. */
  confirm(): boolean {
    if (this.selected < 0) return false;
    this.choose(this.selected);
    return true;
  }

  /** Picks the choice at `position` on screen (keys 1-9, clicks, the DOM buttons). */
  choose(position: number): void {
    const button = this.buttons[position];
    if (!button) return;
    const index = button.option.index;
    this.close();
    this.onChoose(index);
  }

  /** Highlights the choice at `position`. */
  highlight(position: number): void {
    if (position === this.selected || !this.buttons[position]) return;
    this.paint(this.selected, false);
    this.selected = position;
    this.paint(position, true);
    this.onHighlight(position);
  }

  /** Shows or hides the buttons without closing them (hide the interface). */
  setVisible(visible: boolean): void {
    for (const b of this.buttons) {
      b.back.setVisible(visible);
      b.label.setVisible(visible);
      b.hit.setVisible(visible);
    }
    this.veil?.setVisible(visible);
  }

  /** Removes the buttons. */
  close(): void {
    for (const b of this.buttons) {
      b.back.destroy();
      b.label.destroy();
      b.hit.destroy();
    }
    this.buttons = [];
    this.selected = -1;
    this.veil?.destroy();
    this.veil = null;
  }

  private paint(position: number, on: boolean): void {
    const button = this.buttons[position];
    if (!button) return;
    const { back, label } = button;
    if ('setFillStyle' in back) back.setFillStyle(on ? COLOURS.amberHex : COLOURS.ink, on ? 1 : 0.9);
    else {
      const { art } = this.frame.choices;
      back.setTexture(uiKey(on && this.scene.textures.exists(uiKey(`${art}-hover`)) ? `${art}-hover` : art));
    }
    label.setColor(on ? COLOURS.choiceHover : COLOURS.choice);
  }
}
