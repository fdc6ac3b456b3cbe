// The faces a reader may choose (the accessibility panel), apart from fonts.ts so that the title's
// code holds none of this: it loads with the game, the panel, or a reader's saved choice.
import type { FontChoice } from '../persistence/profile.ts';
import { FONT } from './layout.ts';

/** The CSS family of each face the reader may choose (the accessibility panel). */
export const FONT_FAMILIES: Readonly<Record<FontChoice, string>> = Object.freeze({
  literata: FONT.family,
  // The system's own sans: nothing to download, and the face the reader's screen is used to.
  sans: 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif',
  atkinson: '"Atkinson Hyperlegible", Verdana, sans-serif',
  opendyslexic: 'OpenDyslexic, "Comic Sans MS", Verdana, sans-serif',
});

/** The faces each choice's canvas text needs loaded (the nameplate is set at 600, or the face's bold). */
const FACES: Readonly<Partial<Record<FontChoice, readonly string[]>>> = {
  atkinson: ['400 40px "Atkinson Hyperlegible"', '700 40px "Atkinson Hyperlegible"'],
  opendyslexic: ['400 40px OpenDyslexic', '700 40px OpenDyslexic'],
};

const loading = new Map<FontChoice, Promise<void>>();

/**
 * Loads a chosen face's style sheet and files, the first time it is chosen only: a reader who keeps
 * Literata never downloads the others. Resolves once the faces can be drawn (or failed: CSS falls back).
 */
export function ensureFont(choice: FontChoice): Promise<void> {
  let done = loading.get(choice);
  if (!done) {
    done = importFaces(choice)
      .then(() => Promise.all((FACES[choice] ?? []).map((face) => document.fonts.load(face).catch(() => []))))
      .then(
        () => undefined,
        () => undefined,
      );
    loading.set(choice, done);
  }
  return done;
}

async function importFaces(choice: FontChoice): Promise<void> {
  if (choice === 'atkinson')
    await Promise.all([
      import('@fontsource/atkinson-hyperlegible/latin-400.css'),
      import('@fontsource/atkinson-hyperlegible/latin-700.css'),
    ]);
  if (choice === 'opendyslexic')
    await Promise.all([
      import('@fontsource/opendyslexic/latin-400.css'),
      import('@fontsource/opendyslexic/latin-700.css'),
    ]);
}
