// The reader's face and text size on the page itself: the title, the menus and every overlay read
// them from two CSS variables (overlays.css), so they follow the accessibility panel at once.
import type { Settings } from '../../persistence/profile.ts';
import { ensureFont, FONT_FAMILIES } from '../faces.ts';
import { DIALOGUE } from '../layout.ts';

/** Sets the page's face (`--ud-font`) and text scale (`--ud-text-scale`) from `settings`, loading a chosen face. */
export function applyPageLook(settings: Pick<Settings, 'font' | 'textSize'>, root = document.documentElement): void {
  root.style.setProperty('--ud-font', FONT_FAMILIES[settings.font]);
  root.style.setProperty('--ud-text-scale', String(settings.textSize / DIALOGUE.textSize));
  root.dataset.font = settings.font;
  void ensureFont(settings.font);
}
