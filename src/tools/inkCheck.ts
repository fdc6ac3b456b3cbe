// Command line: compile ink/main.ink and print every diagnostic as file:line; exit 1 on errors.
import { compileInk, formatDiagnostic } from './inkCompile.ts';

const entry = process.argv[2] ?? 'ink/main.ink';
const result = compileInk(entry);
for (const d of result.diagnostics) console.log(formatDiagnostic(d));
const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
console.log(`${entry}: ${result.files.length} files, ${errors} errors, ${result.diagnostics.length - errors} warnings`);
process.exit(errors ? 1 : 0);
