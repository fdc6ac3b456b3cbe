// A story N times the size of ours, for measuring how the tools scale: N copies of ink/ with
// every knot, stitch, label and variable renamed per copy (`mission_desk` → `mission_desk_c3`),
// chained: the entry runs each copy but the last as a tunnel (`-> mission_desk_c1 ->`), whose
// endings return (`->->`) instead of ending, so what a copy left in its call stack (the ending's
// parameters) is gone when the next begins, as a reader starting afresh. The shapes stay
// ours: chapters (renumbered 1..7N), choices, conditions on variables and visit counts, INCLUDEs.
//   npx tsx src/tools/generateStory.ts <copies> [out-folder]
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** What was written. */
export interface GeneratedStory {
  /** The entry file to compile. */
  entry: string;
  folder: string;
  copies: number;
  /** Every ink file written, the entry first. */
  files: string[];
}

/** The parts of the entry file (main.ink) the generator keeps apart. */
interface Entry {
  globalTags: string[];
  declarations: string[];
  includes: string[];
  start: string;
}

const NAME_DEFINITIONS = [
  /^\s*={1,}\s*(?:function\s+)?([A-Za-z_]\w*)/gm, // knots, stitches, functions
  /^\s*(?:VAR|CONST|LIST)\s+([A-Za-z_]\w*)/gm, // variables
  /^\s*[*+-]+\s*\(([A-Za-z_]\w*)\)/gm, // labelled choices and gathers
];

function readEntry(source: string): Entry {
  const entry: Entry = { globalTags: [], declarations: [], includes: [], start: '' };
  for (const line of source.split('\n')) {
    const trimmed = line.trim();
    if (trimmed.startsWith('#')) entry.globalTags.push(trimmed);
    else if (/^(VAR|CONST|LIST)\s/.test(trimmed)) entry.declarations.push(trimmed);
    else if (trimmed.startsWith('INCLUDE ')) entry.includes.push(trimmed.slice('INCLUDE '.length).trim());
    else if (trimmed.startsWith('->')) entry.start = trimmed.slice(2).trim();
  }
  if (!entry.start) throw new Error('the entry has no starting divert (-> knot)');
  return entry;
}

/** Every name the ink defines (knots, stitches, labels, variables), to rename per copy. */
function definedNames(sources: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const source of sources) {
    for (const pattern of NAME_DEFINITIONS) for (const m of source.matchAll(pattern)) names.add(m[1]);
  }
  return names;
}

/**
 * One copy of one file: names renamed outside tags (a tag names art and sound, which stay), the
 * chapter numbers moved up by `chapterOffset`. A copy run as a tunnel returns where it would end
 * (`-> END` becomes `->->`) and drops its `# ending:` and `# hint:` tags; the last copy keeps them.
 */
function copyOf(source: string, rename: RegExp, suffix: string, chapterOffset: number, tunnel: boolean): string {
  return source
    .split('\n')
    .flatMap((line) => {
      const hash = line.indexOf('#');
      const code = hash < 0 ? line : line.slice(0, hash);
      let tag = hash < 0 ? '' : line.slice(hash);
      if (tunnel && /^#\s*(ending|hint):/.test(tag)) return [];
      tag = tag.replace(
        /^#\s*chapter:\s*(\d+)\s+(.*)$/,
        (_, n, title) => `# chapter: ${Number(n) + chapterOffset} ${title}`,
      );
      let renamed = code.replace(rename, (name) => name + suffix);
      if (tunnel) renamed = renamed.replace(/->\s*END\b/g, '->->');
      return [renamed + tag];
    })
    .join('\n');
}

/** Writes `copies` chained copies of the story at `entryPath` into `folder` (a new temp folder by default). */
export function generateStory(copies: number, entryPath = 'ink/main.ink', folder?: string): GeneratedStory {
  if (!Number.isInteger(copies) || copies < 1) throw new Error(`copies must be a whole number from 1, not ${copies}`);
  const root = dirname(resolve(entryPath));
  const entry = readEntry(readFileSync(entryPath, 'utf-8'));
  const sources = entry.includes.map((file) => readFileSync(join(root, file), 'utf-8'));
  const names = definedNames([...sources, entry.declarations.join('\n')]);
  const rename = new RegExp(`\\b(${[...names].sort((a, b) => b.length - a.length).join('|')})\\b`, 'g');
  const chapters = Math.max(
    0,
    ...sources.flatMap((s) => [...s.matchAll(/^\s*#\s*chapter:\s*(\d+)/gm)].map((m) => Number(m[1]))),
  );
  const out = folder ?? mkdtempSync(join(tmpdir(), 'ud-story-'));
  mkdirSync(join(out, 'chapters'), { recursive: true });
  const files: string[] = [];
  const main = [...entry.globalTags, ''];
  for (let k = 1; k <= copies; k++) {
    const suffix = `_c${k}`;
    main.push(...entry.declarations.map((d) => d.replace(rename, (name) => name + suffix)));
    entry.includes.forEach((file, i) => {
      const name = `chapters/c${k}-${basename(file)}`;
      writeFileSync(join(out, name), copyOf(sources[i], rename, suffix, (k - 1) * chapters, k < copies));
      files.push(join(out, name));
      main.push(`INCLUDE ${name}`);
    });
  }
  main.push('');
  for (let k = 1; k < copies; k++) main.push(`-> ${entry.start}_c${k} ->`);
  main.push(`-> ${entry.start}_c${copies}`, '');
  const entryFile = join(out, 'main.ink');
  writeFileSync(entryFile, main.join('\n'));
  return { entry: entryFile, folder: out, copies, files: [entryFile, ...files] };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const copies = Number(process.argv[2] ?? 10);
  const written = generateStory(copies, 'ink/main.ink', process.argv[3]);
  console.log(`Wrote ${written.files.length} files (${copies} copies) to ${written.folder}; entry ${written.entry}`);
}
