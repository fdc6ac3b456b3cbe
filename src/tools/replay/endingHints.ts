// Hints: the `# hint:` tag written beside each `# ending:` tag, read from the compiled story.
import { parseTag, type Directive } from '../../story/directives.ts';
import { compiledContainers } from '../explorer/compiledTags.ts';

/** Ending id → its hint: the hint tag in the same container as the ending tag (after it, else before). */
export function endingHints(json: string): Map<string, string> {
  const hints = new Map<string, string>();
  for (const { tags } of compiledContainers(json)) pairHints(tags, hints);
  return hints;
}

/** Adds to `hints` each ending among `tags` with the nearest hint between it and the next or last ending. */
function pairHints(tags: readonly string[], hints: Map<string, string>): void {
  const directives: (Directive | null)[] = tags.map((t) => parseTag(t)).map((r) => (r.ok ? r.directive : null));
  const isEnding = (j: number) => directives[j]?.kind === 'ending';
  directives.forEach((d, i) => {
    if (d?.kind !== 'ending') return;
    let hint: string | null = null;
    for (let j = i + 1; j < directives.length && !isEnding(j) && hint === null; j++) {
      const h = directives[j];
      if (h?.kind === 'hint') hint = h.text;
    }
    for (let j = i - 1; j >= 0 && !isEnding(j) && hint === null; j--) {
      const h = directives[j];
      if (h?.kind === 'hint') hint = h.text;
    }
    if (hint !== null && !hints.has(d.id)) hints.set(d.id, hint);
  });
}
