// The version and commit a build is made from, for the credits screen (vite.config.ts defines
// them as __APP_VERSION__ and __APP_COMMIT__) and the release zip's name. Never throws: a build
// outside git (a downloaded source zip) says "unknown" rather than failing.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What a build is made from. */
export interface BuildInfo {
  /** `version` of package.json, or 'unknown'. */
  version: string;
  /** `git rev-parse --short HEAD`, or 'unknown' outside git (or without git). */
  commit: string;
}

const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The version and commit of the project at `root` (default: this project). */
export function buildInfo(root: string = PROJECT_ROOT): BuildInfo {
  return { version: readVersion(root), commit: readCommit(root) };
}

function readVersion(root: string): string {
  try {
    const version: unknown = JSON.parse(readFileSync(join(root, 'package.json'), 'utf-8')).version;
    return typeof version === 'string' && version.trim() ? version.trim() : 'unknown';
  } catch {
    return 'unknown';
  }
}

function readCommit(root: string): string {
  try {
    const out = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: root,
      encoding: 'utf-8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 5000,
    }).trim();
    return /^[0-9a-f]{4,40}$/.test(out) ? out : 'unknown';
  } catch {
    return 'unknown';
  }
}
