import { describe, expect, it } from 'vitest';
import { pickVoice, pronunciationsOf, sortVoices, spokenText } from '../../src/reading/speech.ts';

const voices = [
  { voiceURI: 'fr-amelie', name: 'Amélie', lang: 'fr-FR', default: false },
  { voiceURI: 'en-daniel', name: 'Daniel', lang: 'en-GB', default: true },
  { voiceURI: 'en-alex', name: 'Alex', lang: 'en-US', default: false },
];

describe('the voice that reads aloud', () => {
  it('is the one the reader chose when this browser has it', () => {
    expect(pickVoice(voices, 'en-alex')).toEqual({ voice: voices[2], missing: false });
  });

  it('falls back to the default voice when the saved one is not here, and says it is missing', () => {
    expect(pickVoice(voices, 'voice-from-another-laptop')).toEqual({ voice: null, missing: true });
    expect(pickVoice([], 'en-alex')).toEqual({ voice: null, missing: true });
  });

  it('is the default with nothing chosen, and nothing is missing', () => {
    expect(pickVoice(voices, null)).toEqual({ voice: null, missing: false });
  });

  it('lists English voices first', () => {
    expect(sortVoices(voices).map((v) => v.name)).toEqual(['Alex', 'Daniel', 'Amélie']);
  });
});

describe('how names are said', () => {
  const list = pronunciationsOf({});

  it('respells the names as whole words, also joined by a hyphen', () => {
    expect(spokenText('Iruka-sensei, Kakashi is here.', list)).toBe('Ee-roo-kah-sen-say, Kah-kah-shee is here.');
  });

  it('a common word matches at a sentence start too, capitalised; a name only as written', () => {
    expect(spokenText('Sensei? The iruka swam.', list)).toBe('Sen-say? The iruka swam.');
  });

  it('leaves words that only contain a name alone', () => {
    expect(spokenText('Irukas and Kakashiesque', list)).toBe('Irukas and Kakashiesque');
  });

  it("the reader's entries win over the defaults; an empty entry leaves the word as written", () => {
    const mine = pronunciationsOf({ Iruka: 'Ih-roo-kuh', Kakashi: '' });
    expect(spokenText('Iruka and Kakashi', mine)).toBe('Ih-roo-kuh and Kakashi');
  });
});
