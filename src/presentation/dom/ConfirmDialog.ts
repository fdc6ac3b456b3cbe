import type { SaveLabel } from '../../persistence/saveFormat.ts';
import { button, el, Overlay } from './Overlay.ts';

/** What a confirmation asks. */
export interface ConfirmOptions {
  title: string;
  message: string;
  /** A second, quieter paragraph (e.g. the save about to be replaced). */
  detail?: string;
  confirmLabel: string;
  cancelLabel: string;
  /** The confirm button is drawn as a destructive action. */
  danger?: boolean;
}

/**
 * A small modal question. Resolves true on the confirm button; false on Cancel, Escape or a backdrop
 * click. Focus starts on Cancel, so a stray Enter never destroys anything.
 */
export function confirm(root: HTMLElement, options: ConfirmOptions): Promise<boolean> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (answer: boolean) => {
      if (settled) return;
      settled = true;
      overlay.close();
      resolve(answer);
    };
    const overlay = new Overlay(root, {
      title: options.title,
      className: 'ud-panel--confirm',
      role: 'alertdialog',
      onDismiss: () => finish(false),
    });
    const message = el('p', 'ud-confirm-message', options.message);
    message.id = `${overlay.heading.id}-message`;
    overlay.dialog.setAttribute('aria-describedby', message.id);
    overlay.body.append(message);
    if (options.detail) overlay.body.append(el('p', 'ud-confirm-detail', options.detail));
    const cancel = button(options.cancelLabel, 'ud-button', () => finish(false));
    const ok = button(
      options.confirmLabel,
      options.danger ? 'ud-button ud-button--danger' : 'ud-button ud-button--primary',
      () => finish(true),
    );
    overlay.footer.append(cancel, ok);
    overlay.open(cancel);
  });
}

/** One save in an import, as the preview lists it (`ImportPreview['slots']` from exportBundle fits). */
export interface ImportPreviewSlot {
  id: string;
  /** The save's label, or any text to show for it. */
  label: SaveLabel | string;
  /** When it was saved (ISO). */
  time: string;
  /** Its slot already holds a save here. */
  conflict?: boolean;
  /** The save is marked as no longer fitting the story. */
  needsAttention?: boolean;
}

/** What an import holds (`ImportPreview` from exportBundle fits, with `conflict` added per slot when known). */
export interface ImportPreviewInfo {
  /** When the export was made (ISO). */
  exportedAt?: string;
  slots: readonly ImportPreviewSlot[];
  /** Entries that cannot be imported, and why. */
  skipped?: readonly { id: string; reason: string }[];
  profile: { endings: number; linesSeen: number; completedRuns?: number } | null;
  /** Why the profile cannot be imported (or what of it was lost). */
  profileProblem?: string | null;
}

/** A slot id as the player reads it. */
export function slotName(id: string): string {
  if (id === 'quick') return 'Quick save';
  const auto = /^auto-(\d+)$/.exec(id);
  if (auto) return `Autosave ${auto[1]}`;
  const manual = /^manual-(\d+)$/.exec(id);
  if (manual) return `Slot ${manual[1]}`;
  return id;
}

/** A label as one line of text: "Chapter — excerpt". */
export function labelText(label: SaveLabel | string): string {
  if (typeof label === 'string') return label;
  const parts = [label.chapter, label.excerpt].filter((part): part is string => !!part && part.trim() !== '');
  return parts.join(' — ') || 'No text';
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** An ISO time in the player's local format; the raw text when it is not a date. */
export function formatTime(iso: string): string {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? iso : dateFormat.format(at);
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

/**
 * Shows what an import holds before anything is merged: its saves (marked where their slot is taken
 * here), what will be skipped, and the profile's counts. Resolves true when the player imports.
 */
export function confirmImport(root: HTMLElement, preview: ImportPreviewInfo): Promise<boolean> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (answer: boolean) => {
      if (settled) return;
      settled = true;
      overlay.close();
      resolve(answer);
    };
    const overlay = new Overlay(root, {
      title: 'Import these saves?',
      className: 'ud-panel--import',
      role: 'alertdialog',
      onDismiss: () => finish(false),
    });
    const intro = el('p', 'ud-confirm-message');
    intro.id = `${overlay.heading.id}-message`;
    overlay.dialog.setAttribute('aria-describedby', intro.id);
    const count = preview.slots.length;
    intro.textContent = count
      ? `This holds ${plural(count, 'save', 'saves')}. They are added beside yours; nothing here is overwritten without asking.`
      : 'This holds no saves that can be imported.';
    if (preview.exportedAt) intro.textContent += ` Exported ${formatTime(preview.exportedAt)}.`;
    overlay.body.append(intro);

    if (count) {
      const list = el('ul', 'ud-import-list');
      for (const slot of preview.slots) {
        const item = el('li', 'ud-import-item');
        const head = el('p', 'ud-import-head');
        head.append(el('span', 'ud-import-slot', slotName(slot.id)), document.createTextNode(' · '));
        const time = el('time', 'ud-import-time', formatTime(slot.time));
        time.dateTime = slot.time;
        head.append(time);
        item.append(head, el('p', 'ud-import-label', labelText(slot.label)));
        if (slot.conflict)
          item.append(
            el(
              'p',
              'ud-note ud-note--warn',
              'This slot is already used here. The save in it is not replaced without asking.',
            ),
          );
        if (slot.needsAttention)
          item.append(el('p', 'ud-note', 'Marked as made on an older version of the story; it may not load.'));
        list.append(item);
      }
      overlay.body.append(list);
    }
    if (preview.skipped?.length) {
      overlay.body.append(el('p', 'ud-import-subhead', `Can't be imported (${preview.skipped.length})`));
      const skipped = el('ul', 'ud-import-list ud-import-list--skipped');
      for (const entry of preview.skipped)
        skipped.append(el('li', 'ud-note', `${slotName(entry.id)}: ${entry.reason}.`));
      overlay.body.append(skipped);
    }
    const profile = el('p', 'ud-import-profile');
    if (preview.profile) {
      const { endings, linesSeen, completedRuns } = preview.profile;
      const runs =
        completedRuns !== undefined ? `, ${plural(completedRuns, 'finished reading', 'finished readings')}` : '';
      profile.textContent = `Progress: ${plural(endings, 'ending', 'endings')} reached, ${plural(linesSeen, 'line', 'lines')} read${runs}. It is merged with yours; your settings are kept.`;
    } else {
      profile.textContent = 'No progress (endings, lines read) is included.';
    }
    overlay.body.append(profile);
    if (preview.profileProblem)
      overlay.body.append(el('p', 'ud-note ud-note--warn', `Progress: ${preview.profileProblem}.`));

    const cancel = button('Cancel', 'ud-button', () => finish(false));
    const ok = button('Import', 'ud-button ud-button--primary', () => finish(true));
    ok.disabled = count === 0 && !preview.profile;
    overlay.footer.append(cancel, ok);
    overlay.open(cancel);
  });
}
