// Load-time and scaling benchmark: the app against a static HTML page with the same matrix
// markup and CSS and no script (the limit), in Debian's Chromium on 127.0.0.1.
//
// For each profile (the IMA profile, and generated ones of 50, 500 and 5,000 items), with and
// without 4x CPU throttling (CDP Emulation.setCPUThrottlingRate, a proxy for a mid-range phone),
// it loads each page N times with a cold cache (a fresh browser context each time) at a phone
// viewport and takes the median of:
//   paint   — navigation start to the first contentful paint (the browser's own Paint Timing),
//             once the matrix is on screen: a pre-rendered copy hidden for another language or
//             profile does not count;
//   click   — navigation start to a rating click handled and painted (app: the row shows the
//             chosen level's text; static page: the browser checks the radio). The app's page
//             takes the click before its code has arrived and applies it when it has;
//   row     — one later rating click to its row's text changed;
//   summary — that click to the live summary changed;
//   frame   — that click to style and layout done for the change: the main thread's whole work
//             for one rating before the browser can paint it, which must fit in a frame (16 ms)
//             and not grow with the profile.
// Usage: node scripts/bench-speed.mjs [--runs 15] [--sizes 50,500,5000] [--compress] [--dist dir]
//        (on a release build in dist/)
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { serveStatic as serve, dist } from './lib/static-server.mjs';
import { launchChromium } from './lib/chromium.mjs';
import { generate } from './gen-profile.mjs';

const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const runs = Number(arg('runs', 15));
const sizes = arg('sizes', '50,500,5000').split(',').filter(Boolean).map(Number);
const compress = process.argv.includes('--compress');

// A copy of the build with the generated profiles beside the real one.
const site = mkdtempSync(join(tmpdir(), 'bench-'));
cpSync(arg('dist', dist), site, { recursive: true });
for (const n of sizes) writeFileSync(join(site, 'profiles', `gen-${n}.json`), JSON.stringify(generate(n)));
const server = await serve(site, { compress });
const browser = await launchChromium();
const viewport = { width: 390, height: 844 };

// Runs in every page before its own scripts: records when the matrix is painted. The live app
// (or the static page) has <main> under <body>; a pre-rendered copy counts when it is the one
// first-paint.js shows.
const probe = () => {
  window.bench = { paint: null };
  window.shownMatrix = () => {
    const root = document.documentElement;
    const live = document.querySelector('body > main .matrix');
    if (live) return live;
    if (root.classList.contains('no-prerender')) return null;
    return document.querySelector(`.prerendered.${root.lang === 'nl' ? 'nl' : 'en'} .matrix`);
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'first-contentful-paint') window.bench.paint = entry.startTime;
    }
  }).observe({ type: 'paint', buffered: true });
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
  await page.waitForFunction(() => window.bench?.paint !== null
    && window.shownMatrix()?.querySelectorAll('.rated [role=radiogroup]').length > 1, null, { timeout: 300000, polling: 50 });
  const result = await page.evaluate(async ({ isApp, nextPaintSource }) => {
    const nextPaint = eval(nextPaintSource);
    const radioOf = (n) => window.shownMatrix().querySelectorAll('.rated [role=radiogroup]')[n].querySelectorAll('input')[3];
    const chosenOf = (name) => document.querySelector(`body > main input[name="${name}"]`)?.closest('.row')?.querySelector('.chosen');
    const changed = (element) => new Promise((done) => {
      const observer = new MutationObserver(() => { observer.disconnect(); done(performance.now()); });
      observer.observe(element, { childList: true, subtree: true, characterData: true });
    });
    const paint = window.bench.paint;
    const first = radioOf(0);
    const name = first.name;
    first.click();
    if (isApp) {
      while (!(document.documentElement.dataset.app === 'ready' && /\d/.test(chosenOf(name)?.textContent ?? ''))) {
        await new Promise((ok) => setTimeout(ok, 2));
      }
    }
    await nextPaint();
    const click = performance.now();
    if (!isApp) return { paint, click };
    // The summary's code is split off: on a phone it comes once something is answered.
    while (!document.querySelector('[data-doc=summary]')?.firstElementChild) {
      await new Promise((ok) => setTimeout(ok, 5));
    }
    // Later clicks on other rows: what one rating costs once everything is loaded.
    const costs = [];
    for (let n = 1; n <= 5; n++) {
      const input = radioOf(n);
      const summary = document.querySelector('[data-doc=summary]');
      const rowChanged = changed(input.closest('.row').querySelector('.chosen'));
      const summaryChanged = changed(summary);
      const start = performance.now();
      input.click();
      const rowAt = await rowChanged;
      const summaryAt = await summaryChanged;
      // Style and layout for the change, forced now instead of at the next frame.
      void document.body.offsetHeight;
      costs.push({ row: rowAt - start, summary: summaryAt - start, frame: performance.now() - start });
      await nextPaint();
      // Let the save that follows a paint run before the next click.
      await new Promise((ok) => setTimeout(ok, 50));
    }
    const mid = (key) => costs.map((c) => c[key]).sort((a, b) => a - b)[2];
    return { paint, click, row: mid('row'), summary: mid('summary'), frame: mid('frame') };
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
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready', null, { timeout: 300000 });
  // A large profile's rows arrive in parts: wait until their number has not changed for 300 ms.
  await page.waitForFunction(() => {
    const count = document.querySelectorAll('[role=radiogroup]').length;
    const now = performance.now();
    if (count !== window.lastCount) { window.lastCount = count; window.countSince = now; }
    return now - window.countSince > 300;
  }, null, { polling: 50, timeout: 300000 });
  const html = await page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true);
    copy.querySelectorAll('script, link[rel=modulepreload], link[rel=preload], link[rel=manifest]').forEach((e) => e.remove());
    copy.removeAttribute('data-app');
    return '<!doctype html>\n' + copy.outerHTML;
  });
  await context.close();
  writeFileSync(join(site, name), html);
  return server.url + name;
}

const cases = [{ label: 'IMA profile (64 items)', query: '' }, ...sizes.map((n) => ({ label: `${n} items`, query: `?profile=profiles/gen-${n}.json` }))];
console.log(`Competence Matrix speed, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0].model.trim()}, ` +
  `Chromium via playwright-core, ${viewport.width}×${viewport.height}, served ${compress ? 'compressed' : 'uncompressed'}, median of ${runs} cold loads`);
console.log('times in ms from navigation start; ratio = app / static page; row, summary, frame: one rating, from the click (median of 5)');
for (const throttle of [1, 4]) {
  console.log(`\nCPU ${throttle === 1 ? 'unthrottled' : `throttled ${throttle}x`}`);
  console.log(`${'profile'.padEnd(24)} ${'static paint'.padStart(12)} ${'app paint'.padStart(10)} ${'ratio'.padStart(6)} ${'static click'.padStart(13)} ${'app click'.padStart(10)} ${'ratio'.padStart(6)} ${'row'.padStart(6)} ${'summary'.padStart(8)} ${'frame'.padStart(6)}`);
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
    const g = (v, w) => v.toFixed(1).padStart(w);
    console.log(`${label.padEnd(24)} ${f(sp, 12)} ${f(ap, 10)} ${(ap / sp).toFixed(1).padStart(6)} ${f(sc, 13)} ${f(ac, 10)} ${(ac / sc).toFixed(1).padStart(6)} ${g(m(app, 'row'), 6)} ${g(m(app, 'summary'), 8)} ${g(m(app, 'frame'), 6)}`);
  }
}
await browser.close();
await server.close();
