import { describe, expect, it } from 'vitest';
import { ReplayError, StoryRunner } from '../../src/story/StoryRunner.ts';
import { parseLine } from '../../src/story/lines.ts';
import { compileFixture } from '../support/ink.ts';

const desk = () => new StoryRunner(compileFixture('desk.ink'));

describe('the story runner turns ink into plain steps', () => {
  it('gives the first line with the staging before it', () => {
    const runner = desk();
    const step = runner.next();
    expect(step.line).toMatchObject({ speaker: null, text: 'The ink had dried on his fingers hours ago.' });
    expect(step.directives.map((d) => d.kind)).toEqual(['chapter', 'backdrop', 'music']);
    expect(step.stage).toMatchObject({ backdrop: 'mission-desk', music: 'homecoming', chapter: { number: 1 } });
    expect(step.choices).toEqual([]);
  });

  it('splits the speaker from the words and offers choices after the line', () => {
    const runner = desk();
    runner.next();
    const step = runner.next();
    expect(step.line).toMatchObject({ speaker: 'Kakashi', text: 'Yo.' });
    expect(step.stage.cast).toEqual([{ who: 'kakashi', expression: 'neutral', position: 'centre' }]);
    expect(step.choices).toEqual([
      { index: 0, text: 'Leap the desk' },
      { index: 1, text: 'Stay seated' },
    ]);
    expect(runner.canAdvance).toBe(false);
  });

  it('follows a choice, remembers state, and reaches the ending', () => {
    const runner = desk();
    const endings: string[] = [];
    const choices: string[] = [];
    runner.events.on('endingReached', (e) => endings.push(e.id));
    runner.events.on('choiceMade', (e) => choices.push(e.text));
    runner.next();
    runner.next();
    runner.choose(0);
    expect(runner.next().line?.text).toBe('He was over the desk before he had decided to move.');
    expect(runner.variable('courage')).toBe(1);
    const last = runner.next();
    expect(last.line?.text).toBe('The door slid shut.');
    expect(last.stage.ending).toEqual({ id: 'desk-end', title: 'The Desk' });
    expect(endings).toEqual(['desk-end']);
    // Staging after the last line comes as a step without a line.
    const coda = runner.next();
    expect(coda).toMatchObject({ line: null, ended: true, choices: [] });
    expect(coda.stage.backdrop).toBe('black');
    expect(choices).toEqual(['Leap the desk']);
    expect(runner.choiceLog).toEqual([0]);
  });

  it('refuses a choice that is not on offer', () => {
    const runner = desk();
    runner.next();
    runner.next();
    expect(() => runner.choose(5)).toThrow(/no choice 5/);
  });

  it('comes back to the same line and stage from a snapshot', () => {
    const runner = desk();
    runner.next();
    runner.next();
    runner.choose(0);
    runner.next();
    const snapshot = JSON.parse(JSON.stringify(runner.snapshot()));
    const resumed = desk();
    resumed.restore(snapshot);
    expect(resumed.stage).toEqual(runner.stage);
    expect(resumed.current?.line?.text).toBe('He was over the desk before he had decided to move.');
    expect(resumed.next().line?.text).toBe('The door slid shut.');
    expect(resumed.variable('courage')).toBe(1);
  });

  it('replays a choice log to the same line without announcing the past', () => {
    const runner = desk();
    const heard: string[] = [];
    runner.events.on('lineShown', (e) => heard.push(e.line.text));
    const step = runner.replay([1], 1);
    expect(step?.line?.text).toBe('He kept his hands flat on the paperwork.');
    expect(runner.stage.backdrop).toBe('mission-desk');
    expect(heard).toEqual([]);
    expect(runner.next().line?.text).toBe('The door slid shut.');
    expect(heard).toEqual(['The door slid shut.']);
  });

  it('says plainly when a choice log no longer fits the story', () => {
    expect(() => desk().replay([3], 0)).toThrow(ReplayError);
  });

  it('reports bad tags met at run time with the ink path', () => {
    const runner = new StoryRunner(compileFixture('badtag.ink'));
    const problems: string[] = [];
    runner.events.on('tagProblem', (p) => problems.push(`${p.tag} @ ${p.location}`));
    while (runner.canAdvance) runner.next();
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^backdrop: the-moon @ /);
  });
});

describe('lines', () => {
  it('reads narration, one-word and two-word speakers', () => {
    expect(parseLine('He waited.')).toMatchObject({ speaker: null, text: 'He waited.' });
    expect(parseLine('Kakashi: Maa, maa.')).toMatchObject({ speaker: 'Kakashi', text: 'Maa, maa.' });
    expect(parseLine('A student: Sensei!')).toMatchObject({ speaker: 'A student', text: 'Sensei!' });
  });

  it('gives the same line the same id every time, and different lines different ids', () => {
    expect(parseLine('Kakashi: Yo.').id).toBe(parseLine('Kakashi: Yo.').id);
    expect(parseLine('Kakashi: Yo.').id).not.toBe(parseLine('Iruka: Yo.').id);
  });

  it('shows a close-up with its own line only, and again when a snapshot of that line is restored', () => {
    const runner = new StoryRunner(compileFixture('closeup.ink'));
    expect(runner.next().stage.closeup).toBeNull();
    const wrist = runner.next();
    expect(wrist.line?.text).toBe('Fingers closed round his wrist.');
    expect(wrist.stage.closeup).toBe('wrist');
    const snapshot = runner.snapshot();
    const after = runner.next();
    expect(after.line?.text).toBe('Not hard.');
    expect(after.stage.closeup).toBeNull();
    expect(after.stage.cast.map((c) => c.position)).toEqual(['far-right', 'right']);
    runner.restore(snapshot);
    expect(runner.stage.closeup).toBe('wrist');
  });
});
