import { FONT } from './layout.ts';

/**
 * Waits for the bundled faces, so no canvas text is ever drawn in a fallback font: by the game
 * (main.ts, before the game shell exists) and by the opening line (dom/OpeningLine.ts). A face
 * that fails to load is not waited for again; the text then falls back as CSS says.
 */
export async function loadFonts(): Promise<void> {
  await Promise.all(FONT.faces.map((face) => document.fonts.load(face).catch(() => [])));
}
