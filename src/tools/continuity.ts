// Node-only: the continuity check. Walks every route of a compiled story with inkjs, keeping the
// facts a reader has been told (`# learns: latch`), and reports every line that depends on a fact
// (`# needs: latch`, or `# needs: !seated` for one that must not be known) on a route where it
// does not hold, as file:line. The grammar is documented in ink/README.md ("Continuity facts").
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { Story } from 'inkjs';
import type { ChoicePoint } from 'inkjs/engine/ChoicePoint';
import type { Divert } from 'inkjs/engine/Divert';
import type { Container } from 'inkjs/engine/Container';
import type { InkObject } from 'inkjs/engine/Object';
import type { VariableReference } from 'inkjs/engine/VariableReference';
import { findSourceTags, parseTag, type FactVerb } from '../story/directives.ts';

/** A fact tag as written in an ink file. */
export interface FactTag {
  verb: FactVerb;
  fact: string;
  /** False for `needs: !fact` (the fact must not be known). */
  known: boolean;
  /** Absolute path of the ink file. */
  file: string;
  /** 1-based line. */
  line: number;
  /** The knot the tag is written in (`''` before the first knot). */
  knot: string;
  /** The words of the line the tag belongs to, markup stripped, to tell repeated tags apart. */
  text: string;
}

/** A line whose fact does not hold on at least one route. */
export interface ContinuityProblem {
  /** `file:line` (relative to the working directory) of the `needs` tag, or of every candidate. */
  location: string;
  fact: string;
  /** What is wrong, in words a writer can act on. */
  message: string;
  /** The line as the reader sees it. */
  line: string;
  /** A route on which it happens, as choice texts. */
  route: string[];
}

/** What the check found, and how much walking it took. */
export interface ContinuityReport {
  problems: ContinuityProblem[];
  /** Facts needed somewhere but learned nowhere (usually a misspelt name), with the needing lines. */
  neverLearned: ContinuityProblem[];
  /** Distinct (story state, facts known) pairs met at choice points, each walked once. */
  statesWalked: number;
  /** Times such a pair was met again and its walk skipped. */
  memoHits: number;
  /** Fact tags found in the source. */
  factTags: number;
}

/** Limits that keep a runaway story from running forever. */
export interface ContinuityOptions {
  /** Stop after this many distinct states (default 200 000). */
  maxStates?: number;
  /** Paths in messages are made relative to this folder (default: the working directory). */
  cwd?: string;
}

/** Every fact tag in the given ink files, with its file, line, knot and line text. */
export function indexFactTags(files: readonly string[]): FactTag[] {
  const index: FactTag[] = [];
  for (const file of files) {
    const source = readFileSync(file, 'utf-8');
    const lines = source.split(/\r?\n/);
    const knots = knotsByLine(lines);
    for (const { tag, line } of findSourceTags(source)) {
      const parsed = parseTag(tag);
      if (!parsed.ok || parsed.directive.kind !== 'fact') continue;
      const { verb, fact, known } = parsed.directive;
      index.push({ verb, fact, known, file, line, knot: knots[line - 1], text: lineText(lines, line - 1) });
    }
  }
  return index;
}

/** The knot in force on each line of an ink file. */
function knotsByLine(lines: readonly string[]): string[] {
  let knot = '';
  return lines.map((text) => {
    const header = /^\s*={2,}\s*(?:function\s+)?([A-Za-z_][\w]*)/.exec(text);
    if (header) knot = header[1];
    return knot;
  });
}

/** The displayable words of source line `i` (or of the next line, when `i` holds only tags). */
function lineText(lines: readonly string[], i: number): string {
  for (let j = i; j < lines.length && j < i + 3; j++) {
    const code = lines[j].replace(/\/\/.*$/, '');
    const words = code
      .split('#')[0]
      .replace(/^\s*[*+-]+\s*(\([^)]*\)\s*)?/, '')
      .replace(/->.*$/, '')
      .trim();
    if (words) return words;
  }
  return '';
}

const normalise = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** How well a source line's text matches the line shown: the length of its longest fragment found there. */
function matchScore(source: string, shown: string): number {
  const seen = normalise(shown);
  let best = 0;
  for (const part of source.split(/[{}|<>[\]:]/)) {
    const fragment = normalise(part);
    if (fragment.length >= 6 && fragment.length > best && seen.includes(fragment)) best = fragment.length;
  }
  return best;
}

/** The source tags that can have produced a fact met at run time in `knot`, on the line `shown`. */
function locate(index: readonly FactTag[], raw: string, knot: string, shown: string): FactTag[] {
  const same = index.filter((t) => `${t.verb}: ${t.known ? '' : '!'}${t.fact}` === raw);
  if (same.length <= 1) return same;
  const inKnot = same.filter((t) => t.knot === knot);
  const pool = inKnot.length ? inKnot : same;
  const scored = pool.map((t) => ({ t, score: matchScore(t.text, shown) }));
  const best = Math.max(...scored.map((s) => s.score));
  return best > 0 ? scored.filter((s) => s.score === best).map((s) => s.t) : pool;
}

const isContainer = (o: InkObject): o is Container => 'namedContent' in o && 'content' in o;
const isChoicePoint = (o: InkObject): o is ChoicePoint => 'pathOnChoice' in o && 'onceOnly' in o;
const isVariableReference = (o: InkObject): o is VariableReference => 'pathForCount' in o;
const isDivert = (o: InkObject): o is Divert => 'targetPointer' in o && 'variableDivertName' in o;
const NEEDS = /^\s*needs:\s*!?([a-z][a-z0-9_]*)\s*$/;

/** The fact a piece of tag text (`needs: latch`) depends on, if it is one. */
function neededFact(o: InkObject): string | null {
  const text = (o as { value?: unknown; text?: unknown }).value ?? (o as { text?: unknown }).text;
  return typeof text === 'string' ? (NEEDS.exec(text)?.[1] ?? null) : null;
}

/**
 * What each part of the story reads, and where it can go. A unit is a container entered only by a
 * divert (knot, stitch, choice body): the story never falls into one, so the units reachable from
 * a state are those its diverts, tunnels, calls and choices lead to, from the state's own units.
 * A global or a visit count no reachable unit reads cannot change what happens next, so the memo
 * key leaves it out (`Liveness.live`). A once-only choice reads its target's count where it is offered;
 * a `needs` tag reads its fact, so a fact no reachable line needs is left out of the key as well.
 */
class Liveness {
  private readonly reads = new Map<string, Set<string>>();
  private readonly edges = new Map<string, Set<string>>();
  private readonly closures = new Map<string, Set<string>>();
  /** Units reached by a divert to a variable: any unit may follow. */
  private anywhere = false;

  constructor(story: Story) {
    this.unit(story.mainContentContainer, '');
  }

  private unit(container: Container, parentUnit: string | null): void {
    const id = parentUnit === null ? container.path.toString() : container.path.toString() || parentUnit;
    if (!this.reads.has(id)) {
      this.reads.set(id, new Set());
      this.edges.set(id, new Set());
    }
    this.scan(container, id);
  }

  private scan(container: Container, id: string): void {
    const reads = this.reads.get(id)!;
    const edges = this.edges.get(id)!;
    for (const item of container.content) {
      if (isContainer(item)) this.scan(item, id);
      else if (isVariableReference(item)) {
        if (item.pathForCount && item.containerForCount) reads.add('cnt:' + item.containerForCount.path.toString());
        else if (item.name) reads.add('var:' + item.name);
      } else if (neededFact(item)) {
        reads.add('fact:' + neededFact(item));
      } else if (isDivert(item)) {
        if (item.variableDivertName) this.anywhere = true;
        else if (item.targetPointer.container) edges.add(item.targetPointer.container.path.toString());
      } else if (isChoicePoint(item) && item.choiceTarget) {
        const target = item.choiceTarget.path.toString();
        edges.add(target);
        if (item.onceOnly) reads.add('cnt:' + target);
      }
    }
    for (const [, named] of container.namedOnlyContent ?? new Map<string, InkObject>()) {
      if (isContainer(named)) this.unit(named, null);
    }
  }

  /** The unit a path lies in: its longest prefix that is a unit. */
  unitOf(path: string): string {
    const parts = path.split('.');
    while (parts.length && !this.reads.has(parts.join('.'))) parts.pop();
    return parts.join('.');
  }

  private closure(start: string): Set<string> {
    const known = this.closures.get(start);
    if (known) return known;
    const seen = new Set<string>([start]);
    const queue = [start];
    while (queue.length) {
      for (const next of this.edges.get(queue.pop()!) ?? []) {
        const unit = this.unitOf(next);
        if (!seen.has(unit)) {
          seen.add(unit);
          queue.push(unit);
        }
      }
    }
    this.closures.set(start, seen);
    return seen;
  }

  /** Every read (`var:name`, `cnt:path`) some route from these paths can still make; null: any. */
  live(paths: Iterable<string>): Set<string> | null {
    if (this.anywhere) return null;
    const live = new Set<string>();
    for (const path of paths) {
      for (const unit of this.closure(this.unitOf(path))) for (const read of this.reads.get(unit) ?? []) live.add(read);
    }
    return live;
  }
}

const COMPARISONS: Record<string, (c: number) => number> = {
  '>=': (c) => c,
  '<': (c) => c,
  '>': (c) => c + 1,
  '<=': (c) => c + 1,
  '==': (c) => c + 1,
  '!=': (c) => c + 1,
};

const readOf = (item: unknown): string | null =>
  item && typeof item === 'object' && typeof (item as Record<string, unknown>)['VAR?'] === 'string'
    ? (item as Record<string, string>)['VAR?']
    : null;
const writeOf = (item: unknown): { name: string; re: boolean } | null => {
  const record = item && typeof item === 'object' ? (item as Record<string, unknown>) : null;
  return record && typeof record['VAR='] === 'string' ? { name: record['VAR='], re: record.re === true } : null;
};

/**
 * Counters and the value above which they all behave alike. A global qualifies when the story
 * only ever adds a positive whole number to it (`~ x++`, `~ x += 2`) and only compares it with
 * whole numbers (`x >= 2`): it can never come back down, so once it reaches the highest value
 * any comparison tells apart, every larger value takes the same branches forever. The memo key
 * holds such a counter clamped to that value; any other global is kept exactly.
 */
export function counterCaps(json: string): Map<string, number> {
  const caps = new Map<string, number>();
  const exact = new Set<string>();
  const scan = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        const read = readOf(item);
        const write = writeOf(item);
        if (read) {
          const [amount, op, next] = value.slice(i + 1, i + 4) as unknown[];
          const compare = typeof op === 'string' ? COMPARISONS[op] : undefined;
          if (Number.isInteger(amount) && compare)
            caps.set(read, Math.max(caps.get(read) ?? 0, compare(amount as number)));
          else if (!(Number.isInteger(amount) && (amount as number) > 0 && op === '+' && writeOf(next)?.name === read))
            exact.add(read);
        } else if (write?.re && readOf(value[i - 3]) !== write.name) exact.add(write.name);
        else if (!write) scan(item);
      });
    } else if (value && typeof value === 'object') {
      for (const v of Object.values(value)) if (typeof v === 'object') scan(v);
    }
  };
  scan(JSON.parse(json));
  for (const name of exact) caps.delete(name);
  return caps;
}

/** Renames thread numbers in order of first appearance: they are only names, and differ between like routes. */
function renumberThreads(key: string): string {
  const names = new Map<string, number>();
  const rename = (n: string) => {
    if (!names.has(n)) names.set(n, names.size);
    return names.get(n)!;
  };
  return key.replace(
    /"(threadIndex|originalThreadIndex|threadCounter)":(\d+)|"(\d+)":\{"callstack"/g,
    (_whole, field, n, keyN) => (field ? `"${field}":${rename(n)}` : `"${rename(keyN)}":{"callstack"`),
  );
}

/** Facts known at a point of a route: name → where it was learned. */
type Known = Map<string, string>;

interface SavedState {
  flows: Record<string, { outputStream?: unknown }>;
  variablesState: Record<string, unknown>;
  visitCounts: Record<string, number>;
  [key: string]: unknown;
}

/** Walks every route once per distinct (state, facts) pair, collecting problems. */
class Walker {
  private readonly seen = new Set<string>();
  private readonly liveness: Liveness;
  private readonly usesTurns: boolean;
  private readonly usesRandom: boolean;
  private readonly caps: Map<string, number>;
  readonly problems = new Map<string, ContinuityProblem>();
  memoHits = 0;

  constructor(
    private readonly story: Story,
    private readonly index: readonly FactTag[],
    json: string,
    private readonly maxStates: number,
    private readonly cwd: string,
  ) {
    this.liveness = new Liveness(story);
    this.usesTurns = /"turns?"/.test(json);
    this.usesRandom = /"(rnd|srnd|seq|lrnd)"/.test(json);
    this.caps = counterCaps(json);
  }

  get statesWalked(): number {
    return this.seen.size;
  }

  /** Reads on from where the story stands, then tries every choice in turn. */
  walk(known: Known, route: string[]): void {
    const story = this.story;
    while (story.canContinue) {
      const path = story.state.currentPathString ?? '';
      const shown = (story.Continue() ?? '').trim();
      this.applyTags(story.currentTags ?? [], path.split('.')[0], shown, known, route);
    }
    const choices = story.currentChoices.map((c) => c.text);
    if (!choices.length || this.seen.size >= this.maxStates) return;
    const saved = story.state.ToJson();
    const key = this.memoKey(saved, known);
    if (this.seen.has(key)) {
      this.memoHits++;
      return;
    }
    this.seen.add(key);
    choices.forEach((text, i) => {
      if (i > 0) story.state.LoadJson(saved);
      story.ChooseChoiceIndex(i);
      this.walk(new Map(known), [...route, text]);
    });
  }

  /** Checks a line's `needs` against what is known before it, then applies its `learns`/`forgets`. */
  private applyTags(tags: readonly string[], knot: string, shown: string, known: Known, route: string[]): void {
    const facts = tags.map((tag) => ({ raw: tag.trim(), parsed: parseTag(tag) }));
    for (const { raw, parsed } of facts) {
      if (!parsed.ok || parsed.directive.kind !== 'fact' || parsed.directive.verb !== 'needs') continue;
      const { fact, known: wanted } = parsed.directive;
      if (known.has(fact) === wanted) continue;
      const where = this.where(raw, knot, shown);
      const message = wanted
        ? `needs "${fact}", which this route has not established`
        : `needs "${fact}" not to be known, but this route established it at ${known.get(fact)}`;
      if (!this.problems.has(where + raw))
        this.problems.set(where + raw, { location: where, fact, message, line: shown, route });
    }
    for (const { raw, parsed } of facts) {
      if (!parsed.ok || parsed.directive.kind !== 'fact') continue;
      const { verb, fact } = parsed.directive;
      if (verb === 'learns' && !known.has(fact)) known.set(fact, this.where(raw, knot, shown));
      if (verb === 'forgets') known.delete(fact);
    }
  }

  private where(raw: string, knot: string, shown: string): string {
    const found = locate(this.index, raw, knot, shown);
    if (!found.length) return `${knot || 'story'} (tag "# ${raw}" not found in the source)`;
    return found.map((t) => `${relative(this.cwd, t.file)}:${t.line}`).join(' or ');
  }

  /**
   * The state with everything that cannot change what happens next left out (globals and visit
   * counts no reachable unit reads, the output stream, thread numbers, turns and the seed when
   * unused), counters clamped (`counterCaps`), and the facts known.
   */
  private memoKey(saved: string, known: Known): string {
    const state = JSON.parse(saved) as SavedState;
    const flows = JSON.stringify(state.flows);
    const here = [...flows.matchAll(/"(?:cPath|targetPath)":"([^"]+)"/g)].map((m) => m[1]);
    const live = this.liveness.live(here);
    const visits: Record<string, number> = {};
    for (const [path, count] of Object.entries(state.visitCounts))
      if (!live || live.has('cnt:' + path)) visits[path] = count;
    state.visitCounts = visits;
    for (const name of Object.keys(state.variablesState)) {
      const value = state.variablesState[name];
      const cap = this.caps.get(name);
      if (live && !live.has('var:' + name)) delete state.variablesState[name];
      else if (cap !== undefined && typeof value === 'number' && value > cap) state.variablesState[name] = cap;
    }
    // inkjs clears the output stream at the start of every Continue.
    for (const flow of Object.values(state.flows)) delete flow.outputStream;
    if (!this.usesTurns) {
      delete state.turnIndices;
      delete state.turnIdx;
    }
    if (!this.usesRandom) {
      delete state.storySeed;
      delete state.previousRandom;
    }
    const facts = [...known.keys()].filter((fact) => !live || live.has('fact:' + fact));
    return renumberThreads(JSON.stringify(state)) + '\u0000' + facts.sort().join(',');
  }
}

/**
 * Checks the continuity facts of the compiled story `json` over every route. `files` are the ink
 * sources it was compiled from (the entry and its INCLUDEs), read to place each problem at file:line.
 */
export function checkContinuity(
  json: string,
  files: readonly string[],
  options: ContinuityOptions = {},
): ContinuityReport {
  const cwd = options.cwd ?? process.cwd();
  const index = indexFactTags(files);
  const story = new Story(json);
  const walker = new Walker(story, index, json, options.maxStates ?? 200_000, cwd);
  walker.walk(new Map(), []);

  const learned = new Set(index.filter((t) => t.verb === 'learns').map((t) => t.fact));
  const neverLearned = index
    .filter((t) => t.verb === 'needs' && t.known && !learned.has(t.fact))
    .map((t) => ({
      location: `${relative(cwd, t.file)}:${t.line}`,
      fact: t.fact,
      message: `needs "${t.fact}", which no line anywhere learns (misspelt?)`,
      line: t.text,
      route: [],
    }));
  return {
    problems: [...walker.problems.values()],
    neverLearned,
    statesWalked: walker.statesWalked,
    memoHits: walker.memoHits,
    factTags: index.length,
  };
}

/** One problem as `file:line: message`, with the line and a route that shows it. */
export function formatContinuityProblem(problem: ContinuityProblem): string {
  const route = problem.route.length ? `\n    on the route: ${problem.route.map((c) => `"${c}"`).join(' → ')}` : '';
  return `${problem.location}: continuity: ${problem.message}\n    line: ${problem.line}${route}`;
}
