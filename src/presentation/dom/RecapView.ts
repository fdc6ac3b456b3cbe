// "Previously...": the recap a returning reader sees before the story resumes, loaded only when
// first opened. Chapter by chapter, each scene's recap sentence and the choices made between them.
// One press (Enter, Space, Escape, a click or tap outside) goes back to the line where she left.
import type { ReadingEntry } from '../../story/readingSoFar.ts';
import './keeping.css';
import { button, el, Overlay, OverlayView } from './Overlay.ts';

/** What the recap view tells its owner. */
export interface RecapCallbacks {
  /** The reader went on to the story; the view has already closed. */
  onClose?: () => void;
}

/** The recap as one text for speech: chapter titles, sentences and choices, in order. */
export function recapSpeech(entries: readonly ReadingEntry[]): string {
  const said = entries.flatMap((e) => {
    if (e.kind === 'chapter') return [`Chapter ${e.number}: ${e.title}.`];
    if (e.kind === 'recap') return [e.text];
    if (e.kind === 'choice') return [`You chose: ${e.text}.`];
    return [];
  });
  return ['Previously.', ...said].join(' ');
}

/** The "Previously..." panel. */
export class RecapView extends OverlayView<RecapCallbacks> {
  /** Shows `entries` (`recapOf` a reading) with focus on Continue, and speaks them in its own live region. */
  open(entries: readonly ReadingEntry[]): void {
    this.close();
    const overlay = new Overlay(this.root, {
      title: 'Previously...',
      className: 'ud-panel--recap',
      onDismiss: () => this.dismiss(),
    });
    this.overlay = overlay;
    const story = el('div', 'ud-recap');
    story.tabIndex = 0;
    story.setAttribute('role', 'group');
    story.setAttribute('aria-label', 'The story so far');
    story.append(...chapterSections(entries));
    if (!entries.length) story.append(el('p', 'ud-log-empty', 'Nothing has happened yet.'));
    overlay.body.classList.add('ud-panel-body--recap');
    overlay.body.append(story);
    // The page's own live regions are inert under a modal dialog, so the panel carries one of its own.
    const live = el('p', 'ud-sr ud-recap-live');
    live.setAttribute('aria-live', 'polite');
    overlay.body.append(live);
    const go = button('Continue reading', 'ud-button ud-button--primary', () => this.dismiss());
    overlay.footer.append(el('span', 'ud-recap-keys', 'Enter, Space or Escape'), go);
    overlay.panel.addEventListener('keydown', (event) => {
      if (event.key === ' ' || event.key === 'Enter') {
        event.preventDefault();
        this.dismiss();
      }
    });
    overlay.open(go);
    requestAnimationFrame(() => {
      if (this.overlay === overlay) live.textContent = recapSpeech(entries);
    });
  }
}

/** One section per chapter: its title, then its sentences and choices. */
function chapterSections(entries: readonly ReadingEntry[]): HTMLElement[] {
  const sections: HTMLElement[] = [];
  let list: HTMLElement | null = null;
  const section = (title: string) => {
    const node = el('section', 'ud-recap-chapter');
    node.append(el('h3', 'ud-recap-title', title));
    list = el('ul', 'ud-recap-list');
    node.append(list);
    sections.push(node);
    return list;
  };
  for (const e of entries) {
    if (e.kind === 'chapter') section(`${e.number}. ${e.title}`);
    else if (e.kind === 'recap') (list ?? section('')).append(el('li', 'ud-recap-scene', e.text));
    else if (e.kind === 'choice') {
      const item = el('li', 'ud-recap-choice');
      item.append(el('span', 'ud-log-chose', 'You chose: '), el('span', 'ud-recap-chosen', e.text));
      (list ?? section('')).append(item);
    }
  }
  return sections;
}
