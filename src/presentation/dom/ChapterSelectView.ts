import { button, el, Overlay, OverlayView } from './Overlay.ts';

/** A chapter as chapter select shows it (`ReplayData['chapters']` fits). */
export interface ChapterCard {
  number: number;
  title: string;
}

/** Chapters the reader has been in: those holding a route-map point (choice or ending) found in any reading. */
export function chaptersReached(
  nodes: readonly { id: string; chapter: number | null }[],
  found: ReadonlySet<string>,
): Set<number> {
  const reached = new Set<number>();
  for (const node of nodes) if (node.chapter !== null && found.has(node.id)) reached.add(node.chapter);
  return reached;
}

export interface ChapterSelectCallbacks {
  /** A reached chapter was picked; the view has already closed. Start a new reading there. */
  onPick?: (chapterNumber: number) => void;
  /** Close, Escape or a backdrop click; the view has already closed. */
  onClose?: () => void;
}

/**
 * Chapter select: a card per chapter. Chapters reached in any reading are buttons that start a new
 * reading there; the others are disabled and keep their titles to themselves. The arrow keys (and
 * Home, End) move between the reached chapters as well as Tab.
 */
export class ChapterSelectView extends OverlayView<ChapterSelectCallbacks> {
  /** Opens the list; focus starts on the latest chapter reached. */
  open(chapters: readonly ChapterCard[], reachedChapters: ReadonlySet<number>): void {
    this.close();
    const overlay = new Overlay(this.root, {
      title: 'Chapters',
      className: 'ud-panel--chapters ud-panel--scrollall',
      onDismiss: () => this.dismiss(),
    });
    this.overlay = overlay;
    overlay.header.append(button('Close', 'ud-button ud-button--quiet', () => this.dismiss()));
    overlay.body.append(
      el(
        'p',
        'ud-hint ud-replay-note',
        'Start a new reading at the beginning of a chapter you have reached, with the first choice taken at every turn before it.',
      ),
    );

    const list = el('ol', 'ud-chapters');
    list.setAttribute('aria-label', 'Chapters');
    const buttons: HTMLButtonElement[] = [];
    for (const chapter of chapters) {
      const reached = reachedChapters.has(chapter.number);
      const item = el('li', `ud-chapter${reached ? '' : ' ud-chapter--locked'}`);
      const pick = button('', 'ud-chapter-main', () => this.pick(chapter.number));
      pick.dataset.chapter = String(chapter.number);
      pick.append(el('span', 'ud-chapter-number', `Chapter ${chapter.number}`));
      if (reached) {
        pick.append(el('span', 'ud-chapter-title', chapter.title));
        buttons.push(pick);
      } else {
        pick.disabled = true;
        pick.append(el('span', 'ud-chapter-title ud-chapter-title--locked', 'Not yet reached'));
      }
      item.append(pick);
      list.append(item);
    }
    list.addEventListener('keydown', (event) => this.onKey(event, buttons));
    overlay.body.append(list);
    overlay.open(buttons.at(-1) ?? null);
  }

  private onKey(event: KeyboardEvent, buttons: readonly HTMLButtonElement[]): void {
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (index < 0 || !buttons.length) return;
    let next = -1;
    if (event.key === 'ArrowDown' || event.key === 'ArrowRight') next = Math.min(index + 1, buttons.length - 1);
    else if (event.key === 'ArrowUp' || event.key === 'ArrowLeft') next = Math.max(index - 1, 0);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = buttons.length - 1;
    if (next < 0) return;
    event.preventDefault();
    buttons[next].focus();
  }

  private pick(chapterNumber: number): void {
    if (!this.isOpen) return;
    this.close();
    this.callbacks.onPick?.(chapterNumber);
  }
}
