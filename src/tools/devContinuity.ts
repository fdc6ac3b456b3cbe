// The continuity check while writing: after each compile the dev server checks the facts over
// every route in a child process (it takes 15-80 s on this story, too long to wait on a save),
// prints each problem as file:line in the terminal and raises Vite's error overlay on the first.
// A newer save cancels the check under way, so only the latest story is ever reported.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ViteDevServer } from 'vite';
import { fnv1a } from '../story/hash.ts';
import type { ContinuityProblem } from './continuity.ts';
import { formatContinuityProblem } from './continuity.ts';

const TOOLS = fileURLToPath(new URL('./', import.meta.url));
const WORKER = join(TOOLS, 'continuityWorker.ts');

/** What the dev server needs to say a problem: a logger and its overlay channel. */
export interface ContinuitySink {
  /** A line for the terminal. */
  log(line: string): void;
  /** Shows the overlay for `problems` (never called with none). */
  overlay(problems: readonly ContinuityProblem[]): void;
}

/** The Vite error payload for continuity problems: the first placed at its file:line, all in the message. */
export function overlayError(problems: readonly ContinuityProblem[], root: string) {
  const [first] = problems;
  const [file, line] = first.location.split(/:(?=\d+$)/);
  return {
    message: `ink continuity: ${problems.length} problem(s)\n${problems.map(formatContinuityProblem).join('\n')}`,
    stack: '',
    id: join(root, file),
    loc: { file: join(root, file), line: Number(line), column: 1 },
    plugin: 'ultimate-defence:ink',
  };
}

/** Runs the continuity check of each new compile in the background, one at a time, newest wins. */
export class DevContinuity {
  private child: ChildProcess | null = null;
  /** The run under way, for tests; settles with its problems, or null when cancelled. */
  running: Promise<ContinuityProblem[] | null> = Promise.resolve(null);

  constructor(
    private readonly sink: ContinuitySink,
    private readonly cwd: string,
  ) {}

  /** Checks `json` (compiled from `files`); a check already running is cancelled. */
  check(json: string, files: readonly string[]): Promise<ContinuityProblem[] | null> {
    this.cancel();
    const child = spawn(process.execPath, ['--import', 'tsx', WORKER], { cwd: join(TOOLS, '../..') });
    this.child = child;
    this.running = collect(child, JSON.stringify({ json, files, cwd: this.cwd })).then(
      (problems) => {
        if (this.child !== child) return null;
        this.child = null;
        this.report(problems);
        return problems;
      },
      (error: unknown) => {
        if (this.child === child) this.sink.log(`ink continuity: the check failed: ${String(error)}`);
        return null;
      },
    );
    return this.running;
  }

  /** Stops the check under way, if any (a newer story is coming, or the server closes). */
  cancel(): void {
    this.child?.kill();
    this.child = null;
  }

  private report(problems: ContinuityProblem[]): void {
    if (!problems.length) return this.sink.log('ink continuity: 0 problems');
    for (const p of problems) this.sink.log(formatContinuityProblem(p));
    this.sink.overlay(problems);
  }
}

/** Writes `input` to the child and parses what it prints; rejects on a non-zero exit. */
function collect(child: ChildProcess, input: string): Promise<ContinuityProblem[]> {
  return new Promise((resolve, reject) => {
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on('data', (b: Buffer) => out.push(b));
    child.stderr?.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) resolve(JSON.parse(Buffer.concat(out).toString('utf-8')) as ContinuityProblem[]);
      else reject(new Error(`exit ${code ?? signal}: ${Buffer.concat(err).toString('utf-8').slice(0, 2000)}`));
    });
    child.stdin?.end(input);
  });
}

/** The dev server's check: set up when the server starts, run once per distinct story compiled. */
export class ContinuityInDev {
  private checker: DevContinuity | null = null;
  private checkedHash: string | null = null;

  /** Reports to `dev`: its terminal and its error overlay; stops with it. */
  attach(dev: ViteDevServer): void {
    const root = dev.config.root;
    const sink = {
      log: (line: string) => dev.config.logger.warn(line),
      overlay: (problems: readonly ContinuityProblem[]) =>
        dev.ws.send({ type: 'error', err: overlayError(problems, root) }),
    };
    this.checker = new DevContinuity(sink, root);
    dev.httpServer?.on('close', () => this.checker?.cancel());
  }

  /** Checks `json` (compiled from `files`) in the background, unless it was the last story checked. */
  check(json: string | null | undefined, files: readonly string[]): void {
    if (!json || !this.checker) return;
    const hash = fnv1a(json);
    if (hash === this.checkedHash) return;
    this.checkedHash = hash;
    void this.checker.check(json, files);
  }
}
