import type { SlotId, SlotSummary } from '../../persistence/SaveSlots.ts';
import { confirm, formatTime, labelText, slotName } from './ConfirmDialog.ts';
import { button, el, Overlay, uniqueId } from './Overlay.ts';

export { confirmImport, type ImportPreviewInfo, type ImportPreviewSlot } from './ConfirmDialog.ts';

/** Where the slots screen reads what each slot holds (`SaveSlots` fits, with `pages` added). */
export interface SlotSource {
  /** The manual slots of page `page` (0-based). */
  manualPage(page: number): SlotSummary[];
  summary(id: SlotId): SlotSummary;
  /** How many manual pages there are. */
  pages: number;
}

export interface SlotsCallbacks {
  /**
   * A slot was picked: in save mode write the run there (an occupied slot was confirmed first), in
   * load mode load it. The view re-reads the source afterwards when it is still open.
   */
  onPick?: (id: SlotId) => void;
  /** Delete the save in `id` (the player confirmed). The view re-reads the source afterwards. */
  onDelete?: (id: SlotId) => void;
  /** "Export all saves". */
  onExport?: () => void;
  /** A file chosen under "Import from file". */
  onImportFile?: (file: File) => void;
  /** A code pasted under "Import from code". */
  onImportCode?: (code: string) => void;
  /** Close, Escape or a backdrop click; the view has already closed. */
  onClose?: () => void;
}

export type SlotsMode = 'save' | 'load';

type Tab = 'manual' | 'auto' | 'quick';

const TABS: { id: Tab; label: string }[] = [
  { id: 'manual', label: 'Saves' },
  { id: 'auto', label: 'Autosaves' },
  { id: 'quick', label: 'Quick' },
];

/** Autosave slots (auto-1…auto-5): kept here so the view needs no value import from persistence. */
const AUTO_IDS: SlotId[] = ['auto-1', 'auto-2', 'auto-3', 'auto-4', 'auto-5'];

const ATTENTION_NOTE =
  "This save was made on an older version of the story and can't be followed any more. It is kept.";

/**
 * The save / load screen: manual slots in pages, and in load mode the autosaves and the quick save
 * too. Each slot is a card button; saved slots have a Delete button. Overwriting and deleting ask
 * first. The footer moves saves between browsers: export, import from a file, import from a code.
 */
export class SlotsView {
  private overlay: Overlay | null = null;
  private source: SlotSource | null = null;
  private currentMode: SlotsMode = 'load';
  private tab: Tab = 'manual';
  private page = 0;
  private busy = false;
  private tabButtons = new Map<Tab, HTMLButtonElement>();
  private tabPanel: HTMLDivElement | null = null;
  private exportBox: HTMLDivElement | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly callbacks: SlotsCallbacks = {},
  ) {}

  get isOpen(): boolean {
    return this.overlay?.isOpen ?? false;
  }

  /** The mode the screen was last opened in. */
  get mode(): SlotsMode {
    return this.currentMode;
  }

  /** Opens the screen. Load mode starts on the tab and page of the newest save; save mode on the page used last. */
  open(mode: SlotsMode, source: SlotSource): void {
    this.close();
    this.currentMode = mode;
    this.source = source;
    this.busy = false;
    this.page = clampPage(this.page, source.pages);
    this.tab = 'manual';
    if (mode === 'load') this.startAtNewest(source);

    const overlay = new Overlay(this.root, {
      title: mode === 'save' ? 'Save' : 'Load',
      className: 'ud-panel--slots ud-panel--scrollall',
      onDismiss: () => this.dismiss(),
    });
    this.overlay = overlay;
    overlay.header.append(button('Close', 'ud-button ud-button--quiet', () => this.dismiss()));

    this.tabButtons.clear();
    const panel = el('div', 'ud-tabpanel');
    panel.id = uniqueId('slots');
    this.tabPanel = panel;
    if (mode === 'load') {
      const tablist = el('div', 'ud-tabs');
      tablist.setAttribute('role', 'tablist');
      tablist.setAttribute('aria-label', 'Kinds of save');
      for (const { id, label } of TABS) {
        const tab = button(label, 'ud-tab', () => this.selectTab(id, false));
        tab.id = `${panel.id}-${id}`;
        tab.setAttribute('role', 'tab');
        tab.setAttribute('aria-controls', panel.id);
        tab.dataset.focusKey = `tab:${id}`;
        tab.addEventListener('keydown', (event) => this.onTabKey(event, id));
        this.tabButtons.set(id, tab);
        tablist.append(tab);
      }
      panel.setAttribute('role', 'tabpanel');
      overlay.body.append(tablist);
    } else {
      panel.setAttribute('role', 'region');
      panel.setAttribute('aria-label', 'Save slots');
    }
    overlay.body.append(panel);
    overlay.footer.append(...this.transfer());
    this.render();
    overlay.open();
  }

  /** Re-reads the source and redraws the slots, keeping focus on the same control. */
  refresh(): void {
    if (this.isOpen) this.render();
  }

  /**
   * Shows an export as a code to copy (for browsers where a download does not work, e.g. a mobile
   * iframe), with a Copy button. Call after `onExport` when a code is made.
   */
  showExportCode(code: string): void {
    const box = this.exportBox;
    if (!box || !this.isOpen) return;
    box.hidden = false;
    const area = box.querySelector('textarea');
    const status = box.querySelector<HTMLElement>('.ud-code-status');
    if (status) status.textContent = '';
    if (area) {
      area.value = code;
      area.focus();
      area.select();
    }
  }

  /** Removes the screen (does not call onClose). */
  close(): void {
    const overlay = this.overlay;
    this.overlay = null;
    this.tabPanel = null;
    this.exportBox = null;
    overlay?.close();
  }

  private dismiss(): void {
    if (!this.isOpen || this.busy) return;
    this.close();
    this.callbacks.onClose?.();
  }

  private startAtNewest(source: SlotSource): void {
    let newest: { tab: Tab; page: number; time: number } | null = null;
    const consider = (summary: SlotSummary, tab: Tab, page: number) => {
      if (summary.state !== 'saved' || summary.needsAttention) return;
      const time = Date.parse(summary.time) || 0;
      if (!newest || time > newest.time) newest = { tab, page, time };
    };
    for (let page = 0; page < source.pages; page++)
      for (const s of source.manualPage(page)) consider(s, 'manual', page);
    for (const id of AUTO_IDS) consider(source.summary(id), 'auto', 0);
    consider(source.summary('quick'), 'quick', 0);
    const found = newest as { tab: Tab; page: number; time: number } | null;
    if (found) {
      this.tab = found.tab;
      if (found.tab === 'manual') this.page = found.page;
    }
  }

  // Tabs and pages ------------------------------------------------------------------------------

  private selectTab(tab: Tab, focus: boolean): void {
    this.tab = tab;
    this.render();
    if (focus) this.tabButtons.get(tab)?.focus();
  }

  private onTabKey(event: KeyboardEvent, tab: Tab): void {
    const index = TABS.findIndex((t) => t.id === tab);
    let next = -1;
    if (event.key === 'ArrowRight') next = (index + 1) % TABS.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + TABS.length) % TABS.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = TABS.length - 1;
    if (next < 0) return;
    event.preventDefault();
    this.selectTab(TABS[next].id, true);
  }

  private goToPage(page: number): void {
    const source = this.source;
    if (!source || page < 0 || page >= source.pages || page === this.page) return;
    this.page = page;
    this.render();
  }

  // Rendering -----------------------------------------------------------------------------------

  private render(): void {
    const panel = this.tabPanel;
    const source = this.source;
    if (!panel || !source) return;
    const active = document.activeElement;
    const focusKey =
      active instanceof HTMLElement && panel.closest('.ud-panel')?.contains(active)
        ? active.dataset.focusKey
        : undefined;
    const hadFocusInPanel = active instanceof Node && panel.contains(active);

    for (const [id, tab] of this.tabButtons) {
      const selected = id === this.tab;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      if (selected) panel.setAttribute('aria-labelledby', tab.id);
    }

    const children: HTMLElement[] = [];
    let summaries: SlotSummary[];
    if (this.currentMode === 'save' || this.tab === 'manual') {
      this.page = clampPage(this.page, source.pages);
      summaries = source.manualPage(this.page);
      if (source.pages > 1) children.push(this.pager(source.pages));
    } else if (this.tab === 'auto') {
      summaries = AUTO_IDS.map((id) => source.summary(id)).sort(newestFirst);
      children.push(el('p', 'ud-hint', 'Made for you at each choice and each new chapter; the oldest is replaced.'));
    } else {
      summaries = [source.summary('quick')];
      children.push(el('p', 'ud-hint', 'Quick save and quick load: F5 and F9.'));
    }
    const grid = el('ul', 'ud-slots');
    for (const summary of summaries) grid.append(this.card(summary));
    children.push(grid);
    panel.replaceChildren(...children);

    if (focusKey) {
      const again = this.overlay?.panel.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(focusKey)}"]`);
      if (again && !again.hasAttribute('disabled')) again.focus({ preventScroll: true });
      else if (hadFocusInPanel)
        this.overlay?.focusInside(panel.querySelector<HTMLElement>('.ud-slot-main:not([disabled])'));
    } else if (hadFocusInPanel) {
      this.overlay?.focusInside();
    }
  }

  private pager(pages: number): HTMLElement {
    const nav = el('nav', 'ud-pager');
    nav.setAttribute('aria-label', 'Save pages');
    const step = (label: string, to: number, key: string) => {
      const b = button(label, 'ud-button ud-button--quiet ud-pager-step', () => this.goToPage(to));
      b.dataset.focusKey = key;
      // aria-disabled, not disabled: the button keeps focus when it reaches the first or last page.
      if (to < 0 || to >= pages) b.setAttribute('aria-disabled', 'true');
      return b;
    };
    nav.append(step('Previous', this.page - 1, 'page:prev'));
    const numbers = el('span', 'ud-pager-pages');
    for (let page = 0; page < pages; page++) {
      const b = button(String(page + 1), 'ud-button ud-button--quiet ud-pager-page', () => this.goToPage(page));
      b.setAttribute('aria-label', `Page ${page + 1}`);
      b.dataset.focusKey = `page:${page}`;
      if (page === this.page) b.setAttribute('aria-current', 'page');
      numbers.append(b);
    }
    nav.append(numbers, step('Next', this.page + 1, 'page:next'));
    return nav;
  }

  private card(summary: SlotSummary): HTMLLIElement {
    const name = slotName(summary.id);
    const item = el('li', `ud-slot ud-slot--${summary.state}`);
    const main = button('', 'ud-slot-main');
    main.dataset.focusKey = `slot:${summary.id}`;
    main.dataset.slot = summary.id;
    const thumb = el('span', 'ud-slot-thumb');
    const info = el('span', 'ud-slot-info');
    const meta = el('span', 'ud-slot-meta');
    meta.append(el('span', 'ud-slot-name', name));
    info.append(meta);
    let spoken = name;
    let note: string | null = null;
    let warn = false;

    switch (summary.state) {
      case 'empty':
        thumb.append(placeholder());
        info.append(el('span', 'ud-slot-empty', 'Empty slot'));
        spoken += ': empty slot';
        main.disabled = this.currentMode === 'load';
        break;
      case 'saved': {
        const text = labelText(summary.label);
        thumb.append(summary.thumbnail ? picture(summary.thumbnail, text) : placeholder());
        if (summary.label.chapter) info.append(el('span', 'ud-slot-chapter', summary.label.chapter));
        if (summary.label.excerpt) info.append(el('span', 'ud-slot-excerpt', summary.label.excerpt));
        const time = el('time', 'ud-slot-time', formatTime(summary.time));
        time.dateTime = summary.time;
        meta.append(time);
        spoken += `: ${text}, saved ${formatTime(summary.time)}`;
        if (summary.needsAttention) {
          note = summary.needsAttention.reason.trim() || ATTENTION_NOTE;
          warn = true;
          item.classList.add('ud-slot--attention');
        }
        break;
      }
      case 'newerVersion':
        thumb.append(placeholder());
        info.append(el('span', 'ud-slot-state', 'Made by a newer version of the game'));
        note = 'It is kept as it is. Update the game to load it.';
        spoken += ': made by a newer version of the game';
        main.disabled = true;
        break;
      case 'unreadable':
        thumb.append(placeholder());
        info.append(el('span', 'ud-slot-state', "This save can't be read"));
        note = summary.reason ? `${capitalise(summary.reason)}.` : null;
        warn = true;
        spoken += ": this save can't be read";
        main.disabled = this.currentMode === 'load';
        break;
    }
    if (note) {
      const noteEl = el('span', `ud-note${warn ? ' ud-note--warn' : ''}`, note);
      noteEl.id = uniqueId('slot-note');
      main.setAttribute('aria-describedby', noteEl.id);
      info.append(noteEl);
    }
    main.setAttribute('aria-label', spoken);
    main.append(thumb, info);
    main.addEventListener('click', () => void this.pick(summary));
    item.append(main);

    if (summary.state !== 'empty') {
      const remove = button('Delete', 'ud-button ud-button--quiet ud-slot-delete', () => void this.remove(summary));
      remove.setAttribute('aria-label', `Delete ${name}`);
      remove.dataset.focusKey = `delete:${summary.id}`;
      item.append(remove);
    }
    return item;
  }

  // Actions -------------------------------------------------------------------------------------

  private async pick(summary: SlotSummary): Promise<void> {
    if (this.busy || !this.isOpen) return;
    if (this.currentMode === 'load') {
      if (summary.state !== 'saved') return;
      this.callbacks.onPick?.(summary.id);
      this.refresh();
      return;
    }
    if (summary.state !== 'empty') {
      this.busy = true;
      const ok = await confirm(this.root, {
        title: 'Overwrite this save?',
        message: `${slotName(summary.id)} holds ${describe(summary)}. It will be replaced by where you are now.`,
        confirmLabel: 'Overwrite',
        cancelLabel: 'Cancel',
        danger: true,
      });
      this.busy = false;
      if (!ok || !this.isOpen) return;
    }
    this.callbacks.onPick?.(summary.id);
    this.refresh();
  }

  private async remove(summary: SlotSummary): Promise<void> {
    if (this.busy || !this.isOpen) return;
    this.busy = true;
    const ok = await confirm(this.root, {
      title: 'Delete this save?',
      message: "This can't be undone.",
      detail: `${slotName(summary.id)}: ${describe(summary)}.`,
      confirmLabel: 'Delete',
      cancelLabel: 'Cancel',
      danger: true,
    });
    this.busy = false;
    if (!ok || !this.isOpen) return;
    this.callbacks.onDelete?.(summary.id);
    this.refresh();
  }

  /** The footer: export, import from a file, import from a code (and the code boxes). */
  private transfer(): HTMLElement[] {
    const row = el('div', 'ud-transfer');
    const exportButton = button('Export all saves', 'ud-button', () => this.callbacks.onExport?.());

    const fileId = uniqueId('file');
    const file = el('input', 'ud-file');
    file.type = 'file';
    file.id = fileId;
    file.accept = '.json,application/json';
    const fileLabel = el('label', 'ud-button ud-file-label', 'Import from file');
    fileLabel.htmlFor = fileId;
    // The input is hidden and its label shows its focus: bring the label into view (a short
    // window scrolls the panel only as far as the 1px input).
    file.addEventListener('focus', () => fileLabel.scrollIntoView({ block: 'nearest' }));
    file.addEventListener('change', () => {
      const chosen = file.files?.[0];
      file.value = '';
      if (chosen) this.callbacks.onImportFile?.(chosen);
    });

    const codeBox = el('div', 'ud-code');
    codeBox.id = uniqueId('code');
    codeBox.hidden = true;
    const toggle = button('Import from code', 'ud-button', () => {
      codeBox.hidden = !codeBox.hidden;
      toggle.setAttribute('aria-expanded', String(!codeBox.hidden));
      if (!codeBox.hidden) codeBox.querySelector('textarea')?.focus();
    });
    toggle.setAttribute('aria-expanded', 'false');
    toggle.setAttribute('aria-controls', codeBox.id);

    const [areaLabel, area] = labelledArea('code-in', 'Paste a save code');
    area.autocomplete = 'off';
    area.setAttribute('autocapitalize', 'off');
    const codeStatus = el('p', 'ud-code-status');
    codeStatus.setAttribute('role', 'status');
    const importCode = button('Import code', 'ud-button ud-button--primary', () => {
      const code = area.value.trim();
      if (!code) {
        codeStatus.textContent = 'Paste a code into the box first.';
        area.focus();
        return;
      }
      codeStatus.textContent = '';
      this.callbacks.onImportCode?.(code);
    });
    const codeActions = el('div', 'ud-code-actions');
    codeActions.append(importCode, codeStatus);
    codeBox.append(areaLabel, area, codeActions);

    const exportBox = el('div', 'ud-code');
    exportBox.hidden = true;
    const [outLabel, out] = labelledArea(
      'code-out',
      'Your saves as a code: copy it, then paste it under "Import from code" in the other browser',
    );
    out.readOnly = true;
    const copyStatus = el('p', 'ud-code-status');
    copyStatus.setAttribute('role', 'status');
    const copy = button('Copy code', 'ud-button', () => void copyText(out, copyStatus));
    const hideExport = button('Done', 'ud-button ud-button--quiet', () => {
      exportBox.hidden = true;
      exportButton.focus();
    });
    const exportActions = el('div', 'ud-code-actions');
    exportActions.append(copy, hideExport, copyStatus);
    exportBox.append(outLabel, out, exportActions);
    this.exportBox = exportBox;

    row.append(exportButton, file, fileLabel, toggle);
    return [row, codeBox, exportBox];
  }
}

/** A three-row text box for a save code, with its label. */
function labelledArea(prefix: string, text: string): [HTMLLabelElement, HTMLTextAreaElement] {
  const label = el('label', 'ud-label', text);
  const area = el('textarea', 'ud-textarea');
  area.id = uniqueId(prefix);
  label.htmlFor = area.id;
  area.rows = 3;
  area.spellcheck = false;
  return [label, area];
}

async function copyText(area: HTMLTextAreaElement, status: HTMLElement): Promise<void> {
  area.focus();
  area.select();
  try {
    if (!navigator.clipboard) throw new Error('no clipboard');
    await navigator.clipboard.writeText(area.value);
    status.textContent = 'Copied.';
  } catch {
    // Older browsers and some iframes refuse the Clipboard API; the selection is still there to copy by hand.
    const copied = typeof document.execCommand === 'function' && document.execCommand('copy');
    status.textContent = copied ? 'Copied.' : 'The code is selected: copy it with your device’s copy command.';
  }
}

function placeholder(): HTMLElement {
  const mark = el('span', 'ud-slot-placeholder');
  mark.setAttribute('aria-hidden', 'true');
  return mark;
}

function describe(summary: SlotSummary): string {
  switch (summary.state) {
    case 'saved':
      return `“${labelText(summary.label)}”, saved ${formatTime(summary.time)}`;
    case 'newerVersion':
      return 'a save made by a newer version of the game';
    case 'unreadable':
      return 'a save that cannot be read';
    default:
      return 'nothing';
  }
}

function newestFirst(a: SlotSummary, b: SlotSummary): number {
  const time = (s: SlotSummary) => (s.state === 'saved' ? Date.parse(s.time) || 0 : -1);
  return time(b) - time(a);
}

function clampPage(page: number, pages: number): number {
  return Math.min(Math.max(0, page), Math.max(0, pages - 1));
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A save's picture of the screen, loaded lazily. */
function picture(src: string, alt: string): HTMLImageElement {
  const img = el('img');
  img.src = src;
  img.alt = alt;
  img.decoding = 'async';
  img.loading = 'lazy';
  return img;
}
