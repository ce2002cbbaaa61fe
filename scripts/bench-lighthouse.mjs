// Lighthouse against the release build in dist/, served on 127.0.0.1 with brotli or gzip as any
// real host serves it (add --uncompressed to see the difference), with Debian's Chromium, as a
// phone (Lighthouse's mobile defaults). Prints the category scores and the metrics of each run,
// the median performance score, and every audit of the last run that did not pass.
// Run: node scripts/bench-lighthouse.mjs [--uncompressed] [--runs N] [--dist dir]
// (after scripts/test or trunk build --release).
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic as serve, root } from './lib/static-server.mjs';

const compress = !process.argv.includes('--uncompressed');
const at = process.argv.indexOf('--runs');
const runs = at > 0 ? Number(process.argv[at + 1]) : 1;
const dist = process.argv.indexOf('--dist');
const server = await serve(dist > 0 ? process.argv[dist + 1] : undefined, { compress });
const chrome = execFileSync('sh', ['-c', 'command -v chromium']).toString().trim();
const scores = [];
let report;
try {
  for (let run = 0; run < runs; run++) {
    const out = join(mkdtempSync(join(tmpdir(), 'lh-')), 'report.json');
    // Asynchronous: the static server lives in this process and must keep answering.
    await promisify(execFile)(join(root, 'node_modules/.bin/lighthouse'), [server.url, '--quiet', '--output=json', `--output-path=${out}`,
      '--only-categories=performance,accessibility,best-practices,seo',
      '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run'],
      { env: { ...process.env, CHROME_PATH: chrome }, timeout: 180000 });
    report = JSON.parse(readFileSync(out, 'utf8'));
    const score = (id) => Math.round(report.categories[id].score * 100);
    const value = (id) => report.audits[id].displayValue;
    scores.push(score('performance'));
    console.log(`run ${run + 1}: performance ${score('performance')}, accessibility ${score('accessibility')}, best practices ${score('best-practices')}, SEO ${score('seo')}; ` +
      `FCP ${value('first-contentful-paint')}, LCP ${value('largest-contentful-paint')}, TBT ${value('total-blocking-time')}, CLS ${value('cumulative-layout-shift')}, SI ${value('speed-index')}`);
  }
} finally {
  await server.close();
}
scores.sort((a, b) => a - b);
console.log(`Lighthouse ${report.lighthouseVersion}, ${report.configSettings.formFactor}, ${compress ? 'served compressed' : 'served uncompressed'}, ` +
  `${new Date(report.fetchTime).toISOString().slice(0, 10)}: median performance ${scores[Math.floor((scores.length - 1) / 2)]} of ${runs} run(s)`);
const failing = Object.values(report.audits).filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual');
if (failing.length) console.log('Not passing:');
for (const audit of failing) console.log(`  - ${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
