// Lighthouse against the release build in dist/, served on 127.0.0.1, with Debian's Chromium,
// as a phone (Lighthouse's mobile defaults). Prints the category scores and every audit that
// did not pass. Run: node scripts/bench-lighthouse.mjs (after scripts/test or trunk build --release)
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, root } from '../tests/e2e/support.mjs';

const server = await serve();
const out = join(mkdtempSync(join(tmpdir(), 'lh-')), 'report.json');
const chrome = execFileSync('sh', ['-c', 'command -v chromium']).toString().trim();
try {
  // Asynchronous: the static server lives in this process and must keep answering.
  await promisify(execFile)(join(root, 'node_modules/.bin/lighthouse'), [server.url, '--quiet', '--output=json', `--output-path=${out}`,
    '--only-categories=performance,accessibility,best-practices,seo',
    '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run'],
    { env: { ...process.env, CHROME_PATH: chrome }, timeout: 180000 });
} finally {
  await server.close();
}
const report = JSON.parse(readFileSync(out, 'utf8'));
console.log(`Lighthouse ${report.lighthouseVersion}, ${report.configSettings.formFactor}, ${new Date(report.fetchTime).toISOString().slice(0, 10)}`);
for (const category of Object.values(report.categories)) console.log(`  ${category.title}: ${Math.round(category.score * 100)}`);
const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];
for (const id of metrics) console.log(`  ${report.audits[id].title}: ${report.audits[id].displayValue}`);
const failing = Object.values(report.audits).filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual');
if (failing.length) console.log('Not passing:');
for (const audit of failing) console.log(`  - ${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
