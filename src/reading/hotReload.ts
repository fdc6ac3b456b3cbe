// The author's loop (dev only): a rebuilt story swapped in under a reading without a page reload.
// The reading's choice log is replayed on the new story and lands on the same line by identity; a
// line edited in place is still "the same line" (its neighbours tell), a removed one lands on the
// nearest earlier line, and a removed choice replays as far as it can. The backlog is rebuilt on
// the new story, so edited lines read as they now are. Pure: no saves or profile are touched.
import type { LoggedChoice, ReplayLanding, ReplayTarget, StoryRunner } from '../story/StoryRunner.ts';
import { pickLanding } from '../story/StoryRunner.ts';
import { Playthrough } from '../story/Playthrough.ts';
import { RouteTrail } from '../story/routeMap.ts';

// A passage without a choice longer than this is a story looping on itself (as StoryRunner.land).
const PASSAGE_MAX_LINES = 20_000;

/** Where a reading stands, as a hot reload needs it (taken on the old story). */
export interface ReadingPlace {
  choices: LoggedChoice[];
  target: ReplayTarget;
  /** The id of the line after the one on screen in the old story, or null when none follows before a choice. */
  next: string | null;
}

/** Where a swapped reading landed: a replay landing, `editedLine` (the line on screen, rewritten), or `stopped`. */
export type SwapLanding =
  | ReplayLanding
  | { on: 'editedLine' }
  /** Choice `choice` (from 1) of the reading is no longer offered: the reading stands at the choices there. */
  | { on: 'stopped'; choice: number; reason: string; at: string };

/** A reading replayed on a new story. */
export interface Swapped {
  playthrough: Playthrough;
  /** The reading's route on the map, retraced on the new story. */
  trail: RouteTrail;
  landing: SwapLanding;
  /** A short dev notice when the place moved (null when the reader is on the same line). */
  notice: string | null;
}

/** Where `runner` stands; `scratch` is a spare runner on the same (old) story, used to look one line ahead. */
export function placeOf(runner: StoryRunner, scratch: StoryRunner): ReadingPlace {
  const snapshot = runner.snapshot();
  const texts = snapshot.choiceTexts ?? [];
  const steps = snapshot.stepsSinceChoice;
  scratch.restore(snapshot);
  let next: string | null = null;
  while (scratch.canAdvance && next === null) next = scratch.next().line?.id ?? null;
  return {
    choices: snapshot.choiceLog.map((index, n) => ({ index, text: texts[n] ?? null })),
    target: {
      steps,
      lines: snapshot.recentLines ?? [],
      pastLastLine: snapshot.current !== null && snapshot.current.line === null && steps > 0,
    },
    next,
  };
}

/**
 * Which line of the new passage (`ids`, from 1) the reading lands on: the saved line by id; else, when the
 * lines on either side of it are where they were and one line sits between them, that line (edited in
 * place); else the nearest earlier line still there (pickLanding).
 */
export function landingLine(ids: readonly string[], place: ReadingPlace): { position: number; landing: SwapLanding } {
  const picked = pickLanding(ids, place.target);
  const { lines } = place.target;
  const edited = lines.length > 0 && (picked.landing.on === 'passageStart' || linesBack(picked.landing) === 1);
  if (edited) {
    // Where the line on screen would now be: after the line before it (at `picked.position`), or first.
    const at = lines.length === 1 ? 0 : picked.landing.on === 'earlierLine' ? picked.position : -1;
    if (at >= 0 && at < ids.length && (ids[at + 1] ?? null) === place.next) {
      return { position: at + 1, landing: { on: 'editedLine' } };
    }
  }
  return picked;
}

const linesBack = (landing: ReplayLanding): number => (landing.on === 'earlierLine' ? landing.linesBack : 0);

/**
 * Replays the reading at `place` on the story `newRunner` makes. Never throws for a log that does not fit
 * (it stops at the choice that is gone); throws only when the new story itself fails to run.
 */
export function swapReading(
  place: ReadingPlace,
  newRunner: () => StoryRunner,
  nodes: readonly { id: string; sources: readonly string[] }[],
): Swapped {
  const scout = newRunner();
  const followed = scout.replayTo(place.choices, { steps: 0, lines: [] });
  const taken = [...scout.choiceLog];
  let position = 0;
  let passageLines = 0;
  let landing: SwapLanding;
  if (!followed.ok) {
    const n = taken.length;
    const logged = place.choices[n];
    const at = knotOf(scout.choiceSources()[0]);
    const what = logged?.text === null || !logged ? `option ${(logged?.index ?? 0) + 1}` : `"${logged.text}"`;
    landing = { on: 'stopped', choice: n + 1, reason: `choice ${n + 1} of this reading (${what}) is gone`, at };
  } else {
    const ids: string[] = [];
    while (scout.canAdvance && ids.length < PASSAGE_MAX_LINES) {
      const line = scout.next().line;
      if (line) ids.push(line.id);
    }
    passageLines = ids.length;
    ({ position, landing } = landingLine(ids, place));
  }
  const { playthrough, trail } = retell(newRunner(), taken, nodes);
  const runner = playthrough.runner;
  if (landing.on === 'stopped') {
    while (runner.canAdvance) playthrough.next();
  } else {
    let lines = 0;
    while (lines < position && runner.canAdvance) if (playthrough.next().line) lines++;
    // The screen was the staging or choices after its last line: show those, as it did.
    if (place.target.pastLastLine && position === passageLines && runner.canAdvance) playthrough.next();
  }
  if (runner.current === null) playthrough.next();
  return { playthrough, trail, landing, notice: noticeOf(landing, runner) };
}

/** Takes `route` on `runner` as a reading does, so its backlog and rollback hold every line of the new story. */
function retell(
  runner: StoryRunner,
  route: readonly number[],
  nodes: readonly { id: string; sources: readonly string[] }[],
): { playthrough: Playthrough; trail: RouteTrail } {
  const playthrough = new Playthrough(runner);
  const trail = new RouteTrail(nodes);
  for (const index of route) {
    while (runner.canAdvance) playthrough.next();
    trail.choicesShown(runner.choiceSources());
    const text = runner.current?.choices.find((c) => c.index === index)?.text ?? '';
    playthrough.choose(index);
    trail.chose(text);
  }
  return { playthrough, trail };
}

/** `breakfast_scene.kitchen.0.c-1` → `breakfast_scene.kitchen`: the knot and stitch of an ink path. */
export function knotOf(path: string | undefined): string {
  if (!path) return 'the end of the story';
  return path
    .split('.')
    .filter((part) => !/^\d+$/.test(part) && !/^[cg]-\d+$/.test(part))
    .join('.');
}

/** The dev notice for a landing, or null when the reader is on the same line. */
function noticeOf(landing: SwapLanding, runner: StoryRunner): string | null {
  const head = 'Story reloaded:';
  switch (landing.on) {
    case 'sameLine':
    case 'editedLine':
    case 'byCount':
      return null;
    case 'earlierLine': {
      const n = landing.linesBack;
      return `${head} the line you were on is gone, so you are on the nearest earlier one (${n} line${n === 1 ? '' : 's'} back).`;
    }
    case 'passageStart':
      return `${head} no line since your last choice is left, so you are at the first line after it.`;
    case 'stopped': {
      const line = runner.current?.line?.text;
      const after = line ? ` after "${line.length > 60 ? `${line.slice(0, 57)}...` : line}"` : '';
      return `${head} ${landing.reason}; stopped at the choices in ${landing.at}${after}.`;
    }
  }
}
