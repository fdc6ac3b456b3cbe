import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshContext, launch, watch } from './support/browser.ts';
import { begin, pressAndWait, readToChoice, screenState, withSettings } from './support/player.ts';
import { serveStatic, type StaticServer } from './support/server.ts';

let browser: Browser;
let server: StaticServer;
let editedDist: string;

/** The same game built from a copy of the ink with one extra line near the start: a newer build. */
async function buildEditedStory(): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'ud-edited-'));
  cpSync('ink', join(root, 'ink'), { recursive: true });
  const chapter = join(root, 'ink/chapters/01-mission-desk.ink');
  const text = readFileSync(chapter, 'utf-8');
  const marker = '# ambience: mission-room\n';
  writeFileSync(
    chapter,
    text.replace(marker, `${marker}The clock over the door was four minutes fast, as it had been for years.\n`),
  );
  const outDir = join(root, 'dist');
  await build({
    logLevel: 'warn',
    configFile: 'vite.config.ts',
    build: { outDir, emptyOutDir: true },
    resolve: { alias: [{ find: /^.*\/ink\/main\.ink$/, replacement: join(root, 'ink/main.ink') }] },
  });
  return outDir;
}

beforeAll(async () => {
  editedDist = await buildEditedStory();
  // Both builds on one origin, as two uploads of the game to itch.io share one.
  server = await serveStatic('dist', { prefix: '/', mounts: { '/v2/': editedDist } });
  browser = await launch();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('saves keep the reader where she was', () => {
  it('quick saves, reloads, and continues on the same line with the same stage and music', async () => {
    const context = await freshContext(browser);
    await withSettings(context, { textSpeed: 0 });
    const page = await context.newPage();
    const problems = watch(page, [server.origin]);
    await page.goto(`${server.origin}/`);
    await begin(page);
    await readToChoice(page);
    await page.keyboard.press('1');
    for (let i = 0; i < 3; i++) await pressAndWait(page, 'Space');
    const before = await screenState(page);
    await page.keyboard.press('F5');
    await page.getByText('Quick saved.').waitFor();
    await page.reload();
    await page.locator('#continue').waitFor({ state: 'visible' });
    await page.click('#continue');
    await page.waitForFunction(() => typeof window.__firstLine === 'number');
    const after = await screenState(page);
    expect(after.live).toBe(before.live);
    expect(after.stage).toEqual(before.stage);
    expect(after.stage.music).toBe('homecoming');
    expect(problems).toEqual({ errors: [], foreignRequests: [] });
    await context.close();
  });

  it('loads a save made before the story was edited, by replaying its choices', async () => {
    const context = await freshContext(browser);
    await withSettings(context, { textSpeed: 0 });
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    await begin(page);
    await readToChoice(page);
    await page.keyboard.press('2');
    for (let i = 0; i < 2; i++) await pressAndWait(page, 'Space');
    const before = await screenState(page);
    await page.keyboard.press('F5');
    await page.getByText('Quick saved.').waitFor();
    await page.goto(`${server.origin}/v2/`);
    await page.click('#continue');
    await page.waitForFunction(() => typeof window.__firstLine === 'number');
    const after = await screenState(page);
    expect(after.live).toBe(before.live);
    expect(after.stage.backdrop).toBe(before.stage.backdrop);
    expect(await page.getByText(/story has been updated/).count()).toBe(1);
    await context.close();
  });

  it('plays in a sandboxed iframe where storage is blocked, and says progress will not be kept', async () => {
    const host = await serveStatic('dist', {
      prefix: '/game/',
      routes: {
        '/host.html': `<!doctype html><iframe src="/game/" sandbox="allow-scripts" width="960" height="540" style="border:0"></iframe>`,
      },
    });
    const context = await freshContext(browser);
    const page = await context.newPage();
    await page.goto(`${host.origin}/host.html`);
    const game = page.frameLocator('iframe');
    await game.getByText(/not letting this page keep saves/).waitFor({ timeout: 30_000 });
    await game.locator('#begin').click();
    const frame = page.frames().find((f) => f.url().includes('/game/'))!;
    await frame.waitForFunction(() => typeof window.__firstLine === 'number', null, { timeout: 30_000 });
    expect((await frame.textContent('#live'))?.length).toBeGreaterThan(10);
    await page.screenshot({ path: 'test-results/screenshots/storage-blocked.png' });
    await context.close();
    await host.close();
  });
});
