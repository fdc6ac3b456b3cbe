// Launches Debian's Chromium through playwright-core (no browser download) and watches a page
// for what a player would call broken: console errors, page errors, requests to other origins.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Path of the system Chromium: CHROMIUM_PATH, or Debian's. */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path))
    throw new Error(`Chromium not found at ${path}: apt-get install chromium, or set CHROMIUM_PATH`);
  return path;
}

/** A headless Chromium set up for this machine (software WebGL, no background network). */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--enable-unsafe-swiftshader',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--autoplay-policy=no-user-gesture-required',
    ],
  });
}

/** What went wrong on a page while a test played it. */
export interface PageProblems {
  errors: string[];
  foreignRequests: string[];
}

/** Records console errors, uncaught errors and any request that leaves the allowed origins. */
export function watch(page: Page, allowedOrigins: string[]): PageProblems {
  const problems: PageProblems = { errors: [], foreignRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.errors.push(`page: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (/^(data|blob|about|chrome-extension):/.test(url)) return;
    if (!allowedOrigins.some((origin) => url.startsWith(origin + '/'))) problems.foreignRequests.push(url);
  });
  return problems;
}

/** A fresh context (empty storage) at a given viewport. */
export function freshContext(
  browser: Browser,
  width = 1280,
  height = 720,
  deviceScaleFactor = 1,
): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width, height }, deviceScaleFactor });
}
