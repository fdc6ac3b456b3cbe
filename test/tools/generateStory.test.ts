import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { exploreStory } from '../../src/tools/explorer/explore.ts';
import { generateStory, type GeneratedStory } from '../../src/tools/generateStory.ts';
import { compileStory } from '../../src/tools/vitePluginInk.ts';
import { fixturePath } from '../support/ink.ts';

const made: GeneratedStory[] = [];
const generate = (copies: number, entry: string) => {
  const story = generateStory(copies, entry);
  made.push(story);
  return story;
};
afterAll(() => made.forEach((s) => rmSync(s.folder, { recursive: true, force: true })));

describe('a generated story, N copies of ours chained', () => {
  const entry = fixturePath('explorer/generator/main.ink');
  const one = exploreStory(compileStory(entry).json!);

  it('compiles and explores, every copy reached, with N times the states and chapters renumbered', () => {
    const story = generate(3, entry);
    expect(story.files).toHaveLength(1 + 3 * 2);
    const compiled = compileStory(story.entry);
    expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const report = exploreStory(compiled.json!);
    expect(report.deadEnds).toEqual([]);
    expect(report.unvisited).toEqual([]);
    expect(report.exploration.statesExpanded).toBe(3 * one.exploration.statesExpanded);
    expect(report.canonical.chapters).toEqual([1, 2, 3]);
    // Only the last copy ends; the earlier ones return into the next.
    expect(report.endings.map((e) => e.id)).toEqual(['bold', 'quiet']);
    expect(report.routes).toBe(one.routes ** 3);
  });

  it('copies our own story into INCLUDEs that compile, twice over', () => {
    const story = generate(2, 'ink/main.ink');
    const compiled = compileStory(story.entry);
    expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(compiled.files).toHaveLength(1 + 2 * 8);
    expect(compiled.contentHash).toMatch(/^[0-9a-f]{8}$/);
  }, 60_000);

  it('refuses a count that is not a whole number from 1', () => {
    expect(() => generateStory(0, entry)).toThrow(/whole number/);
  });
});
