import * as Phaser from 'phaser';
import { COLOURS, DESIGN, FONT } from '../layout.ts';

/** What the end screen shows. */
export interface EndData {
  ending: { id: string; title: string } | null;
  zoom: number;
}

/** The end screen: the ending's name over the dark, until the reader returns to the title. */
export class EndScene extends Phaser.Scene {
  constructor() {
    super('end');
  }

  create(data: EndData): void {
    this.cameras.main.setZoom(data.zoom).centerOn(DESIGN.width / 2, DESIGN.height / 2);
    this.add.rectangle(0, 0, DESIGN.width, DESIGN.height, COLOURS.ink).setOrigin(0);
    const style = { fontFamily: FONT.family, resolution: data.zoom };
    this.add.text(DESIGN.width / 2, 380, data.ending ? 'ENDING' : 'THE END', { ...style, fontSize: '36px', color: COLOURS.amber, letterSpacing: 8 }).setOrigin(0.5);
    if (data.ending) this.add.text(DESIGN.width / 2, 470, data.ending.title, { ...style, fontSize: '88px', color: COLOURS.paper }).setOrigin(0.5);
    this.cameras.main.fadeIn(900, 20, 24, 33);
  }
}
