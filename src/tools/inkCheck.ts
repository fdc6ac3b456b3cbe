// Command line: compile ink/main.ink and print every diagnostic as file:line, then check the
// continuity facts over every route (src/tools/continuity.ts); exit 1 on errors or problems.
import { checkContinuity, formatContinuityProblem } from './continuity.ts';
import { compileInk, formatDiagnostic } from './inkCompile.ts';
import { formatMissingRecap, scenesWithoutRecap } from './recapCheck.ts';

const entry = process.argv[2] ?? 'ink/main.ink';
const result = compileInk(entry);
for (const d of result.diagnostics) console.log(formatDiagnostic(d));
const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
// A scene without recap text is a warning: "Previously..." skips it, nothing breaks.
const noRecap = scenesWithoutRecap(result.files);
for (const m of noRecap) console.log(formatMissingRecap(m));
const warnings = result.diagnostics.length - errors + noRecap.length;
console.log(`${entry}: ${result.files.length} files, ${errors} errors, ${warnings} warnings`);
let problems = 0;
if (result.json) {
  const started = Date.now();
  const report = checkContinuity(result.json, result.files);
  const found = [...report.neverLearned, ...report.problems];
  for (const p of found) console.log(formatContinuityProblem(p));
  problems = found.length;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `continuity: ${report.factTags} fact tags, ${problems} problems (${report.statesWalked} states walked in ${seconds} s)`,
  );
}
process.exit(errors || problems ? 1 : 0);
