// One reading of the story, from where it starts to where it ends, with everything it does to the
// reader's saves and profile: starting (new, from a slot, from a chapter or a route-map point),
// autosaves, saves with their thumbnail, lines seen, route-map discoveries, endings, rollback.
// Pure TypeScript over the runner factory and persistence: node tests drive whole readings
// (test/reading/ReadingSession.test.ts); the composition root only wires it to the screen.
import { describeLoad, resumeSlot } from '../persistence/loadSave.ts';
import type { Persistence } from '../persistence/openPersistence.ts';
import { completeRun, discoverRoute, markContentNoteSeen, markLineSeen, recordEnding } from '../persistence/profile.ts';
import type { SlotId } from '../persistence/SaveSlots.ts';
import { type SavedRun, saveFromSnapshot } from '../persistence/saveFormat.ts';
import { Playthrough } from '../story/Playthrough.ts';
import { type ReadingEntry, readingSoFar, recapOf } from '../story/readingSoFar.ts';
import { placeOf, type Swapped, swapReading } from './hotReload.ts';
import { type Found, RouteTrail } from '../story/routeMap.ts';
import type { Step, StoryRunner } from '../story/StoryRunner.ts';

/** Where a reading starts. */
export type StartFrom =
  | { kind: 'new' }
  | { kind: 'slot'; id: SlotId }
  /**
   * A chapter or a route-map point: the choice log `route` from the start, then `steps` lines, the
   * last of which is shown as fresh reading (with its chapter card and staging).
   */
  | { kind: 'point'; route: readonly number[]; steps: number };

/**
 * A save older than this opens "Previously..." when it is continued: a night's sleep or a working
 * day away, not a lunch break. Four hours: a reader back within a morning still has the scene.
 */
export const RECAP_AFTER_MS = 4 * 60 * 60 * 1000;

/** What starting a reading did. */
export type StartOutcome =
  /** Reading: `resume` when the scene shows the step on screen instead of asking for the next; `notice` says something worth telling. */
  | { ok: true; playthrough: Playthrough; resume: boolean; notice: string | null }
  /** Nothing started; `notice` says why, in words for the reader. */
  | { ok: false; notice: string };

/** What a save did, in words for the reader. */
export interface SaveOutcome {
  ok: boolean;
  message: string;
}

/** What a reading session is built from. */
export interface ReadingSessionOptions {
  /** A runner at the start of the story. */
  newRunner: () => StoryRunner;
  persistence: Pick<Persistence, 'slots' | 'profile'>;
  /** The route map's points (`replay.graph.nodes`), to place the reader on the map. */
  nodes: readonly { id: string; sources: readonly string[] }[];
  /**
   * A small picture of the screen for a save, or null (the default: none). `painted`: once the step
   * being read now is on screen (a chapter's autosave is made before its new scene is drawn).
   */
  thumbnail?: (when: ThumbnailMoment) => Promise<string | null>;
  /** Now, for the profile's dates. */
  now?: () => Date;
}

/** When a save's picture is taken: at once, or once the step being read has been painted. */
export type ThumbnailMoment = 'now' | 'painted';

/** Starts readings and keeps their record in the profile and the save slots. */
export class ReadingSession {
  private reading: Playthrough | null = null;
  private route: RouteTrail;
  private readonly now: () => Date;
  /** A runner made ahead of time (`warm`), handed out to the next reading. */
  private spare: StoryRunner | null = null;
  /** Autosaves wait for their picture; this settles once every one so far is written. */
  private writes: Promise<unknown> = Promise.resolve();
  /** The reading under way was continued after a long break and has not shown its recap yet. */
  private recapDue = false;
  /** The time of the last save made, so each is later than the one before (saves list newest first). */
  private lastSaveAt = 0;
  /** Makes a runner at the start of the story (a dev hot reload swaps it: swapStory). */
  private newRunner: () => StoryRunner;

  constructor(private readonly options: ReadingSessionOptions) {
    this.newRunner = options.newRunner;
    this.route = new RouteTrail(options.nodes);
    this.now = options.now ?? (() => new Date());
  }

  /** The reading under way, or null (at the title). */
  get playthrough(): Playthrough | null {
    return this.reading;
  }

  /** This reading's route on the map (node ids and edge keys, in order). */
  get trail(): readonly string[] {
    return this.route.route;
  }

  /** Has this line been read in any reading? (skip's "seen only" mode asks) */
  seen(lineId: string): boolean {
    return this.options.persistence.profile.current.linesSeen.has(lineId);
  }

  /** Makes the next reading's runner now (it parses the whole story: call it when the page is idle). */
  warm(): void {
    this.spare ??= this.newRunner();
  }

  /** Starts a reading; on failure nothing changes and the notice says why. Never throws. */
  start(from: StartFrom): StartOutcome {
    const runner = this.spare ?? this.newRunner();
    this.spare = null;
    const trail = new RouteTrail(this.options.nodes);
    let resume = false;
    let notice: string | null = null;
    const away = from.kind === 'slot' ? this.awayFor(from.id) : 0;
    try {
      if (from.kind === 'point') {
        runner.advanceTo(from.route, Math.max(0, from.steps - 1));
        this.retrace(trail, runner.choiceLog, false);
      } else if (from.kind === 'slot') {
        const loaded = this.load(runner, from.id);
        if (!loaded.ok) return loaded;
        notice = loaded.notice;
        resume = true;
        this.retrace(trail, runner.choiceLog, true);
      }
    } catch (error) {
      return { ok: false, notice: this.refuse(from, error) };
    }
    this.route = trail;
    this.recapDue = away > RECAP_AFTER_MS;
    this.follow(runner);
    this.options.persistence.profile.update(markContentNoteSeen);
    this.reading = new Playthrough(runner);
    return { ok: true, playthrough: this.reading, resume, notice };
  }

  /** True once after a reading was continued from a save older than RECAP_AFTER_MS: the recap is due now. */
  takeRecapDue(): boolean {
    const due = this.recapDue;
    this.recapDue = false;
    return due;
  }

  /** "Previously..." for the reading under way: its chapters, scene recaps and choices so far. */
  recap(): ReadingEntry[] {
    return recapOf(this.retold());
  }

  /** Every line, choice and chapter of the reading under way up to the line on screen, and its ending. */
  transcript(): ReadingEntry[] {
    return this.retold();
  }

  /** The reading under way retold from its choice log on a scratch runner (empty at the title). */
  private retold(): ReadingEntry[] {
    if (!this.reading) return [];
    const { choiceLog, stepsSinceChoice } = this.reading.runner.snapshot();
    return readingSoFar(this.newRunner(), choiceLog, stepsSinceChoice);
  }

  /** How long ago slot `id` was saved, in milliseconds (0 when it holds no save or no readable time). */
  private awayFor(id: SlotId): number {
    const read = this.options.persistence.slots.read(id);
    const saved = read.state === 'saved' ? Date.parse(read.save.time) : Number.NaN;
    return Number.isFinite(saved) ? Math.max(0, this.now().getTime() - saved) : 0;
  }

  /**
   * Dev hot reload: the story was rebuilt. Readings from now on use `newRunner`, and the reading under way
   * is replayed on it and lands on the same line (reading/hotReload.ts); null when none is under way. Writes
   * no save and nothing to the profile. If the new story fails to run it throws and nothing changes.
   */
  swapStory(newRunner: () => StoryRunner): Swapped | null {
    const swapped = this.reading
      ? swapReading(placeOf(this.reading.runner, this.newRunner), newRunner, this.options.nodes)
      : null;
    this.newRunner = newRunner;
    this.spare = null;
    if (!swapped) return null;
    this.reading = swapped.playthrough;
    this.route = swapped.trail;
    this.follow(swapped.playthrough.runner);
    return swapped;
  }

  /** Settles once every autosave made so far has been written. */
  async saved(): Promise<void> {
    await this.writes;
  }

  /** The reading is over (back to the title): the session keeps nothing of it. */
  close(): void {
    this.reading = null;
  }

  /** A step is on screen: its line counts as read, and choices on offer are found on the map. */
  stepDisplayed(step: Step): void {
    const { profile } = this.options.persistence;
    const line = step.line;
    if (line && !profile.current.linesSeen.has(line.id)) profile.update((p) => markLineSeen(p, line.id));
    if (step.choices.length && this.reading) this.record(this.route.choicesShown(this.reading.runner.choiceSources()));
  }

  /** Steps back one line (across choices too); returns the step now on screen, or null when there is none. */
  rollback(): Step | null {
    return this.reading?.rollback() ?? null;
  }

  /** The reader moved on from the last line: one more reading finished. */
  finish(): void {
    this.options.persistence.profile.update(completeRun);
  }

  /** Saves the reading under way into `id` (or the quick slot), with a picture of the screen. */
  async save(id: SlotId | 'quick'): Promise<SaveOutcome> {
    if (!this.reading) return { ok: false, message: 'There is no reading to save.' };
    const { slots } = this.options.persistence;
    const save = await this.saveOf(this.reading.runner);
    const result = id === 'quick' ? slots.quickSave(save) : slots.write(id, save);
    if (!result.ok) return { ok: false, message: result.message };
    return { ok: true, message: id === 'quick' ? 'Quick saved.' : 'Saved.' };
  }

  /** Puts `runner` where slot `id` was saved; the failure says why in the reader's words. */
  private load(runner: StoryRunner, id: SlotId): { ok: true; notice: string | null } | { ok: false; notice: string } {
    const outcome = resumeSlot(this.options.persistence.slots, id, runner);
    switch (outcome.kind) {
      case 'restored':
      case 'replayed':
        return { ok: true, notice: describeLoad(outcome) };
      case 'needsAttention':
        return {
          ok: false,
          notice: `This save was made on an older version of the story and can no longer be followed (${outcome.reason}). It is kept; start a new reading or load another save.`,
        };
      case 'newerVersion':
        return { ok: false, notice: 'This save was made by a newer version of the game.' };
      case 'empty':
        return { ok: false, notice: 'That save slot is empty.' };
      case 'unreadable':
        return { ok: false, notice: 'That save could not be read. It has been kept aside.' };
    }
  }

  /** A start that threw (a save whose choices do not fit the story): kept and marked, never lost. */
  private refuse(from: StartFrom, error: unknown): string {
    const reason = error instanceof Error ? error.message : String(error);
    if (from.kind !== 'slot') return `That point of the story could not be reached (${reason}).`;
    this.options.persistence.slots.markNeedsAttention(from.id, reason);
    return `This save could not be followed (${reason}). It is kept; start a new reading or load another save.`;
  }

  /**
   * Rebuilds the map's route of a reading whose choices were `choiceLog`, on a scratch runner. A
   * loaded save's choices were the reader's own, so they count as found (from another browser's
   * import, say); a chapter or map start skips what it passes, so it only draws the route.
   */
  private retrace(trail: RouteTrail, choiceLog: readonly number[], found: boolean): void {
    this.newRunner().advanceTo(choiceLog, 0, (offered, index) => {
      const shown = trail.choicesShown(offered.sources);
      if (found) this.record(shown);
      trail.chose(offered.choices.find((c) => c.index === index)?.text ?? '');
    });
  }

  /** Listens to the reading: autosaves at each choice and chapter, the route and the endings into the profile. */
  private follow(runner: StoryRunner): void {
    // Autosaves are written in the order they were made, even when one waits longer for its picture.
    const autosave = (when: ThumbnailMoment) => {
      const made = this.saveOf(runner, when);
      this.writes = Promise.all([this.writes.catch(() => undefined), made]).then(([, save]) =>
        this.options.persistence.slots.autosave(save),
      );
    };
    runner.events.on('choiceMade', ({ text }) => {
      this.route.chose(text);
      autosave('now');
    });
    runner.events.on('chapterStarted', () => autosave('painted'));
    runner.events.on('endingReached', ({ id }) => {
      this.options.persistence.profile.update((p) => recordEnding(p, id, this.now()));
      this.record(this.route.endingReached(id));
    });
  }

  /** A save of where `runner` stands now, with a picture of the screen when one can be taken. */
  private async saveOf(runner: StoryRunner, when: ThumbnailMoment = 'now'): Promise<SavedRun> {
    // The story and the time as they stand now, before waiting for the picture (the reader may read on
    // meanwhile). Two saves in one millisecond (a choice that opens a chapter) are a millisecond apart.
    const snapshot = runner.snapshot();
    const time = new Date(Math.max(this.now().getTime(), this.lastSaveAt + 1));
    this.lastSaveAt = time.getTime();
    const thumbnail = (await this.options.thumbnail?.(when)) ?? null;
    return saveFromSnapshot(snapshot, runner.contentHash, { thumbnail, time });
  }

  private record(found: Found): void {
    if (found.nodes.length || found.edges.length)
      this.options.persistence.profile.update((p) => discoverRoute(p, found));
  }
}
