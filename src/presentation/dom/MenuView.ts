import { button, el, Overlay, OverlayView } from './Overlay.ts';

export interface MenuCallbacks {
  /** Resume was pressed; the menu has already closed. */
  onResume?: () => void;
  onSave?: () => void;
  onLoad?: () => void;
  onBacklog?: () => void;
  /** "Previously...": the recap of the reading so far, stacked over the menu. */
  onRecap?: () => void;
  onSettings?: () => void;
  /** Return to title was pressed; the menu stays open (close it when the title shows, or after a confirmation). */
  onTitle?: () => void;
  /** Escape or a backdrop click; the menu has already closed. */
  onClose?: () => void;
}

/**
 * The game menu: a column of big buttons. Save, Load, Backlog and Settings leave the menu open so the
 * view they open stacks above it and focus comes back to the button pressed when that view closes.
 */
export class MenuView extends OverlayView<MenuCallbacks> {
  open(): void {
    if (this.isOpen) return;
    const overlay = new Overlay(this.root, {
      title: 'Menu',
      className: 'ud-panel--menu',
      onDismiss: () => this.dismiss(),
    });
    this.overlay = overlay;
    const list = el('ul', 'ud-menu');
    const add = (label: string, run: () => void, extra = '') => {
      const item = el('li');
      item.append(button(label, `ud-button ud-button--big${extra}`, run));
      list.append(item);
    };
    add(
      'Resume',
      () => {
        this.close();
        this.callbacks.onResume?.();
      },
      ' ud-button--primary',
    );
    add('Save', () => this.callbacks.onSave?.());
    add('Load', () => this.callbacks.onLoad?.());
    add('Backlog', () => this.callbacks.onBacklog?.());
    if (this.callbacks.onRecap) add('Previously...', () => this.callbacks.onRecap?.());
    add('Settings', () => this.callbacks.onSettings?.());
    add('Return to title', () => this.callbacks.onTitle?.());
    // The pointer takes the focus with it: hover and keyboard focus light the same way, so an item
    // focused by the keys and another under the mouse would both be lit.
    list.addEventListener('pointerover', (event) => {
      const item = (event.target as Element).closest('button');
      if (item && item !== document.activeElement) item.focus({ preventScroll: true });
    });
    overlay.body.append(list);
    overlay.open();
  }
}
