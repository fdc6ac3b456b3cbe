// The report: what a build fails on, and the Markdown a writer reads.
import type { StoryReport } from '../pathExplorer.ts';
import { LONG_LINE } from './explore.ts';

/** Ending ids listed in the `## Endings` table of ink/README.md (rows starting with a `code` id). */
export function listedEndings(readme: string): string[] {
  const section = readme.split(/^## /m).find((part) => /^Endings\b/.test(part)) ?? '';
  return [...section.matchAll(/^\|\s*`([a-z0-9-]+)`\s*\|/gm)].map((m) => m[1]);
}

/** Why the report should fail a build: unreachable listed endings, dead ends, unvisited content, tag problems. */
export function reportFailures(report: StoryReport, expectedEndings: readonly string[]): string[] {
  const failures: string[] = [];
  for (const id of expectedEndings) {
    if (!report.endings.some((e) => e.id === id && e.routes > 0))
      failures.push(`ending "${id}" is listed but no route reaches it`);
  }
  for (const d of report.deadEnds) failures.push(`dead end at ${d.at} (${d.routes} route(s))`);
  for (const l of report.loops) failures.push(`endless loop at ${l.node}`);
  for (const path of report.unvisited) failures.push(`${path} is never visited`);
  for (const p of report.tagProblems) failures.push(`tag "# ${p.tag}" at ${p.location}: ${p.message}`);
  for (const p of report.runtimeProblems) failures.push(`ink runtime: ${p}`);
  if (!report.exploration.complete) {
    failures.push('the exploration stopped early: ' + report.exploration.notes.join('; '));
  }
  return failures;
}

const round = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1));
const route = (choices: readonly string[]): string =>
  choices.length ? choices.map((c) => `“${c}”`).join(' → ') : '(no choices)';
/** Text safe inside a Markdown table cell. */
const cell = (text: string): string => text.replace(/\|/g, '\\|');

/** A `## title` section listing `items`, or saying "None." */
const problems = (out: string[], title: string, items: string[]): void => {
  out.push(`## ${title}`, '', ...(items.length ? items.map((i) => `- ${i}`) : ['None.']), '');
};

/** The report as Markdown, for a terminal or a pull request. */
export function formatReport(report: StoryReport): string {
  const out: string[] = [];
  const x = report.exploration;
  out.push('# Story report', '');
  out.push(
    `Explored ${report.routes} routes through ${x.statesExpanded} distinct states at choice points ` +
      `(${x.memoHits} found again in the memo; ${x.continuations} continuations run, ` +
      `${x.continuationsReplayed} replayed) ` +
      `in ${(report.elapsedMs / 1000).toFixed(2)} s (${(report.cpuMs / 1000).toFixed(2)} s of CPU).`,
  );
  for (const note of x.notes) out.push(`- Note: ${note}`);
  out.push('');
  formatEndings(out, report);
  formatProblems(out, report);
  formatLength(out, report);
  problems(
    out,
    `Lines longer than ${LONG_LINE} characters`,
    report.longLines.map((l) => `${l.length} chars at \`${l.at}\`: ${l.line}`),
  );
  problems(
    out,
    'Speakers',
    report.speakers.map((s) => `${s.name}: ${s.lines} lines (e.g. “${s.example}”)`),
  );
  out.push('## Choice points', '');
  for (const node of report.graph.nodes.filter((n) => n.kind === 'choice')) {
    out.push(`- \`${node.id}\` (chapter ${node.chapter ?? '?'}): ${node.choices.map((c) => `“${c}”`).join(', ')}`);
  }
  out.push('');
  out.push(`Visit counts the ink reads by name: ${x.countReads.map((p) => `\`${p}\``).join(', ') || 'none'}.`);
  return out.join('\n') + '\n';
}

function formatEndings(out: string[], report: StoryReport): void {
  out.push('## Endings', '', '| id | title | routes | choices | shortest route |', '|---|---|---|---|---|');
  for (const e of report.endings) {
    const shortest = e.routes ? cell(route(e.shortest)) : '**unreachable**';
    const choices = e.routes ? e.shortest.length : '—';
    out.push(`| \`${e.id}\` | ${cell(e.title)} | ${e.routes} | ${choices} | ${shortest} |`);
  }
  out.push('');
}

function formatProblems(out: string[], report: StoryReport): void {
  const deadEnds = report.deadEnds.map(
    (d) => `\`${d.at}\` after “${d.lastLine ?? ''}” (${d.routes} routes; shortest: ${route(d.shortest)})`,
  );
  problems(out, 'Dead ends', deadEnds);
  if (report.loops.length) {
    problems(
      out,
      'Endless loops',
      report.loops.map((l) => `\`${l.node}\` (reached by ${route(l.shortest)})`),
    );
  }
  const unvisited = report.unvisited.map((p) => `\`${p}\``);
  problems(out, `Knots and stitches never visited (of ${report.knotsAndStitches})`, unvisited);
  problems(
    out,
    'Tag problems',
    report.tagProblems.map((p) => `\`# ${p.tag}\` at \`${p.location}\`: ${p.message}`),
  );
  if (report.runtimeProblems.length) problems(out, 'Ink runtime problems', report.runtimeProblems);
}

function formatLength(out: string[], report: StoryReport): void {
  const { words, lines, canonical } = report;
  out.push('## Length', '', '| per route | min | max | mean | canonical |', '|---|---|---|---|---|');
  out.push(`| words | ${words.min} | ${words.max} | ${round(words.mean)} | ${words.canonical} |`);
  out.push(`| lines | ${lines.min} | ${lines.max} | ${round(lines.mean)} | ${lines.canonical} |`);
  out.push('');
  out.push(
    `- ${report.distinctLines} distinct lines, ${report.distinctLineWords} words in them, ` +
      `${report.vocabulary} distinct word forms.`,
  );
  out.push(
    `- ${report.choicePoints.distinct} distinct choice points; ${report.choicePoints.canonical} on the canonical route.`,
  );
  out.push(
    `- Canonical route (always the first option): chapters ${canonical.chapters.join(', ') || 'none'}, ` +
      `ends in ${canonical.ending ? `\`${canonical.ending}\`` : 'no ending'}.`,
  );
  out.push('');
}
