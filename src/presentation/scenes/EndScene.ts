import * as Phaser from 'phaser';
import { COLOURS, DESIGN, FONT } from '../layout.ts';

/** What the end screen shows. */
export interface EndData {
  ending: { id: string; title: string } | null;
  /** Which ending of how many (in the gallery's order), when the story has more than one. */
  count: { number: number; total: number } | null;
  zoom: number;
}

/** The end screen: which ending, and its name, over the dark; held until the reader chooses where to go (HTML buttons). */
export class EndScene extends Phaser.Scene {
  constructor() {
    super('end');
  }

  create(data: EndData): void {
    this.cameras.main.setZoom(data.zoom).centerOn(DESIGN.width / 2, DESIGN.height / 2);
    this.add.rectangle(0, 0, DESIGN.width, DESIGN.height, COLOURS.ink).setOrigin(0);
    const style = { fontFamily: FONT.family, resolution: data.zoom };
    const heading =
      data.ending && data.count
        ? `ENDING ${data.count.number} OF ${data.count.total}`
        : data.ending
          ? 'ENDING'
          : 'THE END';
    this.add
      .text(DESIGN.width / 2, 380, heading, { ...style, fontSize: '36px', color: COLOURS.amber, letterSpacing: 8 })
      .setOrigin(0.5);
    if (data.ending)
      this.add
        .text(DESIGN.width / 2, 470, data.ending.title, { ...style, fontSize: '88px', color: COLOURS.paper })
        .setOrigin(0.5);
    this.cameras.main.fadeIn(900, 20, 24, 33);
  }
}
