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
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { chromium } from 'playwright-core';

export const root = resolve(import.meta.dirname, '../..');
export const dist = join(root, 'dist');
export const artefacts = join(root, 'test-results');

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.webmanifest': 'application/manifest+json', '.txt': 'text/plain; charset=utf-8',
};
const compressible = new Set(['.html', '.js', '.wasm', '.css', '.json', '.svg', '.webmanifest']);

/**
 * Serves `dir` on 127.0.0.1 at a free port. Resolves to { url, close }. With `compress`, answers
 * with brotli or gzip when the browser accepts it, as a production host would.
 */
export async function serve(dir = dist, { requireIndex = true, compress = false } = {}) {
  if (requireIndex && !existsSync(join(dir, 'index.html'))) throw new Error(`${dir} has no index.html: build the app first`);
  const cache = new Map();
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    const file = join(dir, path.endsWith('/') ? join(path, 'index.html') : path);
    if (!file.startsWith(dir)) { res.writeHead(403).end(); return; }
    try {
      let body = await readFile(file);
      const headers = { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
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
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((ok) => server.close(ok)) };
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
