import { describe, expect, it } from 'vitest';
import { openPersistence } from '../../src/persistence/openPersistence.ts';
import { RECAP_AFTER_MS, ReadingSession } from '../../src/reading/ReadingSession.ts';
import { StoryRunner } from '../../src/story/StoryRunner.ts';
import { replayData } from '../../src/tools/replayData.ts';
import { FakeStorage } from '../persistence/support/fakeStorage.ts';
import { compileFixture } from '../support/ink.ts';

const json = compileFixture('recap/two-scenes.ink');
const nodes = replayData(json).graph.nodes;
const SAVED_AT = new Date('2026-03-02T08:00:00Z');

/** A session on `storage` whose clock reads `now`. */
function session(storage: FakeStorage, now: Date) {
  const persistence = openPersistence(() => storage);
  const reading = new ReadingSession({ newRunner: () => new StoryRunner(json), persistence, nodes, now: () => now });
  return { reading, persistence };
}

/** Reads a new reading to its first choice, takes "Stay seated", reads one line, and saves in the first manual slot. */
async function savedReading(storage: FakeStorage): Promise<void> {
  const { reading } = session(storage, SAVED_AT);
  reading.start({ kind: 'new' });
  const play = reading.playthrough!;
  while (!play.next().choices.length);
  play.choose(1);
  play.next();
  expect((await reading.save('manual-1')).ok).toBe(true);
}

describe('coming back to a reading after a break', () => {
  it('a save continued a week later has its recap due, with the scenes and the choice so far', async () => {
    const storage = new FakeStorage();
    await savedReading(storage);
    const { reading } = session(storage, new Date(SAVED_AT.getTime() + 7 * 24 * 3600 * 1000));
    expect(reading.start({ kind: 'slot', id: 'manual-1' }).ok).toBe(true);
    expect(reading.takeRecapDue()).toBe(true);
    expect(reading.takeRecapDue()).toBe(false);
    expect(reading.recap()).toEqual([
      { kind: 'chapter', number: 1, title: 'The Desk' },
      { kind: 'recap', text: 'He waited at the desk until the report came in.', chapter: 1 },
      { kind: 'choice', text: 'Stay seated', chapter: 1 },
    ]);
    // The reading itself is where it was saved: the recap walked a scratch runner.
    expect(reading.playthrough!.current?.line?.text).toBe('He kept his hands on the paperwork.');
  });

  it('a save continued within the threshold, or a new reading, has no recap due', async () => {
    const storage = new FakeStorage();
    await savedReading(storage);
    const soon = session(storage, new Date(SAVED_AT.getTime() + RECAP_AFTER_MS - 60_000)).reading;
    soon.start({ kind: 'slot', id: 'manual-1' });
    expect(soon.takeRecapDue()).toBe(false);
    const fresh = session(storage, new Date(SAVED_AT.getTime() + 7 * 24 * 3600 * 1000)).reading;
    fresh.start({ kind: 'new' });
    expect(fresh.takeRecapDue()).toBe(false);
  });

  it('the transcript has every line and choice up to the line on screen', async () => {
    const storage = new FakeStorage();
    await savedReading(storage);
    const { reading } = session(storage, SAVED_AT);
    reading.start({ kind: 'slot', id: 'manual-1' });
    const said = reading.transcript().flatMap((e) => (e.kind === 'line' || e.kind === 'choice' ? [e.text] : []));
    expect(said).toEqual([
      'The ink had dried on his fingers.',
      'Yo.',
      'Stay seated',
      'He kept his hands on the paperwork.',
    ]);
  });
});
