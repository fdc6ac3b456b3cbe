// Builds the production bundle once before the browser tests, as a player would receive it.
import { build } from 'vite';

export default async function setup(): Promise<void> {
  if (process.env.SKIP_BUILD === '1') return;
  await build({ logLevel: 'warn', configFile: new URL('../../../vite.config.ts', import.meta.url).pathname });
}
