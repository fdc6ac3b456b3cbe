// Pointer input as actions: a click or tap advances, a swipe to the right goes back a line, a right
// click or a long press opens the menu, the wheel rolls back (up) and forward (down), as in Ren'Py.
// Pure: the scene tells it what the pointer did, where and when.
import type { Action } from './actions.ts';

/** A touch held this long opens the menu instead of advancing. */
export const LONG_PRESS_MS = 600;

/** A press that travels this far (design pixels, of 1920) to the right, mostly sideways, is a swipe back. */
export const SWIPE_DISTANCE = 140;

/** Mouse buttons as the Pointer Events API numbers them. */
const PRIMARY = 0;
const SECONDARY = 2;

/** Tracks one pointer's presses on the story (not on a widget such as a choice) and names what each asks for. */
export class PressTracker {
  private downAt: number | null = null;
  private from = { x: 0, y: 0 };
  private longPressed = false;

  /** A button went down at `at` ms, at (`x`, `y`). Right click asks for the menu at once. */
  down(button: number, at: number, x = 0, y = 0): Action | null {
    if (button === SECONDARY) return { kind: 'menu' };
    if (button !== PRIMARY) return null;
    this.downAt = at;
    this.from = { x, y };
    this.longPressed = false;
    return null;
  }

  /** Asked at `at` ms while the pointer may still be down at (`x`, `y`): a press held still long enough asks for the menu, once. */
  held(at: number, x = this.from.x, y = this.from.y): Action | null {
    if (this.downAt === null || this.longPressed || at - this.downAt < LONG_PRESS_MS) return null;
    if (Math.hypot(x - this.from.x, y - this.from.y) >= SWIPE_DISTANCE / 2) return null;
    this.longPressed = true;
    return { kind: 'menu' };
  }

  /** The button came up at (`x`, `y`): a swipe right goes back, a short press advances; a long one already opened the menu. */
  up(button: number, x = this.from.x, y = this.from.y): Action | null {
    const pressed = this.downAt !== null;
    this.downAt = null;
    if (button !== PRIMARY || !pressed) return null;
    const dx = x - this.from.x;
    const dy = y - this.from.y;
    if (dx >= SWIPE_DISTANCE && Math.abs(dx) > 2 * Math.abs(dy)) return { kind: 'rollback' };
    if (this.longPressed || Math.hypot(dx, dy) >= SWIPE_DISTANCE) return null;
    return { kind: 'advance' };
  }

  /** Forgets a press in progress (input taken away, the scene stopped). */
  cancel(): void {
    this.downAt = null;
  }
}

/** What turning the wheel asks for: up (negative deltaY) goes back a line, down forward again through lines read. */
export function wheelAction(deltaY: number): Action | null {
  if (deltaY < 0) return { kind: 'rollback' };
  return deltaY > 0 ? { kind: 'rollForward' } : null;
}
