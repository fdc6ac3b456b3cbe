import { describe, expect, it } from 'vitest';
import { checkContinuity, counterCaps, formatContinuityProblem } from '../../src/tools/continuity.ts';
import { compileInk } from '../../src/tools/inkCompile.ts';
import { fixturePath } from '../support/ink.ts';

/** Compiles an ink file and checks its continuity facts, paths relative to the repository. */
function check(path: string) {
  const result = compileInk(path);
  if (!result.json) throw new Error(`${path} did not compile: ${JSON.stringify(result.diagnostics)}`);
  return checkContinuity(result.json, result.files, { cwd: fixturePath('..').replace(/\/test\/$/, '') });
}

describe('the continuity check', () => {
  it('finds a fact needed before it is learned on one route out of eight, with its file and line', () => {
    const report = check(fixturePath('continuity/latch.ink'));
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toMatchObject({
      location: 'test/fixtures/continuity/latch.ink:20',
      fact: 'latch',
      line: 'He writes about the latch.',
      route: ['Sleep', 'Stay', 'Write'],
    });
    expect(formatContinuityProblem(report.problems[0])).toContain('latch.ink:20: continuity: needs "latch"');
  });

  it('finds a line that contradicts a fact the route established, and names where it was learned', () => {
    const report = check(fixturePath('continuity/seat.ink'));
    const contradiction = report.problems.find((p) => p.fact === 'seated');
    expect(contradiction).toMatchObject({ location: 'test/fixtures/continuity/seat.ink:7', route: ['Stay', 'Follow'] });
    expect(contradiction?.message).toContain('seat.ink:5');
  });

  it('tells repeated tags in one file apart by their line, and reports a fact no line ever learns', () => {
    const report = check(fixturePath('continuity/seat.ink'));
    const lamp = report.problems
      .filter((p) => p.fact === 'lamp')
      .map((p) => p.location)
      .sort();
    expect(lamp).toEqual(['test/fixtures/continuity/seat.ink:10', 'test/fixtures/continuity/seat.ink:11']);
    expect(report.neverLearned.map((p) => p.location)).toEqual([
      'test/fixtures/continuity/seat.ink:10',
      'test/fixtures/continuity/seat.ink:11',
    ]);
  });

  it('clamps only counters that are never lowered and only compared with whole numbers', () => {
    const result = compileInk(fixturePath('continuity/counters.ink'));
    expect([...counterCaps(result.json!)]).toEqual([['courage', 3]]);
  });

  it('finds no continuity problem on any route of the real story', { timeout: 600_000 }, () => {
    const report = check('ink/main.ink');
    expect(report.factTags).toBeGreaterThan(20);
    expect([...report.neverLearned, ...report.problems].map(formatContinuityProblem)).toEqual([]);
  });
});
