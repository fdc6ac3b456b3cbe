import { fileURLToPath } from 'node:url';
import { compileInk } from '../../src/tools/inkCompile.ts';

/** Absolute path of a file under test/fixtures. */
export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
}

/** Compiles a fixture at test time and returns its story JSON; fails loudly on errors. */
export function compileFixture(name: string): string {
  const result = compileInk(fixturePath(name));
  if (!result.json) throw new Error(`fixture ${name} did not compile: ${JSON.stringify(result.diagnostics)}`);
  return result.json;
}
