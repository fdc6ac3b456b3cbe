// Builds the production bundle once before the browser tests, as a player would receive it, and
// hands the tests the build's own graph (what each chunk imports and uses) for the package check.
import { build, type Rolldown } from 'vite';
import type { TestProject } from 'vitest/node';
import { graphFromBundle } from '../../../src/tools/packageZip.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The build's graph as entries of `BundleGraph`; null when SKIP_BUILD=1 reused an earlier dist/. */
    bundleGraph: [string, string[]][] | null;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  if (process.env.SKIP_BUILD === '1') {
    project.provide('bundleGraph', null);
    return;
  }
  // Under vitest NODE_ENV is "test", and Vite then builds with import.meta.env.DEV true: the dev
  // tools would ship in the build under test. Build as `npm run build` does.
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  const built = await build({
    logLevel: 'warn',
    configFile: new URL('../../../vite.config.ts', import.meta.url).pathname,
  }).finally(() => {
    process.env.NODE_ENV = previous;
  });
  const outputs = (Array.isArray(built) ? built : [built]) as Rolldown.RolldownOutput[];
  const graph = graphFromBundle(outputs.flatMap((result) => result.output));
  project.provide(
    'bundleGraph',
    [...graph].map(([file, needs]) => [file, [...needs]]),
  );
}
