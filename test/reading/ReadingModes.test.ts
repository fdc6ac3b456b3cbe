import { describe, expect, it } from 'vitest';
import { type AdvanceView, autoDelayMs, ReadingModes } from '../../src/reading/ReadingModes.ts';

const view = (over: Partial<AdvanceView> = {}): AdvanceView => ({
  revealing: false,
  choicesOpen: false,
  ended: false,
  canAdvance: true,
  ...over,
});

/** Modes with a record of what the quick bar was told. */
function modes() {
  const m = new ReadingModes();
  const told: { auto: boolean; skip: boolean }[] = [];
  m.events.on('modesChanged', (state) => told.push(state));
  return { m, told };
}

describe('what an advance does', () => {
  it('finishes a typing line first, then goes on; takes the highlighted choice; ends at the end', () => {
    const { m } = modes();
    expect(m.advance(view({ revealing: true }))).toBe('complete');
    expect(m.advance(view())).toBe('next');
    expect(m.advance(view({ choicesOpen: true }))).toBe('choose');
    expect(m.advance(view({ ended: true }))).toBe('finish');
    expect(m.advance(view({ canAdvance: false }))).toBe('none');
  });

  it('shows a hidden interface again before anything else', () => {
    const { m } = modes();
    m.toggleHidden();
    expect(m.advance(view())).toBe('unhide');
    expect(m.hidden).toBe(false);
    expect(m.advance(view())).toBe('next');
  });

  it('keeps one press made while a step is staged, and acts on it once when the step is shown', () => {
    const { m } = modes();
    m.startStaging();
    expect(m.advance(view())).toBe('queued');
    expect(m.advance(view())).toBe('queued');
    expect(m.advance(view())).toBe('queued');
    // Three presses while busy: one advance when ready, never three.
    expect(m.finishStaging()).toBe(true);
    m.startStaging();
    expect(m.finishStaging()).toBe(false);
  });

  it('a press during a held pause ends the pause and is spent on it: the line after is then read, not passed', () => {
    const { m } = modes();
    m.startStaging();
    m.startPause();
    expect(m.holdingPause).toBe(true);
    expect(m.advance(view())).toBe('endPause');
    m.endPause();
    expect(m.holdingPause).toBe(false);
    // The step still stages (its line is on its way); the press that ended the pause is not kept for it.
    expect(m.finishStaging()).toBe(false);
    expect(m.advance(view())).toBe('next');
  });

  it('a reader who wants pauses to hold keeps them: presses during one do nothing', () => {
    const { m } = modes();
    m.setPressEndsPause(false);
    m.startStaging();
    m.startPause();
    expect(m.advance(view())).toBe('none');
    expect(m.advance(view())).toBe('none');
    expect(m.holdingPause).toBe(true);
    m.endPause();
    expect(m.finishStaging()).toBe(false);
  });

  it('forgets a kept press when the reader rolls back', () => {
    const { m } = modes();
    m.startStaging();
    m.advance(view());
    m.rolledBack();
    expect(m.finishStaging()).toBe(false);
  });
});

describe('auto and skip', () => {
  it('are never on together, and the quick bar hears each change once', () => {
    const { m, told } = modes();
    expect(m.toggleAuto()).toBe(true);
    m.toggleSkip();
    expect({ auto: m.auto, skip: m.skip }).toEqual({ auto: false, skip: true });
    m.toggleAuto();
    expect({ auto: m.auto, skip: m.skip }).toEqual({ auto: true, skip: false });
    expect(told).toEqual([
      { auto: true, skip: false },
      { auto: false, skip: true },
      { auto: true, skip: false },
    ]);
  });

  it('skip stops at a line never read (in "seen" mode) and at a chapter start, and not at a line read before', () => {
    const { m } = modes();
    m.toggleSkip();
    m.lineReached({ seen: true, mode: 'seen', chapterStart: false });
    expect(m.skipping).toBe(true);
    m.lineReached({ seen: false, mode: 'all', chapterStart: false });
    expect(m.skipping).toBe(true);
    m.lineReached({ seen: false, mode: 'seen', chapterStart: false });
    expect(m.skipping).toBe(false);
    m.holdSkip(true);
    expect(m.skipping).toBe(true);
    m.lineReached({ seen: true, mode: 'all', chapterStart: true });
    expect(m.skipping).toBe(false);
  });

  it('skip stops at choices while auto carries on after them; pressing advance stops skip', () => {
    const { m } = modes();
    m.toggleSkip();
    m.choicesOffered();
    expect(m.skip).toBe(false);
    m.toggleAuto();
    m.choicesOffered();
    expect(m.auto).toBe(true);
    m.toggleSkip();
    m.advance(view());
    expect(m.skip).toBe(false);
  });

  it('an overlay taking input stops both and a held skip; the reading finishes once', () => {
    const { m } = modes();
    m.toggleAuto();
    m.holdSkip(true);
    m.setInput(false);
    expect({ auto: m.auto, skipping: m.skipping, input: m.inputEnabled }).toEqual({
      auto: false,
      skipping: false,
      input: false,
    });
    m.setInput(true);
    expect(m.finish()).toBe(true);
    expect(m.finish()).toBe(false);
    m.rolledBack();
    expect(m.finished).toBe(false);
  });

  it('auto waits longer after a longer line, up to a limit', () => {
    expect(autoDelayMs(2, 0)).toBe(1000);
    expect(autoDelayMs(2, 200)).toBe(3000);
    expect(autoDelayMs(2, 320)).toBe(autoDelayMs(2, 1000));
  });
});
