// `npm run package`: builds the game twice and writes the two uploads of an itch.io page:
// - release/ultimate-defence-<version>.zip, the web game (played in the browser on itch.io);
// - release/ultimate-defence-<version>-offline.zip, the download: one index.html that plays when
//   opened from the disk (offlineBuild.ts).
// Prints each zip's file count and raw and compressed sizes; exits 1, writing no zip for a build
// that breaks a rule, and says which file and why.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, resolveConfig, type Rolldown } from 'vite';
import { buildInfo } from './buildInfo.ts';
import { buildOffline } from './offlineBuild.ts';
import { ITCH_LIMITS, formatReport, graphFromBundle, packageFolder, type PackageOptions } from './packageZip.ts';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const configFile = resolve(root, 'vite.config.ts');
const release = resolve(root, 'release');
const shown = (path: string) => path.slice(root.length + 1);

/** Checks `folder` and writes its zip to `zipPath`; false (and no zip) when a rule is broken. */
function writePackage(label: string, folder: string, zipPath: string, options: PackageOptions): boolean {
  // SOURCE_DATE_EPOCH (seconds) stamps the entries, for reproducible zips; otherwise a fixed date.
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  const mtime = Number.isFinite(epoch) && epoch > 0 ? { mtime: new Date(epoch * 1000) } : {};
  const report = packageFolder(folder, ITCH_LIMITS, { ...options, ...mtime });
  console.log(`${label}: ${formatReport(report)}`);
  if (report.problems.length || !report.zip) {
    rmSync(zipPath, { force: true });
    const count = report.problems.length;
    console.error(`\nNot packaged (${label}): ${count} problem${count === 1 ? '' : 's'}`);
    const SHOWN = 25;
    for (const problem of report.problems.slice(0, SHOWN)) console.error(`  [${problem.rule}] ${problem.message}`);
    if (report.problems.length > SHOWN) console.error(`  ... and ${report.problems.length - SHOWN} more`);
    return false;
  }
  mkdirSync(release, { recursive: true });
  writeFileSync(zipPath, report.zip);
  console.log(`  wrote ${shown(zipPath)}`);
  return true;
}

const { version, commit } = buildInfo();
console.log(`Building ultimate-defence ${version} (${commit}) for the web...`);
const built = await build({ root, configFile, logLevel: 'warn' });
const outputs = (Array.isArray(built) ? built : [built]) as Rolldown.RolldownOutput[];
const graph = graphFromBundle(outputs.flatMap((result) => result.output));
const config = await resolveConfig({ root, configFile }, 'build', 'production');
const outDir = resolve(config.root, config.build.outDir);
const web = writePackage('web', outDir, resolve(release, `ultimate-defence-${version}.zip`), { graph });

console.log('Building the offline download (one page, everything inside it)...');
const offlineDir = mkdtempSync(join(tmpdir(), 'ultimate-defence-offline-'));
let offline = false;
try {
  await buildOffline(root, offlineDir);
  const zipPath = resolve(release, `ultimate-defence-${version}-offline.zip`);
  offline = writePackage('offline', offlineDir, zipPath, { singlePage: true });
} finally {
  rmSync(offlineDir, { recursive: true, force: true });
}

if (!web || !offline) process.exit(1);
console.log('\nUpload both to the itch.io page (README, "Publishing on itch.io"), or push them with butler:');
console.log(
  `  butler push release/ultimate-defence-${version}.zip <user>/ultimate-defence:html5 --userversion ${version}`,
);
console.log(
  `  butler push release/ultimate-defence-${version}-offline.zip <user>/ultimate-defence:offline --userversion ${version}`,
);
