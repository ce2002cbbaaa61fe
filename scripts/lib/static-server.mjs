// A static server for the release build on 127.0.0.1, as a plain host serves it: used by the
// build's pre-render, the benchmarks and (with a few routes of their own) the end-to-end tests.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

export const root = resolve(import.meta.dirname, '../..');
// Another build can be served by naming its folder (E2E_DIST=/path/to/dist).
export const dist = process.env.E2E_DIST ?? join(root, 'dist');

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.webmanifest': 'application/manifest+json', '.txt': 'text/plain; charset=utf-8',
};
const compressible = new Set(['.html', '.js', '.wasm', '.css', '.json', '.svg', '.webmanifest']);

/**
 * Serves `dir` on 127.0.0.1 at a free port, as a plain static host would (no rewrite rules):
 * validators and a 304 for an unchanged file, immutable caching for files named after their
 * content. Resolves to { url, siteUrl, close, requests, offline }. With `compress`, answers with
 * brotli or gzip when the browser accepts it, as a production host would. `requests` lists
 * every request as { path, query, referer, status }; `offline(true)` makes the server refuse
 * every connection, as a phone without network would see it, until `offline(false)`.
 * `route(req, res, url)` may answer a request first (it returns true when it did), and
 * `page(text, file)` may change every HTML page on its way out (the tests use both).
 */
export async function serveStatic(dir = dist, { requireIndex = true, compress = false, route, page } = {}) {
  if (requireIndex && !existsSync(join(dir, 'index.html'))) throw new Error(`${dir} has no index.html: build the app first`);
  const cache = new Map();
  const requests = [];
  const sockets = new Set();
  let refusing = false;
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    if (route && await route(req, res, url)) return;
    const record = { path: url.pathname, query: url.search, referer: String(req.headers.referer ?? ''), validator: Boolean(req.headers['if-none-match']), cacheControl: String(req.headers['cache-control'] ?? '') };
    requests.push(record);
    const path = normalize(decodeURIComponent(url.pathname));
    const file = join(dir, path.endsWith('/') ? join(path, 'index.html') : path);
    if (!file.startsWith(dir)) { res.writeHead(403).end(); return; }
    try {
      let body = await readFile(file);
      if (page && extname(file) === '.html') body = Buffer.from(page(body.toString('utf8'), file));
      // Validators, as any production host sends them: a revalidation of an unchanged file is a 304.
      const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 20)}"`;
      if (req.headers['if-none-match'] === etag) {
        record.status = 304;
        res.writeHead(304, { etag, 'cache-control': 'no-cache' }).end();
        return;
      }
      record.status = 200;
      // As docs/embedding.md asks of a host: files named after their content never change, the
      // others are revalidated.
      const immutable = /-[0-9a-f]{12,16}(?:_bg)?\.(?:js|wasm|css)$|\/(?:wasm|locales)-[0-9a-f]{16}\//.test(url.pathname);
      const headers = { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache', etag };
      const accepts = String(req.headers['accept-encoding'] ?? '');
      if (compress && compressible.has(extname(file))) {
        const encoding = /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : null;
        if (encoding) {
          const key = `${encoding}:${file}:${body.length}`;
          if (!cache.has(key)) {
            cache.set(key, encoding === 'br'
              ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
              : gzipSync(body, { level: 9 }));
          }
          body = cache.get(key);
          headers['content-encoding'] = encoding;
          headers.vary = 'accept-encoding';
        }
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  server.on('connection', (socket) => {
    if (refusing) { socket.destroy(); return; }
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const offline = (on) => {
    refusing = on;
    if (on) for (const socket of sockets) socket.destroy();
  };
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    // The same server on another site (for a browser, localhost and 127.0.0.1 are two sites).
    siteUrl: `http://localhost:${server.address().port}/`,
    requests, offline,
    close: () => { for (const socket of sockets) socket.destroy(); return new Promise((ok) => server.close(ok)); },
  };
}
