// Command line: play ink/main.ink choosing the given choice indices (0-based) in order, printing
// every line with its tags, so writers can read a route aloud. Stops at the first choice with no index left.
import { Story } from 'inkjs';
import { compileInk, formatDiagnostic } from './inkCompile.ts';

const picks = process.argv.slice(2).map(Number);
const result = compileInk('ink/main.ink');
if (!result.json) {
  result.diagnostics.forEach((d) => console.error(formatDiagnostic(d)));
  process.exit(1);
}
const story = new Story(result.json);
let words = 0;
for (;;) {
  while (story.canContinue) {
    const line = story.Continue()!.trim();
    const tags = story.currentTags?.length ? `   [# ${story.currentTags.join(' # ')}]` : '';
    if (line || tags) console.log(line + tags);
    words += line.split(/\s+/).filter(Boolean).length;
  }
  const choices = story.currentChoices;
  if (!choices.length) break;
  choices.forEach((c, i) => console.log(`   ${i}) ${c.text}`));
  const pick = picks.shift();
  if (pick === undefined) break;
  console.log(`>> ${choices[pick].text}`);
  story.ChooseChoiceIndex(pick);
}
console.log(`-- ${words} words`);
