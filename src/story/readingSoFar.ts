// One reading retold from its choice log: every line, choice, chapter, scene recap and ending, in
// order. "Previously..." and the transcript are both read from it, so neither needs anything a
// save did not already keep (an old save's choice log is enough). Pure: a runner at the story's
// start walks the route; nothing is shown and no profile is touched.
import type { StoryRunner } from './StoryRunner.ts';

/** One thing that happened in a reading, as a retelling lists it. */
export type ReadingEntry =
  | { kind: 'chapter'; number: number; title: string }
  /** A scene's `# recap:` sentence, met as the reading entered the scene. */
  | { kind: 'recap'; text: string; chapter: number | null }
  | { kind: 'line'; speaker: string | null; text: string }
  | { kind: 'choice'; text: string; chapter: number | null }
  | { kind: 'ending'; id: string; title: string };

/**
 * Walks `runner` (at the story's start) along `choiceLog`, then `steps` lines past the last choice
 * (all the way to the end for Infinity), and lists what the reading met. A log that no longer fits
 * the story stops the walk where it parts: what was met up to there is returned, never an error.
 */
export function readingSoFar(runner: StoryRunner, choiceLog: readonly number[], steps: number): ReadingEntry[] {
  const entries: ReadingEntry[] = [];
  let chapter: number | null = null;
  const read = () => {
    const step = runner.next();
    for (const d of step.directives) {
      if (d.kind === 'chapter') {
        chapter = d.number;
        entries.push({ kind: 'chapter', number: d.number, title: d.title });
      } else if (d.kind === 'recap') entries.push({ kind: 'recap', text: d.text, chapter });
      else if (d.kind === 'ending') entries.push({ kind: 'ending', id: d.id, title: d.title });
    }
    if (step.line) entries.push({ kind: 'line', speaker: step.line.speaker, text: step.line.text });
  };
  for (const index of choiceLog) {
    while (runner.canAdvance) read();
    const chosen = runner.current?.choices.find((c) => c.index === index);
    if (!chosen) return entries;
    runner.choose(index);
    entries.push({ kind: 'choice', text: chosen.text, chapter });
  }
  for (let i = 0; i < steps && runner.canAdvance; i++) read();
  return entries;
}

/** The part of a retelling "Previously..." shows: chapters, scene recaps and choices, no lines. */
export function recapOf(entries: readonly ReadingEntry[]): ReadingEntry[] {
  return entries.filter((e) => e.kind === 'chapter' || e.kind === 'recap' || e.kind === 'choice');
}
