/**
 * A modal panel over the game: a `<dialog>` opened with `showModal()` that fills the screen as the dim
 * backdrop and holds one panel. Shared by every DOM overlay (menu, backlog, settings, slots, confirmations).
 * The browser puts it in the top layer, makes the rest of the page (the game, the quick bar) inert and
 * turns Escape into `cancel`; this module adds the rest:
 * - Focus moves into the panel on `open()` (`initialFocus`, else the first control) and back to the
 *   element focused before on `close()`; a stack knows the top overlay (a confirmation over the save screen).
 * - Tab wraps at either end of the top overlay, where the browser would let it leave the page.
 * - Escape and a click on the backdrop call `onDismiss` (the view decides what closing means).
 * - Key, pointer and wheel events inside stop propagating, so the game's window listeners do not see
 *   them; those listeners should also check `Overlay.anyOpen()`.
 */

/** Options of an overlay. */
export interface OverlayOptions {
  /** The visible heading of the panel (labels the dialog). */
  title: string;
  /** Extra class names for the panel (e.g. `ud-panel--wide`). */
  className?: string;
  /** Escape or a backdrop click. */
  onDismiss: () => void;
  /** `alertdialog` for confirmations. */
  role?: 'dialog' | 'alertdialog';
  /** Whether a click on the backdrop dismisses (default true). */
  dismissOnBackdrop?: boolean;
}

let nextId = 0;

/** A unique id for elements that label each other. */
export function uniqueId(prefix: string): string {
  nextId += 1;
  return `ud-${prefix}-${nextId}`;
}

/** Creates an element with a class name and optional text. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A `type="button"` button with a visible label. */
export function button(
  label: string,
  className = 'ud-button',
  onClick?: (event: MouseEvent) => void,
): HTMLButtonElement {
  const node = el('button', className, label);
  node.type = 'button';
  if (onClick) node.addEventListener('click', onClick);
  return node;
}

const TABBABLE = [
  'button:not([disabled])',
  'a[href]',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'summary',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

/** The elements Tab reaches inside `container`, in order (one radio per group, as browsers do). */
export function tabbables(container: HTMLElement): HTMLElement[] {
  const all = [...container.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (node) => node.tabIndex >= 0 && !node.closest('[hidden], [inert]') && node.getClientRects().length > 0,
  );
  return all.filter((node) => {
    if (!(node instanceof HTMLInputElement) || node.type !== 'radio' || !node.name) return true;
    const group = all.filter(
      (other): other is HTMLInputElement =>
        other instanceof HTMLInputElement && other.type === 'radio' && other.name === node.name,
    );
    const checked = group.find((radio) => radio.checked);
    return checked ? checked === node : group[0] === node;
  });
}

const STOPPED_EVENTS = [
  'keydown',
  'keyup',
  'keypress',
  'pointerdown',
  'pointerup',
  'pointermove',
  'pointercancel',
  'mousedown',
  'mouseup',
  'click',
  'dblclick',
  'contextmenu',
  'touchstart',
  'touchmove',
  'touchend',
  'wheel',
] as const;

/** The last Escape pressed, caught first (capture): while still being dispatched, it may open an overlay. */
let lastEscape: KeyboardEvent | null = null;
if (typeof window !== 'undefined') {
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape') lastEscape = event;
    },
    true,
  );
}

export class Overlay {
  private static readonly stack: Overlay[] = [];
  private static readonly topListeners = new Set<(top: Overlay | undefined) => void>();

  /** True while any overlay is open: the game ignores its keys and clicks then. */
  static anyOpen(): boolean {
    return Overlay.stack.length > 0;
  }

  /** The overlay on top, if any. */
  static top(): Overlay | undefined {
    return Overlay.stack[Overlay.stack.length - 1];
  }

  /**
   * Calls `listener` with the new top overlay (or undefined) whenever it changes: the notice moves
   * into the top dialog, since whatever is outside a modal dialog is inert and drawn under it.
   */
  static onTopChange(listener: (top: Overlay | undefined) => void): void {
    Overlay.topListeners.add(listener);
  }

  /** The modal dialog: fills the screen as the dim backdrop and holds the panel. */
  readonly dialog: HTMLDialogElement;
  /** The visible panel inside the dialog. */
  readonly panel: HTMLDivElement;
  /** The panel's heading (labels the dialog). */
  readonly heading: HTMLHeadingElement;
  /** Where a view puts its content (scrolls when it does not fit). */
  readonly body: HTMLDivElement;
  /** A row under the body for the panel's main buttons (empty ones are hidden by CSS). */
  readonly footer: HTMLDivElement;
  /** The header row: the heading and whatever a view adds beside it (e.g. a Close button). */
  readonly header: HTMLDivElement;

  /** Escape, as the view takes it: what a gamepad's B button asks for. */
  dismiss(): void {
    this.options.onDismiss();
  }

  private returnFocus: HTMLElement | null = null;
  private opened = false;
  private pressedOnBackdrop = false;
  private readonly onResize = () => this.markScrollable();

  constructor(
    private readonly root: HTMLElement,
    private readonly options: OverlayOptions,
  ) {
    this.dialog = el('dialog', 'ud-backdrop');
    this.dialog.setAttribute('role', options.role ?? 'dialog');
    this.panel = el('div', `ud-panel${options.className ? ` ${options.className}` : ''}`);
    // Focusable, so a click on the panel's text keeps focus (and keys) inside the dialog.
    this.panel.tabIndex = -1;
    this.header = el('div', 'ud-panel-header');
    this.heading = el('h2', 'ud-panel-title', options.title);
    this.heading.id = uniqueId('title');
    this.dialog.setAttribute('aria-labelledby', this.heading.id);
    this.header.append(this.heading);
    this.body = el('div', 'ud-panel-body');
    this.footer = el('div', 'ud-panel-footer');
    this.panel.append(this.header, this.body, this.footer);
    this.dialog.append(this.panel);

    for (const type of STOPPED_EVENTS) this.dialog.addEventListener(type, (event) => event.stopPropagation());
    // Capture: the notice inside the dialog stops its own key events before they bubble here.
    this.dialog.addEventListener('keydown', (event) => this.wrapTab(event), true);
    this.dialog.addEventListener('cancel', (event) => {
      event.preventDefault();
      this.options.onDismiss();
    });
    // A close request the page may not refuse (the browser's rule against trapping the reader) closes it.
    this.dialog.addEventListener('close', () => this.close());
    // Only a press that starts and ends on the backdrop dismisses: a text selection begun in the panel
    // and let go outside it clicks the dialog too.
    this.dialog.addEventListener('pointerdown', (event) => {
      this.pressedOnBackdrop = event.target === this.dialog;
    });
    this.dialog.addEventListener('click', (event) => {
      const onBackdrop = event.target === this.dialog && this.pressedOnBackdrop;
      this.pressedOnBackdrop = false;
      if (onBackdrop && (this.options.dismissOnBackdrop ?? true)) this.options.onDismiss();
    });
  }

  /** True while shown. */
  get isOpen(): boolean {
    return this.opened;
  }

  /** Shows the overlay and moves focus into it: to `initialFocus`, else the first control. */
  open(initialFocus?: HTMLElement | null): void {
    if (this.opened) return;
    this.opened = true;
    const active = document.activeElement;
    this.returnFocus = active instanceof HTMLElement && active !== document.body ? active : null;
    this.root.append(this.dialog);
    this.dialog.showModal();
    // Escape opens the menu from the game; the browser would then take the same key as a request to
    // close the dialog just opened (its default action, after the listeners). It is not one.
    if (lastEscape && lastEscape.eventPhase !== Event.NONE) lastEscape.preventDefault();
    Overlay.stack.push(this);
    Overlay.topChanged();
    this.markScrollable();
    window.addEventListener('resize', this.onResize);
    this.focusInside(initialFocus);
  }

  /**
   * A body that scrolls but holds no control (a long confirmation on a small screen) becomes a tab stop
   * itself, so the keyboard can scroll it. Call again after changing the content.
   */
  markScrollable(): void {
    const body = this.body;
    const scrolls = body.scrollHeight > body.clientHeight + 1 && getComputedStyle(body).overflowY !== 'visible';
    const needsStop = scrolls && tabbables(body).length === 0;
    if (needsStop) {
      body.tabIndex = 0;
      body.setAttribute('role', 'group');
      body.setAttribute('aria-labelledby', this.heading.id);
    } else if (body.hasAttribute('tabindex')) {
      body.removeAttribute('tabindex');
      body.removeAttribute('role');
      body.removeAttribute('aria-labelledby');
    }
  }

  /** Removes the overlay and gives focus back to what had it before (when that is still on the page). */
  close(): void {
    if (!this.opened) return;
    this.opened = false;
    const index = Overlay.stack.indexOf(this);
    if (index >= 0) Overlay.stack.splice(index, 1);
    window.removeEventListener('resize', this.onResize);
    const hadFocus = this.dialog.contains(document.activeElement);
    // The notice leaves this dialog before it goes.
    Overlay.topChanged();
    this.dialog.close();
    this.dialog.remove();
    const target = this.returnFocus;
    this.returnFocus = null;
    // An overlay under the top one closed by code: focus stays where it is, in the top one.
    if (!hadFocus && document.activeElement && document.activeElement !== document.body) return;
    if (target?.isConnected && !target.closest('[hidden], [inert]')) target.focus({ preventScroll: true });
    else Overlay.top()?.focusInside();
  }

  /** Focuses `preferred` when given and focusable, else the first control, else the panel. */
  focusInside(preferred?: HTMLElement | null): void {
    const target =
      preferred && this.panel.contains(preferred) && !preferred.closest('[hidden]')
        ? preferred
        : (tabbables(this.panel)[0] ?? this.panel);
    target.focus({ preventScroll: false });
  }

  private wrapTab(event: KeyboardEvent): void {
    if (event.key !== 'Tab' || Overlay.top() !== this) return;
    // The dialog's order: a notice's buttons (when one is shown over it), then the panel's controls.
    const order = tabbables(this.dialog);
    const active = document.activeElement;
    const last = order[order.length - 1];
    if (!order.length) {
      event.preventDefault();
      this.panel.focus();
    } else if (event.shiftKey && (active === order[0] || active === this.panel || active === this.dialog)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      order[0].focus();
    }
  }

  private static topChanged(): void {
    const top = Overlay.top();
    for (const listener of Overlay.topListeners) listener(top);
  }
}

/**
 * A panel shown in one Overlay at a time: the open state, closing from code, and dismissal by
 * the player (Close, Escape, the backdrop), which closes and then calls `onClose`.
 */
export abstract class OverlayView<Callbacks extends { onClose?: () => void }> {
  /** The open panel, or null. */
  protected overlay: Overlay | null = null;

  constructor(
    protected readonly root: HTMLElement,
    protected readonly callbacks: Callbacks = {} as Callbacks,
  ) {}

  get isOpen(): boolean {
    return this.overlay?.isOpen ?? false;
  }

  /** Removes the panel (does not call onClose); safe to call twice. */
  close(): void {
    const overlay = this.overlay;
    this.overlay = null;
    this.forget();
    overlay?.close();
  }

  /** Drops the view's own references into the closed panel; views that keep some override it. */
  protected forget(): void {}

  /** The player closed the panel: close it, then tell. */
  protected dismiss(): void {
    if (!this.isOpen) return;
    this.close();
    this.callbacks.onClose?.();
  }
}
