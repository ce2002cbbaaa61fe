// Shared by the end-to-end tests: the static server of scripts/lib with the tests' own routes, and
// Debian's Chromium driven by playwright-core (never a downloaded browser). Every browser
// context a test opens fails the test when it closes if any page in it threw an uncaught error,
// logged a console error, or reported a Content-Security-Policy violation — unless the test
// said that error is expected (`context.expect(/pattern/)`).
import { readFile, mkdir } from 'node:fs/promises';
import { createServer as createNetServer } from 'node:net';
import { join } from 'node:path';
import { root, dist, serveStatic } from '../../scripts/lib/static-server.mjs';
import { chromiumPath, flags, launchChromium, launchChromiumPersistent } from '../../scripts/lib/chromium.mjs';

export { root, dist, chromiumPath, flags };

/** A port on 127.0.0.1 that nothing listens on now (for a server a test starts itself). */
export async function freePort() {
  const server = createNetServer();
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  await new Promise((ok) => server.close(ok));
  return port;
}
export const artefacts = join(root, 'test-results');

// Served into the pages of the cross-engine journeys (see tests/e2e/engines/adapter.mjs).
const instrumentSource = () => [
  readFile(join(root, 'tests/e2e/engines/instrument.js'), 'utf8'),
  readFile(join(root, 'node_modules/@testing-library/dom/dist/@testing-library/dom.umd.min.js'), 'utf8'),
];
export const INSTRUMENT = '/__test/instrument.js';

/**
 * The release build served as a plain host serves it (scripts/lib/static-server.mjs). With
 * `instrument`, every HTML page gets tests/e2e/engines/instrument.js as its first script, what it
 * reports is kept in `problems`, and `/__test/phone.html` puts the app in a phone-sized frame.
 */
export async function serve(dir = dist, { requireIndex = true, compress = false, instrument = false } = {}) {
  const problems = [];
  const instrumentText = instrument ? (await Promise.all(instrumentSource())).join('\n') : '';
  const route = async (req, res, url) => {
    if (url.pathname === '/__test/problem' && req.method === 'POST') {
      let body = '';
      req.on('data', (chunk) => { body += chunk; });
      req.on('end', () => { try { problems.push(JSON.parse(body)); } catch { problems.push({ kind: 'unreadable', text: body }); } res.writeHead(204).end(); });
      return true;
    }
    if (instrument && url.pathname === INSTRUMENT) {
      res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' }).end(instrumentText);
      return true;
    }
    if (instrument && url.pathname === '/__test/phone.html') {
      // A phone-sized frame around the app, for an engine whose window cannot be that narrow.
      const attr = (text) => String(text).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
      const [src, width, height] = ['src', 'width', 'height'].map((k) => attr(url.searchParams.get(k) ?? ''));
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
        .end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Phone</title></head>`
          + `<body style="margin:0"><iframe id="phone" title="Competence Matrix" src="${src}" style="width:${width}px;height:${height}px;border:0;display:block"></iframe></body></html>`);
      return true;
    }
    return false;
  };
  const page = instrument ? (text, file) => {
    // First in the page, before any script of the app's (a minified page has no <head> tag).
    const tag = `<script src="${INSTRUMENT}"></script>`;
    const at = /<head>/.test(text) ? /<head>/ : /<html[^>]*>/;
    if (!at.test(text)) throw new Error(`${file}: no <html> or <head> to instrument`);
    return text.replace(at, (open) => open + tag);
  } : undefined;
  return { ...(await serveStatic(dir, { requireIndex, compress, route, page })), problems };
}

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
  const browser = await launchChromium();
  if (guarded) {
    const newContext = browser.newContext.bind(browser);
    browser.newContext = async (options) => guard(await newContext(options));
  }
  return browser;
}

/** A browser with a real (non-incognito) profile in `userDataDir`: needed where incognito differs. */
export async function launchPersistent(userDataDir, options = {}) {
  return guard(await launchChromiumPersistent(userDataDir, options));
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

/** Opens the line of the assessment on screen ("Self, 2026"), unless open: the choice of
 * assessment, "New assessment" and the details of the one on screen. */
export async function openAssessment(page) {
  const chooser = page.locator('details.assessment-bar');
  if (!(await chooser.evaluate((details) => details.open))) await chooser.locator('summary').click();
}

/** The menu (language, colours, about, erase): behind its button on a phone and in a frame,
 * the header's own settings on a wide screen. Returns the menu's group. */
export async function openMenu(page, name = 'Menu') {
  const button = page.getByRole('button', { name, exact: true });
  const menu = page.getByRole('group', { name, exact: true });
  if (await button.isVisible() && !(await menu.isVisible())) await button.click();
  return menu;
}

/** Asks to erase everything: at the matrix's foot on a wide screen, from the menu on a phone. */
export async function askToErase(page, name = 'Erase my data', menu = 'Menu') {
  const below = page.locator('.danger-zone').getByRole('button', { name });
  if (await below.isVisible()) return below.click();
  const group = await openMenu(page, menu);
  await group.getByRole('button', { name }).click();
}

/** Every visible control of the page is at least 44 × 44 CSS pixels (WCAG 2.2 target size). */
export async function assertThumbSized(page, where) {
  const sizes = await page.locator('.choice .face, button, select, textarea, input:not([type=radio]):not([type=checkbox]):not(.sr-only), .check, .assessment-bar > summary, .views > a, .file-button span')
    .evaluateAll((elements) => elements.filter((e) => e.offsetParent !== null && !e.closest('.prerendered, dialog:not([open])'))
      .map((e) => ({ h: Math.round(e.getBoundingClientRect().height), w: Math.round(e.getBoundingClientRect().width), t: (e.textContent || e.outerHTML).trim().slice(0, 50) })));
  const small = sizes.filter((s) => s.h < 44 || s.w < 44);
  if (small.length) throw new Error(`targets under 44 px ${where}: ${JSON.stringify(small.slice(0, 5))}`);
  return sizes.length;
}

/** What this browser keeps (the app's one storage entry), parsed. */
export const stored = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('competence-matrix')));

/** Opens the summary and shares: the link, as the field that shows it holds it. */
export async function share(page) {
  await page.getByRole('link', { name: 'Summary' }).first().click();
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const field = page.getByRole('textbox', { name: 'Link to share' });
  await field.waitFor();
  return field.inputValue();
}
