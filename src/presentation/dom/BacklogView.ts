import type { BacklogEntry } from '../../story/Playthrough.ts';
import { button, el, Overlay, OverlayView } from './Overlay.ts';

export interface BacklogCallbacks {
  /** The player closed the backlog (Close, Escape, backdrop, or wheel down past the end). The view has already closed. */
  onClose?: () => void;
  /** The reader picked a line: the story returns to it (a rollback). The view has already closed. */
  onReturnTo?: (at: number) => void;
  /** "Keep this reading": the transcript and a line to share, stacked over the backlog. */
  onKeep?: () => void;
}

/** Wheel events closer together than this are one gesture (a trackpad's momentum included). */
const GESTURE_GAP_MS = 220;

/**
 * The history of the reading: every line with its speaker (narration in italics) and every option
 * chosen, opened scrolled to the newest. Wheel down at the very bottom closes it, as in most novels.
 */
export class BacklogView extends OverlayView<BacklogCallbacks> {
  private lastWheel = 0;
  private gestureFromBottom = false;

  /** Shows `entries` (oldest first), scrolled to the end, with focus on the history so arrow keys scroll it. */
  open(entries: readonly BacklogEntry[]): void {
    this.close();
    const overlay = new Overlay(this.root, {
      title: 'Backlog',
      className: 'ud-panel--backlog',
      onDismiss: () => this.dismiss(),
    });
    this.overlay = overlay;

    // The scroller wraps the list so a change in the list's height (a font arriving) can be watched.
    const scroller = el('div', 'ud-log');
    scroller.tabIndex = 0;
    scroller.setAttribute('role', 'group');
    scroller.setAttribute('aria-label', 'Story so far, oldest first');
    const list = el('ol', 'ud-log-list');
    for (const entry of entries) list.append(this.entryItem(entry));
    if (!entries.length) list.append(el('li', 'ud-log-empty', 'Nothing has been said yet.'));
    scroller.append(list);
    overlay.body.classList.add('ud-panel-body--log');
    overlay.body.append(scroller);

    const close = button('Close', 'ud-button ud-button--quiet', () => this.dismiss());
    const onKeep = this.callbacks.onKeep;
    if (onKeep) overlay.header.append(button('Keep this reading', 'ud-button ud-button--quiet', onKeep));
    overlay.header.append(close);

    // The scroller takes the keyboard; a wheel anywhere on the panel counts.
    overlay.panel.addEventListener('wheel', (event) => this.onWheel(event, scroller), { passive: true });
    overlay.open(scroller);
    this.lastWheel = 0;

    // Stay at the newest line while the layout settles (the italic face may load only now), until
    // the reader scrolls.
    let pinned = true;
    const pin = () => {
      if (pinned && this.overlay === overlay) scroller.scrollTop = scroller.scrollHeight;
    };
    const unpin = () => {
      pinned = false;
      watcher?.disconnect();
    };
    for (const type of ['wheel', 'pointerdown', 'touchstart', 'keydown'] as const)
      scroller.addEventListener(type, unpin, { once: true, passive: true });
    const watcher = typeof ResizeObserver === 'function' ? new ResizeObserver(pin) : null;
    watcher?.observe(list);
    watcher?.observe(scroller);
    pin();
    void document.fonts?.ready.then(pin);
    setTimeout(unpin, 3000);
  }

  private entryItem(entry: BacklogEntry): HTMLLIElement {
    if (entry.kind === 'choice') {
      const item = el('li', 'ud-log-entry ud-log-choice');
      item.append(
        el('span', 'ud-log-mark', '▸ '),
        el('span', 'ud-log-chose', 'You chose: '),
        el('span', 'ud-log-text', entry.text),
      );
      return item;
    }
    const item = el('li', `ud-log-entry ${entry.speaker ? 'ud-log-speech' : 'ud-log-narration'}`);
    const parts = entry.speaker
      ? [el('span', 'ud-log-speaker', entry.speaker), el('span', 'ud-sr', ': '), el('span', 'ud-log-text', entry.text)]
      : [el('span', 'ud-log-text', entry.text)];
    const at = entry.at;
    if (at === null) {
      item.append(...parts);
      return item;
    }
    // A line read before is a way back: picking it returns the story there.
    const back = button('', 'ud-log-line', () => {
      this.close();
      this.callbacks.onReturnTo?.(at);
    });
    back.title = 'Go back to this line';
    back.append(...parts, el('span', 'ud-sr', ' (go back to this line)'));
    item.append(back);
    return item;
  }

  private onWheel(event: WheelEvent, scroller: HTMLElement): void {
    const now = performance.now();
    const atBottom = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2;
    // Only a gesture begun at the bottom closes: scrolling down to the end (momentum and all) does not.
    if (now - this.lastWheel > GESTURE_GAP_MS) this.gestureFromBottom = atBottom;
    this.lastWheel = now;
    if (event.deltaY > 0 && atBottom && this.gestureFromBottom) this.dismiss();
  }
}
