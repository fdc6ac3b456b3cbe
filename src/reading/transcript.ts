// A reading kept as a small Markdown file (every line, every choice, the chapters and the ending)
// and one line of it put into words to share. Pure: the DOM side only downloads, copies or shares.
import type { ReadingEntry } from '../story/readingSoFar.ts';

/** The game's name, at the head of a transcript and the foot of a shared line. */
export const GAME_TITLE = 'Ultimate Defence';

/** Markdown's own marks, escaped so a line reads as written (`*`, `_`, backquote, brackets, backslash). */
const escapeInline = (text: string) => text.replace(/([\\`*_[\]<>])/g, '\\$1');
/** A line that would start a heading, quote, list or numbered list is escaped at its start. */
const escapeStart = (text: string) => text.replace(/^(#|>|-|\+|\d+\.)/, '\\$1');

/** This reading's ending, or null while it is not finished. */
export function endingOf(entries: readonly ReadingEntry[]): { id: string; title: string } | null {
  const ending = entries.findLast((e) => e.kind === 'ending');
  return ending?.kind === 'ending' ? { id: ending.id, title: ending.title } : null;
}

/** The transcript of `entries` (`readingSoFar` of a reading) as Markdown, dated `on`. */
export function transcriptMarkdown(entries: readonly ReadingEntry[], on: Date): string {
  const ending = endingOf(entries);
  const day = on.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  const out = [`# ${GAME_TITLE}: a reading`, ''];
  out.push(ending ? `Ending: **${escapeInline(ending.title)}**. Read on ${day}.` : `Not finished yet. Read on ${day}.`);
  for (const e of entries) {
    if (e.kind === 'chapter') out.push('', `## Chapter ${e.number}: ${escapeInline(e.title)}`);
    else if (e.kind === 'line') {
      const text = escapeStart(escapeInline(e.text));
      out.push('', e.speaker ? `**${escapeInline(e.speaker)}:** ${text}` : `*${text}*`);
    } else if (e.kind === 'choice') out.push('', `> You chose: ${escapeInline(e.text)}`);
    else if (e.kind === 'ending') out.push('', `## The end: ${escapeInline(e.title)}`);
  }
  out.push('');
  return out.join('\n');
}

/** A file name for the transcript: the ending's id, or "so-far". */
export function transcriptFileName(entries: readonly ReadingEntry[]): string {
  return `ultimate-defence-${endingOf(entries)?.id ?? 'so-far'}.md`;
}

/** One line as it is shared: the words in quotation marks, who said them, and where from. */
export function shareText(line: { speaker: string | null; text: string }): string {
  return `“${line.text}”${line.speaker ? ` (${line.speaker})` : ''}, from ${GAME_TITLE}`;
}
