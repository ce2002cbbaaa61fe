// Load-time and scaling benchmark: the app against a static HTML page with the same matrix
// markup and CSS and no script (the limit), in Debian's Chromium on 127.0.0.1.
//
// For each profile (the IMA profile, and generated ones of 50, 500 and 5,000 items), with and
// without 4x CPU throttling (CDP Emulation.setCPUThrottlingRate, a proxy for a mid-range phone),
// it loads each page N times with a cold cache (a fresh browser context each time) at a phone
// viewport and takes the median of:
//   paint  — navigation start to the first frame painted after the matrix's first block heading
//            is in the document (seen by a MutationObserver, the same way for both pages);
//   click  — navigation start to a rating click being handled and painted (app: the row shows the
//            chosen level's text; static page: the browser checks the radio);
//   row    — one rating click to its row repainted (app only);
//   summary— one rating click to the live summary updated (app only).
// Usage: node scripts/bench-speed.mjs [--runs 15] [--sizes 50,500,5000]   (on a release build in dist/)
import { cpSync, mkdtempSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { serve, launch, dist } from '../tests/e2e/support.mjs';
import { generate } from './gen-profile.mjs';

const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const runs = Number(arg('runs', 15));
const sizes = arg('sizes', '50,500,5000').split(',').map(Number);

// A copy of the build with the generated profiles beside the real one.
const site = mkdtempSync(join(tmpdir(), 'bench-'));
cpSync(dist, site, { recursive: true });
for (const n of sizes) writeFileSync(join(site, 'profiles', `gen-${n}.json`), JSON.stringify(generate(n)));
const server = await serve(site);
const browser = await launch();
const viewport = { width: 390, height: 844 };

// Runs in every page before its own scripts: records when the matrix is painted.
const probe = () => {
  window.bench = { paint: null };
  const observer = new MutationObserver(() => {
    if (!document.querySelector('.matrix .block h2')) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => { window.bench.paint = performance.now(); }, 0));
  });
  observer.observe(document, { childList: true, subtree: true });
};

/** Resolves after the next frame is painted. */
const nextPaint = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));

async function measure(url, throttle, isApp) {
  const context = await browser.newContext({ viewport });
  await context.addInitScript(probe);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.goto(url, { waitUntil: 'commit' });
  // The click needs its radio: with a static page the parser may still be further up.
  await page.waitForFunction(() => window.bench?.paint !== null && document.querySelectorAll('.rated [role=radiogroup]').length > 1, null, { timeout: 120000, polling: 20 });
  const result = await page.evaluate(async ({ isApp, nextPaintSource }) => {
    const nextPaint = eval(nextPaintSource);
    const radio = (n) => document.querySelectorAll('.rated [role=radiogroup]')[n].querySelectorAll('input')[3];
    const row = (input) => input.closest('.row');
    const changed = (element) => new Promise((done) => {
      const observer = new MutationObserver(() => { observer.disconnect(); done(); });
      observer.observe(element, { childList: true, subtree: true, characterData: true });
    });
    const paint = window.bench.paint;
    // First click, as soon as the matrix is there: time from navigation to handled.
    let input = radio(0);
    let chosen = isApp ? changed(row(input).querySelector('.chosen')) : Promise.resolve();
    input.click();
    await chosen;
    await nextPaint();
    const click = performance.now();
    if (!isApp) return { paint, click };
    // A second click on another row: its cost once everything is loaded.
    input = radio(1);
    const summary = document.querySelector('.summary-card');
    const start = performance.now();
    chosen = changed(row(input).querySelector('.chosen'));
    const summarised = changed(summary.parentElement);
    input.click();
    await chosen;
    await nextPaint();
    const rowDone = performance.now();
    await summarised;
    const summaryDone = performance.now();
    return { paint, click, row: rowDone - start, summary: summaryDone - start };
  }, { isApp, nextPaintSource: nextPaint.toString() });
  await context.close();
  return result;
}

const median = (values) => {
  const sorted = values.filter((v) => v !== undefined).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : NaN;
};

async function staticCopy(name, query) {
  // The app's own DOM once rendered, without any script: same markup, same stylesheet.
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(server.url + query);
  await page.waitForSelector('[role=radiogroup] input');
  // Wait until the matrix is complete: the number of rows has not changed for 300 ms.
  await page.waitForFunction(() => {
    const count = document.querySelectorAll('[role=radiogroup]').length;
    const now = performance.now();
    if (count !== window.lastCount) { window.lastCount = count; window.countSince = now; }
    return now - window.countSince > 300;
  }, null, { polling: 50, timeout: 120000 });
  const html = await page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true);
    copy.querySelectorAll('script, link[rel=modulepreload], link[rel=preload], link[rel=manifest]').forEach((e) => e.remove());
    return '<!doctype html>\n' + copy.outerHTML;
  });
  await context.close();
  writeFileSync(join(site, name), html);
  return server.url + name;
}

const cases = [{ label: 'IMA profile (64 items)', query: '' }, ...sizes.map((n) => ({ label: `${n} items`, query: `?profile=profiles/gen-${n}.json` }))];
console.log(`Competence Matrix speed, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0].model.trim()}, ` +
  `Chromium via playwright-core, ${viewport.width}×${viewport.height}, median of ${runs} cold loads`);
console.log('times in ms from navigation start; ratio = app / static page');
for (const throttle of [1, 4]) {
  console.log(`\nCPU ${throttle === 1 ? 'unthrottled' : `throttled ${throttle}x`}`);
  console.log(`${'profile'.padEnd(24)} ${'static paint'.padStart(12)} ${'app paint'.padStart(10)} ${'ratio'.padStart(6)} ${'static click'.padStart(13)} ${'app click'.padStart(10)} ${'ratio'.padStart(6)} ${'row'.padStart(6)} ${'summary'.padStart(8)}`);
  for (const { label, query } of cases) {
    const staticUrl = await staticCopy(`static${query ? '-' + query.replace(/\W+/g, '_') : ''}.html`, query);
    const app = [], flat = [];
    for (let i = 0; i < runs; i++) {
      flat.push(await measure(staticUrl, throttle, false));
      app.push(await measure(server.url + query, throttle, true));
    }
    const m = (list, key) => median(list.map((r) => r[key]));
    const [sp, ap, sc, ac] = [m(flat, 'paint'), m(app, 'paint'), m(flat, 'click'), m(app, 'click')];
    const f = (v, w) => v.toFixed(0).padStart(w);
    console.log(`${label.padEnd(24)} ${f(sp, 12)} ${f(ap, 10)} ${(ap / sp).toFixed(1).padStart(6)} ${f(sc, 13)} ${f(ac, 10)} ${(ac / sc).toFixed(1).padStart(6)} ${m(app, 'row').toFixed(1).padStart(6)} ${m(app, 'summary').toFixed(1).padStart(8)}`);
  }
}
await browser.close();
await server.close();
