import { describe, expect, it } from 'vitest';
import { compileInk, formatDiagnostic } from '../../src/tools/inkCompile.ts';
import { buildInk } from '../../src/tools/vitePluginInk.ts';
import { fixturePath } from '../support/ink.ts';

describe('compiling ink at build time', () => {
  it('turns a valid story into runtime JSON', () => {
    const result = compileInk(fixturePath('desk.ink'));
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(JSON.parse(result.json!).inkVersion).toBeGreaterThan(19);
  });

  it('reports an error with its file and line', () => {
    const result = compileInk(fixturePath('error.ink'));
    expect(result.json).toBeNull();
    const [error] = result.diagnostics;
    expect(error).toMatchObject({ severity: 'error', file: fixturePath('error.ink'), line: 3 });
    expect(error.message).toMatch(/nowhere_at_all/);
    expect(formatDiagnostic(error, fixturePath(''))).toMatch(/^error\.ink:3: error: .*nowhere_at_all/);
  });

  it('follows INCLUDEs and lists every file it read, for watching', () => {
    const result = compileInk(fixturePath('include/main.ink'));
    expect(result.json).toContain('From the included file.');
    expect(result.files).toEqual([fixturePath('include/main.ink'), fixturePath('include/part.ink')]);
  });

  it('fails the build on an unknown staging tag, at its line', () => {
    const result = buildInk(fixturePath('badtag.ink'));
    expect(result.json).toBeNull();
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => d.line)).toEqual([2, 4]);
    expect(errors[0].message).toMatch(/unknown backdrop "the-moon"/);
    expect(errors[1].message).toMatch(/unknown tag "weather"/);
  });
});
