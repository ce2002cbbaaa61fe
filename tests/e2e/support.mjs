// Shared by the end-to-end tests: a static server for the release build on 127.0.0.1, and
// Debian's Chromium driven by playwright-core (never a downloaded browser). Every browser
// context a test opens fails the test when it closes if any page in it threw an uncaught error,
// logged a console error, or reported a Content-Security-Policy violation — unless the test
// said that error is expected (`context.expect(/pattern/)`).
import { createServer } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { chromium } from 'playwright-core';

export const root = resolve(import.meta.dirname, '../..');
// Another build can be tested by naming its folder (E2E_DIST=/path/to/dist).
export const dist = process.env.E2E_DIST ?? join(root, 'dist');
export const artefacts = join(root, 'test-results');

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.webmanifest': 'application/manifest+json', '.txt': 'text/plain; charset=utf-8',
};
const compressible = new Set(['.html', '.js', '.wasm', '.css', '.json', '.svg', '.webmanifest']);

// Served into the pages of the cross-engine journeys (see tests/e2e/engines/adapter.mjs).
const instrumentSource = () => [
  readFile(join(root, 'tests/e2e/engines/instrument.js'), 'utf8'),
  readFile(join(root, 'node_modules/@testing-library/dom/dist/@testing-library/dom.umd.min.js'), 'utf8'),
];
export const INSTRUMENT = '/__test/instrument.js';

/**
 * Serves `dir` on 127.0.0.1 at a free port. Resolves to { url, close, requests, problems,
 * offline }. With `compress`, answers with brotli or gzip when the browser accepts it, as a
 * production host would. With `instrument`, every HTML page gets tests/e2e/engines/instrument.js
 * as its first script, and what it reports is kept in `problems`. `requests` lists every request
 * as { path, query, referer, status }; `offline(true)` makes the server refuse every connection, as a phone
 * without network would see it, until `offline(false)`.
 */
export async function serve(dir = dist, { requireIndex = true, compress = false, instrument = false } = {}) {
  if (requireIndex && !existsSync(join(dir, 'index.html'))) throw new Error(`${dir} has no index.html: build the app first`);
  const cache = new Map();
  const requests = [];
  const problems = [];
  const sockets = new Set();
  let refusing = false;
  const instrumentText = instrument ? (await Promise.all(instrumentSource())).join('\n') : '';
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname === '/__test/problem' && req.method === 'POST') {
      let body = '';
      req.on('data', (chunk) => { body += chunk; });
      req.on('end', () => { try { problems.push(JSON.parse(body)); } catch { problems.push({ kind: 'unreadable', text: body }); } res.writeHead(204).end(); });
      return;
    }
    if (instrument && url.pathname === INSTRUMENT) {
      res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' }).end(instrumentText);
      return;
    }
    if (instrument && url.pathname === '/__test/phone.html') {
      // A phone-sized frame around the app, for an engine whose window cannot be that narrow.
      const attr = (text) => String(text).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
      const [src, width, height] = ['src', 'width', 'height'].map((k) => attr(url.searchParams.get(k) ?? ''));
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
        .end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Phone</title></head>`
          + `<body style="margin:0"><iframe id="phone" title="Competence Matrix" src="${src}" style="width:${width}px;height:${height}px;border:0;display:block"></iframe></body></html>`);
      return;
    }
    const record = { path: url.pathname, query: url.search, referer: String(req.headers.referer ?? ''), validator: Boolean(req.headers['if-none-match']), cacheControl: String(req.headers['cache-control'] ?? '') };
    requests.push(record);
    const path = normalize(decodeURIComponent(url.pathname));
    const file = join(dir, path.endsWith('/') ? join(path, 'index.html') : path);
    if (!file.startsWith(dir)) { res.writeHead(403).end(); return; }
    try {
      let body = await readFile(file);
      if (instrument && extname(file) === '.html') {
        // First in the page, before any script of the app's (a minified page has no <head> tag).
        const tag = `<script src="${INSTRUMENT}"></script>`;
        const page = body.toString('utf8');
        const at = /<head>/.test(page) ? /<head>/ : /<html[^>]*>/;
        if (!at.test(page)) throw new Error(`${file}: no <html> or <head> to instrument`);
        body = Buffer.from(page.replace(at, (open) => open + tag));
      }
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
    requests, problems, offline,
    close: () => { for (const socket of sockets) socket.destroy(); return new Promise((ok) => server.close(ok)); },
  };
}

export function chromiumPath() {
  for (const name of ['chromium', 'chromium-browser']) {
    try { return execFileSync('sh', ['-c', `command -v ${name}`]).toString().trim(); } catch {}
  }
  throw new Error('Chromium is not installed: run scripts/test, which installs it');
}

export const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Watches every page of `context` for errors; `context.close()` then fails on any not expected. */
async function guard(context) {
  const problems = [];
  const expected = [];
  context.expect = (pattern) => expected.push(pattern);
  context.problems = problems;
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`));
  });
  const watch = (page) => {
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    page.on('console', (message) => { if (message.type() === 'error') problems.push(`console error: ${message.text()}`); });
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  const close = context.close.bind(context);
  context.close = async () => {
    await close();
    const unexpected = problems.filter((p) => !expected.some((pattern) => pattern.test(p)));
    if (unexpected.length) throw new Error(`errors in the page:\n${unexpected.join('\n')}`);
  };
  return context;
}

/** Debian's Chromium; every context it opens is guarded (see above) unless `guard: false`. */
export async function launch({ guard: guarded = true } = {}) {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: flags });
  if (guarded) {
    const newContext = browser.newContext.bind(browser);
    browser.newContext = async (options) => guard(await newContext(options));
  }
  return browser;
}

/** A browser with a real (non-incognito) profile in `userDataDir`: needed where incognito differs. */
export async function launchPersistent(userDataDir, options = {}) {
  return guard(await chromium.launchPersistentContext(userDataDir, { executablePath: chromiumPath(), args: flags, ...options }));
}

// Reduced motion keeps screenshots from catching a transition half-way.
export const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, reducedMotion: 'reduce' };
export const desktop = { viewport: { width: 1366, height: 900 }, reducedMotion: 'reduce' };

/** Resolves when the app has taken over the pre-rendered page. */
export async function ready(page) {
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
}

/** Opens the app in a new page of `context` and waits until it has taken over. */
export async function openApp(context, url, { wait = true } = {}) {
  const page = await context.newPage();
  await page.goto(url);
  if (wait) await ready(page);
  return page;
}

/** Reloads and waits for the app. */
export async function reload(page) {
  await page.reload();
  await ready(page);
}

export async function artefact(name) {
  await mkdir(artefacts, { recursive: true });
  return join(artefacts, name);
}

/** Polls until `check()` is true (for state another tab or a timer changes). */
export async function until(check, what = 'condition', timeout = 5000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((ok) => setTimeout(ok, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Every visible control of the page is at least 44 × 44 CSS pixels (WCAG 2.2 target size). */
export async function assertThumbSized(page, where) {
  const sizes = await page.locator('.choice .face, button, select, textarea, input:not([type=radio]):not([type=checkbox]):not(.sr-only), .check, .about summary, .file-button span')
    .evaluateAll((elements) => elements.filter((e) => e.offsetParent !== null && !e.closest('.prerendered, dialog:not([open])'))
      .map((e) => ({ h: Math.round(e.getBoundingClientRect().height), w: Math.round(e.getBoundingClientRect().width), t: (e.textContent || e.outerHTML).trim().slice(0, 50) })));
  const small = sizes.filter((s) => s.h < 44 || s.w < 44);
  if (small.length) throw new Error(`targets under 44 px ${where}: ${JSON.stringify(small.slice(0, 5))}`);
  return sizes.length;
}
