// "Keep this reading", from the end screen and the backlog, loaded only when first opened: the
// reading's transcript to download (or copy, where a phone or a frame refuses downloads) and one
// line of it to share (the share sheet, else the clipboard, else a box to copy from by hand).
import { shareText, transcriptFileName, transcriptMarkdown } from '../../reading/transcript.ts';
import type { ReadingEntry } from '../../story/readingSoFar.ts';
import './keeping.css';
import { button, el, Overlay, OverlayView } from './Overlay.ts';
import { copyText, downloadText, type ShareOutcome, shareOrCopy } from './share.ts';

/** What the keep view tells its owner. */
export interface KeepCallbacks {
  onClose?: () => void;
}

const SHARED: Record<ShareOutcome, string> = {
  shared: 'Shared.',
  copied: 'Copied to the clipboard.',
  cancelled: 'Not shared.',
  manual: 'This browser would not copy it: select the text below and copy it.',
};

/** The transcript and share panel. */
export class KeepView extends OverlayView<KeepCallbacks> {
  private status: HTMLElement | null = null;
  private manual: HTMLTextAreaElement | null = null;

  /** Shows what can be kept of `entries` (`readingSoFar` of the reading), read on `now`. */
  open(entries: readonly ReadingEntry[], now: Date): void {
    this.close();
    const overlay = new Overlay(this.root, {
      title: 'Keep this reading',
      className: 'ud-panel--keep',
      onDismiss: () => this.dismiss(),
    });
    this.overlay = overlay;
    this.status = el('p', 'ud-keep-status');
    this.status.setAttribute('role', 'status');
    this.manual = el('textarea', 'ud-keep-manual');
    this.manual.readOnly = true;
    this.manual.hidden = true;
    this.manual.setAttribute('aria-label', 'Text to copy');
    const download = this.transcriptSection(entries, now);
    overlay.body.append(download.section, this.shareSection(entries), this.status, this.manual);
    overlay.footer.append(button('Close', 'ud-button', () => this.dismiss()));
    overlay.open(download.first);
  }

  private transcriptSection(entries: readonly ReadingEntry[], now: Date) {
    const section = el('section', 'ud-keep-section');
    const lines = entries.filter((e) => e.kind === 'line').length;
    const choices = entries.filter((e) => e.kind === 'choice').length;
    section.append(
      el('h3', 'ud-keep-title', 'Transcript'),
      el('p', 'ud-keep-note', `Every line of this reading (${lines}) and the ${choices} choices made, as a text file.`),
    );
    const text = transcriptMarkdown(entries, now);
    const first = button('Download transcript', 'ud-button ud-button--primary', () => {
      downloadText(transcriptFileName(entries), text, 'text/markdown;charset=utf-8');
      // A download cannot be seen to fail (iOS, a sandboxed frame): say where else to get it.
      this.say('Downloading. If no file appears (some phones and frames do not allow downloads), copy it instead.');
    });
    const copy = button('Copy transcript', 'ud-button', () => void this.copy(text, 'Transcript copied.'));
    const row = el('div', 'ud-keep-row');
    row.append(first, copy);
    section.append(row);
    return { section, first };
  }

  private shareSection(entries: readonly ReadingEntry[]): HTMLElement {
    const section = el('section', 'ud-keep-section');
    section.append(el('h3', 'ud-keep-title', 'Share a line'));
    const lines = entries.flatMap((e) => (e.kind === 'line' ? [e] : []));
    if (!lines.length) {
      section.append(el('p', 'ud-keep-note', 'Nothing has been said yet.'));
      return section;
    }
    section.append(el('p', 'ud-keep-note', 'Pick a line of this reading, newest last.'));
    const list = el('ul', 'ud-keep-lines');
    list.setAttribute('aria-label', 'Lines of this reading');
    for (const line of lines) {
      const item = el('li');
      const pick = button('', 'ud-keep-line', () => void this.share(shareText(line)));
      if (line.speaker) pick.append(el('span', 'ud-log-speaker', line.speaker), el('span', 'ud-sr', ': '));
      pick.append(el('span', 'ud-keep-words', line.text), el('span', 'ud-sr', ' (share this line)'));
      item.append(pick);
      list.append(item);
    }
    section.append(list);
    requestAnimationFrame(() => {
      list.scrollTop = list.scrollHeight;
    });
    return section;
  }

  private async share(text: string): Promise<void> {
    const outcome = await shareOrCopy(text);
    this.say(SHARED[outcome], outcome === 'manual' ? text : null);
  }

  private async copy(text: string, done: string): Promise<void> {
    const copied = await copyText(text);
    this.say(copied ? done : SHARED.manual, copied ? null : text);
  }

  /** Says `message`; with `manual` text, shows it selected in a box to copy by hand. */
  private say(message: string, manual: string | null = null): void {
    if (this.status) this.status.textContent = message;
    if (!this.manual) return;
    this.manual.hidden = manual === null;
    if (manual !== null) {
      this.manual.value = manual;
      this.manual.focus();
      this.manual.select();
    }
  }
}
