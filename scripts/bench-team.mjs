// Benchmark of an association's figures (issue 31's budget): N anonymous contributions of the
// IMA profile given to the team view at once — from the file input's change to the figures
// drawn — and a change of the group (all members → one career level) to the figures drawn
// again, each the median of R runs in Debian's Chromium on 127.0.0.1, with and without 4x CPU
// throttling. Times are taken in the page (performance.now() around the change, a
// MutationObserver for the drawing), not by the test driver.
// Usage: node scripts/bench-team.mjs [--files 1000] [--runs 5] [--dist dir]   (a release build)
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { serveStatic as serve, dist } from './lib/static-server.mjs';
import { contributionFile } from './lib/contributions.mjs';
import { launchChromium } from './lib/chromium.mjs';

const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const count = Number(arg('files', 1000));
const runs = Number(arg('runs', 5));

const folder = mkdtempSync(join(tmpdir(), 'bench-team-'));
const paths = [];
for (let i = 0; i < count; i++) {
  const path = join(folder, `c${i}.json`);
  writeFileSync(path, contributionFile(i));
  paths.push(path);
}

const server = await serve(arg('dist', dist));
const browser = await launchChromium();
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function once(throttle) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  if (throttle > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  }
  await page.goto(`${server.url}?view=team`);
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
  await page.locator('.pooled input[type=file]').waitFor({ state: 'attached' });
  // The page notes when the file input changes and when the figures' title says how many.
  await page.evaluate((n) => {
    window.__bench = {};
    const input = document.querySelector('.pooled input[type=file]');
    input.addEventListener('change', () => { window.__bench.start = performance.now(); }, { capture: true });
    // Drawn means on screen: the time is taken after the next frame (style, layout and paint
    // of what changed), not when the first node changed.
    const painted = (key) => {
      window.__bench[key] = 'pending';
      requestAnimationFrame(() => setTimeout(() => { window.__bench[key] = performance.now(); }));
    };
    new MutationObserver(() => {
      const title = document.querySelector('#pooled-title')?.textContent ?? '';
      if (!window.__bench.drawn && title.includes(String(n))) painted('drawn');
      if (window.__bench.switched && !window.__bench.redrawn && /career level/.test(document.querySelector('.pooled-card .bar')?.textContent ?? '')) {
        painted('redrawn');
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  }, count);
  await page.locator('.pooled input[type=file]').setInputFiles(paths);
  await page.waitForFunction(() => typeof window.__bench.drawn === 'number', null, { timeout: 120000 });
  await page.evaluate(() => {
    const select = [...document.querySelectorAll('.pooled select')][0];
    window.__bench.switched = performance.now();
    select.value = '3';
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await page.waitForFunction(() => typeof window.__bench.redrawn === 'number', null, { timeout: 60000 });
  const { start, drawn, switched, redrawn } = await page.evaluate(() => window.__bench);
  await context.close();
  return { read: drawn - start, group: redrawn - switched };
}

console.log(`Competence Matrix team figures, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0].model}, ${count} contributions, median of ${runs}`);
for (const throttle of [1, 4]) {
  const results = [];
  for (let run = 0; run < runs; run++) results.push(await once(throttle));
  console.log(`CPU ${throttle === 1 ? 'unthrottled' : `throttled ${throttle}x`}: read and drawn ${median(results.map((r) => r.read)).toFixed(0)} ms, another group drawn ${median(results.map((r) => r.group)).toFixed(0)} ms`);
}
await browser.close();
await server.close();
