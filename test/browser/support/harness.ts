// One browser and one static server for a browser test file: started before its tests, stopped after.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch } from './browser.ts';
import { serveStatic, type StaticServer } from './server.ts';

/** The running browser and server of a test file (read them inside tests, once `beforeAll` has run). */
export interface Harness {
  readonly browser: Browser;
  readonly server: StaticServer;
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
    get browser() {
      return state.browser!;
    },
    get server() {
      return state.server!;
    },
  };
}
