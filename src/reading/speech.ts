// How lines are read aloud, as pure rules: which voice (the reader's, or the default when this
// browser lacks it), and how names the voices get wrong are said. presentation/dom/selfVoicing.ts speaks.

/** What the reader's voice choice needs of a voice (a SpeechSynthesisVoice fits). */
export interface VoiceInfo {
  voiceURI: string;
  name: string;
  lang: string;
  default: boolean;
}

/**
 * How the names of the story are said, spelt the way English voices read them right. The reader's
 * own entries (Settings.pronunciations) are laid over these; an empty entry leaves the word as written.
 */
export const DEFAULT_PRONUNCIATIONS: Readonly<Record<string, string>> = Object.freeze({
  Iruka: 'Ee-roo-kah',
  Kakashi: 'Kah-kah-shee',
  sensei: 'sen-say',
  Ayame: 'Ah-yah-meh',
  Kurenai: 'Koo-reh-nigh',
  Guy: 'Guy',
  Ichiraku: 'Ee-chee-rah-koo',
  Hokage: 'Hoh-kah-geh',
  Naruto: 'Nah-roo-toh',
  Konoha: 'Koh-noh-hah',
  jonin: 'joh-nin',
  chunin: 'choo-nin',
});

/** The defaults with the reader's entries over them. */
export function pronunciationsOf(mine: Readonly<Record<string, string>>): Record<string, string> {
  return { ...DEFAULT_PRONUNCIATIONS, ...mine };
}

const literal = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `text` as the voice should say it: each listed word, as a whole word, replaced by how it is said. A
 * capitalised entry (a name) matches as written; a lower-case one in any case ("Sensei" starting a sentence).
 */
export function spokenText(text: string, list: Readonly<Record<string, string>>): string {
  const words = Object.keys(list)
    .filter((w) => list[w].trim() && list[w] !== w)
    .sort((a, b) => b.length - a.length);
  if (!words.length) return text;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${words.map(literal).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return text.replace(pattern, (found) => {
    if (Object.hasOwn(list, found)) return list[found].trim() ? list[found] : found;
    // Only lower-case entries (common words) match in another case, as "Sensei" starting a sentence.
    const said = Object.hasOwn(list, found.toLowerCase()) ? list[found.toLowerCase()] : '';
    if (!said.trim()) return found;
    return found[0] === found[0].toUpperCase() ? said[0].toUpperCase() + said.slice(1) : said;
  });
}

/** The voice chosen, or how it fell back: `voice` null means the browser's default voice. */
export interface VoicePick<V extends VoiceInfo> {
  voice: V | null;
  /** The saved voice is not among this browser's voices (another machine, an uninstalled voice). */
  missing: boolean;
}

/** The reader's voice among `voices`; a saved voice this browser lacks falls back to the default, and says so. */
export function pickVoice<V extends VoiceInfo>(voices: readonly V[], saved: string | null): VoicePick<V> {
  if (saved === null) return { voice: null, missing: false };
  const voice = voices.find((v) => v.voiceURI === saved) ?? null;
  return { voice, missing: voice === null };
}

/** Voices for the list: English ones first, then by name. */
export function sortVoices<V extends VoiceInfo>(voices: readonly V[]): V[] {
  const english = (v: V) => (v.lang.toLowerCase().startsWith('en') ? 0 : 1);
  return [...voices].sort((a, b) => english(a) - english(b) || a.name.localeCompare(b.name));
}
