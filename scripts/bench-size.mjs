// Prints the size of every file the app ships (dist/, the release build) and of the whole first
// transfer, raw, gzip and brotli (maximum levels, as a static host would pre-compress).
// Run: node scripts/bench-size.mjs            (measures dist/ as it is)
//      node scripts/bench-size.mjs --build    (builds the release first)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { root, dist } from '../tests/e2e/support.mjs';

if (process.argv.includes('--build')) {
  execFileSync('trunk', ['build', '--release', '--offline'], { cwd: root, stdio: 'inherit',
    env: { ...process.env, PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}` } });
}

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const kb = (n) => (n / 1024).toFixed(1).padStart(8);
const rows = files(dist).map((path) => {
  const body = readFileSync(path);
  return {
    file: relative(dist, path),
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}).sort((a, b) => b.raw - a.raw);

console.log(`${'file'.padEnd(48)} ${'raw KB'.padStart(8)} ${'gzip KB'.padStart(8)} ${'br KB'.padStart(8)}`);
for (const row of rows) console.log(`${row.file.padEnd(48)} ${kb(row.raw)} ${kb(row.gzip)} ${kb(row.brotli)}`);
// The first visit loads the page, the first-paint and boot scripts, the JS glue, the wasm, the CSS
// and the profile.
const firstLoad = rows.filter((r) => /^(index\.html|first-paint\.js|boot-.*\.js|competence-matrix-.*\.(js|wasm)|snippets\/.*\.js|app-.*\.css|profiles\/ima-msp\.json)$/.test(r.file));
const sum = (key) => firstLoad.reduce((total, row) => total + row[key], 0);
console.log(`${'first load (html, scripts, wasm, css, profile)'.padEnd(48)} ${kb(sum('raw'))} ${kb(sum('gzip'))} ${kb(sum('brotli'))}`);
