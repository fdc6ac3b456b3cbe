// Node-only: finds scenes without recap text, for `npm run ink:check`. A scene is a knot or stitch
// with narration or dialogue of its own (a knot that only stages and diverts is not one); its
// `# recap:` tag belongs before its first line of text, where the runner meets it on entering.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { findSourceTags, parseTag } from '../story/directives.ts';

/** A scene with no recap text where the runner would meet it. */
export interface MissingRecap {
  file: string;
  /** 1-based line of the scene's header. */
  line: number;
  /** `knot` or `knot.stitch`. */
  scene: string;
  /** `missing`: no recap tag at all; `late`: one, but after the scene's first line of text. */
  problem: 'missing' | 'late';
}

const HEADER = /^\s*(={1,})\s*(function\s+)?([A-Za-z_]\w*)/;
// Lines that are not shown text: tags, logic, diverts, choices, gathers, braces of a block.
const NOT_TEXT = /^(#|~|->|<-|\*|\+|-(?!>)|\{|\}|\||VAR\b|CONST\b|INCLUDE\b|LIST\b|else\s*:)/;

/** The story text of a source line (comments and tags removed), or '' when it shows none. */
function textOf(code: string): string {
  const words = code
    .replace(/\/\/.*$/, '')
    .split('#')[0]
    .trim();
  return !words || NOT_TEXT.test(words) ? '' : words;
}

/** Every scene of `files` whose recap text is missing or comes after its first line. */
export function scenesWithoutRecap(files: readonly string[]): MissingRecap[] {
  const missing: MissingRecap[] = [];
  for (const file of files) {
    const source = readFileSync(file, 'utf-8');
    const recapLines = new Set(
      findSourceTags(source)
        .filter(({ tag }) => {
          const parsed = parseTag(tag);
          return parsed.ok && parsed.directive.kind === 'recap';
        })
        .map(({ line }) => line),
    );
    let knot = '';
    let scene: { name: string; line: number; recap: number | null; text: number | null; fn: boolean } | null = null;
    const close = () => {
      if (!scene || scene.fn || scene.text === null) return;
      if (scene.recap === null) missing.push({ file, line: scene.line, scene: scene.name, problem: 'missing' });
      else if (scene.recap > scene.text) missing.push({ file, line: scene.line, scene: scene.name, problem: 'late' });
    };
    source.split(/\r?\n/).forEach((code, index) => {
      const header = HEADER.exec(code);
      if (header) {
        close();
        const isKnot = header[1].length >= 2;
        if (isKnot) knot = header[3];
        const name = isKnot ? knot : `${knot}.${header[3]}`;
        scene = { name, line: index + 1, recap: null, text: null, fn: !!header[2] };
        return;
      }
      if (!scene) return;
      if (recapLines.has(index + 1)) scene.recap ??= index + 1;
      if (scene.text === null && textOf(code)) scene.text = index + 1;
    });
    close();
  }
  return missing;
}

/** `file:line: warning: ...`, as the compiler's diagnostics read. */
export function formatMissingRecap(m: MissingRecap, cwd = process.cwd()): string {
  const where = `${relative(cwd, m.file)}:${m.line}`;
  const what =
    m.problem === 'missing'
      ? `scene ${m.scene} has no recap text (add "# recap: <one sentence>" before its first line)`
      : `scene ${m.scene}'s recap text comes after its first line (move it up, before the first line)`;
  return `${where}: warning: ${what}`;
}
