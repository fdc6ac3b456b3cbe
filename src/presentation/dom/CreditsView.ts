import { button, el, Overlay, OverlayView } from './Overlay.ts';

/** What build is running, shown at the foot of the credits. */
export interface BuildLabel {
  version: string;
  commit: string;
}

export interface CreditsCallbacks {
  /** Close, Escape or a backdrop click; the view has already closed. */
  onClose?: () => void;
}

/** One group of credits: a heading and its lines. */
export interface CreditsSection {
  heading: string;
  lines: readonly string[];
}

/** The credits, from assets/CREDITS.md (which has the detail): change both together. */
export const CREDITS: readonly CreditsSection[] = [
  {
    heading: 'Writing',
    lines: ['Every line of the script was written for this game, in our own words, from a beat sheet of the original story.'],
  },
  {
    heading: 'Art',
    lines: ['Backdrops, portraits, the wall, the title and the interface: drawn for this game as hand-written SVG.'],
  },
  {
    heading: 'Music and sound',
    lines: ['Music, ambience and effects composed and synthesised for this game by its own generator (src/tools/audio). No samples or recordings.'],
  },
  {
    heading: 'Code',
    lines: ['Written for this game in TypeScript.'],
  },
  {
    heading: 'Font',
    lines: ['Literata, by TypeTogether for Google: SIL Open Font License 1.1, via @fontsource.'],
  },
  {
    heading: 'Libraries',
    lines: [
      'inkjs, the ink runtime by inkle and Yannick Lohse: MIT License',
      'Phaser, by Richard Davey and Phaser Studio: MIT License',
      'howler.js, by James Simpson and GoldFire Studios: MIT License',
      'Valibot, by Fabian Hiller: MIT License',
    ],
  },
];

/**
 * The credits: the title, the story it adapts (first and largest), whose characters these are,
 * who made what, the font and libraries with their licences, and the build at the foot. Shown
 * from the title and after every ending. The body scrolls; Close, Escape or a click outside closes.
 */
export class CreditsView extends OverlayView<CreditsCallbacks> {
  /** Opens the credits with the running build's version and commit. */
  open(info: BuildLabel): void {
    this.close();
    const overlay = new Overlay(this.root, { title: 'Credits', className: 'ud-panel--credits', onDismiss: () => this.dismiss() });
    this.overlay = overlay;
    const close = button('Close', 'ud-button ud-button--quiet', () => this.dismiss());
    overlay.header.append(close);

    const credits = el('div', 'ud-credits');
    const top = el('div', 'ud-credits-top');
    const characters = el('p', 'ud-credits-characters');
    characters.append('Characters from ', el('cite', undefined, 'Naruto'), ' by Masashi Kishimoto');
    top.append(
      el('p', 'ud-credits-game', 'Ultimate Defence'),
      el('p', 'ud-credits-source', 'adapted from “Iruka\u2019s Ultimate Defence” by Kobutori Risu'),
      characters,
    );
    credits.append(top);
    for (const section of CREDITS) {
      const block = el('section', 'ud-credits-section');
      const heading = el('h3', 'ud-credits-heading', section.heading);
      block.append(heading);
      for (const line of section.lines) block.append(el('p', 'ud-credits-line', line));
      credits.append(block);
    }
    const build = el('p', 'ud-credits-build', `Version ${info.version} · build ${info.commit}`);
    credits.append(build);
    overlay.body.append(credits);
    overlay.open(close);
  }
}
