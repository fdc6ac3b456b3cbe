// Pointer input as actions: a click or tap advances, a right click or a long press opens the menu,
// the wheel turned up opens the backlog. Pure: the scene tells it what the pointer did and when.
import type { Action } from './actions.ts';

/** A touch held this long opens the menu instead of advancing. */
export const LONG_PRESS_MS = 600;

/** Mouse buttons as the Pointer Events API numbers them. */
const PRIMARY = 0;
const SECONDARY = 2;

/** Tracks one pointer's presses on the story (not on a widget such as a choice) and names what each asks for. */
export class PressTracker {
  private downAt: number | null = null;
  private longPressed = false;

  /** A button went down at `at` ms. Right click asks for the menu at once. */
  down(button: number, at: number): Action | null {
    if (button === SECONDARY) return { kind: 'menu' };
    if (button !== PRIMARY) return null;
    this.downAt = at;
    this.longPressed = false;
    return null;
  }

  /** Asked at `at` ms while the pointer may still be down: a press held long enough asks for the menu, once. */
  held(at: number): Action | null {
    if (this.downAt === null || this.longPressed || at - this.downAt < LONG_PRESS_MS) return null;
    this.longPressed = true;
    return { kind: 'menu' };
  }

  /** The button came up: a short primary press advances; a long one already opened the menu. */
  up(button: number): Action | null {
    const pressed = this.downAt !== null;
    this.downAt = null;
    if (button !== PRIMARY || !pressed || this.longPressed) return null;
    return { kind: 'advance' };
  }

  /** Forgets a press in progress (input taken away, the scene stopped). */
  cancel(): void {
    this.downAt = null;
  }
}

/** What turning the wheel asks for: up (negative deltaY) opens the backlog. */
export function wheelAction(deltaY: number): Action | null {
  return deltaY < 0 ? { kind: 'backlog' } : null;
}
