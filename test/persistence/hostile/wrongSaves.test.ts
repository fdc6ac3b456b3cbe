import { describe, expect, it } from 'vitest';
import { resumeSlot } from '../../../src/persistence/loadSave.ts';
import { MemoryStore } from '../../../src/persistence/MemoryStore.ts';
import { Quarantine } from '../../../src/persistence/Quarantine.ts';
import { serializeSave, type SavedRun } from '../../../src/persistence/saveFormat.ts';
import { SaveSlots, slotKey } from '../../../src/persistence/SaveSlots.ts';
import { deskSave, runnerOn } from '../support/saves.ts';

/** Resumes `save` from the quick slot on desk.ink, beside an untouched manual save; returns what the player would see. */
function resume(save: SavedRun, fixture = 'desk.ink') {
  const other = serializeSave(deskSave({ choice: 1 }));
  const store = new MemoryStore([
    [slotKey('quick'), serializeSave(save)],
    [slotKey('manual-1'), other],
    ['elsewhere', 'x'],
  ]);
  const slots = new SaveSlots(store, new Quarantine(store));
  let outcome: ReturnType<typeof resumeSlot> | undefined;
  expect(() => (outcome = resumeSlot(slots, 'quick', runnerOn(fixture)))).not.toThrow();
  // The other slot and the foreign key are as they were; the bad save is kept, only marked.
  expect(store.get(slotKey('manual-1'))).toEqual({ ok: true, value: other });
  expect(store.get('elsewhere')).toEqual({ ok: true, value: 'x' });
  const kept = slots.read('quick');
  expect(kept.state === 'saved' && { ...kept.save, needsAttention: null }).toEqual(save);
  return { outcome: outcome!, summary: slots.summary('quick') };
}

const afterChoice = () => deskSave({ choice: 0 });

describe('saves that are well formed but wrong', () => {
  const cases: [string, () => SavedRun, RegExp][] = [
    [
      'a choice 999 where 2 are on offer',
      () => ({ ...afterChoice(), choiceLog: [{ index: 999, text: null }] }),
      /choice 1 of the save \(option 1000\) is no longer offered \(2 on offer there now\)/,
    ],
    [
      'a choice whose words the story never offered',
      () => ({ ...afterChoice(), choiceLog: [{ index: 0, text: 'Burn the desk' }] }),
      /\("Burn the desk"\) is no longer offered/,
    ],
    [
      'more choices than the story has',
      () => ({ ...afterChoice(), choiceLog: [...afterChoice().choiceLog, { index: 0, text: null }] }),
      /the story now ends before choice 2 of the save/,
    ],
    [
      'steps past the end',
      () => ({ ...afterChoice(), stepsSinceChoice: 40 }),
      /it points to line 40 after its last choice, but the story has 2 there/,
    ],
    [
      'an ending that does not exist',
      () => ({ ...afterChoice(), stage: { ...afterChoice().stage, ending: { id: 'no-such-end', title: 'Nowhere' } } }),
      /ending "no-such-end"/,
    ],
    [
      'a backdrop that does not exist',
      () => ({ ...afterChoice(), stage: { ...afterChoice().stage, backdrop: 'the-moon' } }),
      /backdrop "the-moon", which does not exist/,
    ],
    [
      'music that exists but is not playing there',
      () => ({ ...afterChoice(), stage: { ...afterChoice().stage, music: 'stone' } }),
      /music "stone", which the story does not show there/,
    ],
    [
      'a character who does not exist',
      () => ({
        ...afterChoice(),
        stage: { ...afterChoice().stage, cast: [{ who: 'orochimaru', expression: 'neutral', position: 'left' }] },
      }),
      /character "orochimaru", which does not exist/,
    ],
    [
      'a screen line the story does not have there',
      () => {
        const save = afterChoice();
        return { ...save, current: { ...save.current!, line: { id: '00000000', speaker: null, text: 'Made up.' } } };
      },
      /the line it shows is not the line the story has there/,
    ],
    [
      'choices on screen the story does not offer',
      () => {
        const save = afterChoice();
        return { ...save, current: { ...save.current!, choices: [{ index: 7, text: 'Fly' }] } };
      },
      /the choices it shows are not the ones the story offers there/,
    ],
    [
      'the end shown mid-story',
      () => {
        const save = afterChoice();
        return { ...save, current: { ...save.current!, ended: true } };
      },
      /it shows the end where the story goes on/,
    ],
  ];

  for (const [name, make, reason] of cases) {
    it(`${name}: needs attention with the reason, kept, the other slots untouched`, () => {
      const { outcome, summary } = resume(make());
      expect(outcome).toEqual({ kind: 'needsAttention', reason: expect.stringMatching(reason) });
      expect(summary).toMatchObject({ state: 'saved', needsAttention: { reason: expect.stringMatching(reason) } });
    });
  }

  it('a choice out of range on a changed story is refused the same way', () => {
    const { outcome } = resume({ ...afterChoice(), choiceLog: [{ index: 999, text: null }] }, 'desk-edited.ink');
    expect(outcome).toMatchObject({ kind: 'needsAttention', reason: expect.stringMatching(/option 1000/) });
  });

  it('a damaged ink state on the same story is replayed, and says it was the save, not the story', () => {
    const { outcome } = resume({ ...afterChoice(), inkState: '{"flows":{}}' });
    expect(outcome).toMatchObject({
      kind: 'replayed',
      cause: 'stateUnreadable',
      landing: { on: 'sameLine' },
      step: { line: { text: 'He was over the desk before he had decided to move.' } },
    });
  });
});
