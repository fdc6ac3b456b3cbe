import { button, el, Overlay } from './Overlay.ts';

/** A button offered with a notice (e.g. "Export saves"). */
export interface NoticeAction {
  label: string;
  run: () => void;
}

export interface NoticeOptions {
  /** Keep the notice until dismissed even without an action. */
  sticky?: boolean;
  /** How long a notice without an action stays (default: 2.5 s, longer for longer text). */
  durationMs?: number;
}

const SHORT_MS = 2500;

/**
 * One calm banner at the top of the screen, over everything. Announced politely to screen readers.
 * A notice with an action (or `sticky`) stays until dismissed; others hide themselves after a few
 * seconds (paused while the pointer or focus is on the banner). A new notice replaces the old one.
 *
 * The banner is a manual popover, always open (transparent while empty), so it is in the top layer.
 * A modal dialog opened later is drawn above it and makes everything outside the dialog inert, so the
 * banner moves into the top dialog while one is open (and is shown again there, above it), then back.
 */
export class Notice {
  readonly element: HTMLDivElement;
  private readonly text: HTMLParagraphElement;
  private readonly action: HTMLButtonElement;
  private readonly dismiss: HTMLButtonElement;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private remainingMs = 0;
  private held = false;
  private current: NoticeAction | null = null;

  constructor(private readonly root: HTMLElement) {
    this.element = el('div', 'ud-notice');
    this.element.popover = 'manual';
    // The live region is always in the page (only emptied), so each new message is announced.
    this.text = el('p', 'ud-notice-text');
    this.text.setAttribute('role', 'status');
    this.text.setAttribute('aria-live', 'polite');
    this.text.setAttribute('aria-atomic', 'true');
    this.action = button('', 'ud-button ud-notice-action', () => {
      const action = this.current;
      this.hide();
      action?.run();
    });
    this.dismiss = button('Dismiss', 'ud-button ud-button--quiet ud-notice-close', () => this.hide());
    this.dismiss.setAttribute('aria-label', 'Dismiss notice');
    this.action.hidden = true;
    this.dismiss.hidden = true;
    this.element.append(this.text, this.action, this.dismiss);
    for (const type of [
      'keydown',
      'pointerdown',
      'pointerup',
      'mousedown',
      'mouseup',
      'click',
      'touchstart',
      'touchend',
      'wheel',
    ] as const) {
      this.element.addEventListener(type, (event) => event.stopPropagation());
    }
    const hold = () => {
      this.held = true;
    };
    const release = () => {
      this.held = false;
    };
    this.element.addEventListener('pointerenter', hold);
    this.element.addEventListener('pointerleave', release);
    this.element.addEventListener('focusin', hold);
    this.element.addEventListener('focusout', release);
    root.append(this.element);
    this.raise();
    Overlay.onTopChange((top) => this.follow(top));
  }

  /** True while a notice is shown. */
  get isShown(): boolean {
    return this.element.classList.contains('is-shown');
  }

  /** The message shown now ('' when none). */
  get message(): string {
    return this.isShown ? (this.text.textContent ?? '') : '';
  }

  /** Shows `message`, replacing any notice shown. */
  show(message: string, action?: NoticeAction, options: NoticeOptions = {}): void {
    this.clearTimers();
    this.current = action ?? null;
    this.action.hidden = !action;
    this.action.textContent = action?.label ?? '';
    this.dismiss.hidden = false;
    this.element.classList.add('is-shown');
    this.element.classList.toggle('has-action', !!action);
    if (this.text.textContent === message) {
      // The same words again ("Saved" twice): empty the region first so it is announced again.
      this.text.textContent = '';
      this.announceTimer = setTimeout(() => {
        this.text.textContent = message;
      }, 60);
    } else {
      this.text.textContent = message;
    }
    if (!action && !options.sticky) {
      this.remainingMs = options.durationMs ?? Math.max(SHORT_MS, Math.min(10_000, message.length * 70));
      this.tick();
    }
  }

  /** Hides the notice. */
  hide(): void {
    this.clearTimers();
    const hadFocus = this.element.contains(document.activeElement);
    this.element.classList.remove('is-shown', 'has-action');
    this.text.textContent = '';
    this.action.hidden = true;
    this.dismiss.hidden = true;
    this.current = null;
    this.held = false;
    if (!hadFocus) return;
    // Focus was on the banner's buttons: back to the open overlay, else off the page (keys go to the game).
    const top = Overlay.top();
    if (top) top.focusInside();
    else (document.activeElement as HTMLElement | null)?.blur();
  }

  /** Moves the banner into the top dialog (first, so Tab meets its buttons first), or back to the root. */
  private follow(top: Overlay | undefined): void {
    if (top) top.dialog.prepend(this.element);
    else this.root.append(this.element);
    this.raise();
  }

  /** (Re)opens the popover: last opened is drawn on top, and moving it in the page closes it. */
  private raise(): void {
    // Without the Popover API (Safari before 17) the banner keeps its z-index over the page instead.
    if (!this.element.isConnected || typeof this.element.showPopover !== 'function') return;
    if (this.element.matches(':popover-open')) this.element.hidePopover();
    this.element.showPopover();
  }

  // Counts down in steps so the time runs only while nobody is reading it with the pointer or focus.
  private tick(): void {
    const step = 250;
    this.timer = setTimeout(() => {
      if (!this.held) this.remainingMs -= step;
      if (this.remainingMs <= 0) this.hide();
      else this.tick();
    }, step);
  }

  private clearTimers(): void {
    clearTimeout(this.timer);
    clearTimeout(this.announceTimer);
    this.timer = undefined;
    this.announceTimer = undefined;
  }
}
