import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));
/** The house rule: a function longer than this wants splitting. */
const MAX_LINES = 80;

/** `file:line name (N lines)` for every function in `file` longer than MAX_LINES. */
function longFunctions(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf-8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const lines = source.getLineAndCharacterOfPosition(node.end).line - first + 1;
      const name = (node as { name?: ts.Node }).name?.getText() ?? '(anonymous)';
      if (lines > MAX_LINES) found.push(`${relative(SRC, file)}:${first + 1} ${name} (${lines} lines)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the code under src/', () => {
  it(`have no function over ${MAX_LINES} lines`, () => {
    const files = readdirSync(SRC, { recursive: true, encoding: 'utf-8' }).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap((f) => longFunctions(join(SRC, f)))).toEqual([]);
  }, 30_000);
});
