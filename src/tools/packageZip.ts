// The itch.io release zip: reads the built folder, checks it against the rules itch.io's HTML
// uploader and its static host enforce, and writes the zip with fflate (no shell, no zip binary).
//
// The rules (see /work/shared/FACTS.md, itch.io):
// - `index.html` at the zip's root (itch serves the zip's root; a top folder hides the game);
// - every entry path relative (no leading `/`, no `..`, no `\`, no drive letter);
// - at most 1,000 files ("Too many files in zip (1096 > 1000)") and under 500 MB unpacked;
// - every asset reference in HTML, CSS and JS relative: the game is served from a path that
//   changes with each upload (`/html/<upload id>/`), so `/assets/x.js` or `http://…` breaks;
// - exact filename case: the host is case-sensitive, a local disk may not be; two files whose
//   names differ only in case also collide when the zip is unpacked on such a disk;
// - every file the build's own graph says a chunk needs (Rolldown's `imports`, `dynamicImports`,
//   `viteMetadata.importedAssets` / `importedCss`, see `graphFromBundle`) is in the package;
// - every load the check cannot follow (`import(name)`) is reported with its file, never guessed.
//
// Scripts are read with a parser (scriptReferences.ts), never with regular expressions: minified
// code holds template literals with apostrophes and strings that mention `assets/`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { findScriptReferences, type ScriptReference } from './scriptReferences.ts';

/** One file of the package: its path inside the zip (POSIX separators) and its bytes. */
export interface PackageFile {
  path: string;
  data: Uint8Array;
}

/** Limits of itch.io's HTML uploader. */
export interface PackageLimits {
  /** Most files the zip may hold (itch.io: 1,000). */
  maxFiles: number;
  /** The unpacked total must stay under this many bytes (itch.io: 500 MB). */
  maxTotalBytes: number;
}

export const ITCH_LIMITS: PackageLimits = { maxFiles: 1000, maxTotalBytes: 500_000_000 };

/** Which rule a problem breaks. */
export type PackageRule =
  | 'index-at-root'
  | 'relative-entry'
  | 'file-count'
  | 'total-size'
  | 'absolute-reference'
  | 'filename-case'
  | 'missing-file'
  | 'unresolved-reference'
  | 'unreadable-script'
  | 'single-page';

/** A broken rule, with a message that says what to fix. */
export interface PackageProblem {
  rule: PackageRule;
  message: string;
}

/** Where a file points to another: `from` the file, `url` as written. */
export interface AssetReference {
  from: string;
  url: string;
  /**
   * `relative-to-file`: resolved against the referencing file's folder (HTML, CSS, JS imports and
   * `new URL(x, import.meta.url)`). `literal`: a JS string that only looks like an asset path; it is
   * checked for being absolute, never resolved (a bare "file.json" in a library is not a reference).
   * `unresolved`: a load computed at run time (`import(name)`); `url` is the expression's source.
   */
  kind: ScriptReference['kind'];
}

/** What the build itself says each output file needs: file -> files, all as zip paths. */
export type BundleGraph = ReadonlyMap<string, readonly string[]>;

/** The part of a Rolldown/Vite output item that names what it needs. */
export interface BundleItem {
  type: 'chunk' | 'asset';
  fileName: string;
  imports?: readonly string[];
  dynamicImports?: readonly string[];
  viteMetadata?: { importedAssets: ReadonlySet<string>; importedCss: ReadonlySet<string> };
}

/** The graph of a build's output (`build()`'s result, or the bundle a plugin sees). */
export function graphFromBundle(items: Iterable<BundleItem>): BundleGraph {
  const graph = new Map<string, string[]>();
  const all = [...items];
  const output = new Set(all.map((item) => item.fileName));
  // A chunk that was only CSS (`import('x.css')`) is dropped from the output by Vite, which loads
  // the CSS in its place; the importer's dynamic imports still name the dropped chunk, which
  // nothing requests. Only that case is dropped: a file emitted but left out of the zip still fails.
  const emitted = (file: string) => output.has(file);
  for (const item of all) {
    if (item.type !== 'chunk') continue;
    const meta = item.viteMetadata;
    const needs = [
      ...(item.imports ?? []),
      ...(item.dynamicImports ?? []).filter(emitted),
      ...(meta?.importedAssets ?? []),
      ...(meta?.importedCss ?? []),
    ];
    graph.set(item.fileName, [...new Set(needs)]);
  }
  return graph;
}

/** Already-compressed formats are stored, not deflated again (saves time, costs nothing). */
const STORED = /\.(?:ogg|opus|mp3|m4a|aac|webm|mp4|woff2?|png|jpe?g|gif|webp|avif|zip|gz|br)$/i;

/** Every file under `root`, with zip paths relative to it (sorted, so zips are reproducible). */
export function readFolder(root: string): PackageFile[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .flatMap((entry) => {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) return walk(path);
        return entry.isFile() || statSync(path).isFile() ? [path] : [];
      });
  return walk(root).map((path) => ({
    path: relative(root, path).split(sep).join('/'),
    data: new Uint8Array(readFileSync(path)),
  }));
}

/** Whether a URL leaves the package: root-relative (`/x`), protocol-relative (`//x`) or with a scheme (`http:`). */
export function isAbsoluteUrl(url: string): boolean {
  return url.startsWith('/') || url.startsWith('\\') || /^[a-z][a-z0-9+.-]*:/i.test(url);
}

/** URLs that are not files at all: inline data, fragments, empty. */
function isInline(url: string): boolean {
  return url === '' || url.startsWith('#') || /^(?:data|blob|about|javascript|mailto):/i.test(url);
}

const HTML_TAG = /<(script|link|img|source|audio|video|track|iframe|embed|object|input|image|use)\b[^>]*>/gi;
const HTML_ATTRIBUTE = /\s(src|href|xlink:href|srcset|poster|data)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script\s*>/gi;
const SCRIPT_CONTENT = /(<script\b[^>]*>)[\s\S]*?(<\/script\s*>)/gi;
const CSS_URL = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')/gi;
/** The files a page, style sheet or script refers to, as written. */
export function findReferences(path: string, text: string): AssetReference[] {
  const found: AssetReference[] = [];
  const add = (url: string | undefined, kind: AssetReference['kind'] = 'relative-to-file') => {
    const trimmed = url?.trim();
    if (trimmed !== undefined && !isInline(trimmed)) found.push({ from: path, url: trimmed, kind });
  };
  const lower = path.toLowerCase();
  const isPage = lower.endsWith('.html') || lower.endsWith('.htm');
  // The page without its scripts' contents: `new URL(` or `"<img src=…"` in a script is not markup or CSS.
  const markup = isPage ? text.replace(SCRIPT_CONTENT, '$1$2') : text;
  if (isPage) {
    for (const tag of markup.matchAll(HTML_TAG)) {
      for (const attribute of tag[0].matchAll(HTML_ATTRIBUTE)) {
        const value = attribute[2] ?? attribute[3] ?? attribute[4] ?? '';
        if (attribute[1].toLowerCase() === 'srcset')
          for (const candidate of value.split(',')) add(candidate.trim().split(/\s+/)[0]);
        else add(value);
      }
    }
    // Inline scripts (the offline build's whole game is one): a script element ends at the first
    // `</script`, as the HTML parser reads it; what is inside is read by the JavaScript parser.
    for (const script of text.matchAll(INLINE_SCRIPT)) {
      for (const reference of findScriptReferences(script[1])) add(reference.url, reference.kind);
    }
  }
  if (isPage || lower.endsWith('.css')) {
    for (const match of markup.matchAll(CSS_URL)) add(match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5]);
  }
  if (/\.(?:m?js)$/.test(lower)) {
    for (const reference of findScriptReferences(text)) add(reference.url, reference.kind);
  }
  return found;
}

/** The zip path a relative reference points to, or null when it climbs out of the package. */
export function resolveReference(from: string, url: string): string | null {
  const clean = url.replace(/[?#].*$/, '');
  let decoded = clean;
  try {
    decoded = decodeURIComponent(clean);
  } catch {
    // Keep it as written: a stray % is itself a filename to look for.
  }
  const resolved = posix.normalize(posix.join(posix.dirname(from), decoded));
  return resolved.startsWith('../') || resolved === '..' ? null : resolved.replace(/^\.\//, '');
}

const TEXT_FILES = /\.(?:html?|css|m?js)$/i;

/** The problem with a reference to `target` (a zip path) written as `url` in `from`, or null when it is there. */
function missing(
  from: string,
  url: string,
  target: string,
  byLowerCase: ReadonlyMap<string, string[]>,
): PackageProblem | null {
  const spellings = byLowerCase.get(target.toLowerCase());
  if (spellings?.includes(target)) return null;
  return spellings
    ? {
        rule: 'filename-case',
        message: `${from} refers to "${url}" but the file is ${spellings.join(', ')}: the case differs, and itch.io's host is case-sensitive`,
      }
    : { rule: 'missing-file', message: `${from} refers to "${url}" (${target}), which is not in the package` };
}

/** What the HTML, CSS and scripts refer to, as written: absolute, missing, or beyond the check. */
function checkReferences(files: readonly PackageFile[], byLowerCase: ReadonlyMap<string, string[]>): PackageProblem[] {
  const problems: PackageProblem[] = [];
  const decoder = new TextDecoder();
  for (const file of files) {
    if (!TEXT_FILES.test(file.path)) continue;
    let references: AssetReference[];
    try {
      references = findReferences(file.path, decoder.decode(file.data));
    } catch (error) {
      problems.push({
        rule: 'unreadable-script',
        message: `${file.path} could not be parsed as JavaScript: ${(error as Error).message.split('\n')[0]}`,
      });
      continue;
    }
    for (const reference of references) {
      if (reference.kind === 'unresolved') {
        problems.push({
          rule: 'unresolved-reference',
          message: `${file.path} loads ${reference.url}, a path computed at run time that the check cannot follow: name the file literally so the build (and this check) can see it`,
        });
      } else if (isAbsoluteUrl(reference.url)) {
        problems.push({
          rule: 'absolute-reference',
          message: `${file.path} refers to "${reference.url}", an absolute URL: the game is served from a sub-path on itch.io, so use a relative path (Vite: base './') and ship every file in the zip`,
        });
      } else if (reference.kind === 'relative-to-file') {
        const target = resolveReference(file.path, reference.url);
        const problem =
          target === null
            ? {
                rule: 'missing-file' as const,
                message: `${file.path} refers to "${reference.url}", outside the package`,
              }
            : missing(file.path, reference.url, target, byLowerCase);
        if (problem) problems.push(problem);
      }
    }
  }
  return problems;
}

/** What the build's own graph says each chunk needs, and is not in the package. */
function checkGraph(
  graph: BundleGraph | undefined,
  paths: ReadonlySet<string>,
  byLowerCase: ReadonlyMap<string, string[]>,
): PackageProblem[] {
  const problems: PackageProblem[] = [];
  for (const [from, needs] of graph ?? []) {
    if (!paths.has(from)) {
      problems.push({ rule: 'missing-file', message: `the build wrote ${from}, which is not in the package` });
      continue;
    }
    for (const target of needs) {
      const problem = missing(from, target, target, byLowerCase);
      if (problem) problems.push({ ...problem, message: `${problem.message} (from the build's own graph)` });
    }
  }
  return problems;
}

/** Every rule the files break (empty when the package is fine to upload); `graph`: what the build says each file needs. */
export function checkPackage(
  files: readonly PackageFile[],
  limits: PackageLimits = ITCH_LIMITS,
  graph?: BundleGraph,
): PackageProblem[] {
  const problems: PackageProblem[] = [];
  const paths = new Set(files.map((f) => f.path));
  const byLowerCase = new Map<string, string[]>();
  for (const file of files) {
    const key = file.path.toLowerCase();
    byLowerCase.set(key, [...(byLowerCase.get(key) ?? []), file.path]);
  }

  if (!paths.has('index.html')) {
    const elsewhere = files.map((f) => f.path).filter((p) => p.toLowerCase().endsWith('index.html'));
    problems.push({
      rule: 'index-at-root',
      message: elsewhere.length
        ? `index.html is not at the zip's root (found ${elsewhere.join(', ')}): itch.io opens the root index.html; zip the folder's contents, not the folder`
        : "index.html is not at the zip's root: itch.io opens index.html at the root of the zip (names are case-sensitive)",
    });
  }

  for (const path of paths) {
    if (
      path.startsWith('/') ||
      path.includes('\\') ||
      /^[a-z]:/i.test(path) ||
      path.split('/').some((part) => part === '..' || part === '.' || part === '')
    ) {
      problems.push({
        rule: 'relative-entry',
        message: `zip entry "${path}" is not a plain relative path (no leading /, no .., no \\, no drive letter)`,
      });
    }
  }

  if (files.length > limits.maxFiles) {
    problems.push({
      rule: 'file-count',
      message: `too many files: ${files.length} > ${limits.maxFiles} (itch.io refuses HTML zips with more than ${limits.maxFiles} files)`,
    });
  }

  const total = files.reduce((sum, f) => sum + f.data.byteLength, 0);
  if (total >= limits.maxTotalBytes) {
    problems.push({
      rule: 'total-size',
      message: `too large: ${formatBytes(total)} unpacked, the limit is under ${formatBytes(limits.maxTotalBytes)}`,
    });
  }

  for (const [, spellings] of byLowerCase) {
    if (spellings.length > 1) {
      problems.push({
        rule: 'filename-case',
        message: `files differ only in case and collide on case-insensitive disks: ${spellings.join(', ')}`,
      });
    }
  }

  problems.push(...checkReferences(files, byLowerCase), ...checkGraph(graph, paths, byLowerCase));
  return problems;
}

/**
 * What keeps a folder from playing from file:// (the offline download): it must be index.html
 * alone, with no script or style sheet outside it, since Chromium refuses module scripts and
 * requests for sibling files on file://. Checked beside `checkPackage`.
 */
export function checkSinglePage(files: readonly PackageFile[]): PackageProblem[] {
  return files
    .filter((file) => file.path !== 'index.html')
    .map((file) => ({
      rule: 'single-page' as const,
      message: `${file.path} is beside index.html: the offline build must be one page, since a page opened from file:// may not load its sibling files`,
    }));
}

/** Options for the zip. */
export interface ZipOptions {
  /** Timestamp of every entry (default: 2000-01-01, so the same files give the same zip). */
  mtime?: Date;
}

/** Options for checking and zipping a folder. */
export interface PackageOptions extends ZipOptions {
  /** What the build says each file needs (`graphFromBundle`), checked beside what the files say. */
  graph?: BundleGraph;
  /** Also hold the folder to `checkSinglePage` (the offline download). */
  singlePage?: boolean;
}

/** The zip of `files`, deflated at level 9 (already compressed media is stored). */
export function writeZip(files: readonly PackageFile[], options: ZipOptions = {}): Uint8Array {
  const mtime = options.mtime ?? new Date(2000, 0, 1);
  const entries: Zippable = {};
  for (const file of files) entries[file.path] = [file.data, { level: STORED.test(file.path) ? 0 : 9, mtime }];
  return zipSync(entries, { mtime });
}

/** The paths inside a zip, as itch.io will unpack them. */
export function listZip(zip: Uint8Array): string[] {
  return Object.keys(unzipSync(zip)).sort();
}

/** What packaging produced. */
export interface PackageReport {
  fileCount: number;
  rawBytes: number;
  zipBytes: number;
  problems: PackageProblem[];
  /** The zip, when there were no problems. */
  zip: Uint8Array | null;
}

/** Checks the folder and, when it passes, zips it. Never writes anything itself. */
export function packageFolder(
  root: string,
  limits: PackageLimits = ITCH_LIMITS,
  options: PackageOptions = {},
): PackageReport {
  const files = readFolder(root);
  const problems = [
    ...checkPackage(files, limits, options.graph),
    ...(options.singlePage ? checkSinglePage(files) : []),
  ];
  const rawBytes = files.reduce((sum, f) => sum + f.data.byteLength, 0);
  if (problems.length) return { fileCount: files.length, rawBytes, zipBytes: 0, problems, zip: null };
  const zip = writeZip(files, options);
  // Read it back: what itch.io unpacks must be exactly what was checked.
  const listed = listZip(zip);
  const expected = files.map((f) => f.path).sort();
  if (listed.length !== expected.length || listed.some((p, i) => p !== expected[i])) {
    problems.push({
      rule: 'relative-entry',
      message: `the written zip lists ${listed.length} entries, expected ${expected.length}`,
    });
  }
  return { fileCount: files.length, rawBytes, zipBytes: zip.byteLength, problems, zip: problems.length ? null : zip };
}

/** Bytes for people: "9.47 MB" (decimal units, as itch.io states its limits). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${(bytes / 1_000_000).toFixed(2)} MB`;
}

/** The one-line summary the CLI prints. */
export function formatReport(
  report: Pick<PackageReport, 'fileCount' | 'rawBytes' | 'zipBytes'>,
  limits: PackageLimits = ITCH_LIMITS,
): string {
  const ratio = report.rawBytes ? Math.round((report.zipBytes / report.rawBytes) * 100) : 0;
  const compressed = report.zipBytes ? `${formatBytes(report.zipBytes)} compressed (${ratio}%)` : 'not zipped';
  return `${report.fileCount} files (limit ${limits.maxFiles}), ${formatBytes(report.rawBytes)} raw (limit ${formatBytes(limits.maxTotalBytes)}), ${compressed}`;
}
