import { describe, expect, it } from 'vitest';
import { progressText } from '../../../src/presentation/dom/EndingsView.ts';

describe("the title's progress line", () => {
  it('says how many lines have been read and endings reached', () => {
    expect(progressText(412, 892, 2, 6)).toBe('Read 412 of 892 lines · 2 of 6 endings');
  });

  it('starts from nothing', () => {
    expect(progressText(0, 892, 0, 6)).toBe('Read 0 of 892 lines · 0 of 6 endings');
  });

  it('never claims more lines than the story has (the profile may hold lines of an older story)', () => {
    expect(progressText(950, 892, 6, 6)).toBe('Read 892 of 892 lines · 6 of 6 endings');
  });

  it('groups thousands and speaks of one ending in the singular', () => {
    expect(progressText(1200, 1500, 1, 1)).toBe('Read 1,200 of 1,500 lines · 1 of 1 ending');
  });
});
