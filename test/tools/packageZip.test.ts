import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import {
  checkPackage,
  findReferences,
  formatReport,
  graphFromBundle,
  ITCH_LIMITS,
  packageFolder,
  readFolder,
  resolveReference,
  writeZip,
  type PackageProblem,
} from '../../src/tools/packageZip.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A temporary folder holding `files` (path -> text). */
function folder(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'ud-package-'));
  folders.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** A small build the way Vite writes it with base './'. */
const GOOD_BUILD: Record<string, string> = {
  'index.html': `<!doctype html><html><head>
    <link rel="icon" href="data:," />
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <link rel="stylesheet" crossorigin href="./assets/index-def.css">
    <style>#title { background: url(./assets/Title-Art.svg) }</style>
  </head><body><a href="https://example.com/credits">credits</a></body></html>`,
  'assets/index-abc.js':
    'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["./chunk-1.js"])))=>i.map(i=>d[i]);' +
    'import{n as e}from"./chunk-1.js";const t=new URL(`wall-123.svg`,import.meta.url).href;' +
    'const g=Object.assign({"/assets/art/wall.svg":t});var $=g[`/assets/art/wall.svg`];console.log("https://phaser.io/","file.json");',
  'assets/chunk-1.js': 'export const n=1;',
  'assets/index-def.css': '@font-face{src:url(./font-1.woff2) format("woff2")}',
  'assets/font-1.woff2': 'woff2',
  'assets/wall-123.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'assets/Title-Art.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
};

const rules = (problems: PackageProblem[]) => problems.map((p) => p.rule);

describe('the itch.io package checks', () => {
  it('passes a good build: index.html at the root, relative paths, exact case', () => {
    const report = packageFolder(folder(GOOD_BUILD));
    expect(report.problems).toEqual([]);
    expect(report.fileCount).toBe(7);
    expect(report.rawBytes).toBeGreaterThan(0);
    expect(report.zipBytes).toBeGreaterThan(0);
    expect(report.zip).not.toBeNull();
  });

  it('finds references in HTML, CSS and JS, and ignores glob keys, links and library strings', () => {
    const files = readFolder(folder(GOOD_BUILD));
    const text = (path: string) => new TextDecoder().decode(files.find((f) => f.path === path)!.data);
    expect(findReferences('index.html', text('index.html')).map((r) => r.url)).toEqual([
      './assets/index-abc.js',
      './assets/index-def.css',
      './assets/Title-Art.svg',
    ]);
    expect(findReferences('assets/index-abc.js', text('assets/index-abc.js')).map((r) => r.url)).toEqual([
      './chunk-1.js',
      './chunk-1.js',
      'wall-123.svg',
    ]);
    expect(findReferences('assets/index-def.css', text('assets/index-def.css')).map((r) => r.url)).toEqual([
      './font-1.woff2',
    ]);
    expect(resolveReference('assets/index-abc.js', 'wall-123.svg?v=1')).toBe('assets/wall-123.svg');
    expect(resolveReference('index.html', './assets/a%20b.svg')).toBe('assets/a b.svg');
    expect(resolveReference('index.html', '../outside.js')).toBeNull();
  });

  it('fails when index.html is not at the root, naming where it is', () => {
    const nested = Object.fromEntries(Object.entries(GOOD_BUILD).map(([path, text]) => [`dist/${path}`, text]));
    const report = packageFolder(folder(nested));
    expect(report.zip).toBeNull();
    expect(rules(report.problems)).toContain('index-at-root');
    expect(report.problems.find((p) => p.rule === 'index-at-root')!.message).toMatch(
      /index\.html is not at the zip's root \(found dist\/index\.html\)/,
    );
  });

  it('fails on a capitalised Index.html at the root (itch.io looks for index.html)', () => {
    const { 'index.html': page, ...rest } = GOOD_BUILD;
    const problems = checkPackage(readFolder(folder({ ...rest, 'Index.html': page })));
    expect(rules(problems)).toContain('index-at-root');
  });

  it('fails on an absolute path in HTML, CSS or JS, naming the file and the URL', () => {
    const withAbsolute = {
      ...GOOD_BUILD,
      'index.html': GOOD_BUILD['index.html'].replace('./assets/index-abc.js', '/assets/index-abc.js'),
      'assets/index-def.css': '@font-face{src:url(https://fonts.example.com/font.woff2)}',
      'assets/chunk-1.js': 'export const n=1;const s="/assets/sound.ogg";',
    };
    const problems = checkPackage(readFolder(folder(withAbsolute)));
    const absolute = problems.filter((p) => p.rule === 'absolute-reference').map((p) => p.message);
    expect(absolute).toHaveLength(3);
    expect(absolute[0]).toMatch(/^assets\/chunk-1\.js refers to "\/assets\/sound\.ogg", an absolute URL/);
    expect(absolute.join('\n')).toMatch(
      /assets\/index-def\.css refers to "https:\/\/fonts\.example\.com\/font\.woff2"/,
    );
    expect(absolute.join('\n')).toMatch(
      /index\.html refers to "\/assets\/index-abc\.js", an absolute URL: the game is served from a sub-path/,
    );
  });

  it('fails when a reference and the file differ in case, or two files differ only in case', () => {
    const problems = checkPackage(
      readFolder(
        folder({
          ...GOOD_BUILD,
          'index.html': GOOD_BUILD['index.html'].replace('Title-Art.svg', 'title-art.svg'),
          'assets/CHUNK-1.js': '',
        }),
      ),
    );
    const messages = problems.filter((p) => p.rule === 'filename-case').map((p) => p.message);
    expect(messages).toContain(
      `index.html refers to "./assets/title-art.svg" but the file is assets/Title-Art.svg: the case differs, and itch.io's host is case-sensitive`,
    );
    expect(messages.some((m) => /differ only in case.*assets\/CHUNK-1\.js, assets\/chunk-1\.js/.test(m))).toBe(true);
  });

  it('fails when a referenced file is missing', () => {
    const { 'assets/wall-123.svg': _, ...rest } = GOOD_BUILD;
    const problems = checkPackage(readFolder(folder(rest)));
    expect(problems).toEqual([
      {
        rule: 'missing-file',
        message: 'assets/index-abc.js refers to "wall-123.svg" (assets/wall-123.svg), which is not in the package',
      },
    ]);
  });

  it('fails with more than 1,000 files, and passes with exactly 1,000', () => {
    const many: Record<string, string> = { 'index.html': '<!doctype html><title>x</title>' };
    for (let i = 1; i < 1000; i++) many[`assets/f${i}.txt`] = String(i);
    const root = folder(many);
    expect(packageFolder(root).problems).toEqual([]);
    writeFileSync(join(root, 'assets', 'one-too-many.txt'), '!');
    const report = packageFolder(root);
    expect(report.fileCount).toBe(1001);
    expect(report.problems).toEqual([
      {
        rule: 'file-count',
        message: 'too many files: 1001 > 1000 (itch.io refuses HTML zips with more than 1000 files)',
      },
    ]);
    expect(report.zip).toBeNull();
  });

  it('fails when the unpacked total reaches the size limit', () => {
    const problems = checkPackage(readFolder(folder(GOOD_BUILD)), { ...ITCH_LIMITS, maxTotalBytes: 100 });
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^too large: \d+ B unpacked, the limit is under 100 B$/),
    ]);
  });

  it('fails on entry paths that are not plain relative paths', () => {
    const data = new TextEncoder().encode('export {};');
    const problems = checkPackage([
      { path: 'index.html', data },
      { path: '/abs.js', data },
      { path: 'a/../b.js', data },
      { path: 'c\\d.js', data },
    ]);
    expect(rules(problems)).toEqual(['relative-entry', 'relative-entry', 'relative-entry']);
  });
});

/** Minified code as Rolldown writes it: template literals, an apostrophe inside one, and strings that mention assets/. */
const MINIFIED =
  'import{t as e}from"./chunk-1.js";' +
  "var n=class extends Error{constructor(t){super(`Can't cast `+this.valueType+` to `+t)}};" +
  "let r=`It's the ${e} one`,i='don\\'t',o=\"Iruka's\",s={role:`assets/`},c=[`assets/`,\"assets/x\"];" +
  "const l=e=>`${e}:${`assets/`}`;function u(){return J(`,role:`,'+this.valueType+')}" +
  'const d=new URL(`wall-123.svg`,import.meta.url).href,f=()=>import(`./chunk-1.js`);' +
  '/* "./not-real.svg" in a comment */var p=/["\'`]assets\\/x\\.svg/;export{n,r,d,f,p};';

describe('reading minified scripts with a parser', () => {
  it('finds the imports and asset URLs and nothing in template literals, apostrophes, comments or regexes', () => {
    expect(findReferences('assets/index-abc.js', MINIFIED).map((r) => `${r.kind} ${r.url}`)).toEqual([
      'relative-to-file ./chunk-1.js',
      'relative-to-file wall-123.svg',
      'relative-to-file ./chunk-1.js',
    ]);
  });

  it('passes a build whose entry is such a script (the false "missing-file" the regexes reported)', () => {
    const problems = checkPackage(readFolder(folder({ ...GOOD_BUILD, 'assets/index-abc.js': MINIFIED })));
    expect(problems).toEqual([]);
  });

  it('reports, with its file, a load computed at run time, instead of guessing', () => {
    const build = {
      ...GOOD_BUILD,
      'assets/chunk-1.js':
        'export const n=1;export const a=k=>import(k),b=k=>new URL(`./art/${k}.svg`,import.meta.url);',
    };
    const problems = checkPackage(readFolder(folder(build)));
    expect(problems).toEqual([
      {
        rule: 'unresolved-reference',
        message: expect.stringMatching(/^assets\/chunk-1\.js loads k, a path computed at run time/),
      },
      {
        rule: 'unresolved-reference',
        message: expect.stringMatching(/^assets\/chunk-1\.js loads `\.\/art\/\$\{k\}\.svg`, a path computed/),
      },
    ]);
  });

  it('reports a script that is not JavaScript, naming it, and writes no zip', () => {
    const report = packageFolder(folder({ ...GOOD_BUILD, 'assets/chunk-1.js': 'export const n=`unterminated;' }));
    expect(report.zip).toBeNull();
    expect(report.problems).toEqual([
      {
        rule: 'unreadable-script',
        message: expect.stringMatching(/^assets\/chunk-1\.js could not be parsed as JavaScript: \S/),
      },
    ]);
  });

  it('reads the inline scripts of a page (the offline build is one)', () => {
    const page =
      '<script>var a="./x.js"</script><script type="module">import"./assets/index-abc.js";new URL(`/abs.svg`,import.meta.url)</script>';
    expect(findReferences('index.html', page).map((r) => r.url)).toEqual([
      './x.js',
      './assets/index-abc.js',
      '/abs.svg',
    ]);
  });
});

describe("the build's own graph", () => {
  const chunk = (fileName: string, imports: string[], assets: string[] = [], css: string[] = []) => ({
    type: 'chunk' as const,
    fileName,
    imports,
    dynamicImports: [],
    viteMetadata: { importedAssets: new Set(assets), importedCss: new Set(css) },
  });

  it('lists what each chunk imports, loads later, and the assets and CSS it uses', () => {
    const graph = graphFromBundle([
      chunk('assets/index-abc.js', ['assets/chunk-1.js'], ['assets/wall-123.svg'], ['assets/index-def.css']),
      { type: 'asset', fileName: 'assets/wall-123.svg' },
    ]);
    expect([...graph]).toEqual([
      ['assets/index-abc.js', ['assets/chunk-1.js', 'assets/wall-123.svg', 'assets/index-def.css']],
    ]);
  });

  it('leaves out a pure-CSS chunk Vite dropped from the output (import of a .css file), which nothing requests', () => {
    const faces = { ...chunk('assets/faces-1.js', []), dynamicImports: ['assets/latin-400-9.js', 'assets/lazy-2.js'] };
    const graph = graphFromBundle([faces, chunk('assets/lazy-2.js', [])]);
    expect(graph.get('assets/faces-1.js')).toEqual(['assets/lazy-2.js']);
  });

  it('fails when a file the graph names is missing or differs in case, though no text names it', () => {
    const graph = graphFromBundle([chunk('assets/chunk-1.js', ['assets/lazy-9.js'], ['assets/title-art.svg'])]);
    const problems = checkPackage(readFolder(folder(GOOD_BUILD)), ITCH_LIMITS, graph);
    expect(problems.map((p) => p.message)).toEqual([
      'assets/chunk-1.js refers to "assets/lazy-9.js" (assets/lazy-9.js), which is not in the package (from the build\'s own graph)',
      'assets/chunk-1.js refers to "assets/title-art.svg" but the file is assets/Title-Art.svg: the case differs, and itch.io\'s host is case-sensitive (from the build\'s own graph)',
    ]);
  });
});

describe('the zip', () => {
  it('lists index.html at its root and holds every file byte for byte', () => {
    const root = folder(GOOD_BUILD);
    const report = packageFolder(root);
    const entries = unzipSync(report.zip!);
    expect(Object.keys(entries).sort()).toEqual(Object.keys(GOOD_BUILD).sort());
    expect(Object.keys(entries)).toContain('index.html');
    expect(Object.keys(entries).every((path) => !path.startsWith('/') && !path.includes('..'))).toBe(true);
    expect(new TextDecoder().decode(entries['index.html'])).toBe(GOOD_BUILD['index.html']);
    expect(new TextDecoder().decode(entries['assets/Title-Art.svg'])).toBe(GOOD_BUILD['assets/Title-Art.svg']);
  });

  it('is the same bytes for the same files (fixed timestamps, sorted entries)', () => {
    const files = readFolder(folder(GOOD_BUILD));
    expect(writeZip(files)).toEqual(writeZip(files));
  });

  it('compresses text and stores already-compressed media', () => {
    const text = 'the same line again\n'.repeat(500);
    const zip = writeZip([
      { path: 'index.html', data: new TextEncoder().encode(text) },
      { path: 'a.ogg', data: new TextEncoder().encode(text) },
    ]);
    expect(zip.byteLength).toBeLessThan(text.length + 1000);
    expect(zip.byteLength).toBeGreaterThan(text.length);
  });

  it('summarises the count and the raw and compressed sizes', () => {
    expect(formatReport({ fileCount: 97, rawBytes: 9_470_000, zipBytes: 6_100_000 })).toBe(
      '97 files (limit 1000), 9.47 MB raw (limit 500.00 MB), 6.10 MB compressed (64%)',
    );
    expect(formatReport({ fileCount: 1001, rawBytes: 2048, zipBytes: 0 })).toBe(
      '1001 files (limit 1000), 2.0 kB raw (limit 500.00 MB), not zipped',
    );
  });
});
