import { button, el, Overlay, OverlayView } from './Overlay.ts';

/** An ending as the gallery shows it (`ReplayData['endings']` fits). */
export interface EndingCard {
  id: string;
  title: string;
  /** A nudge toward it, shown on its locked card once the story has been finished. */
  hint: string;
}

export interface EndingsCallbacks {
  /** Close, Escape or a backdrop click; the view has already closed. */
  onClose?: () => void;
}

/**
 * The title's progress line: "Read 412 of 892 lines · 2 of 6 endings". Lines seen are capped at
 * the total, since the profile may still hold lines of an older version of the story.
 */
export function progressText(
  linesSeen: number,
  totalLines: number,
  endingsReached: number,
  endingsTotal: number,
): string {
  const count = (n: number) => Math.max(0, Math.floor(n)).toLocaleString('en-GB');
  const lines = `Read ${count(Math.min(linesSeen, totalLines))} of ${count(totalLines)} ${totalLines === 1 ? 'line' : 'lines'}`;
  const endings = `${count(Math.min(endingsReached, endingsTotal))} of ${count(endingsTotal)} ${endingsTotal === 1 ? 'ending' : 'endings'}`;
  return `${lines} · ${endings}`;
}

/** Hues for drawn cards, from the art palette: dusk blue, lamp amber, plum, slate, ember, night. */
const DRAWN_HUES = [222, 32, 280, 205, 14, 240];

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' });

/** An ISO time as a local date; the raw text when it is not a date. */
function formatDate(iso: string): string {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? iso : dateFormat.format(at);
}

/**
 * The endings gallery: a card per ending. A reached ending shows its picture, title and the day it
 * was first reached; one not yet reached is a silhouette, with its hint once the story has been
 * finished at least once. Cards are not controls: the list is read, and the body scrolls (it
 * becomes a tab stop when it has to, see `Overlay.markScrollable`).
 */
export class EndingsView extends OverlayView<EndingsCallbacks> {
  /**
   * Opens the gallery. `reached` maps ending id → when it was first reached (ISO, as the profile
   * keeps it); `pictures` maps ending id → an image URL (e.g. its last scene's backdrop).
   */
  open(
    endings: readonly EndingCard[],
    reached: ReadonlyMap<string, string>,
    finishedOnce: boolean,
    pictures: Readonly<Record<string, string>> = {},
  ): void {
    this.close();
    const overlay = new Overlay(this.root, {
      title: 'Endings',
      className: 'ud-panel--endings',
      onDismiss: () => this.dismiss(),
    });
    this.overlay = overlay;
    const close = button('Close', 'ud-button ud-button--quiet', () => this.dismiss());
    overlay.header.append(close);

    const count = endings.filter((e) => reached.has(e.id)).length;
    const summary = el('p', 'ud-replay-summary');
    summary.append(
      el('strong', undefined, `${count} of ${endings.length}`),
      document.createTextNode(` ${endings.length === 1 ? 'ending' : 'endings'} reached`),
    );
    overlay.body.append(summary);
    if (!finishedOnce && count < endings.length) {
      overlay.body.append(
        el(
          'p',
          'ud-hint ud-replay-note',
          'Finish the story once, and the endings you have not reached will show a hint.',
        ),
      );
    }

    const list = el('ul', 'ud-endings');
    list.setAttribute('aria-label', 'Endings');
    endings.forEach((ending, index) => {
      const at = reached.get(ending.id);
      list.append(
        at !== undefined
          ? this.reachedCard(ending, index, at, pictures[ending.id])
          : this.lockedCard(ending, index, finishedOnce),
      );
    });
    overlay.body.append(list);
    overlay.open(close);
  }

  private reachedCard(ending: EndingCard, index: number, at: string, picture: string | undefined): HTMLLIElement {
    const item = el('li', 'ud-ending ud-ending--reached');
    item.dataset.ending = ending.id;
    const art = el('div', 'ud-ending-art');
    art.setAttribute('aria-hidden', 'true');
    if (picture) {
      const img = el('img');
      img.src = picture;
      img.alt = '';
      img.decoding = 'async';
      img.loading = 'lazy';
      art.append(img);
    } else {
      // A drawn card where there is no picture: a tone of its own per ending, and a low wall.
      art.classList.add('ud-ending-art--drawn');
      art.style.setProperty('--ud-ending-hue', String(DRAWN_HUES[index % DRAWN_HUES.length]));
    }
    art.append(el('span', 'ud-ending-number', String(index + 1)));
    const title = el('h3', 'ud-ending-title', ending.title);
    const when = el('p', 'ud-ending-when');
    const time = el('time', undefined, formatDate(at));
    time.dateTime = at;
    when.append(document.createTextNode('First reached '), time);
    item.append(art, title, when);
    return item;
  }

  private lockedCard(ending: EndingCard, index: number, finishedOnce: boolean): HTMLLIElement {
    const item = el('li', 'ud-ending ud-ending--locked');
    item.dataset.ending = ending.id;
    const art = el('div', 'ud-ending-art ud-ending-art--locked');
    art.setAttribute('aria-hidden', 'true');
    art.append(el('span', 'ud-ending-mark', '?'), el('span', 'ud-ending-number', String(index + 1)));
    const title = el('h3', 'ud-ending-title');
    title.append(el('span', 'ud-sr', `Ending ${index + 1}: `), document.createTextNode('Not yet reached'));
    item.append(art, title);
    if (finishedOnce && ending.hint.trim()) {
      const hint = el('p', 'ud-ending-hint');
      hint.append(el('span', 'ud-ending-hint-label', 'Hint'), document.createTextNode(ending.hint));
      item.append(hint);
    }
    return item;
  }
}
