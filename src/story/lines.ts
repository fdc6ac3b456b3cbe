import { fnv1a } from './hash.ts';

/** One line of the story as the reader sees it. */
export interface Line {
  /** Stable id (a hash of speaker and text), so "seen" survives rebuilds of the story. */
  id: string;
  /** Who speaks, as written in the ink (`Kakashi`), or null for narration. */
  speaker: string | null;
  /** What is said or narrated, without the speaker prefix. */
  text: string;
}

// One or two capitalised words, a colon, a space: "Kakashi: Yo." or "A student: Sensei!"
const SPEAKER = /^([A-Z][\w'’.-]*(?: [A-Za-z][\w'’.-]*)?):\s+(\S.*)$/s;

/** Splits `Name: words` into speaker and text; anything else is narration. */
export function parseLine(raw: string): Line {
  const text = raw.trim();
  const match = SPEAKER.exec(text);
  const speaker = match ? match[1] : null;
  const body = match ? match[2].trim() : text;
  return { id: fnv1a(`${speaker ?? ''}\u0000${body}`), speaker, text: body };
}
