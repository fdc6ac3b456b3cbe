// Node-only: compiles ink source with inkjs's compiler. The browser bundle never imports this.
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { Compiler, CompilerOptions } from 'inkjs/full';

/** One compiler message, located in an ink file. */
export interface InkDiagnostic {
  /** `error`, `warning` or `todo`, as the ink compiler classed it. */
  severity: 'error' | 'warning' | 'todo';
  /** Absolute path of the ink file, when the compiler named one. */
  file: string | null;
  /** 1-based line, when the compiler named one. */
  line: number | null;
  /** The message without its location prefix. */
  message: string;
}

/** What compiling an ink entry file produced. */
export interface InkCompileResult {
  /** Compiled story JSON, or null when there were errors. */
  json: string | null;
  /** Every error, warning and TODO, in compiler order. */
  diagnostics: InkDiagnostic[];
  /** Absolute paths of every ink file read (the entry and its INCLUDEs), for watching. */
  files: string[];
}

const LOCATED = /^(ERROR|WARNING|TODO|RUNTIME ERROR|RUNTIME WARNING):\s*(?:'([^']+)'\s+)?line (\d+):\s*(.*)$/s;
const UNLOCATED = /^(ERROR|WARNING|TODO):\s*(.*)$/s;

/** Turns one raw compiler message into a located diagnostic, paths resolved from `rootDir`. */
export function parseInkMessage(raw: string, rootDir: string, entryFile: string): InkDiagnostic {
  const severityOf = (tag: string): InkDiagnostic['severity'] =>
    tag.includes('ERROR') ? 'error' : tag.includes('WARNING') ? 'warning' : 'todo';
  const located = LOCATED.exec(raw.trim());
  if (located) {
    const [, tag, file, line, message] = located;
    return {
      severity: severityOf(tag),
      file: file ? resolve(rootDir, file) : entryFile,
      line: Number(line),
      message: message.trim(),
    };
  }
  const plain = UNLOCATED.exec(raw.trim());
  if (plain) return { severity: severityOf(plain[1]), file: entryFile, line: null, message: plain[2].trim() };
  return { severity: 'error', file: entryFile, line: null, message: raw.trim() };
}

/** `file:line: message`, with the path relative to `cwd` so terminals make it clickable. */
export function formatDiagnostic(d: InkDiagnostic, cwd = process.cwd()): string {
  const where = d.file ? relative(cwd, d.file) + (d.line ? `:${d.line}` : '') : '(ink)';
  return `${where}: ${d.severity}: ${d.message}`;
}

/**
 * Compiles `entryPath` and everything it INCLUDEs (paths relative to the entry's folder).
 * Visit counts are kept for every knot so the story can read them.
 */
export function compileInk(entryPath: string): InkCompileResult {
  const entry = resolve(entryPath);
  const rootDir = dirname(entry);
  const files = [entry];
  const diagnostics: InkDiagnostic[] = [];
  const fileHandler = {
    ResolveInkFilename: (name: string) => resolve(rootDir, name),
    LoadInkFileContents: (full: string) => {
      files.push(full);
      return readFileSync(full, 'utf-8');
    },
  };
  const onMessage = (message: string) => {
    diagnostics.push(parseInkMessage(message, rootDir, entry));
  };
  const source = readFileSync(entry, 'utf-8');
  const options = new CompilerOptions(relative(rootDir, entry), [], true, onMessage, fileHandler);
  let json: string | null = null;
  try {
    const story = new Compiler(source, options).Compile();
    if (!diagnostics.some((d) => d.severity === 'error')) json = story.ToJson() || null;
  } catch (error) {
    if (!diagnostics.some((d) => d.severity === 'error')) {
      diagnostics.push({ severity: 'error', file: entry, line: null, message: String(error) });
    }
  }
  return { json: json ?? null, diagnostics, files: [...new Set(files)] };
}
