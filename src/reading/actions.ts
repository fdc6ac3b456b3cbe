// What a reader can ask of the story, whatever the input: a key, a click, a tap, a gamepad button.
// Every input is turned into one of these named actions (keymap.ts for keys, gestures.ts for pointers),
// and the play scene carries them out; so a new input device is a new table, not new rules.

/** An action with no argument. */
export type SimpleActionKind =
  | 'advance'
  | 'rollback'
  | 'rollForward'
  | 'toggleAuto'
  | 'toggleSkip'
  | 'toggleHidden'
  | 'backlog'
  | 'menu'
  | 'quickSave'
  | 'quickLoad'
  | 'nextChoice'
  | 'previousChoice';

/** A named action of reading. */
export type Action =
  | { kind: SimpleActionKind }
  /** Take the choice at `position` (0-based, in the order shown). */
  | { kind: 'choose'; position: number }
  /** Return to moment `at` of the reading (a line picked in the backlog). */
  | { kind: 'returnTo'; at: number }
  /** Skip while held (Ctrl): on when pressed, off when let go. */
  | { kind: 'holdSkip'; on: boolean };

/** Actions the composition root carries out (screens over the story, saves); the scene hands them up. */
export type RequestKind = 'menu' | 'backlog' | 'quickSave' | 'quickLoad';

/** True for actions the play scene hands up to the composition root. */
export function isRequest(action: Action): action is { kind: RequestKind } {
  return (
    action.kind === 'menu' || action.kind === 'backlog' || action.kind === 'quickSave' || action.kind === 'quickLoad'
  );
}
