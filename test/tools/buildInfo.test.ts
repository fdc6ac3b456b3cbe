import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildInfo } from '../../src/tools/buildInfo.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function tempFolder(): string {
  const path = mkdtempSync(join(tmpdir(), 'ud-buildinfo-'));
  folders.push(path);
  return path;
}

describe('buildInfo', () => {
  it("reads this project's version from package.json and the short commit from git", () => {
    const info = buildInfo();
    expect(info.version).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf-8')).version);
    expect(info.commit).toBe(
      execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf-8' }).trim(),
    );
    expect(info.commit).toMatch(/^[0-9a-f]{7,}$/);
  });

  it("says 'unknown' for the commit outside git, and still reads the version", () => {
    const folder = tempFolder();
    writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: 'x', version: '2.3.4' }));
    expect(buildInfo(folder)).toEqual({ version: '2.3.4', commit: 'unknown' });
  });

  it('never throws: no package.json, a broken one, or a folder that does not exist', () => {
    const empty = tempFolder();
    expect(buildInfo(empty)).toEqual({ version: 'unknown', commit: 'unknown' });
    const broken = tempFolder();
    writeFileSync(join(broken, 'package.json'), '{ not json');
    expect(buildInfo(broken).version).toBe('unknown');
    expect(buildInfo(join(empty, 'missing'))).toEqual({ version: 'unknown', commit: 'unknown' });
  });
});
