// Command line: explore every route through the story and print the path explorer's report.
//   npx tsx src/tools/storyReport.ts [entry.ink] [--json out.json]      (npm run story:report)
// Exits 1 when an ending listed in the entry's README.md is unreachable, or there is a dead end,
// an endless loop, unvisited content, a tag problem or an ink runtime error.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formatDiagnostic } from './inkCompile.ts';
import { exploreStory, formatReport, listedEndings, reportFailures } from './pathExplorer.ts';
import { buildInk } from './vitePluginInk.ts';

const USAGE = 'usage: npx tsx src/tools/storyReport.ts [entry.ink] [--json out.json]';

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
const jsonFlag = args.indexOf('--json');
const jsonOut = jsonFlag >= 0 ? args[jsonFlag + 1] : undefined;
const positional = args.filter((arg, i) => !arg.startsWith('--') && (jsonFlag < 0 || i !== jsonFlag + 1));
if ((jsonFlag >= 0 && !jsonOut) || positional.length > 1) {
  console.error(USAGE);
  process.exit(2);
}
const entry = positional[0] ?? 'ink/main.ink';

const built = buildInk(entry);
for (const d of built.diagnostics) console.error(formatDiagnostic(d));
if (!built.json) {
  console.error(`${entry}: did not compile`);
  process.exit(1);
}

const report = exploreStory(built.json);
console.log(formatReport(report));
if (jsonOut) {
  writeFileSync(jsonOut, JSON.stringify(report, null, 2) + '\n');
  console.log(`Wrote ${jsonOut}.`);
}

const readme = join(dirname(entry), 'README.md');
const expected = existsSync(readme) ? listedEndings(readFileSync(readme, 'utf-8')) : [];
const failures = reportFailures(report, expected);
if (failures.length) {
  console.error(`${failures.length} problem(s):`);
  for (const failure of failures) console.error(`- ${failure}`);
  process.exit(1);
}
console.log(
  `OK: all ${expected.length} endings listed in ${readme} are reachable; no dead ends, unvisited content or tag problems.`,
);
