import * as Phaser from 'phaser';
import { COLOURS, FONT } from '../layout.ts';
import type { Frame } from '../windowLayout.ts';

/** What the end screen shows. */
export interface EndData {
  ending: { id: string; title: string } | null;
  /** Which ending of how many (in the gallery's order), when the story has more than one. */
  count: { number: number; total: number } | null;
  zoom: number;
  /** The window's frame (windowLayout.ts): the ending is centred in it, its title wrapped to its width. */
  frame: Frame;
}

/** The end screen: which ending, and its name, over the dark; held until the reader chooses where to go (HTML buttons). */
export class EndScene extends Phaser.Scene {
  constructor() {
    super('end');
  }

  create(data: EndData): void {
    const { width, height } = data.frame;
    this.cameras.main.setOrigin(0, 0).setZoom(data.zoom).setScroll(0, 0);
    this.add.rectangle(0, 0, width, height, COLOURS.ink).setOrigin(0);
    // Sideways the heading stands at 380 of 1080; upright it keeps the same place above the middle.
    const top = height / 2 - 160;
    const style = { fontFamily: FONT.family, resolution: data.zoom };
    const heading =
      data.ending && data.count
        ? `ENDING ${data.count.number} OF ${data.count.total}`
        : data.ending
          ? 'ENDING'
          : 'THE END';
    this.add
      .text(width / 2, top, heading, { ...style, fontSize: '36px', color: COLOURS.amber, letterSpacing: 8 })
      .setOrigin(0.5);
    if (data.ending)
      this.add
        .text(width / 2, top + 90, data.ending.title, {
          ...style,
          fontSize: '88px',
          color: COLOURS.paper,
          align: 'center',
          wordWrap: { width: width - 120 },
        })
        .setOrigin(0.5);
    this.cameras.main.fadeIn(900, 20, 24, 33);
  }
}
