// Prints the size of every file the app ships (dist/, the release build), of the first load,
// of the later-loading code and of everything, raw, gzip and brotli (maximum levels, as a
// static host would pre-compress).
// Run: node scripts/bench-size.mjs            (measures dist/ as it is)
//      node scripts/bench-size.mjs --build    (builds the release first)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { root, dist } from './lib/static-server.mjs';

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
const line = (label, rows) => {
  const sum = (key) => rows.reduce((total, row) => total + row[key], 0);
  console.log(`${label.padEnd(48)} ${kb(sum('raw'))} ${kb(sum('gzip'))} ${kb(sum('brotli'))}`);
};
// What a phone fetches before the matrix works: the page, the first-paint and boot scripts, the
// glue and the main wasm module, the stylesheets, the profile and the texts of the language in
// use (English here; Dutch and German are about 1 KB larger). The later-loading views'
// modules (wasm-*/split_*, chunk_* and their loader) and their stylesheet (views-*.css) come
// when a view wants them, and the
// service worker caches everything in the background for offline use.
const first = /^(index\.html|first-paint\.js|boot-.*\.js|wasm-[0-9a-f]+\/competence-matrix(\.js|_bg\.wasm)|app-.*\.css|profiles\/ima-msp\.json|locales-[0-9a-f]+\/en\.json)$/;
line('first load (html, scripts, main wasm, css, profile, texts)', rows.filter((r) => first.test(r.file)));
line('later-loading code (split modules, chunks, loader)', rows.filter((r) => /^wasm-[0-9a-f]+\/(split_|chunk_|__wasm_split)/.test(r.file)));
line('everything the app ships (icons and all)', rows);
