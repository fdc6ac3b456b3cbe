// The gamepad's loop: polls `navigator.getGamepads()` each frame while a pad is connected, turns
// what it reports into actions (reading/gamepad.ts), and hands them to the story, or, while a
// menu, the title or the end screen is up, moves through that screen's buttons: the D-pad or the
// stick moves focus, A presses, B and Start close. A legend of the buttons shows while a pad is in use.
import type { Action } from '../../reading/actions.ts';
import { PAD_LEGEND, PadReader, type PadState } from '../../reading/gamepad.ts';
import { Overlay, tabbables } from './Overlay.ts';

/** Where the pad's actions go. */
export interface GamepadTargets {
  /** True while the story is on screen with nothing over it. */
  storyActive(): boolean;
  /** An action for the story. */
  story(action: Action): void;
  /** The screen whose buttons the pad moves through when the story is not active (the title, the end screen). */
  screen(): HTMLElement | null;
}

/** Reads gamepads while one is connected; does nothing where the browser has no Gamepad API. */
export class GamepadInput {
  private readonly reader = new PadReader((message) => console.info(message));
  private readonly legend: HTMLElement;
  private frame = 0;

  constructor(
    root: HTMLElement,
    private readonly targets: GamepadTargets,
  ) {
    this.legend = document.createElement('p');
    this.legend.className = 'ud-pad-legend';
    this.legend.hidden = true;
    this.legend.textContent = PAD_LEGEND;
    this.legend.setAttribute('aria-hidden', 'true');
    root.append(this.legend);
    if (typeof navigator.getGamepads !== 'function') return;
    window.addEventListener('gamepadconnected', () => this.start());
    window.addEventListener('gamepaddisconnected', () => {
      if (!this.pads().length) this.stop();
    });
    // Another input in use: the legend gives way.
    for (const type of ['keydown', 'pointerdown'] as const)
      window.addEventListener(type, () => (this.legend.hidden = true), true);
    if (this.pads().length) this.start();
  }

  private pads(): PadState[] {
    return [...navigator.getGamepads()].filter((p): p is Gamepad => p !== null);
  }

  private start(): void {
    if (this.frame) return;
    const tick = () => {
      for (const action of this.reader.read(this.pads())) this.act(action);
      this.frame = requestAnimationFrame(tick);
    };
    this.frame = requestAnimationFrame(tick);
  }

  private stop(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.legend.hidden = true;
  }

  private act(action: Action): void {
    this.legend.hidden = false;
    if (!Overlay.anyOpen() && this.targets.storyActive()) return this.targets.story(action);
    const top = Overlay.top();
    const area = top?.panel ?? this.targets.screen();
    if (!area) return;
    if (action.kind === 'nextChoice' || action.kind === 'previousChoice')
      return moveFocus(area, action.kind === 'nextChoice' ? 1 : -1);
    if (action.kind === 'advance')
      return (
        document.activeElement instanceof HTMLElement && area.contains(document.activeElement)
          ? document.activeElement
          : tabbables(area)[0]
      )?.click();
    if (action.kind === 'rollback' || action.kind === 'menu') top?.dismiss();
  }
}

/** Moves focus to the next (or previous) control of `area`, wrapping round. */
function moveFocus(area: HTMLElement, by: 1 | -1): void {
  const controls = tabbables(area);
  if (!controls.length) return;
  const at = controls.indexOf(document.activeElement as HTMLElement);
  const next = at < 0 ? (by > 0 ? 0 : controls.length - 1) : (at + by + controls.length) % controls.length;
  controls[next].focus();
}
