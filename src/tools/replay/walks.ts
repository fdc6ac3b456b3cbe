// Walking the story as the game does (StoryRunner): for the steps to a node, where chapters
// start, the picture of an ending's last scene and the opening line.
import type { Directive } from '../../story/directives.ts';
import { type RunSnapshot, StoryRunner, type Step } from '../../story/StoryRunner.ts';
import type { ReplayChapter, ReplayData } from '../replayData.ts';

/**
 * Walks many routes on one StoryRunner: each from the longest start of it walked before (routes to the
 * map's nodes share most of their choices), on the story parsed once. Walking every node's route from a
 * fresh runner grew with nodes x story size x route length: 18x the 1x time at 10x.
 */
export class RouteWalker {
  private readonly runner: StoryRunner;
  /** The runner's snapshot at each choice point reached, by the choices taken to it (`0,2,1`). */
  private readonly points = new Map<string, RunSnapshot>();

  constructor(json: string) {
    this.runner = new StoryRunner(json);
    this.points.set('', this.runner.snapshot());
  }

  /** The runner just after taking `route` (call `next` for what follows). Throws RangeError off the story. */
  take(route: readonly number[]): StoryRunner {
    let known = route.length;
    while (known > 0 && !this.points.has(route.slice(0, known).join())) known--;
    this.runner.rewind(this.points.get(route.slice(0, known).join())!);
    for (let i = known; i < route.length; i++) {
      while (this.runner.canAdvance) this.runner.next();
      this.runner.choose(route[i]);
      this.points.set(route.slice(0, i + 1).join(), this.runner.snapshot());
    }
    return this.runner;
  }

  /** Takes `route`, then `next()` until `done`; returns the calls made after the last choice. */
  follow(route: readonly number[], done: (step: Step) => boolean): { steps: number; runner: StoryRunner } {
    const runner = this.take(route);
    let steps = 0;
    while (runner.canAdvance) {
      const step = runner.next();
      steps++;
      if (done(step)) return { steps, runner };
    }
    throw new Error(`route ${JSON.stringify(route)} stopped before reaching what it was meant to`);
  }
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
export function finalBackdrop(walker: RouteWalker, route: readonly number[]): string | null {
  const { runner } = walker.follow(route, (step) => step.directives.some((d) => d.kind === 'ending'));
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
