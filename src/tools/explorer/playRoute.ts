// One route played from the start, line by line, with the explorer's own reading of the story.
import type { PlayedRoute } from '../pathExplorer.ts';
import { InstrumentedStory } from './InstrumentedStory.ts';
import { choicePointId } from './storyMap.ts';

/**
 * Plays the story from the start, taking the given choice indices, or always the first option
 * (stopping after `maxChoices`, for a story whose first options go round in a loop).
 */
export function playRoute(json: string, picks: readonly number[] | 'first', maxChoices = 1_000): PlayedRoute {
  const run = new InstrumentedStory(json);
  const played: PlayedRoute = { steps: [], nodes: [], lines: [], chapters: [], ending: null, words: 0, ended: false };
  for (let turn = 0; ; turn++) {
    const c = run.continue();
    played.lines.push(...c.lines);
    played.chapters.push(...c.chapters);
    played.words += c.words;
    if (!c.choices.length) {
      played.ending = c.ending;
      played.ended = true;
      return played;
    }
    const index = picks === 'first' ? 0 : picks[turn];
    if (index === undefined || index >= c.choices.length || turn >= maxChoices) return played;
    played.nodes.push(
      choicePointId(
        run.map,
        c.choices.map((ch) => ch.source),
      ),
    );
    played.steps.push({ index, text: c.choices[index].text });
    run.story.ChooseChoiceIndex(index);
  }
}
