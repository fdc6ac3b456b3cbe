// A static server for one build folder on 127.0.0.1, from memory, gzipped the way a CDN such as
// itch.io's serves it: text-like files are compressed once at start (level 6), so compression
// costs nothing while a load is being timed. Also the folder's size, raw and gzipped.
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain',
  '.xml': 'application/xml',
  '.map': 'application/json',
  '.wasm': 'application/wasm',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.m4a': 'audio/mp4',
  '.wav': 'audio/wav',
  '.webm': 'video/webm',
  '.mp4': 'video/mp4',
};
/** Already-compressed formats (images, audio, woff2) are sent as they are. */
const GZIP = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.svg',
  '.txt',
  '.xml',
  '.map',
  '.wasm',
  '.ttf',
  '.otf',
]);

/** One file of a build, as served. */
export interface DistFile {
  path: string;
  bytes: number;
  /** Bytes as sent (gzipped for text-like files, else the same as bytes). */
  gzipBytes: number;
}

/** Size of a build folder. */
export interface DistStats {
  files: number;
  bytes: number;
  gzipBytes: number;
  /** The JavaScript files alone. */
  js: { files: number; bytes: number; gzipBytes: number };
  /** Every file, largest (as sent) first. */
  list: DistFile[];
}

interface Entry {
  body: Buffer;
  gz: Buffer | null;
  type: string;
}

/** Reads every file of `root` into memory, gzipping the text-like ones. */
export function loadDist(root: string): { files: Map<string, Entry>; stats: DistStats } {
  const base = resolve(root);
  const files = new Map<string, Entry>();
  const list: DistFile[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) {
        walk(path);
        continue;
      }
      const ext = extname(path).toLowerCase();
      const body = readFileSync(path);
      const gz = GZIP.has(ext) ? gzipSync(body, { level: 6 }) : null;
      const rel = relative(base, path).split(sep);
      files.set('/' + rel.map(encodeURIComponent).join('/'), {
        body,
        gz,
        type: TYPES[ext] ?? 'application/octet-stream',
      });
      list.push({ path: rel.join('/'), bytes: body.length, gzipBytes: gz ? gz.length : body.length });
    }
  };
  walk(base);
  list.sort((a, b) => b.gzipBytes - a.gzipBytes);
  const sum = (xs: DistFile[], key: 'bytes' | 'gzipBytes') => xs.reduce((n, f) => n + f[key], 0);
  const js = list.filter((f) => /\.m?js$/.test(f.path));
  return {
    files,
    stats: {
      files: list.length,
      bytes: sum(list, 'bytes'),
      gzipBytes: sum(list, 'gzipBytes'),
      js: { files: js.length, bytes: sum(js, 'bytes'), gzipBytes: sum(js, 'gzipBytes') },
      list,
    },
  };
}

/** A running server: its URL (ends with /), the folder's size, and how to stop it. */
export interface DistServer {
  url: string;
  stats: DistStats;
  close(): Promise<void>;
}

/** Serves `root` on 127.0.0.1 at a free port, from memory. */
export async function serveDist(root: string): Promise<DistServer> {
  const { files, stats } = loadDist(root);
  const server = createServer((request, response) => {
    let path = new URL(request.url ?? '/', 'http://x').pathname;
    if (path.endsWith('/')) path += 'index.html';
    let file = files.get(path);
    if (!file) {
      try {
        file = files.get(encodeURI(decodeURI(path)));
      } catch {
        file = undefined;
      }
    }
    if (!file) {
      response.writeHead(404).end('not found');
      return;
    }
    const gzip = file.gz !== null && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const body = gzip ? file.gz! : file.body;
    response.writeHead(200, {
      'Content-Type': file.type,
      'Content-Length': body.length,
      'Cache-Control': 'no-cache',
      ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    stats,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
