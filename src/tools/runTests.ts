// `npm test`: every check a change must pass, ending with one line of totals, "N passed, N failed".
// Installs Debian's Chromium when it is missing and we are root; otherwise says what to install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { chromiumPath } from '../../test/browser/support/browser.ts';

/** Makes sure the browser tests have a Chromium; returns false (with a message) when it cannot. */
function ensureChromium(): boolean {
  try {
    chromiumPath();
    return true;
  } catch {
    if (process.getuid?.() !== 0) {
      console.error(
        'Chromium is missing. Install it with: sudo apt-get update && sudo apt-get install -y chromium\n(or set CHROMIUM_PATH to a Chromium or Chrome binary)',
      );
      return false;
    }
    console.log('Installing Chromium (apt-get install chromium)...');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    return existsSync(chromiumPath());
  }
}

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}

let passed = 0;
let failed = 0;

const typecheck = spawnSync('npx', ['tsc', '--noEmit', '-p', '.'], { stdio: 'inherit' });
if (typecheck.status === 0) passed++;
else {
  failed++;
  console.error('typecheck: failed');
}

// Lint and format (Biome, .biome.json): one check, like the type check.
const lint = spawnSync('npx', ['biome', 'check', '--diagnostic-level=warn'], { stdio: 'inherit' });
if (lint.status === 0) passed++;
else {
  failed++;
  console.error('lint: failed (npx biome check --write fixes most of it)');
}

const projects = ensureChromium() ? [] : ['--project', 'unit'];
if (projects.length) failed++;
mkdirSync('test-results', { recursive: true });
const report = 'test-results/vitest.json';
spawnSync('npx', ['vitest', 'run', ...projects, '--reporter=default', '--reporter=json', `--outputFile=${report}`], {
  stdio: 'inherit',
});
let skipped = 0;
if (existsSync(report)) {
  const json = JSON.parse(readFileSync(report, 'utf-8')) as VitestJson;
  passed += json.numPassedTests;
  failed += json.numFailedTests;
  skipped = json.numPendingTests + json.numTodoTests;
} else {
  failed++;
  console.error('vitest wrote no report');
}
// Skipped tests (the originality check skips where ../shared is absent) are said on their own line,
// so the last line is always exactly the totals.
if (skipped) console.log(`${skipped} skipped`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
