// The replay data, cached by the story's content hash (and the tools' own source, so a change to
// how it is derived is never served from an old cache), in memory and on disk, and computed in a
// child process: a dev server answers at once for a story it has seen, and never blocks on one
// it has not.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fnv1a } from '../story/hash.ts';
import { replayData, type ReplayData } from './replayData.ts';

const TOOLS = fileURLToPath(new URL('./', import.meta.url));
const WORKER = join(TOOLS, 'replayWorker.ts');

/** A fingerprint of the code that derives replay data: the tools it runs and the story core. */
export function derivationHash(): string {
  const folders = [TOOLS, join(TOOLS, 'explorer'), join(TOOLS, 'replay'), join(TOOLS, '../story')];
  const sources = folders.flatMap((folder) =>
    readdirSync(folder)
      .filter((f) => f.endsWith('.ts'))
      .sort()
      .map((f) => readFileSync(join(folder, f), 'utf-8')),
  );
  return fnv1a(sources.join('\u0000'));
}

/** Replay data by story content hash; `compute` runs at most once per story at a time. */
export class ReplayDataCache {
  /** How many times replay data was derived (not found in the cache). */
  computed = 0;
  private readonly memory = new Map<string, ReplayData>();
  private readonly running = new Map<string, Promise<ReplayData>>();
  private readonly derivation = derivationHash();

  /** `folder`: where to keep it on disk (null: memory only). `inProcess`: derive here, not in a child. */
  constructor(
    private readonly folder: string | null,
    private readonly inProcess = false,
  ) {}

  /** The cached replay data for the story with `contentHash`, or null. */
  get(contentHash: string): ReplayData | null {
    const found = this.memory.get(contentHash);
    if (found || !this.folder) return found ?? null;
    try {
      const data = JSON.parse(readFileSync(this.file(contentHash), 'utf-8')) as ReplayData;
      this.memory.set(contentHash, data);
      return data;
    } catch {
      return null; // not cached yet (or an unreadable file, derived again and rewritten)
    }
  }

  /** The replay data of `json` (whose hash is `contentHash`): from the cache, or derived and cached. */
  compute(json: string, contentHash: string): Promise<ReplayData> {
    const cached = this.get(contentHash);
    if (cached) return Promise.resolve(cached);
    let run = this.running.get(contentHash);
    if (!run) {
      this.computed++;
      run = (this.inProcess ? Promise.resolve().then(() => replayData(json)) : inChild(json)).then((data) => {
        this.store(contentHash, data);
        return data;
      });
      run.finally(() => this.running.delete(contentHash)).catch(() => undefined);
      this.running.set(contentHash, run);
    }
    return run;
  }

  private file(contentHash: string): string {
    return join(this.folder!, `${contentHash}-${this.derivation}.json`);
  }

  private store(contentHash: string, data: ReplayData): void {
    this.memory.set(contentHash, data);
    if (!this.folder) return;
    mkdirSync(this.folder, { recursive: true });
    writeFileSync(this.file(contentHash), JSON.stringify(data));
  }
}

/** Derives replay data in a child node process (tsx loads the TypeScript). */
function inChild(json: string): Promise<ReplayData> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WORKER], { cwd: join(TOOLS, '../..') });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(JSON.parse(Buffer.concat(out).toString('utf-8')) as ReplayData);
      else
        reject(new Error(`replay data worker exited ${code}: ${Buffer.concat(err).toString('utf-8').slice(0, 2000)}`));
    });
    child.stdin.end(json);
  });
}
