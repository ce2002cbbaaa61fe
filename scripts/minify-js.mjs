// Minifies the scripts of a release build with terser (Trunk's own minifier cannot read
// wasm-bindgen's glue), and puts the glue's new hash into the page's integrity attribute, so
// that the browser still checks it. Saves about 2 KB brotli of the first load. Before that, the
// names the wasm and the glue call each other by are made short (scripts/short-names.mjs).
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { minify } from 'terser';
import { shortenNames } from './short-names.mjs';

const integrity = (code) => `sha384-${createHash('sha384').update(code).digest('base64')}`;

export async function minifyScripts(dir) {
  const indexPath = join(dir, 'index.html');
  let html = readFileSync(indexPath, 'utf8');
  // The main module's glue, and the views module's (loaded when one of its views opens: the
  // page holds no integrity attribute for it).
  const glue = readdirSync(dir).filter((name) => /^(competence-matrix-[0-9a-f]+|views)\.js$/.test(name));
  const preloaded = (name) => name !== 'views.js';
  // sw.js stays readable: the build and the upgrade test stamp its VERSION and ASSETS lines.
  for (const name of [...glue, 'first-paint.js']) {
    const path = join(dir, name);
    const original = readFileSync(path, 'utf8');
    let code = original;
    if (glue.includes(name)) {
      const wasmPath = join(dir, name.replace(/\.js$/, '_bg.wasm'));
      const wasm = readFileSync(wasmPath);
      const short = shortenNames(wasm, code);
      writeFileSync(wasmPath, short.wasm);
      code = short.glue;
      const before = integrity(wasm);
      if (html.includes(before)) html = html.replace(before, integrity(short.wasm));
      else if (preloaded(name)) throw new Error(`index.html has no integrity attribute for ${wasmPath}`);
    }
    // The glue is an ES module whose exports the boot script imports by name; first-paint.js is
    // a classic script wrapped in a function of its own.
    const module = glue.includes(name);
    const result = await minify(code, { module, ecma: 2020, compress: { passes: 2 }, mangle: true });
    if (!result.code) throw new Error(`terser returned nothing for ${name}`);
    writeFileSync(path, result.code);
    const before = integrity(original);
    if (html.includes(before)) html = html.replace(before, integrity(result.code));
    else if (module && preloaded(name)) throw new Error(`index.html has no integrity attribute for ${name}`);
  }
  // wasm-bindgen's snippets (the views module's loader): ES modules the glue imports by name,
  // modulepreloaded with an integrity attribute.
  const snippets = join(dir, 'snippets');
  for (const name of readdirSync(snippets, { recursive: true }).filter((n) => n.endsWith('.js'))) {
    const path = join(snippets, name);
    const original = readFileSync(path, 'utf8');
    const result = await minify(original, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true });
    if (!result.code) throw new Error(`terser returned nothing for ${name}`);
    writeFileSync(path, result.code);
    const before = integrity(original);
    if (!html.includes(before)) throw new Error(`index.html has no integrity attribute for snippet ${name}`);
    html = html.replace(before, integrity(result.code));
  }
  writeFileSync(indexPath, html);
}
