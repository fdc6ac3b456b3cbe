// `npm run package`: builds the game with Vite and writes release/ultimate-defence-<version>.zip,
// ready to upload to itch.io (or push with butler). Prints the file count and the raw and
// compressed sizes; exits 1, writing nothing, when the build breaks one of itch.io's rules.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, resolveConfig } from 'vite';
import { buildInfo } from './buildInfo.ts';
import { ITCH_LIMITS, formatReport, packageFolder } from './packageZip.ts';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const configFile = resolve(root, 'vite.config.ts');

const { version, commit } = buildInfo();
console.log(`Building ultimate-defence ${version} (${commit})...`);
await build({ root, configFile, logLevel: 'warn' });

const config = await resolveConfig({ root, configFile }, 'build', 'production');
const outDir = resolve(config.root, config.build.outDir);
const zipPath = resolve(root, 'release', `ultimate-defence-${version}.zip`);
// SOURCE_DATE_EPOCH (seconds) stamps the entries, for reproducible zips; otherwise a fixed date.
const epoch = Number(process.env.SOURCE_DATE_EPOCH);
const report = packageFolder(outDir, ITCH_LIMITS, Number.isFinite(epoch) && epoch > 0 ? { mtime: new Date(epoch * 1000) } : {});

console.log(formatReport(report));
if (report.problems.length || !report.zip) {
  rmSync(zipPath, { force: true });
  console.error(`\nNot packaged: ${report.problems.length} problem${report.problems.length === 1 ? '' : 's'}`);
  const SHOWN = 25;
  for (const problem of report.problems.slice(0, SHOWN)) console.error(`  [${problem.rule}] ${problem.message}`);
  if (report.problems.length > SHOWN) console.error(`  ... and ${report.problems.length - SHOWN} more`);
  process.exit(1);
}
mkdirSync(resolve(root, 'release'), { recursive: true });
writeFileSync(zipPath, report.zip);
console.log(`Wrote ${zipPath.slice(root.length + 1)}: upload it to itch.io, or`);
console.log(`  butler push ${zipPath.slice(root.length + 1)} <user>/ultimate-defence:html5 --userversion ${version}`);
