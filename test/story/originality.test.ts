import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The studio's check, kept beside the repository (../shared): it holds hashes of the source story's 7-word runs.
const checker = fileURLToPath(new URL('../../../shared/story/originality.mjs', import.meta.url));
const ink = fileURLToPath(new URL('../../ink', import.meta.url));

describe('every sentence is our own', () => {
  it.skipIf(!existsSync(checker))('the ink shares no run of seven words with the source story', () => {
    const run = spawnSync('node', [checker, ink], { encoding: 'utf-8' });
    expect(run.stdout).toMatch(/^0 7-word runs shared/m);
    expect(run.status).toBe(0);
  });
});
