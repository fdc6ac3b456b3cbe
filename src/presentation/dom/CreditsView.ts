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
    heading: 'Story',
    lines: [
      'Based on \u201cIruka\u2019s Ultimate Defence\u201d, a story by Kobutori Risu.',
      'This adaptation, its scenes, choices and endings, was written for this game, every line of it anew.',
    ],
  },
  {
    heading: 'Art',
    lines: ['The places, the people and the look of the pages were drawn for this game.'],
  },
  {
    heading: 'Music and sound',
    lines: [
      'The music, the sounds of each place and the small effects were composed for this game, without recordings.',
    ],
  },
  {
    heading: 'Fonts',
    lines: [
      'The words are set in Literata, by TypeTogether, free to share under the SIL Open Font License 1.1.',
      'A reader may choose Atkinson Hyperlegible, by the Braille Institute, or OpenDyslexic, by Abbie Gonzalez,' +
        ' both under the SIL Open Font License 1.1.',
    ],
  },
  {
    heading: 'Libraries',
    lines: [
      'inkjs, which runs the branching story, by inkle and Yannick Lohse: MIT License',
      'Phaser, which draws the scenes, by Richard Davey and Phaser Studio: MIT License',
      'howler.js, which plays the music and sound, by James Simpson and GoldFire Studios: MIT License',
      'Valibot, which checks a saved game before it is loaded, by Fabian Hiller: MIT License',
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
    const overlay = new Overlay(this.root, {
      title: 'Credits',
      className: 'ud-panel--credits',
      onDismiss: () => this.dismiss(),
    });
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
