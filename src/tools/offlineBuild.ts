// The download build: one index.html that plays when opened from the disk (file://).
//
// A page opened from file:// is an opaque origin: Chromium refuses module scripts and fetch/XHR of
// sibling files there, and images drawn from file:// taint the canvas (see /work/shared/FACTS.md).
// So this build puts everything inside the page: one script (no code splitting, so no import() of
// another file), inlined as an inline module script; the style sheet inlined; every asset (art,
// sound, fonts) a base64 data: URL, which scripts, <audio>, Howler and Phaser all read without a
// request. Phaser's SVG loader reads data: URLs as base64, so the art is given base64 here, not
// Vite's URL-encoded SVG. The page keeps its Content Security Policy, with the inline script's hash.
//
// This does by hand what vite-plugin-singlefile does, in about a hundred lines, because it must also
// re-hash the CSP and encode the SVGs as base64, and so there is one package fewer to keep.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, type Plugin, type Rolldown } from 'vite';

/** MIME types of what `?url` imports bring in (art and sound; fonts come through CSS). */
const MIME: Record<string, string> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  webp: 'image/webp',
  ogg: 'audio/ogg',
  mp3: 'audio/mpeg',
  woff2: 'font/woff2',
  woff: 'font/woff',
};

/** The file of an asset import (`/x/a.svg?url`), and its extension, or null for anything else. */
function assetImport(id: string): { file: string; ext: string } | null {
  const match = /^([^?]+)\.([a-z0-9]+)\?(?:.*&)?url(?:&|$)/i.exec(id);
  if (!match || !MIME[match[2].toLowerCase()]) return null;
  return { file: `${match[1]}.${match[2]}`, ext: match[2].toLowerCase() };
}

/** A script's text made safe inside <script>…</script>: only `</script` and `<!--` could end or upset it. */
export function inlineScriptText(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/** The page's CSP with `script-src` allowing exactly its inline scripts, by hash. */
function rehashPolicy(html: string): string {
  const hashes = [...html.matchAll(/<script\b(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script\s*>/gi)].map(
    (m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`,
  );
  const directive = /(<meta http-equiv="Content-Security-Policy" content="[^"]*?)script-src [^;"]*/;
  return html.replace(directive, `$1script-src 'self' ${hashes.join(' ')}`);
}

/** Puts the entry script and the style sheets into the page, and drops them from the output. */
function inlineIntoPage(bundle: Rolldown.OutputBundle, error: (message: string) => never): void {
  const page = bundle['index.html'];
  if (page?.type !== 'asset') error('the offline build has no index.html');
  let html = String(page.source);
  for (const item of Object.values(bundle)) {
    const escaped = item.fileName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (item.type === 'chunk') {
      const tag = new RegExp(`<script\\b[^>]*\\bsrc="\\./${escaped}"[^>]*></script>`);
      if (!item.isEntry || !tag.test(html)) error(`${item.fileName} is a second script: the offline build must be one`);
      // A replacer function, so `$&` in the code is not read as a pattern.
      html = html.replace(tag, () => `<script type="module">${inlineScriptText(item.code)}</script>`);
    } else if (item.fileName.endsWith('.css')) {
      const tag = new RegExp(`<link\\b[^>]*\\bhref="\\./${escaped}"[^>]*>`);
      if (!tag.test(html)) error(`${item.fileName} is a style sheet the page does not link`);
      html = html.replace(tag, () => `<style>${String(item.source).replace(/<\/(style)/gi, '<\\/$1')}</style>`);
    } else continue;
    delete bundle[item.fileName];
  }
  page.source = rehashPolicy(html);
}

/** The Vite plugin that makes a build a single page (with its settings: one chunk, everything inline). */
export function offlinePlugin(): Plugin {
  return {
    name: 'ultimate-defence:offline',
    apply: 'build',
    enforce: 'pre',
    config: () => ({
      build: {
        assetsInlineLimit: () => true,
        modulePreload: false,
        cssCodeSplit: false,
        rolldownOptions: { output: { codeSplitting: false } },
      },
    }),
    load(id) {
      const asset = assetImport(id);
      if (!asset) return null;
      const data = readFileSync(asset.file).toString('base64');
      return `export default ${JSON.stringify(`data:${MIME[asset.ext]};base64,${data}`)};`;
    },
    // After Vite's own HTML plugin has written index.html into the bundle.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        inlineIntoPage(bundle, (message) => this.error(message));
      },
    },
  };
}

/** Builds the offline page into `outDir` (from the project at `root`), returning the page's path. */
export async function buildOffline(root: string, outDir: string): Promise<string> {
  await build({
    root,
    configFile: resolve(root, 'vite.config.ts'),
    logLevel: 'warn',
    plugins: [offlinePlugin()],
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 20_000 },
  });
  return resolve(outDir, 'index.html');
}
