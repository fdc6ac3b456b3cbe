// One browser and one static server for a browser test file: started before its tests, stopped after.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { freshContext, launch, type PageProblems, watch } from './browser.ts';
import { begin, withSettings } from './player.ts';
import { serveStatic, type StaticServer } from './server.ts';

/** The running browser and server of a test file (read them inside tests, once `beforeAll` has run). */
export interface Harness {
  readonly browser: Browser;
  readonly server: StaticServer;
  /** A fresh 1280x720 context with `settings` (instant text by default), the game loaded and Begun, watched for problems. */
  openReading(
    settings?: Parameters<typeof withSettings>[1],
  ): Promise<{ context: BrowserContext; page: Page; problems: PageProblems }>;
}

/** Serves the built game (`dist/`) under `prefix` and launches Chromium, for the tests of this file. */
export function useGame(prefix = '/game/'): Harness {
  const state: { browser?: Browser; server?: StaticServer } = {};
  beforeAll(async () => {
    state.server = await serveStatic('dist', { prefix });
    state.browser = await launch();
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.server?.close();
  });
  return {
    async openReading(settings = { textSpeed: 0 }) {
      const context = await freshContext(state.browser!);
      await withSettings(context, settings);
      const page = await context.newPage();
      const problems = watch(page, [state.server!.origin]);
      await page.goto(`${state.server!.origin}${prefix}`);
      await begin(page);
      return { context, page, problems };
    },
    get browser() {
      return state.browser!;
    },
    get server() {
      return state.server!;
    },
  };
}
