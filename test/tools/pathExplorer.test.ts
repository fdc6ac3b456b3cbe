import { describe, expect, it } from 'vitest';
import { exploreStory, reportFailures, routeGraph, type StoryReport } from '../../src/tools/pathExplorer.ts';
import { compileFixture } from '../support/ink.ts';

const story = (name: string): string => compileFixture(`explorer/${name}.ink`);
const explore = (name: string): StoryReport => exploreStory(story(name));
const ending = (report: StoryReport, id: string) => report.endings.find((e) => e.id === id);

describe('exploring every route through a story', () => {
  it('counts the routes to each ending and finds the shortest, fewest choices first, then fewest words', () => {
    const report = explore('two-endings');
    expect(report.routes).toBe(5);
    expect(ending(report, 'good-end')).toMatchObject({
      title: 'The Good End',
      routes: 2,
      shortest: ['Go left', 'Open the door'],
    });
    // Two routes of two choices reach the bad end; the right-hand one reads fewer words.
    expect(ending(report, 'bad-end')).toMatchObject({
      title: 'The Bad End',
      routes: 3,
      shortest: ['Go right', 'Wait'],
      shortestWords: 15,
    });
    expect(ending(report, 'bad-end')?.finalLines).toEqual(['The right road is short.', 'You wait.', 'Night falls.']);
    expect(report.deadEnds).toEqual([]);
    expect(report.unvisited).toEqual([]);
  });

  it('measures words and lines per route, and the canonical route of first options', () => {
    const report = explore('two-endings');
    expect(report.words).toEqual({ min: 15, max: 28, mean: 21.8, canonical: 28 });
    expect(report.lines).toEqual({ min: 3, max: 4, mean: 3.6, canonical: 3 });
    expect(report.canonical).toMatchObject({
      choices: ['Go left', 'Open the door'],
      chapters: [1],
      ending: 'good-end',
    });
    expect(report.choicePoints).toEqual({ distinct: 4, canonical: 2 });
    expect(report.distinctLines).toBe(7);
  });

  it('reports a route that stops with no ending as a dead end', () => {
    const report = explore('dead-end');
    expect(report.deadEnds).toEqual([
      { at: 'road', lastLine: 'The road goes nowhere.', routes: 1, shortest: ['Turn back'] },
    ]);
    expect(ending(report, 'garden')?.routes).toBe(1);
    expect(reportFailures(report, ['garden'])).toEqual(['dead end at road (1 route(s))']);
  });

  it('reports knots and stitches no route visits, and an ending no route reaches', () => {
    const report = explore('unreachable');
    expect(report.unvisited).toEqual(['start.unused_stitch', 'orphan']);
    expect(ending(report, 'lost')).toMatchObject({ title: 'The Lost End', routes: 0, shortest: [] });
    expect(reportFailures(report, ['only', 'lost'])).toEqual([
      'ending "lost" is listed but no route reaches it',
      'start.unused_stitch is never visited',
      'orphan is never visited',
    ]);
  });

  it('merges routes that reach the same state: 1024 routes counted from a few dozen states', () => {
    const report = explore('merging');
    expect(report.routes).toBe(1024);
    expect(ending(report, 'pass')?.routes).toBe(638);
    expect(ending(report, 'fail')?.routes).toBe(386);
    // At question n only the score tells routes apart: n states there, 55 in all.
    expect(report.exploration.statesExpanded).toBeLessThanOrEqual(55);
    // `~ score++` is replayed, not run again, for every score.
    expect(report.exploration.continuations).toBeLessThan(2 * report.exploration.statesExpanded);
  });

  it('replays a continuation for like states: adding what `~ x++` adds, setting what `~ x = 0` sets', () => {
    const report = explore('purse');
    expect(report.endings.map((e) => [e.id, e.routes])).toEqual([
      ['rich', 3],
      ['comfortable', 3],
      ['poor', 2],
    ]);
    expect(report.exploration.continuationsReplayed).toBeGreaterThan(0);
  });

  it('does not merge states that differ in a visit count the story reads', () => {
    const report = explore('visit-count');
    expect(ending(report, 'sea')).toMatchObject({ routes: 2, shortest: ['Look at the painting', 'Open it'] });
    expect(ending(report, 'plain')).toMatchObject({ routes: 2, shortest: ['Look out of the window', 'Open it'] });
    expect(report.exploration.countReads).toEqual(['painting']);
  });

  it('offers once-only choices in a loop once each, in any order', () => {
    const report = explore('hub');
    expect(ending(report, 'goodbye')?.routes).toBe(5);
    expect(report.loops).toEqual([]);
    expect(report.graph.nodes.filter((n) => n.kind === 'choice')).toEqual([
      {
        id: 'stand.top',
        kind: 'choice',
        chapter: null,
        choices: ['Ask about the broth', 'Ask about the weather', 'Leave'],
      },
    ]);
  });

  it('stops and reports a loop a reader could go round forever', () => {
    const report = explore('endless');
    expect(report.loops).toEqual([{ node: 'waiting_room.wait', shortest: ['Wait a little longer'] }]);
    expect(ending(report, 'outside')?.routes).toBe(1);
    expect(reportFailures(report, ['outside'])).toEqual(['endless loop at waiting_room.wait']);
  });

  it('reports bad tags, speakers and overlong lines as the game would read them', () => {
    const report = explore('details');
    expect(report.tagProblems).toEqual([
      { tag: 'backdrop: the-moon', message: expect.stringMatching(/unknown backdrop "the-moon"/), location: 'scene' },
    ]);
    expect(report.speakers.map((s) => [s.name, s.lines])).toEqual([
      ['Kakashi', 1],
      ['Then', 1],
    ]);
    expect(report.longLines).toEqual([
      { line: expect.stringMatching(/^The report was three pages long/), length: 281, at: 'scene' },
    ]);
    // No choice at all: one route, straight to the ending.
    expect(report.routes).toBe(1);
    expect(ending(report, 'done')).toMatchObject({ routes: 1, shortest: [] });
    expect(report.graph).toEqual({
      start: 'ending:done',
      nodes: [{ id: 'ending:done', kind: 'ending', chapter: 1, choices: [], title: 'Done' }],
      edges: [],
    });
  });
});

describe('the route graph', () => {
  it('names choice points by their ink path, with chapter and choices, and ends at ending nodes', () => {
    const graph = routeGraph(story('two-endings'));
    expect(graph.start).toBe('crossroads');
    expect(graph.nodes.map((n) => n.id).sort()).toEqual([
      'crossroads',
      'ending:bad-end',
      'ending:good-end',
      'hill',
      'left',
      'right',
    ]);
    expect(graph.nodes.find((n) => n.id === 'hill')).toEqual({
      id: 'hill',
      kind: 'choice',
      chapter: 2,
      choices: ['Knock', 'Leave'],
    });
    expect(graph.nodes.find((n) => n.id === 'ending:good-end')).toMatchObject({
      kind: 'ending',
      title: 'The Good End',
    });
    expect(graph.edges).toHaveLength(8);
    expect(graph.edges).toContainEqual({ from: 'right', choice: 'Run', to: 'hill' });
    expect(graph.edges).toContainEqual({ from: 'hill', choice: 'Leave', to: 'ending:bad-end' });
  });

  it('collapses every state at one choice point into one node', () => {
    const graph = routeGraph(story('merging'));
    expect(graph.nodes.filter((n) => n.kind === 'choice').map((n) => n.id)).toEqual(
      Array.from({ length: 10 }, (_, i) => `quiz.q${i + 1}`),
    );
    expect(
      graph.edges
        .filter((e) => e.from === 'quiz.q10')
        .map((e) => `${e.choice}→${e.to}`)
        .sort(),
    ).toEqual(['No→ending:fail', 'No→ending:pass', 'Yes→ending:fail', 'Yes→ending:pass']);
  });
});
