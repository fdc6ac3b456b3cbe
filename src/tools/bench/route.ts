// The route the benchmark reads, worked out in node with the game's own StoryRunner, so the
// harness knows which key press starts a scene transition or the stone wall before it presses it.
import { StoryRunner } from '../../story/StoryRunner.ts';

/** One step of a route, as the reader meets it. */
export interface RouteStep {
  /** What the aria-live mirror (#live) shows for the line ("Kakashi: Yo."), or null for no line. */
  live: string | null;
  /** Characters the typewriter reveals (the line without its speaker); 0 for no line. */
  chars: number;
  /** "Chapter N: Title" when a chapter card comes before the line. */
  chapter: string | null;
  /** The backdrop changes at this step (a scene transition). */
  backdropChange: boolean;
  /** The wall turns to stone at this step. */
  stone: boolean;
  /** Seconds the story pauses before the line. */
  pause: number;
  /** How many staging directives come with the step (0: a plain line, shown at once). */
  directives: number;
  /** Options offered after the line. */
  choices: string[];
  ended: boolean;
}

/** A whole reading: its steps and where it ended. */
export interface Route {
  steps: RouteStep[];
  ending: { id: string; title: string } | null;
  /** Position chosen at each choice, in order. */
  picks: number[];
}

/** The text #live shows for a line (see presentation/dom/AccessibleLayer.ts). */
export function liveText(line: { speaker: string | null; text: string }): string {
  return line.speaker ? `${line.speaker}: ${line.text}` : line.text;
}

/**
 * Reads the story from the start to an end, taking option `pick(choices, turn)` (a position) at
 * each choice; the canonical route is option 1 every time (pick = () => 0).
 */
export function readRoute(
  storyJson: string | object,
  pick: (choices: string[], turn: number) => number = () => 0,
  maxSteps = 20_000,
): Route {
  const runner = new StoryRunner(storyJson);
  const steps: RouteStep[] = [];
  const picks: number[] = [];
  let backdrop = runner.stage.backdrop;
  for (let n = 0; n < maxSteps; n++) {
    const step = runner.next();
    const chapter = step.directives.find((d) => d.kind === 'chapter');
    const pause = step.directives.find((d) => d.kind === 'pause');
    steps.push({
      live: step.line ? liveText(step.line) : null,
      chars: step.line?.text.length ?? 0,
      chapter: chapter?.kind === 'chapter' ? `Chapter ${chapter.number}: ${chapter.title}` : null,
      backdropChange: step.stage.backdrop !== backdrop,
      stone: step.directives.some((d) => d.kind === 'effect' && d.name === 'stone'),
      pause: pause?.kind === 'pause' ? pause.seconds : 0,
      directives: step.directives.length,
      choices: step.choices.map((c) => c.text),
      ended: step.ended,
    });
    backdrop = step.stage.backdrop;
    if (step.ended) return { steps, ending: step.stage.ending, picks };
    if (step.choices.length) {
      const position = pick(
        step.choices.map((c) => c.text),
        picks.length,
      );
      picks.push(position);
      runner.choose(step.choices[position].index);
    }
  }
  throw new Error(`the route did not end within ${maxSteps} steps`);
}
