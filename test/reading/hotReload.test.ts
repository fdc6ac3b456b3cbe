import { describe, expect, it } from 'vitest';
import { openPersistence } from '../../src/persistence/openPersistence.ts';
import { knotOf, landingLine } from '../../src/reading/hotReload.ts';
import { ReadingSession } from '../../src/reading/ReadingSession.ts';
import type { BacklogEntry } from '../../src/story/Playthrough.ts';
import { StoryRunner } from '../../src/story/StoryRunner.ts';
import { FakeStorage } from '../persistence/support/fakeStorage.ts';
import { compileFixture } from '../support/ink.ts';

const scene = compileFixture('hot/scene.ink');
const runnerOf = (json: string) => () => new StoryRunner(json);

/** A session reading hot/scene.ink: Ask, then on to "The window latch clicked." (the third line after it). */
function readingOnTheLatch() {
  const storage = new FakeStorage();
  const persistence = openPersistence(() => storage);
  // A clock a second on at each reading, so the newest save is the last one made.
  let ticks = 0;
  const now = () => new Date(Date.UTC(2026, 0, 1) + ticks++ * 1000);
  const session = new ReadingSession({ newRunner: runnerOf(scene), persistence, nodes: [], now });
  const started = session.start({ kind: 'new' });
  if (!started.ok) throw new Error(started.notice);
  const play = started.playthrough;
  while (!play.next().choices.length);
  play.choose(0);
  while (play.next().line?.text !== 'The window latch clicked.');
  return { session, persistence, storage };
}

const lines = (backlog: BacklogEntry[]) => backlog.map((e) => (e.kind === 'line' ? e.text : `[${e.text}]`));

describe('a story swapped in under a reading (the dev hot reload)', () => {
  it('keeps the reader on the same line when a line is added before it, and the backlog shows the new line', () => {
    const { session } = readingOnTheLatch();
    const swapped = session.swapStory(runnerOf(compileFixture('hot/line-added-before.ink')))!;
    expect(swapped.landing).toEqual({ on: 'sameLine' });
    expect(swapped.notice).toBeNull();
    expect(session.playthrough).toBe(swapped.playthrough);
    expect(swapped.playthrough.current?.line?.text).toBe('The window latch clicked.');
    expect(lines(swapped.playthrough.backlog())).toEqual([
      'The kettle had boiled twice.',
      'Yo.',
      '[Ask]',
      'What is wrong?',
      'The toast had gone cold on the plate.',
      'Nothing.',
      'The window latch clicked.',
    ]);
  });

  it('restores the stage of the line it lands on, and rollback walks the new story', () => {
    const { session } = readingOnTheLatch();
    const swapped = session.swapStory(runnerOf(compileFixture('hot/line-earlier-edited.ink')))!;
    const step = swapped.playthrough.current!;
    expect(step.stage).toMatchObject({ backdrop: 'kitchen-morning', music: 'unease' });
    expect(step.stage.cast.map((c) => `${c.who}:${c.expression}`)).toEqual(['kakashi:guarded']);
    expect(session.rollback()?.line?.text).toBe('Nothing, really.');
  });

  it('lands on the line the reader stands on when that very line was rewritten', () => {
    const { session } = readingOnTheLatch();
    const swapped = session.swapStory(runnerOf(compileFixture('hot/line-edited.ink')))!;
    expect(swapped.landing).toEqual({ on: 'editedLine' });
    expect(swapped.notice).toBeNull();
    expect(swapped.playthrough.current?.line?.text).toBe('The window latch clicked shut.');
  });

  it('lands on the nearest earlier line, and says so, when the line under the reader was removed', () => {
    const { session } = readingOnTheLatch();
    const swapped = session.swapStory(runnerOf(compileFixture('hot/line-removed.ink')))!;
    expect(swapped.landing).toEqual({ on: 'earlierLine', linesBack: 1 });
    expect(swapped.playthrough.current?.line?.text).toBe('Nothing.');
    expect(swapped.notice).toMatch(/line you were on is gone.*1 line back/);
  });

  it('replays as far as it can when a choice was removed, and says which and where it stopped', () => {
    const { session } = readingOnTheLatch();
    const swapped = session.swapStory(runnerOf(compileFixture('hot/choice-removed.ink')))!;
    expect(swapped.landing).toMatchObject({ on: 'stopped', choice: 1, at: 'kitchen' });
    const step = swapped.playthrough.current!;
    expect(step.line?.text).toBe('Yo.');
    expect(step.choices.map((c) => c.text)).toEqual(['Stay quiet']);
    expect(swapped.notice).toBe(
      'Story reloaded: choice 1 of this reading ("Ask") is gone; stopped at the choices in kitchen after "Yo.".',
    );
  });

  it('writes nothing to the saves or the profile, and later readings start on the new story', async () => {
    const { session, storage, persistence } = readingOnTheLatch();
    await session.save('manual-1');
    await session.saved();
    const before = JSON.stringify([...storage.data]);
    const edited = compileFixture('hot/line-added-before.ink');
    session.swapStory(runnerOf(edited));
    await session.saved();
    expect(JSON.stringify([...storage.data])).toBe(before);
    expect(persistence.slots.read('manual-1')).toMatchObject({ state: 'saved' });
    session.close();
    const next = session.start({ kind: 'new' });
    expect(next.ok && next.playthrough.runner.contentHash).toBe(new StoryRunner(edited).contentHash);
  });

  it('autosaves the swapped reading at its next choice, as any reading', async () => {
    const { session, persistence } = readingOnTheLatch();
    const edited = compileFixture('hot/line-added-before.ink');
    const swapped = session.swapStory(runnerOf(edited))!;
    const play = swapped.playthrough;
    while (!play.current?.choices.length) play.next();
    play.choose(1);
    await session.saved();
    const newest = persistence.slots.read(persistence.slots.newest()!.id);
    expect(newest.state === 'saved' && newest.save).toMatchObject({ contentHash: new StoryRunner(edited).contentHash });
    expect(newest.state === 'saved' && newest.save.choiceLog.length).toBe(2);
  });

  it('without a reading under way, only readings to come change', () => {
    const persistence = openPersistence(() => new FakeStorage());
    const session = new ReadingSession({ newRunner: runnerOf(scene), persistence, nodes: [] });
    expect(session.swapStory(runnerOf(compileFixture('hot/line-edited.ink')))).toBeNull();
  });
});

describe('the landing line of a swapped reading', () => {
  const place = (lines: string[], next: string | null) => ({
    choices: [],
    target: { steps: lines.length, lines },
    next: () => next,
  });

  it('takes a first line rewritten in place when the line after it is the same', () => {
    expect(landingLine(['x2', 'b'], place(['x'], 'b'))).toEqual({ position: 1, landing: { on: 'editedLine' } });
  });

  it('does not take the next line for the removed one', () => {
    expect(landingLine(['a', 'c'], place(['a', 'b'], 'c'))).toEqual({
      position: 1,
      landing: { on: 'earlierLine', linesBack: 1 },
    });
  });

  it('names a knot and stitch from an ink path', () => {
    expect(knotOf('breakfast_scene.kitchen.0.c-1')).toBe('breakfast_scene.kitchen');
  });
});
