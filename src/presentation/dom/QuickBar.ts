import { button, el } from './Overlay.ts';

export interface QuickBarCallbacks {
  /** Back one line: the way back for mouse and touch readers. */
  onBack?: () => void;
  onAuto?: () => void;
  onSkip?: () => void;
  onLog?: () => void;
  onSave?: () => void;
  onLoad?: () => void;
  onMenu?: () => void;
  onHide?: () => void;
}

/** Which modes are on, shown lit and as `aria-pressed`. */
export interface QuickBarState {
  auto: boolean;
  skip: boolean;
}

/**
 * A quiet row of text buttons in the bottom-right corner over the canvas: Auto, Skip, Log, Save,
 * Load, Menu, Hide. A click gives focus back (so Space and Enter keep advancing the story); keyboard
 * users who Tab to a button keep focus on it, and Enter/Space on it does not also reach the game.
 */
export class QuickBar {
  readonly element: HTMLElement;
  private readonly auto: HTMLButtonElement;
  private readonly skip: HTMLButtonElement;

  constructor(
    root: HTMLElement,
    private readonly callbacks: QuickBarCallbacks = {},
  ) {
    // A landmark, so screen reader users can jump to it.
    this.element = el('nav', 'ud-quickbar');
    this.element.setAttribute('aria-label', 'Quick menu');
    const make = (label: string, run: (() => void) | undefined, spoken?: string) => {
      const b = button(label, 'ud-quick', (event) => {
        event.stopPropagation();
        // A pointer click (detail > 0) hands focus back to the page; keyboard activation keeps it here.
        if (event.detail > 0) b.blur();
        run?.();
      });
      if (spoken) b.setAttribute('aria-label', spoken);
      this.element.append(b);
      return b;
    };
    make('Back', () => this.callbacks.onBack?.(), 'Back one line');
    this.auto = make('Auto', () => this.callbacks.onAuto?.(), 'Auto mode');
    this.skip = make('Skip', () => this.callbacks.onSkip?.());
    make('Log', () => this.callbacks.onLog?.(), 'Log (backlog)');
    make('Save', () => this.callbacks.onSave?.());
    make('Load', () => this.callbacks.onLoad?.());
    make('Menu', () => this.callbacks.onMenu?.());
    make('Hide', () => this.callbacks.onHide?.(), 'Hide the text box');
    this.setState({ auto: false, skip: false });

    // The game listens on window: a key pressed on one of these buttons is the button's, not the story's.
    this.element.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ' || event.key === 'Spacebar') event.stopPropagation();
    });
    this.element.addEventListener('keyup', (event) => {
      if (event.key === 'Enter' || event.key === ' ' || event.key === 'Spacebar') event.stopPropagation();
    });
    for (const type of [
      'pointerdown',
      'pointerup',
      'mousedown',
      'mouseup',
      'touchstart',
      'touchend',
      'click',
      'wheel',
    ] as const) {
      this.element.addEventListener(type, (event) => event.stopPropagation());
    }
    root.append(this.element);
  }

  /** Lights Auto and Skip while their modes are on. */
  setState(state: QuickBarState): void {
    for (const [node, on] of [
      [this.auto, state.auto],
      [this.skip, state.skip],
    ] as const) {
      node.setAttribute('aria-pressed', String(on));
      node.classList.toggle('is-on', on);
    }
  }

  /** Shows or hides the bar (hidden on the title, while the text box is hidden, at an ending). */
  setVisible(visible: boolean): void {
    this.element.hidden = !visible;
  }

  get visible(): boolean {
    return !this.element.hidden;
  }

  /** Removes the bar from the page. */
  destroy(): void {
    this.element.remove();
  }
}
