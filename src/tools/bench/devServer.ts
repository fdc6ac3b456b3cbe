// The dev server on a temporary copy of ink/, and a reader in it: what the dev-loop bench and the
// hot-reload browser test share. The plugin reads the copy (UD_INK_ROOT), so edits never touch ink/.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { createServer } from 'vite';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** A running dev server over a copy of the project's ink/. */
export interface DevServer {
  origin: string;
  /** The copy of ink/ the server reads (edit these files). */
  inkRoot: string;
  close(): Promise<void>;
}

/** Starts Vite's dev server on the project, reading a fresh temporary copy of ink/. */
export async function startDevServer(): Promise<DevServer> {
  const scratch = mkdtempSync(join(tmpdir(), 'ud-dev-'));
  const inkRoot = join(scratch, 'ink');
  cpSync(join(ROOT, 'ink'), inkRoot, { recursive: true });
  const before = process.env.UD_INK_ROOT;
  process.env.UD_INK_ROOT = inkRoot;
  const server = await createServer({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    // Pre-bundled dependencies go to the scratch folder, not into node_modules.
    cacheDir: join(scratch, 'vite'),
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: { overlay: true } },
  });
  await server.listen();
  if (before === undefined) delete process.env.UD_INK_ROOT;
  else process.env.UD_INK_ROOT = before;
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('the dev server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    inkRoot,
    async close() {
      await server.close();
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}

/** Replaces `from` with `to` in `file` (under the copy); fails when `from` is not there exactly once. */
export function editInk(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf-8');
  if (text.split(from).length !== 2) throw new Error(`"${from}" is not in ${file} exactly once`);
  writeFileSync(file, text.replace(from, to));
}

/**
 * Reads on (Space; the first option at each choice) until the mirrored line contains `text`. A press the
 * game ignores (one made while a line's art loads) is pressed again; bounded by progress: fails when
 * nothing new shows for `stallMs`, or after `maxPresses`.
 */
export async function readUntil(page: Page, text: string, maxPresses = 1500, stallMs = 30_000): Promise<void> {
  for (let press = 0; press < maxPresses; press++) {
    const live = (await page.textContent('#live')) ?? '';
    if (live.includes(text)) return;
    const choices = await page.locator('#choices button').count();
    const changed = () =>
      page
        .waitForFunction(
          ([before, offered]) =>
            document.getElementById('live')!.textContent !== before ||
            document.querySelectorAll('#choices button').length !== offered,
          [live, choices] as const,
          { timeout: 5000 },
        )
        .then(
          () => true,
          () => false,
        );
    const started = Date.now();
    do await page.keyboard.press(choices ? '1' : 'Space');
    while (!(await changed()) && Date.now() - started < stallMs);
    if (Date.now() - started >= stallMs) throw new Error(`stalled for ${stallMs} ms at "${live}"`);
  }
  throw new Error(`"${text}" not reached in ${maxPresses} presses`);
}
