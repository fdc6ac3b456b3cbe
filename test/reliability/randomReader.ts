// A random reader of the real story in node: readings through the reading session as the game
// drives it, with random choices, rollbacks, saves, quick saves and loads, each to an ending, and
// after each the checks that nothing was lost. Used by playthroughs.test.ts.
import { expect } from 'vitest';
import { loadSave } from '../../src/persistence/loadSave.ts';
import { openPersistence, type Persistence } from '../../src/persistence/openPersistence.ts';
import { serializeProfile } from '../../src/persistence/profile.ts';
import { manualSlotId, type SlotId } from '../../src/persistence/SaveSlots.ts';
import { ReadingSession, type StartFrom } from '../../src/reading/ReadingSession.ts';
import { titleState } from '../../src/reading/titleState.ts';
import type { Step } from '../../src/story/StoryRunner.ts';
import { StoryRunner } from '../../src/story/StoryRunner.ts';
import type { ReplayData } from '../../src/tools/replayData.ts';
import { FakeStorage } from '../persistence/support/fakeStorage.ts';
import { Random } from './random.ts';

/** Readings each reader makes over their storage. */
export const READINGS_PER_READER = 2;
/** A reading that takes more actions than this has stopped moving towards an ending. */
const MAX_ACTIONS = 6000;
/** Another game's keys, already in the storage: never touched. */
const FOREIGN = { 'other-game:save': '{"level":3}', 'itch:prefs': 'dark', 'ultimate-defence-fan:notes': 'x' };

/** The compiled story and its replay data (the route map's points), as the game is built with. */
export interface Story {
  json: string;
  replay: ReplayData;
}

/** What the suite counted, for the figures in its summary line. */
export interface Tally {
  readings: number;
  endings: number;
  actions: number;
  rollbacks: number;
  saves: number;
  loads: number;
  savesChecked: number;
}

/** A line as a save should give it back: its id and words, or null for "the line after" (a choice's autosave). */
type Expected = { id: string; text: string } | null;

/** A notice the reader reads: words in a sentence, no code, no "undefined", no stack. */
function expectWords(notice: string, where: string): void {
  expect(notice, where).toMatch(/^[A-Z][^\n]{3,}[.!?)]$/);
  expect(notice, where).not.toMatch(/undefined|NaN|\[object|Error:|at \w+ \(|\{"/);
}

/** One reader: a storage shared by their readings, and what they expect of it. */
class Reader {
  readonly storage = new FakeStorage({ initial: FOREIGN });
  persistence: Persistence = openPersistence(() => this.storage);
  session: ReadingSession;
  /** The line each manual or quick save was made on, by slot (only while that save is the slot's). */
  readonly made = new Map<SlotId, Expected>();
  private endings = new Set<string>();
  private lines = 0;
  private mapPoints = 0;

  constructor(
    readonly story: Story,
    readonly random: Random,
    readonly tally: Tally,
  ) {
    this.session = this.newSession();
  }

  /** The profile has only grown since it was last looked at: no ending, line seen or map point is ever lost. */
  checkProfile(where: string): void {
    const profile = this.persistence.profile.current;
    for (const id of this.endings) expect(profile.endings.has(id), `${where}: ending ${id} lost`).toBe(true);
    expect(profile.linesSeen.size, `${where}: lines seen went down`).toBeGreaterThanOrEqual(this.lines);
    expect(profile.routeMap.nodes.size, `${where}: route map points lost`).toBeGreaterThanOrEqual(this.mapPoints);
    this.endings = new Set(profile.endings.keys());
    this.lines = profile.linesSeen.size;
    this.mapPoints = profile.routeMap.nodes.size;
  }

  /** The browser is closed and opened again: the same profile and saves come back from storage. */
  reopen(): void {
    const before = serializeProfile(this.persistence.profile.current);
    const slots = JSON.stringify(this.persistence.slots.list());
    this.persistence = openPersistence(() => this.storage);
    this.session = this.newSession();
    expect(serializeProfile(this.persistence.profile.current), 'profile after reopening').toBe(before);
    expect(JSON.stringify(this.persistence.slots.list()), 'slots after reopening').toBe(slots);
    expect(this.persistence.quarantine.takeNotices(), 'nothing set aside').toEqual([]);
  }

  private newSession(): ReadingSession {
    return new ReadingSession({
      newRunner: () => new StoryRunner(this.story.json),
      persistence: this.persistence,
      nodes: this.story.replay.graph.nodes,
      thumbnail: async () => null,
    });
  }
}

/** What a step shows, as a save of it should give it back. */
const shown = (step: Step | null): Expected => (step?.line ? { id: step.line.id, text: step.line.text } : null);

/** Starts a reading as the scene does; returns the step on screen. A save of this build is never refused. */
function startReading(reader: Reader, from: StartFrom, expected?: Expected): Step {
  const started = reader.session.start(from);
  if (started.notice !== null) expectWords(started.notice, `notice on starting ${JSON.stringify(from)}`);
  if (!started.ok) throw new Error(`starting ${JSON.stringify(from)} was refused: ${started.notice}`);
  const play = started.playthrough;
  const step = started.resume && play.current ? play.current : play.next();
  if (started.resume) {
    play.resumeFrom(step);
    if (expected !== undefined && expected !== null)
      expect(shown(step), `loaded ${JSON.stringify(from)}`).toEqual(expected);
  }
  reader.session.stepDisplayed(step);
  return step;
}

/** Saves into a random manual slot or the quick slot; remembers the line it was made on. */
async function saveSomewhere(reader: Reader, step: Step): Promise<void> {
  const id: SlotId | 'quick' = reader.random.chance(0.4) ? 'quick' : manualSlotId(1 + reader.random.below(6));
  const outcome = await reader.session.save(id);
  expectWords(outcome.message, `saving to ${id}`);
  expect(outcome.ok, `saving to ${id}: ${outcome.message}`).toBe(true);
  reader.made.set(id, shown(step));
  reader.tally.saves++;
}

/** Loads one of the reader's saves (or an autosave) through the session; returns the step then on screen. */
async function loadSomething(reader: Reader): Promise<Step | null> {
  await reader.session.saved();
  const occupied = reader.persistence.slots.list().filter((s) => s.state === 'saved');
  if (!occupied.length) return null;
  const { id } = reader.random.pick(occupied);
  reader.tally.loads++;
  const read = reader.persistence.slots.read(id);
  const expected = reader.made.has(id) ? reader.made.get(id)! : read.state === 'saved' ? expectedOf(read.save) : null;
  return startReading(reader, { kind: 'slot', id }, expected);
}

/** The line a save says it holds (null: the line after a choice, which the scene asks for). */
function expectedOf(save: { current: { line: { id: string; text: string } | null } | null }): Expected {
  return save.current?.line ? { id: save.current.line.id, text: save.current.line.text } : null;
}

/** One reading to its ending, with random rollbacks, saves and loads on the way. */
async function readOnce(reader: Reader, from: StartFrom): Promise<void> {
  const { random, session, tally } = reader;
  let step = startReading(reader, from);
  let rollbacks = 0;
  let loads = 0;
  for (let action = 0; action < MAX_ACTIONS; action++) {
    tally.actions++;
    if (step.ended) {
      session.finish();
      tally.endings++;
      reader.checkProfile('at the end');
      return;
    }
    const roll = random.weighted({ on: 92, back: rollbacks < 12 ? 3 : 0, save: 2, load: loads < 2 ? 1 : 0 });
    if (roll === 'back') {
      rollbacks++;
      tally.rollbacks++;
      for (let n = 1 + random.below(3); n > 0; n--) step = session.rollback() ?? step;
      session.stepDisplayed(step);
    } else if (roll === 'save') await saveSomewhere(reader, step);
    else if (roll === 'load') {
      loads++;
      step = (await loadSomething(reader)) ?? step;
    } else {
      const play = session.playthrough!;
      if (step.choices.length) play.choose(random.pick(step.choices).index);
      step = play.next();
      session.stepDisplayed(step);
    }
    reader.checkProfile(`action ${action}`);
  }
  throw new Error(`no ending after ${MAX_ACTIONS} actions; last line: ${step.line?.text}`);
}

/** Every save in the reader's storage loads back to the line it was made on (a manual one) or says it holds. */
async function checkEverySave(reader: Reader): Promise<void> {
  await reader.session.saved();
  const runner = new StoryRunner(reader.story.json);
  for (const summary of reader.persistence.slots.list()) {
    if (summary.state === 'empty') continue;
    expect(summary.state, `slot ${summary.id}`).toBe('saved');
    if (summary.state !== 'saved') continue;
    expect(summary.needsAttention, `slot ${summary.id}`).toBeNull();
    const read = reader.persistence.slots.read(summary.id);
    if (read.state !== 'saved') throw new Error(`slot ${summary.id} listed but not read: ${read.state}`);
    const outcome = loadSave(runner, read.save);
    expect(outcome.kind, `slot ${summary.id}: ${JSON.stringify(outcome)}`).toBe('restored');
    const expected = reader.made.has(summary.id) ? reader.made.get(summary.id)! : expectedOf(read.save);
    if (expected) expect(shown(runner.current), `slot ${summary.id}`).toEqual(expected);
    reader.tally.savesChecked++;
  }
}

/** The storage holds the other games' keys as they were, and otherwise only the game's own. */
function checkStorage(reader: Reader): void {
  expect(reader.storage.clearCalls).toBe(0);
  for (const [key, value] of Object.entries(FOREIGN)) expect(reader.storage.data.get(key), key).toBe(value);
  const strangers = [...reader.storage.data.keys()].filter(
    (k) => !(k in FOREIGN) && !k.startsWith('ultimate-defence:'),
  );
  expect(strangers).toEqual([]);
}

/** One reader's readings, start to finish; throws on the first thing lost. */
export async function oneReader(story: Story, seed: number, tally: Tally): Promise<void> {
  const reader = new Reader(story, new Random(seed), tally);
  for (let reading = 0; reading < READINGS_PER_READER; reading++) {
    const title = titleState(reader.persistence, story.replay);
    expect(title.endingsReached).toBeLessThanOrEqual(title.totalEndings);
    const from: StartFrom =
      title.continueSlot && reader.random.chance(0.5)
        ? { kind: 'slot', id: title.continueSlot as SlotId }
        : { kind: 'new' };
    await readOnce(reader, from);
    tally.readings++;
    reader.session.close();
    if (reader.random.chance(0.5)) reader.reopen();
  }
  await checkEverySave(reader);
  checkStorage(reader);
  expect(reader.persistence.profile.current.completedRuns).toBe(READINGS_PER_READER);
}
