import { describe, expect, it } from 'vitest';
import { describeLoad, loadSave, resumeSlot } from '../../../src/persistence/loadSave.ts';
import { MemoryStore } from '../../../src/persistence/MemoryStore.ts';
import { Quarantine } from '../../../src/persistence/Quarantine.ts';
import { makeSave, serializeSave, type SavedRun } from '../../../src/persistence/saveFormat.ts';
import { SaveSlots, slotKey } from '../../../src/persistence/SaveSlots.ts';
import { runnerOn } from '../support/saves.ts';

const SAVED_LINE = 'He looked tired and pleased and very far away.';

/** A save of scene.ink made on `line` after taking option `choice` (0: "Leap the desk"). */
function sceneSave(choice = 0, line = SAVED_LINE): SavedRun {
  const runner = runnerOn('edits/scene.ink');
  runner.next();
  runner.choose(choice);
  for (let step = runner.next(); step.line?.text !== line; step = runner.next()) {
    if (!runner.canAdvance) throw new Error(`"${line}" is not in scene.ink`);
  }
  return makeSave(runner, { time: new Date('2026-11-01T10:00:00.000Z') });
}

/** The save loaded into an edited scene, as a slot the player resumes. */
function resumeOn(fixture: string, save: SavedRun) {
  const store = new MemoryStore([[slotKey('quick'), serializeSave(save)]]);
  const slots = new SaveSlots(store, new Quarantine(store));
  const runner = runnerOn(`edits/${fixture}`);
  const outcome = resumeSlot(slots, 'quick', runner);
  return { outcome, runner, slots, store };
}

describe('a save replayed after the story was edited', () => {
  it('a line added before the saved one: lands on the saved line, not one line short', () => {
    const { outcome, runner } = resumeOn('line-added-before.ink', sceneSave());
    expect(outcome).toMatchObject({
      kind: 'replayed',
      cause: 'storyChanged',
      landing: { on: 'sameLine' },
      step: { line: { text: SAVED_LINE } },
    });
    expect(runner.next().line?.text).toBe('Nobody asked where he had been.');
    expect(outcome.kind === 'replayed' && describeLoad(outcome)).toBe(
      'The story has been updated since this save, so your choices were followed again to the same line.',
    );
  });

  it('a line added after the saved one: still the saved line, and the new line comes next', () => {
    const { outcome, runner } = resumeOn('line-added-after.ink', sceneSave());
    expect(outcome).toMatchObject({
      kind: 'replayed',
      landing: { on: 'sameLine' },
      step: { line: { text: SAVED_LINE } },
    });
    expect(runner.next().line?.text).toBe('The kettle began to sing.');
  });

  it('the saved line reworded: lands on the line before it and says so', () => {
    const { outcome, runner } = resumeOn('line-edited.ink', sceneSave());
    expect(outcome).toMatchObject({
      kind: 'replayed',
      landing: { on: 'earlierLine', linesBack: 1 },
      step: { line: { text: 'Kakashi was at the centre of it, on the floor.' } },
    });
    expect(runner.next().line?.text).toBe('He looked tired, and pleased, and very far away.');
    expect(outcome.kind === 'replayed' && describeLoad(outcome)).toMatch(
      /The line you saved on has changed, so you are 1 line before it\./,
    );
  });

  it('a renamed knot: the replay still finds the line (the save never named the knot)', () => {
    const { outcome } = resumeOn('knot-renamed.ink', sceneSave());
    expect(outcome).toMatchObject({
      kind: 'replayed',
      landing: { on: 'sameLine' },
      step: { line: { text: SAVED_LINE } },
    });
  });

  it('the chosen option deleted: needs attention, not the other branch, and the save is kept', () => {
    const save = sceneSave(0);
    const { outcome, slots, store } = resumeOn('choice-deleted.ink', save);
    expect(outcome).toEqual({
      kind: 'needsAttention',
      reason: 'choice 1 of the save ("Leap the desk") is no longer offered (1 on offer there now)',
    });
    expect(slots.summary('quick')).toMatchObject({
      state: 'saved',
      needsAttention: { reason: expect.stringContaining('Leap the desk') },
    });
    const kept = store.get(slotKey('quick'));
    expect(kept.ok && JSON.parse(kept.value ?? 'null')).toMatchObject({
      inkState: save.inkState,
      choiceLog: save.choiceLog,
    });
  });

  it('an option reworded is a changed choice; the untouched option still replays', () => {
    expect(resumeOn('choice-reworded.ink', sceneSave(1)).outcome).toMatchObject({
      kind: 'needsAttention',
      reason: expect.stringContaining('"Stay seated"'),
    });
    expect(resumeOn('choice-reworded.ink', sceneSave(0)).outcome).toMatchObject({
      kind: 'replayed',
      landing: { on: 'sameLine' },
    });
  });

  it('options that swapped places are followed by their words', () => {
    const save = sceneSave(1);
    const swapped = { ...save, choiceLog: [{ index: 0, text: 'Stay seated' }] };
    expect(loadSave(runnerOn('edits/line-added-after.ink'), swapped)).toMatchObject({
      kind: 'replayed',
      step: { line: { text: SAVED_LINE } },
    });
  });

  it('the same story restores exactly, and a marked save that fits again loses its mark', () => {
    const { outcome, slots } = resumeOn('scene.ink', {
      ...sceneSave(),
      needsAttention: { reason: 'old', since: '2026-11-01T10:00:00.000Z' },
    });
    expect(outcome).toMatchObject({ kind: 'restored', step: { line: { text: SAVED_LINE } } });
    expect(outcome.kind === 'restored' && describeLoad(outcome)).toBeNull();
    expect(slots.summary('quick')).toMatchObject({ needsAttention: null });
  });
});
