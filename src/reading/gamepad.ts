// A gamepad (the Gamepad API's standard mapping) as reading actions: A advances and chooses, B goes
// back, Start opens the menu, Y hides the interface, the shoulders switch auto (left) and skip
// (right), the D-pad and the left stick move between choices. Pure: it is handed what the pads
// report each frame and names what was newly pressed, so node tests drive it with scripted pads.
import type { Action, SimpleActionKind } from './actions.ts';

/** What a pad reports, as `navigator.getGamepads()` gives it (a Gamepad fits). */
export interface PadState {
  index: number;
  id: string;
  mapping: string;
  buttons: readonly { pressed: boolean }[];
  axes: readonly number[];
}

/** Standard-mapping button numbers to the action each asks for. */
export const PAD_BUTTONS: Readonly<Record<number, SimpleActionKind>> = Object.freeze({
  0: 'advance',
  1: 'rollback',
  3: 'toggleHidden',
  4: 'toggleAuto',
  5: 'toggleSkip',
  9: 'menu',
  12: 'previousChoice',
  13: 'nextChoice',
  14: 'previousChoice',
  15: 'nextChoice',
});

/** The legend shown while a pad is in use. */
export const PAD_LEGEND = 'A next · B back · Start menu · Y hide · LB auto · RB skip';

/** The left stick counts as pushed past this. */
const STICK = 0.6;

/** Reads pads frame by frame and names the actions newly asked for. */
export class PadReader {
  private readonly held = new Map<number, Set<string>>();
  private readonly ignored = new Set<string>();

  /** `warn` hears once about each pad whose mapping is not the standard one (it is left alone). */
  constructor(private readonly warn: (message: string) => void = () => undefined) {}

  /** The actions asked for since the last frame (a button held down asks once). */
  read(pads: readonly (PadState | null)[]): Action[] {
    const actions: Action[] = [];
    for (const pad of pads) {
      if (!pad) continue;
      if (pad.mapping !== 'standard') {
        if (!this.ignored.has(pad.id)) this.warn(`Gamepad "${pad.id}" has no standard mapping; it is ignored.`);
        this.ignored.add(pad.id);
        continue;
      }
      const down = pressedOf(pad);
      const before = this.held.get(pad.index) ?? new Set<string>();
      for (const name of down) if (!before.has(name)) actions.push({ kind: actionOf(name) });
      this.held.set(pad.index, down);
    }
    return actions;
  }
}

/** The controls down on `pad`: button numbers, and the stick as `up`/`down`. */
function pressedOf(pad: PadState): Set<string> {
  const down = new Set<string>();
  pad.buttons.forEach((button, number) => {
    if (button.pressed && PAD_BUTTONS[number]) down.add(String(number));
  });
  const y = pad.axes[1] ?? 0;
  if (y <= -STICK) down.add('up');
  if (y >= STICK) down.add('down');
  return down;
}

function actionOf(name: string): SimpleActionKind {
  if (name === 'up') return 'previousChoice';
  if (name === 'down') return 'nextChoice';
  return PAD_BUTTONS[Number(name)];
}
