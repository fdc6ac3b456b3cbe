import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { StoryRunner, type Step } from '../../src/story/StoryRunner.ts';
import { replayData, type ReplayData, type ReplayNode } from '../../src/tools/replayData.ts';
import { buildInk } from '../../src/tools/vitePluginInk.ts';
import { compileFixture } from '../support/ink.ts';

const json = compileFixture('replay/two-chapters.ink');
const data = replayData(json);
const node = (d: ReplayData, id: string) => d.graph.nodes.find((n) => n.id === id)!;

/** Plays `node.route` then `node.steps` lines, as the game does to start from a node; returns the runner there. */
function startFrom(story: string, n: Pick<ReplayNode, 'route' | 'steps'>): StoryRunner {
  const runner = new StoryRunner(story);
  runner.replay(n.route, n.steps);
  return runner;
}

/** Problems with any node whose route and steps do not land on it; empty when all do. */
function nodesMissed(story: string, d: ReplayData): string[] {
  return d.graph.nodes.flatMap((n) => {
    const runner = startFrom(story, n);
    const step = runner.current;
    if (n.kind === 'ending') {
      const ending = step?.directives.find((x) => x.kind === 'ending');
      return ending && `ending:${ending.id}` === n.id ? [] : [`${n.id}: landed on ${JSON.stringify(step?.line)}`];
    }
    const offered = runner.choiceSources();
    const fits = step?.choices.length && offered.length && offered.every((s) => n.sources.includes(s));
    // And no other node claims those sources.
    const claimed = d.graph.nodes.filter((other) => offered.some((s) => other.sources.includes(s))).map((o) => o.id);
    return fits && claimed.length === 1
      ? []
      : [`${n.id}: offered ${offered.join(', ') || 'nothing'} (claimed by ${claimed.join(', ')})`];
  });
}

describe('replay data from a small story', () => {
  it('has the route graph: choice points, endings and the edges between them', () => {
    expect(data.graph.start).toBe('gate');
    expect(data.graph.nodes.map((n) => n.id).sort()).toEqual([
      'ending:bad-end',
      'ending:good-end',
      'gate',
      'gate.lane',
      'hill',
    ]);
    expect(node(data, 'hill')).toMatchObject({
      kind: 'choice',
      chapter: 2,
      label: 'Hill',
      choices: ['Climb', 'Call out', 'Turn back'],
    });
    expect(node(data, 'ending:good-end')).toMatchObject({ kind: 'ending', label: 'The Good End' });
    expect(data.graph.edges).toHaveLength(7);
    expect(data.graph.edges).toContainEqual({ from: 'gate', choice: 'Wait', to: 'gate.lane' });
    expect(data.graph.edges).toContainEqual({ from: 'hill', choice: 'Call out', to: 'ending:good-end' });
  });

  it("lists every choice's ink source at a node, including one offered only in some states", () => {
    const hill = node(data, 'hill');
    expect(hill.sources).toHaveLength(3);
    expect(hill.sources.every((s) => s.startsWith('hill.'))).toBe(true);
    expect(node(data, 'gate').sources).toHaveLength(2);
    expect(node(data, 'ending:bad-end').sources).toEqual([]);
    // Without knocking, "Call out" is not offered: what is offered is still found among the node's sources.
    const runner = startFrom(json, { route: [1, 0], steps: 2 });
    expect(runner.current?.choices.map((c) => c.text)).toEqual(['Climb', 'Turn back']);
    expect(runner.choiceSources().every((s) => hill.sources.includes(s))).toBe(true);
  });

  it('gives each node a shortest route that lands on it, first options preferred', () => {
    expect(node(data, 'gate')).toMatchObject({ route: [], steps: 2 });
    expect(node(data, 'hill').route).toEqual([0]);
    expect(node(data, 'gate.lane').route).toEqual([1]);
    expect(node(data, 'ending:good-end').route).toEqual([0, 0]);
    expect(node(data, 'ending:bad-end').route).toHaveLength(2);
    expect(nodesMissed(json, data)).toEqual([]);
  });

  it('lays the map out in columns by chapter, then the endings, with rows stacked in story order', () => {
    expect(data.graph.columns).toEqual([
      { kind: 'chapter', chapter: 1, title: 'The Gate' },
      { kind: 'chapter', chapter: 2, title: 'The Hill' },
      { kind: 'endings', chapter: null, title: 'Endings' },
    ]);
    expect(Object.fromEntries(data.graph.nodes.map((n) => [n.id, n.layout]))).toEqual({
      gate: { column: 0, row: 0 },
      'gate.lane': { column: 0, row: 1 },
      hill: { column: 1, row: 0 },
      'ending:good-end': { column: 2, row: 0 },
      'ending:bad-end': { column: 2, row: 1 },
    });
  });

  it("starts each chapter on the canonical route, landing on the chapter's first line", () => {
    expect(data.chapters).toEqual([
      { number: 1, title: 'The Gate', route: [], steps: 1 },
      { number: 2, title: 'The Hill', route: [0], steps: 2 },
    ]);
    for (const chapter of data.chapters) {
      const step = startFrom(json, chapter).current;
      expect(step?.directives).toContainEqual({ kind: 'chapter', number: chapter.number, title: chapter.title });
    }
    expect(startFrom(json, data.chapters[1]).current?.line?.text).toBe('The hill was steep.');
  });

  it('reads each ending with the hint written beside it, before or after its tag, and the picture of its last scene', () => {
    expect(data.endings).toEqual([
      { id: 'good-end', title: 'The Good End', hint: 'Keep going up.', backdrop: 'ichiraku-night' },
      {
        id: 'bad-end',
        title: 'The Bad End',
        hint: 'Sometimes the way down is the answer.',
        backdrop: 'village-rooftops',
      },
    ]);
  });

  it('counts the distinct lines of the whole story, a line on two routes once', () => {
    // Every route, walked with the game's own runner.
    const ids = new Set<string>();
    const walk = (route: number[]) => {
      const runner = new StoryRunner(json);
      runner.replay(route, 0);
      const seen = (step: Step | null) => step?.line && ids.add(step.line.id);
      seen(runner.current);
      while (runner.canAdvance) seen(runner.next());
      runner.current?.choices.forEach((c) => walk([...route, c.index]));
    };
    walk([]);
    expect(ids.size).toBe(11);
    expect(data.totalLines).toBe(ids.size);
  });

  it('is plain data that survives JSON, as the virtual module ships it', () => {
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });
});

describe('replay data from the real story', () => {
  let story: string;
  let real: ReplayData;

  beforeAll(() => {
    const built = buildInk(fileURLToPath(new URL('../../ink/main.ink', import.meta.url)));
    if (!built.json) throw new Error(`ink/main.ink did not build: ${JSON.stringify(built.diagnostics)}`);
    story = built.json;
    real = replayData(story);
  }, 120_000);

  it("lands on every node of the route map by replaying that node's route", () => {
    expect(real.graph.nodes.filter((n) => n.kind === 'choice').length).toBeGreaterThanOrEqual(13);
    expect(nodesMissed(story, real)).toEqual([]);
  });

  it('has six endings, each with a hint', () => {
    expect(real.endings).toHaveLength(6);
    expect(real.endings.filter((e) => !e.hint.trim()).map((e) => e.id)).toEqual([]);
  });

  it('has seven chapters, each landing on its first line', () => {
    expect(real.chapters.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    for (const chapter of real.chapters) {
      expect(
        startFrom(story, chapter).current?.directives.some((d) => d.kind === 'chapter' && d.number === chapter.number),
      ).toBe(true);
    }
  });

  it('counts the lines a reader can see', () => {
    expect(real.totalLines).toBeGreaterThan(500);
  });

  it('knows the opening scene, whose art loads while the title is shown', () => {
    expect(real.opening).toEqual(new StoryRunner(story).next().stage);
    expect(real.opening.backdrop).toBe('mission-desk');
  });

  it('knows the first line and its chapter, which Begin shows before the game has loaded', () => {
    const first = new StoryRunner(story).next();
    expect(real.openingLine).toEqual(first.line);
    expect(real.openingLine?.text).toMatch(/^There was ink dried in the creases/);
    expect(real.openingChapter).toEqual({ number: 1, title: 'The Mission Desk' });
  });
});
