// The download build, as a reader who keeps the game uses it: the offline zip unpacked on the disk
// and its index.html opened by double-click, from file://. Chromium refuses module scripts and
// requests for sibling files there, so this proves the page carries everything inside itself.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOffline } from '../../src/tools/offlineBuild.ts';
import { ITCH_LIMITS, packageFolder } from '../../src/tools/packageZip.ts';
import { freshContext, launch, watch, type PageProblems } from './support/browser.ts';
import { begin, chooseAndWait, readToChoice } from './support/player.ts';

let browser: Browser;
let work: string;
/** The unpacked zip's index.html, as a file:// URL. */
let page: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'ud-offline-test-'));
  await buildOffline(resolve('.'), join(work, 'build'));
  const report = packageFolder(join(work, 'build'), ITCH_LIMITS, { singlePage: true });
  expect(report.problems).toEqual([]);
  // Unpack the zip itself, as a reader would, into a folder of their own.
  for (const [path, data] of Object.entries(unzipSync(report.zip!))) {
    mkdirSync(dirname(join(work, 'Ultimate Defence', path)), { recursive: true });
    writeFileSync(join(work, 'Ultimate Defence', path), data);
  }
  page = pathToFileURL(join(work, 'Ultimate Defence', 'index.html')).href;
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the offline download, opened from file://', () => {
  it('plays from Begin past the first choice loading nothing but its own page, and keeps the save for the next visit', async () => {
    const context = await freshContext(browser);
    const tab = await context.newPage();
    const problems = watch(tab, ['file://']);
    const requests: string[] = [];
    tab.on('request', (request) => {
      if (!/^(data|blob):/.test(request.url())) requests.push(request.url());
    });
    await tab.goto(page);
    expect(await tab.evaluate(() => location.protocol)).toBe('file:');
    await begin(tab);
    const lines = await readToChoice(tab);
    expect(lines.length).toBeGreaterThan(0);
    const choices = await tab.locator('#choices button').allTextContents();
    expect(choices.length).toBeGreaterThan(1);
    await tab.screenshot({ path: '/tmp/offline-choice.png' });
    const after = await chooseAndWait(tab, '1');
    expect(after.length).toBeGreaterThan(0);
    // The body face came from inside the page, not the system's serif.
    expect(
      await tab.evaluate(() => document.fonts.check('600 1em Literata') && document.fonts.check('1em Literata')),
    ).toBe(true);
    expect(requests).toEqual([page]);
    expect(problems).toEqual<PageProblems>({ errors: [], foreignRequests: [] });

    // Chromium allows storage on file://: the autosave, written at once, is there on the next visit.
    await tab.goto(page);
    await tab.locator('#continue').waitFor({ state: 'visible', timeout: 30_000 });
    expect(
      await tab.evaluate(() => Object.keys(localStorage).every((key) => key.startsWith('ultimate-defence:'))),
    ).toBe(true);
    await context.close();
  });
});
