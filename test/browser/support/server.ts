// Serves a built folder on 127.0.0.1 for browser tests, the way a static host (itch.io) would.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** A running static server: its origin and how to stop it. */
export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves `root` under `prefix` (e.g. `/games/ud/` to prove sub-paths work); extra routes may answer first,
 * and `mounts` serve other folders under their own prefixes on the same origin.
 * `host` is the address listened on; `originHost` the name the origin uses (e.g. listen on 127.0.0.1 but
 * be reached as `localhost`, another site than `127.0.0.1`, as itch.io's page and its game frame are).
 */
export async function serveStatic(
  root: string,
  options: {
    prefix?: string;
    host?: string;
    originHost?: string;
    routes?: Record<string, string>;
    mounts?: Record<string, string>;
  } = {},
): Promise<StaticServer> {
  // Other folders under their own prefixes (checked first), then `root` under `prefix`.
  const folders = [...Object.entries(options.mounts ?? {}), [options.prefix ?? '/', root] as const].map(
    ([prefix, dir]) => ({ prefix, base: resolve(dir) }),
  );
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    const extra = options.routes?.[url.pathname];
    if (extra !== undefined) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(extra);
      return;
    }
    const folder = folders.find((f) => url.pathname.startsWith(f.prefix));
    if (!folder) {
      response.writeHead(404).end();
      return;
    }
    const { base, prefix } = folder;
    let path = normalize(join(base, decodeURIComponent(url.pathname.slice(prefix.length))));
    if (!path.startsWith(base)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) {
      response.writeHead(404).end();
      return;
    }
    // CORS as static hosts send it: a sandboxed frame (opaque origin) may then load the module scripts and fonts.
    response.writeHead(200, {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'access-control-allow-origin': '*',
    });
    createReadStream(path).pipe(response);
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((ok) => server.listen(0, host, ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://${options.originHost ?? host}:${port}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
