import { describe, expect, it } from 'vitest';
import { wrap } from '../../../src/presentation/dom/LineText.ts';

/** Every character 10 units wide. */
const measure = (s: string) => s.length * 10;

describe('the word wrap of a line drawn into a save thumbnail', () => {
  it('breaks between words, never inside one', () => {
    expect(wrap('the cold tea on the desk', 100, measure)).toEqual(['the cold', 'tea on the', 'desk']);
  });

  it('keeps a word longer than the width whole on its own row', () => {
    expect(wrap('a unbreakableword b', 50, measure)).toEqual(['a', 'unbreakableword', 'b']);
  });

  it('keeps the line breaks written in the line', () => {
    expect(wrap('one\ntwo three', 1000, measure)).toEqual(['one', 'two three']);
  });
});
