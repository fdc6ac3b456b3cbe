// The author's loop (dev only): a rebuilt story swapped in under a reading without a page reload.
// The reading's choice log is replayed on the new story and lands on the same line by identity; a
// line edited in place is still "the same line" (its neighbours tell), a removed one lands on the
// nearest earlier line, and a removed choice replays as far as it can. The backlog is rebuilt on
// the new story, so edited lines read as they now are. Pure: no saves or profile are touched.
import type { LoggedChoice, ReplayLanding, ReplayTarget, StoryRunner } from '../story/StoryRunner.ts';
import { matchChoice, pickLanding } from '../story/StoryRunner.ts';
import { Playthrough } from '../story/Playthrough.ts';
import { RouteTrail } from '../story/routeMap.ts';

// A passage without a choice longer than this is a story looping on itself (as StoryRunner.land).
const PASSAGE_MAX_LINES = 20_000;

/** Where a reading stands, as a hot reload needs it (taken on the old story). */
export interface ReadingPlace {
  choices: LoggedChoice[];
  target: ReplayTarget;
  /** The id of the line after the one on screen in the old story, or null when none follows before a choice. */
  next: () => string | null;
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

/** Where `runner` stands; `scratch` makes a spare runner on the same (old) story, to look one line ahead if asked. */
export function placeOf(runner: StoryRunner, scratch: () => StoryRunner): ReadingPlace {
  const snapshot = runner.snapshot();
  const texts = snapshot.choiceTexts ?? [];
  const steps = snapshot.stepsSinceChoice;
  let next: string | null | undefined;
  const lookAhead = () => {
    const ahead = scratch();
    ahead.restore(snapshot);
    let id: string | null = null;
    while (ahead.canAdvance && id === null) id = ahead.next().line?.id ?? null;
    return id;
  };
  return {
    choices: snapshot.choiceLog.map((index, n) => ({ index, text: texts[n] ?? null })),
    target: {
      steps,
      lines: snapshot.recentLines ?? [],
      pastLastLine: snapshot.current !== null && snapshot.current.line === null && steps > 0,
    },
    next: () => (next === undefined ? (next = lookAhead()) : next),
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
    if (at >= 0 && at < ids.length && (ids[at + 1] ?? null) === place.next()) {
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
  const { playthrough, trail, stopped } = retell(newRunner(), place.choices, nodes);
  const runner = playthrough.runner;
  let landing: SwapLanding;
  if (stopped !== null) {
    const logged = place.choices[stopped];
    const what = logged.text === null ? `option ${logged.index + 1}` : `"${logged.text}"`;
    const reason = `choice ${stopped + 1} of this reading (${what}) is gone`;
    landing = { on: 'stopped', choice: stopped + 1, reason, at: knotOf(runner.choiceSources()[0]) };
  } else {
    // The passage after the last choice, read ahead on a copy, tells which of its lines to land on.
    const ahead = newRunner();
    if (place.choices.length) ahead.restore(runner.snapshot());
    const ids: string[] = [];
    while (ahead.canAdvance && ids.length < PASSAGE_MAX_LINES) {
      const line = ahead.next().line;
      if (line) ids.push(line.id);
    }
    const landed = landingLine(ids, place);
    landing = landed.landing;
    let lines = 0;
    while (lines < landed.position && runner.canAdvance) if (playthrough.next().line) lines++;
    // The screen was the staging or choices after its last line: show those, as it did.
    if (place.target.pastLastLine && landed.position === ids.length && runner.canAdvance) playthrough.next();
  }
  if (runner.current === null) playthrough.next();
  return { playthrough, trail, landing, notice: noticeOf(landing, runner) };
}

/**
 * Takes the logged choices on `runner` as a reading does (each by its words, as a save's replay does), so
 * the backlog and rollback hold every line of the new story; `stopped` is the first choice no longer offered.
 */
function retell(
  runner: StoryRunner,
  choices: readonly LoggedChoice[],
  nodes: readonly { id: string; sources: readonly string[] }[],
): { playthrough: Playthrough; trail: RouteTrail; stopped: number | null } {
  const playthrough = new Playthrough(runner);
  const trail = new RouteTrail(nodes);
  for (const [n, logged] of choices.entries()) {
    while (runner.canAdvance || runner.current === null) playthrough.next();
    const offered = runner.current?.choices ?? [];
    const index = matchChoice(offered, logged);
    if (index === null) return { playthrough, trail, stopped: n };
    trail.choicesShown(runner.choiceSources());
    playthrough.choose(index);
    trail.chose(offered[index].text);
  }
  return { playthrough, trail, stopped: null };
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
