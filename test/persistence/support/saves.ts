import { StoryRunner } from '../../../src/story/StoryRunner.ts';
import { makeSave, type SavedRun } from '../../../src/persistence/saveFormat.ts';
import { compileFixture } from '../../support/ink.ts';

const compiled = new Map<string, string>();

/** A runner on a fixture, compiled once per test file. */
export function runnerOn(fixture = 'desk.ink'): StoryRunner {
  let json = compiled.get(fixture);
  if (!json) compiled.set(fixture, (json = compileFixture(fixture)));
  return new StoryRunner(json);
}

/** How far to play desk.ink before saving. */
export interface DeskPlay {
  /** The choice to take (0 leaps the desk, 1 stays seated); none keeps the save before the choice. */
  choice?: 0 | 1;
  /** When the save is made (ISO). */
  time?: string;
  thumbnail?: string | null;
}

/** A real save of desk.ink: two lines, then optionally a choice and the line after it. */
export function deskSave(play: DeskPlay = {}): SavedRun {
  const runner = runnerOn('desk.ink');
  runner.next();
  runner.next();
  if (play.choice !== undefined) {
    runner.choose(play.choice);
    runner.next();
  }
  return makeSave(runner, { time: new Date(play.time ?? '2026-11-01T10:00:00.000Z'), thumbnail: play.thumbnail });
}

/** A tiny valid PNG thumbnail as a data: URL. */
export const TINY_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/** A clock that starts at `start` and moves one second on each reading, so stamps never collide by accident. */
export function tickingClock(start = '2026-11-05T09:00:00.000Z'): () => Date {
  let t = Date.parse(start);
  return () => new Date((t += 1000));
}
