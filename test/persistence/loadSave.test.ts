import { describe, expect, it } from 'vitest';
import { loadSave, resumeSlot } from '../../src/persistence/loadSave.ts';
import { MemoryStore } from '../../src/persistence/MemoryStore.ts';
import { makeSave, type SavedRun } from '../../src/persistence/saveFormat.ts';
import { Quarantine } from '../../src/persistence/Quarantine.ts';
import { SaveSlots, slotKey } from '../../src/persistence/SaveSlots.ts';
import { deskSave, runnerOn } from './support/saves.ts';

function slotsWith() {
  const store = new MemoryStore();
  return { store, slots: new SaveSlots(store, new Quarantine(store)) };
}

describe('loading a save into the story', () => {
  it('on the same story, comes back to the exact line, stage and variables', () => {
    const save = deskSave({ choice: 0 });
    const runner = runnerOn('desk.ink');
    const outcome = loadSave(runner, save);
    expect(outcome).toMatchObject({
      kind: 'restored',
      step: { line: { text: 'He was over the desk before he had decided to move.' }, directives: [] },
    });
    expect(runner.stage.cast.map((c) => c.who)).toEqual(['kakashi', 'iruka']);
    expect(runner.variable('courage')).toBe(1);
    expect(runner.choiceLog).toEqual([0]);
    expect(runner.next().line?.text).toBe('The door slid shut.');
  });

  it('a save made before a choice offers the same choices again', () => {
    const runner = runnerOn('desk.ink');
    const outcome = loadSave(runner, deskSave());
    expect(outcome.kind === 'restored' && outcome.step?.choices.map((c) => c.text)).toEqual([
      'Leap the desk',
      'Stay seated',
    ]);
    runner.choose(1);
    expect(runner.next().line?.text).toBe('He kept his hands flat on the paperwork.');
  });

  it('an autosave made as a choice is taken resumes at the line after the choice', () => {
    const runner = runnerOn('desk.ink');
    let autosave: SavedRun | null = null;
    runner.events.on('choiceMade', () => (autosave = makeSave(runner)));
    runner.next();
    runner.next();
    runner.choose(1);
    const resumed = runnerOn('desk.ink');
    expect(loadSave(resumed, autosave!)).toEqual({ kind: 'restored', step: null });
    expect(resumed.next().line?.text).toBe('He kept his hands flat on the paperwork.');
    expect(autosave!.label.excerpt).toBe('Kakashi: Yo.');
  });

  it('an autosave made at a chapter start comes back to that first line', () => {
    const runner = runnerOn('desk.ink');
    let autosave: SavedRun | null = null;
    runner.events.on('chapterStarted', () => (autosave = makeSave(runner)));
    runner.next();
    const resumed = runnerOn('desk.ink');
    expect(loadSave(resumed, autosave!)).toMatchObject({
      kind: 'restored',
      step: { line: { text: 'The ink had dried on his fingers hours ago.' } },
    });
    expect(resumed.next().line?.text).toBe('Yo.');
  });

  it('after the story was edited, replays the choices to the same line', () => {
    const save = deskSave({ choice: 0 });
    const edited = runnerOn('desk-edited.ink');
    expect(edited.contentHash).not.toBe(save.contentHash);
    const outcome = loadSave(edited, save);
    expect(outcome).toMatchObject({
      kind: 'replayed',
      step: { line: { text: 'He was over the desk before he had decided to move.' } },
    });
    expect(edited.variable('courage')).toBe(1);
    expect(edited.stage.backdrop).toBe('mission-desk');
  });

  it('when the story no longer has the choice, says so instead of throwing', () => {
    const outcome = loadSave(runnerOn('desk-incompatible.ink'), deskSave({ choice: 0 }));
    expect(outcome).toEqual({ kind: 'needsAttention', reason: 'the story now ends before choice 1 of the save' });
  });

  it('an ink state this story cannot load falls back to replaying the choices', () => {
    const save = { ...deskSave({ choice: 1 }), inkState: '{"not":"ink"}' };
    const outcome = loadSave(runnerOn('desk.ink'), save);
    expect(outcome).toMatchObject({
      kind: 'replayed',
      step: { line: { text: 'He kept his hands flat on the paperwork.' } },
    });
  });
});

describe('resuming from a slot', () => {
  it('a save the edited story cannot follow is kept, marked with the reason, and the player is told', () => {
    const { slots } = slotsWith();
    slots.write('manual-1', deskSave({ choice: 0 }));
    const outcome = resumeSlot(slots, 'manual-1', runnerOn('desk-incompatible.ink'));
    expect(outcome).toEqual({ kind: 'needsAttention', reason: 'the story now ends before choice 1 of the save' });
    expect(slots.summary('manual-1')).toMatchObject({
      state: 'saved',
      needsAttention: { reason: 'the story now ends before choice 1 of the save' },
    });
  });

  it('a marked save that fits the story again loads, and the mark goes', () => {
    const { slots } = slotsWith();
    slots.write('manual-1', deskSave({ choice: 0 }));
    resumeSlot(slots, 'manual-1', runnerOn('desk-incompatible.ink'));
    expect(resumeSlot(slots, 'manual-1', runnerOn('desk.ink')).kind).toBe('restored');
    expect(slots.summary('manual-1')).toMatchObject({ needsAttention: null });
  });

  it('says plainly when the slot is empty or from a newer version', () => {
    const { slots, store } = slotsWith();
    expect(resumeSlot(slots, 'quick', runnerOn())).toEqual({ kind: 'empty' });
    store.set(slotKey('quick'), JSON.stringify({ version: 7 }));
    expect(resumeSlot(slots, 'quick', runnerOn())).toEqual({ kind: 'newerVersion', version: 7 });
  });
});
