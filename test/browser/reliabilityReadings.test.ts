// Random readings of the built game in Chromium, seeded: directly, inside a cross-origin iframe under
// a sub-path (as itch.io serves it), and with storage that throws SecurityError on being read. Each
// reads to an ending with random choices, rollbacks, quick saves and loads (support/randomReader.ts)
// and must end with no console error, no request to another origin, and the storage as it was
// except for the game's own keys. RELIABILITY_LONG=1 reads five times as many.
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORAGE_PREFIX } from '../../src/persistence/LocalStorageStore.ts';
import { runCount } from '../reliability/random.ts';
import { freshContext, type PageProblems, watch } from './support/browser.ts';
import { useGame } from './support/harness.ts';
import { withSettings } from './support/player.ts';
import { readAtRandom } from './support/randomReader.ts';
import { serveStatic, type StaticServer } from './support/server.ts';

/** Where itch.io would serve the game: a sub-path of another origin than the page around it. */
const GAME_PATH = '/html/22/';
const HOST_PATH = '/someone/ultimate-defence';
const game = useGame(GAME_PATH);
/** The page around the frame: localhost, another site than the game's 127.0.0.1. */
let host: StaticServer;

beforeAll(async () => {
  const src = `${game.server.origin}${GAME_PATH}index.html`;
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title>
<link rel="icon" href="data:,"></head><body style="margin:0"><iframe id="game_drop" src="${src}" width="960" height="540"
allow="autoplay; fullscreen" style="border:0"></iframe></body></html>`;
  host = await serveStatic('dist', { prefix: '/nothing/', originHost: 'localhost', routes: { [HOST_PATH]: page } });
});
afterAll(async () => {
  await host?.close();
});

/** Other games' keys, as itch.io's shared origin holds them, put in before the game first runs. */
const FOREIGN: Record<string, string> = {
  'other-game:save-1': JSON.stringify({ level: 7, hp: 12 }),
  'ultimate-defence-fan-edit:profile': '{"mine":true}',
  'unity-prefs': 'x'.repeat(2_000),
};

/**
 * Seeds FOREIGN into each frame's storage once; gives a way to read storage even when the page's
 * getter throws. Does nothing in a frame the browser refuses storage (a third-party frame here).
 */
async function withForeignKeys(context: BrowserContext, throwing: boolean): Promise<void> {
  await context.addInitScript(
    ([foreign, throwing]) => {
      let real: Storage;
      try {
        real = window.localStorage;
        sessionStorage.length;
      } catch {
        return; // a frame refused storage: nothing to seed, nothing to diff
      }
      if (!sessionStorage.getItem('foreign-seeded')) {
        for (const [k, v] of Object.entries(foreign)) real.setItem(k, v);
        sessionStorage.setItem('foreign-seeded', '1');
      }
      // The test's own view of storage, kept before the game can see (or be refused) it.
      Object.defineProperty(window, '__storageDump', {
        value: () => Object.fromEntries(Object.keys(real).map((k) => [k, real.getItem(k)])),
      });
      if (throwing)
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        });
    },
    [FOREIGN, throwing] as const,
  );
}

/** What the frame's storage holds, through the test's own view (init scripts do not reach a cross-origin frame). */
const dump = (where: Page | Frame) =>
  where.evaluate(() => {
    const own = (window as unknown as { __storageDump?(): Record<string, string> }).__storageDump;
    return own ? own() : Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)!]));
  });

/** Puts FOREIGN into a frame the init script did not reach. */
const seedForeign = (where: Frame) =>
  where.evaluate((foreign) => {
    for (const [k, v] of Object.entries(foreign)) if (localStorage.getItem(k) === null) localStorage.setItem(k, v);
  }, FOREIGN);

/** Every key that is not the game's is exactly as it was; `before` is what the store held when the game started. */
function expectOnlyOwnKeysTouched(before: Record<string, string>, after: Record<string, string>): void {
  for (const [key, value] of Object.entries(before))
    if (!key.startsWith(STORAGE_PREFIX)) expect(after[key], `${key} changed`).toBe(value);
  const strangers = Object.keys(after).filter((k) => !(k in before) && !k.startsWith(STORAGE_PREFIX));
  expect(strangers).toEqual([]);
}

const SEEDS = Array.from({ length: runCount(1, 5) }, (_, n) => 2201 + n);

describe('random readings in the browser reach an ending and touch only the game’s own keys', () => {
  for (const seed of SEEDS) {
    it(`directly, on a sub-path (seed ${seed})`, async () => {
      const context = await freshContext(game.browser);
      await withForeignKeys(context, false);
      await withSettings(context, { textSpeed: 0 });
      const page = await context.newPage();
      const problems = watch(page, [game.server.origin]);
      await page.goto(`${game.server.origin}${GAME_PATH}`);
      const before = await dump(page);
      expect(Object.keys(before)).toEqual(expect.arrayContaining(Object.keys(FOREIGN)));
      await page.click('#begin');
      const reading = await readAtRandom(page, page, seed);
      expect(reading.ending).toMatch(/^Ending \d of \d: /);
      expect(await page.textContent('#end-found')).toMatch(/1 of \d endings/);
      expect(problems).toEqual<PageProblems>({ errors: [], foreignRequests: [] });
      const after = await dump(page);
      expectOnlyOwnKeysTouched(before, after);
      expect(Object.keys(after).some((k) => k.startsWith(`${STORAGE_PREFIX}save:auto-`))).toBe(true);
      console.log(`[reliability] browser direct seed ${seed}: ${JSON.stringify(reading)}`);
      await context.close();
    });

    it(`inside a cross-origin iframe under a sub-path (seed ${seed})`, async () => {
      const context = await freshContext(game.browser, 1280, 800);
      // No seeded settings: that init script reads storage, which this frame may be refused.
      await withForeignKeys(context, false);
      const page = await context.newPage();
      const problems = watch(page, [host.origin, game.server.origin]);
      await page.goto(host.origin + HOST_PATH);
      await page.frameLocator('#game_drop').locator('#begin').waitFor({ state: 'visible', timeout: 30_000 });
      const frame = page.frames().find((f) => f.url().startsWith(game.server.origin + GAME_PATH))!;
      expect(await frame.evaluate(() => window.top === window)).toBe(false);
      // Chromium refuses a third-party frame its storage when third-party cookies are blocked (as
      // here): then the game reads on in memory and says so; where it is allowed, only its keys change.
      const stored = await frame.evaluate(() => {
        try {
          return localStorage.length >= 0;
        } catch {
          return false;
        }
      });
      if (stored) await seedForeign(frame);
      else await frame.waitForFunction(() => /not letting this page keep saves/.test(document.body.textContent ?? ''));
      const before = stored ? await dump(frame) : {};
      await page.frameLocator('#game_drop').locator('#begin').click();
      const reading = await readAtRandom(page, frame, seed);
      expect(reading.ending).toMatch(/^Ending \d of \d: /);
      expect(problems).toEqual<PageProblems>({ errors: [], foreignRequests: [] });
      if (stored) expectOnlyOwnKeysTouched(before, await dump(frame));
      // The host page around the frame kept its place and its storage: the keys went to the game.
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      expect(
        await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('ultimate-defence:'))),
      ).toEqual([]);
      console.log(
        `[reliability] browser iframe seed ${seed} (storage ${stored ? 'allowed' : 'refused'}): ${JSON.stringify(reading)}`,
      );
      await context.close();
    });

    it(`with storage that throws SecurityError when read (seed ${seed})`, async () => {
      const context = await freshContext(game.browser);
      await withForeignKeys(context, true);
      const page = await context.newPage();
      const problems = watch(page, [game.server.origin]);
      await page.goto(`${game.server.origin}${GAME_PATH}`);
      const before = await dump(page);
      // Said once, in words, with a way to keep the saves.
      await page.waitForFunction(() => /not letting this page keep saves/.test(document.body.textContent ?? ''));
      await page.click('#begin');
      const reading = await readAtRandom(page, page, seed);
      expect(reading.ending).toMatch(/^Ending \d of \d: /);
      expect(problems).toEqual<PageProblems>({ errors: [], foreignRequests: [] });
      // Nothing at all was written where the game was refused.
      expect(await dump(page)).toEqual(before);
      console.log(`[reliability] browser storage-throws seed ${seed}: ${JSON.stringify(reading)}`);
      await context.close();
    });
  }
});
