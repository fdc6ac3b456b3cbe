// exploreStory: runs the explorer over a compiled story and gathers what it found into the report.
import type {
  CanonicalRoute,
  DeadEnd,
  EndingSummary,
  ExploreOptions,
  PlayedRoute,
  SpeakerSummary,
  StoryLoop,
  StoryReport,
} from '../pathExplorer.ts';
import { Explorer } from './Explorer.ts';
import type { Future } from './futures.ts';
import { countWords, InstrumentedStory, lineText } from './InstrumentedStory.ts';
import { playRoute } from './playRoute.ts';
import { namedPath, type StoryMap } from './storyMap.ts';

/** Longest line, in characters of displayed text, that fits the dialogue box comfortably. */
export const LONG_LINE = 240;

/** Explores every route through compiled ink `json` and reports what it found. Pure; takes seconds on the whole story. */
export function exploreStory(json: string, options: ExploreOptions = {}): StoryReport {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const run = new InstrumentedStory(json);
  const map = run.map;
  const explorer = new Explorer(run, options);
  const { total, start } = explorer.fromStart();
  const canonical = playRoute(json, 'first', options.maxDepth ?? 1_000);
  const endings = summariseEndings(json, map, total, explorer.endingTitles);
  const visited = new Set([...run.entered].map((c) => namedPath(c.path.toString())));
  const notes = explorer.notes;
  if (map.usesTurns) notes.push('the story reads TURNS or TURNS_SINCE: turn indices are part of the memo key');
  if (map.usesRandom) {
    notes.push(
      'the story uses RANDOM or shuffles: only the default seed is explored, and the seed is part of the memo key',
    );
  }
  const graph = explorer.graph;
  const choicePoints = [...graph.nodes.values()].filter((n) => n.kind === 'choice').length;
  return {
    endings,
    ...finishes(total),
    unvisited: map.knotsAndStitches.filter((path) => !visited.has(path)),
    knotsAndStitches: map.knotsAndStitches.length,
    ...lengths(total, canonical),
    ...textFigures(run),
    choicePoints: { distinct: choicePoints, canonical: canonical.steps.length },
    tagProblems: [...run.tagProblems.values()],
    runtimeProblems: [...run.runtimeProblems],
    canonical: canonicalRoute(canonical),
    graph: graph.build(start),
    exploration: {
      ...explorer.figures,
      countReads: map.countReads,
      usesTurns: map.usesTurns,
      usesRandom: map.usesRandom,
      notes,
    },
    elapsedMs: performance.now() - started,
    cpuMs: cpuSince(cpuStarted),
  };
}

/** CPU time this process used since `start`, in milliseconds. */
function cpuSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const finite = (n: number): number => (Number.isFinite(n) ? n : 0);

/** Dead ends and loops, from how the routes finish. */
function finishes(total: Future): { deadEnds: DeadEnd[]; loops: StoryLoop[] } {
  const outcomes = [...total.outcomes.entries()];
  const deadEnds = outcomes
    .filter(([key]) => key.startsWith('dead-end:'))
    .map(([key, o]) => ({
      at: key.slice('dead-end:'.length),
      lastLine: o.lastLine ?? null,
      routes: o.routes,
      shortest: o.steps.map((s) => s.text),
    }));
  const loops = outcomes
    .filter(([key]) => key.startsWith('loop:'))
    .map(([key, o]) => ({ node: key.slice('loop:'.length), shortest: o.steps.map((s) => s.text) }));
  return { deadEnds, loops };
}

/** Routes, and words and lines per route. */
function lengths(total: Future, canonical: PlayedRoute): Pick<StoryReport, 'routes' | 'words' | 'lines'> {
  const mean = (sum: number) => (total.routes ? sum / total.routes : 0);
  return {
    routes: total.routes,
    words: {
      min: finite(total.minWords),
      max: finite(total.maxWords),
      mean: mean(total.sumWords),
      canonical: canonical.words,
    },
    lines: {
      min: finite(total.minLines),
      max: finite(total.maxLines),
      mean: mean(total.sumLines),
      canonical: canonical.lines.length,
    },
  };
}

type TextFigures = 'distinctLines' | 'lineLocations' | 'distinctLineWords' | 'vocabulary' | 'longLines' | 'speakers';

/** What the distinct lines met on every route hold: words, vocabulary, long lines, speakers. */
function textFigures(run: InstrumentedStory): Pick<StoryReport, TextFigures> {
  const distinct = [...run.lineFirstSeen.values()];
  const words = distinct.flatMap(({ line }) => line.text.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? []);
  const speakers = new Map<string, SpeakerSummary>();
  for (const { line } of distinct) {
    if (!line.speaker) continue;
    const s = speakers.get(line.speaker) ?? { name: line.speaker, lines: 0, example: lineText(line) };
    s.lines++;
    speakers.set(line.speaker, s);
  }
  return {
    distinctLines: distinct.length,
    lineLocations: distinct.map(({ line, at }) => ({ id: line.id, at })),
    distinctLineWords: distinct.reduce((sum, { line }) => sum + countWords(line.text), 0),
    vocabulary: new Set(words).size,
    longLines: distinct
      .filter(({ line }) => line.text.length > LONG_LINE)
      .map(({ line, at }) => ({ line: lineText(line), length: line.text.length, at })),
    speakers: [...speakers.values()].sort((a, b) => b.lines - a.lines || a.name.localeCompare(b.name)),
  };
}

function canonicalRoute(played: PlayedRoute): CanonicalRoute {
  return {
    choices: played.steps.map((s) => s.text),
    nodes: played.nodes,
    chapters: played.chapters,
    ending: played.ending?.id ?? null,
    words: played.words,
    lines: played.lines.length,
  };
}

/** Endings reached (with their shortest route and final scene) and declared endings no route reaches. */
function summariseEndings(json: string, map: StoryMap, total: Future, titles: Map<string, string>): EndingSummary[] {
  const reached = new Map<string, EndingSummary>();
  for (const [key, o] of total.outcomes) {
    if (!key.startsWith('ending:')) continue;
    const id = key.slice('ending:'.length);
    const replay = playRoute(
      json,
      o.steps.map((s) => s.index),
    );
    reached.set(id, {
      id,
      title: titles.get(id) ?? id,
      routes: o.routes,
      shortest: o.steps.map((s) => s.text),
      shortestSteps: o.steps,
      shortestWords: o.words,
      finalLines: replay.lines.slice(-3).map(lineText),
    });
  }
  const order = [...map.declaredEndings.map((e) => e.id), ...reached.keys()];
  const endings: EndingSummary[] = [];
  for (const id of new Set(order)) {
    const declared = map.declaredEndings.find((e) => e.id === id);
    const unreached = {
      id,
      title: declared?.title ?? id,
      routes: 0,
      shortest: [],
      shortestSteps: [],
      shortestWords: 0,
    };
    endings.push(reached.get(id) ?? { ...unreached, finalLines: [] });
  }
  return endings;
}
