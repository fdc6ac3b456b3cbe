import { describe, expect, it } from 'vitest';
import type { ContinuityProblem } from '../../src/tools/continuity.ts';
import { DevContinuity, overlayError } from '../../src/tools/devContinuity.ts';
import { compileInk } from '../../src/tools/inkCompile.ts';
import { fixturePath } from '../support/ink.ts';

const ROOT = fixturePath('..').replace(/\/test\/$/, '');

/** A dev continuity checker whose terminal lines and overlays are kept for the test to read. */
function recording() {
  const lines: string[] = [];
  const overlays: (readonly ContinuityProblem[])[] = [];
  const checker = new DevContinuity({ log: (l) => lines.push(l), overlay: (p) => overlays.push(p) }, ROOT);
  return { checker, lines, overlays };
}

const compiled = (name: string) => {
  const result = compileInk(fixturePath(name));
  if (!result.json) throw new Error(`${name} did not compile`);
  return result;
};

describe('the continuity check while writing (dev server)', () => {
  it('reports a slip as file:line in the terminal and raises the overlay at that line', async () => {
    const { checker, lines, overlays } = recording();
    const { json, files } = compiled('continuity/latch.ink');
    const problems = await checker.check(json!, files);
    expect(problems?.map((p) => p.location)).toEqual(['test/fixtures/continuity/latch.ink:20']);
    expect(lines.join('\n')).toContain('test/fixtures/continuity/latch.ink:20: continuity: needs "latch"');
    expect(overlays).toHaveLength(1);
    const error = overlayError(overlays[0], ROOT);
    expect(error.loc).toEqual({ file: `${ROOT}/test/fixtures/continuity/latch.ink`, line: 20, column: 1 });
    expect(error.message).toContain('He writes about the latch.');
  }, 60_000);

  it('says nothing but "0 problems" for a story whose facts hold, and never raises the overlay', async () => {
    const { checker, lines, overlays } = recording();
    const { json, files } = compiled('continuity/counters.ink');
    expect(await checker.check(json!, files)).toEqual([]);
    expect(lines).toEqual(['ink continuity: 0 problems']);
    expect(overlays).toEqual([]);
  }, 60_000);

  it('reports only the newest story when a second save arrives while the first is being checked', async () => {
    const { checker, overlays } = recording();
    const slip = compiled('continuity/latch.ink');
    const clean = compiled('continuity/counters.ink');
    const first = checker.check(slip.json!, slip.files);
    const second = checker.check(clean.json!, clean.files);
    expect(await first).toBeNull();
    expect(await second).toEqual([]);
    expect(overlays).toEqual([]);
  }, 60_000);
});
