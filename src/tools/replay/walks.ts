// Walking the story as the game does (StoryRunner): for the steps to a node, where chapters
// start, the picture of an ending's last scene and the opening line.
import type { Directive } from '../../story/directives.ts';
import { StoryRunner, type Step } from '../../story/StoryRunner.ts';
import type { ReplayChapter, ReplayData } from '../replayData.ts';

/** Takes `route` with a StoryRunner, then `next()` until `done`; returns the calls made after the last choice. */
export function follow(
  json: string,
  route: readonly number[],
  done: (step: Step) => boolean,
): { steps: number; runner: StoryRunner } {
  const runner = new StoryRunner(json);
  runner.advanceTo(route, 0);
  let steps = 0;
  while (runner.canAdvance) {
    const step = runner.next();
    steps++;
    if (done(step)) return { steps, runner };
  }
  throw new Error(`route ${JSON.stringify(route)} stopped before reaching what it was meant to`);
}

/** Where each chapter starts along the canonical route (always the first option). */
export function chapterStarts(json: string, maxChoices: number): ReplayChapter[] {
  const runner = new StoryRunner(json);
  const chapters: ReplayChapter[] = [];
  const route: number[] = [];
  let steps = 0;
  while (route.length <= maxChoices) {
    if (runner.canAdvance) {
      const step = runner.next();
      steps++;
      for (const d of step.directives) {
        if (d.kind === 'chapter' && !chapters.some((c) => c.number === d.number)) {
          chapters.push({ number: d.number, title: d.title, route: [...route], steps });
        }
      }
    } else if (runner.current?.choices.length) {
      runner.choose(0);
      route.push(0);
      steps = 0;
    } else break;
  }
  return chapters;
}

/** The last backdrop other than black from an ending's first line to the end (else the one on stage there). */
export function finalBackdrop(json: string, route: readonly number[]): string | null {
  const { runner } = follow(json, route, (step) => step.directives.some((d) => d.kind === 'ending'));
  let backdrop = runner.stage.backdrop;
  const pick = (directives: readonly Directive[]) => {
    for (const d of directives) if (d.kind === 'backdrop' && d.id !== 'black') backdrop = d.id;
  };
  pick(runner.current?.directives ?? []);
  while (runner.canAdvance) pick(runner.next().directives);
  return backdrop === 'black' ? null : backdrop;
}

/** The story's first step: its stage, line and chapter. */
export function opening(json: string): Pick<ReplayData, 'opening' | 'openingLine' | 'openingChapter'> {
  const first = new StoryRunner(json).next();
  const chapter = first.directives.find((d) => d.kind === 'chapter');
  return {
    opening: first.stage,
    openingLine: first.line,
    openingChapter: chapter?.kind === 'chapter' ? { number: chapter.number, title: chapter.title } : null,
  };
}
