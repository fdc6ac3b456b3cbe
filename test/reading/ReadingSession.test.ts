import { describe, expect, it } from 'vitest';
import { openPersistence } from '../../src/persistence/openPersistence.ts';
import { ReadingSession } from '../../src/reading/ReadingSession.ts';
import { StoryRunner } from '../../src/story/StoryRunner.ts';
import { replayData } from '../../src/tools/replayData.ts';
import { compileFixture } from '../support/ink.ts';
import { FakeStorage } from '../persistence/support/fakeStorage.ts';

const json = compileFixture('replay/two-chapters.ink');
const replay = replayData(json);

/** A session over fresh storage, as the composition root builds it, with no browser. */
function session(storage = new FakeStorage()) {
  const persistence = openPersistence(() => storage);
  const reading = new ReadingSession({
    newRunner: () => new StoryRunner(json),
    persistence,
    nodes: replay.graph.nodes,
    thumbnail: async () => null,
  });
  return { reading, persistence, storage };
}

/** Reads on to the next choice (or the end), telling the session each step is on screen, as the scene does. */
function readToChoice(reading: ReadingSession) {
  const play = reading.playthrough!;
  let step = play.next();
  reading.stepDisplayed(step);
  while (!step.choices.length && !step.ended) {
    step = play.next();
    reading.stepDisplayed(step);
  }
  return step;
}

describe('a whole reading, driven in node through the reading session', () => {
  it('starts, chooses, rolls back, saves, loads and finishes, keeping the profile as it goes', async () => {
    const { reading, persistence } = session();
    const started = reading.start({ kind: 'new' });
    expect(started).toMatchObject({ ok: true, resume: false, notice: null });
    const gate = readToChoice(reading);
    expect(gate.choices.map((c) => c.text)).toEqual(['Knock', 'Wait']);
    expect(persistence.profile.current.linesSeen.size).toBe(2);
    expect(persistence.profile.current.routeMap.nodes.has('gate')).toBe(true);

    reading.playthrough!.choose(1);
    const lane = readToChoice(reading);
    expect(lane.choices.map((c) => c.text)).toEqual(['Follow it', 'Go back']);
    // The choice was autosaved, and the route took the edge it chose.
    await reading.saved();
    expect(persistence.slots.newest()?.kind).toBe('auto');
    expect(reading.trail).toEqual(['gate', 'gate|Wait|gate.lane', 'gate.lane']);

    // Back across the lines to the first choice, and the other way this time.
    let back = reading.rollback();
    while (back && !back.choices.some((c) => c.text === 'Knock')) back = reading.rollback();
    expect(back?.line?.text).toBe('Yo.');
    reading.playthrough!.choose(0);
    const hill = readToChoice(reading);
    expect(hill.choices.map((c) => c.text)).toEqual(['Climb', 'Call out', 'Turn back']);

    expect(await reading.save('manual-3')).toEqual({ ok: true, message: 'Saved.' });
    reading.close();
    expect(reading.playthrough).toBeNull();

    const loaded = reading.start({ kind: 'slot', id: 'manual-3' });
    expect(loaded).toMatchObject({ ok: true, resume: true });
    const resumed = reading.playthrough!.current!;
    expect(resumed.choices.map((c) => c.text)).toEqual(['Climb', 'Call out', 'Turn back']);
    reading.stepDisplayed(resumed);
    expect(reading.trail).toEqual(['gate', 'gate|Knock|hill', 'hill']);
    reading.playthrough!.choose(2);
    const end = readToChoice(reading);
    expect(end.ended).toBe(true);
    reading.finish();
    expect([...persistence.profile.current.endings.keys()]).toEqual(['bad-end']);
    expect(persistence.profile.current.completedRuns).toBe(1);
    expect(persistence.profile.current.routeMap.edges.has('hill|Turn back|ending:bad-end')).toBe(true);
  });

  it('starts again from a route-map point, at the line after its last choice, with the route drawn', () => {
    const { reading } = session();
    const node = replay.graph.nodes.find((n) => n.id === 'hill')!;
    const started = reading.start({ kind: 'point', route: node.route, steps: 1 });
    expect(started.ok).toBe(true);
    const first = reading.playthrough!.next();
    expect(first.line?.text).toBe('You knocked twice.');
    expect(reading.trail).toEqual(['gate']);
  });

  it('starts at a chapter with its card', () => {
    const { reading } = session();
    const chapter = replay.chapters.find((c) => c.number === 2)!;
    reading.start({ kind: 'point', route: chapter.route, steps: chapter.steps });
    const first = reading.playthrough!.next();
    expect(first.directives).toContainEqual({ kind: 'chapter', number: 2, title: 'The Hill' });
    expect(first.line?.text).toBe('The hill was steep.');
  });

  it('refuses a save whose choices point at an option the story does not offer, and keeps it marked', async () => {
    const { reading, persistence } = session();
    reading.start({ kind: 'new' });
    readToChoice(reading);
    await reading.save('quick');
    const read = persistence.slots.read('quick');
    if (read.state !== 'saved') throw new Error('no quick save');
    expect(persistence.slots.write('quick', { ...read.save, choiceLog: [{ index: 999, text: null }] }).ok).toBe(true);
    const before = reading.playthrough;
    const outcome = reading.start({ kind: 'slot', id: 'quick' });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.notice).toMatch(/It is kept/);
    // The reading under way goes on; the save is still there, marked.
    expect(reading.playthrough).toBe(before);
    const summary = persistence.slots.summary('quick');
    expect(summary.state === 'saved' && summary.needsAttention?.reason).toBeTruthy();
  });

  it('says so when a save slot is empty, and starts nothing', () => {
    const { reading } = session();
    expect(reading.start({ kind: 'slot', id: 'manual-1' })).toEqual({ ok: false, notice: 'That save slot is empty.' });
    expect(reading.playthrough).toBeNull();
  });

  it('reports a failed save in words, not as saved', async () => {
    const storage = new FakeStorage();
    const { reading } = session(storage);
    reading.start({ kind: 'new' });
    readToChoice(reading);
    storage.quotaChars = 0;
    const result = await reading.save('quick');
    expect(result.ok).toBe(false);
    expect(result.message).not.toMatch(/Quick saved/);
    expect(result.message.length).toBeGreaterThan(20);
  });

  it("takes a chapter's autosave picture once its scene is painted, and lists autosaves newest first", async () => {
    const storage = new FakeStorage();
    const persistence = openPersistence(() => storage);
    const asked: string[] = [];
    // A frozen clock: every save is made in the same millisecond, the worst case for ordering.
    const reading = new ReadingSession({
      newRunner: () => new StoryRunner(json),
      persistence,
      nodes: replay.graph.nodes,
      thumbnail: async (when) => {
        asked.push(when);
        // The chapter's picture comes later than the choice's, as the scene's art loads.
        await new Promise((resolve) => setTimeout(resolve, when === 'painted' ? 20 : 0));
        return null;
      },
      now: () => new Date('2026-12-01T10:00:00.000Z'),
    });
    reading.start({ kind: 'new' });
    readToChoice(reading);
    // Knock leads straight into chapter 2: a choice's autosave and a chapter's in one step.
    reading.playthrough!.choose(0);
    readToChoice(reading);
    await reading.saved();
    expect(asked).toEqual(['painted', 'now', 'painted']);
    const autosaves = persistence.slots
      .list()
      .filter((s) => s.kind === 'auto' && s.state === 'saved')
      .map((s) => (s.state === 'saved' ? { time: Date.parse(s.time), excerpt: s.label.excerpt } : null))
      .sort((a, b) => b!.time - a!.time);
    expect(autosaves.map((a) => a!.excerpt)).toEqual(['The hill was steep.', 'Kakashi: Yo.', 'The gate was shut.']);
    expect(new Set(autosaves.map((a) => a!.time)).size).toBe(3);
  });
});
