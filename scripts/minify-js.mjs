// Minifies the scripts of a release build with terser (a maintained minifier; Trunk's own cannot
// read wasm-bindgen's glue): the glue, the split modules' loader and wasm-bindgen's snippets (ES
// modules), and first-paint.js (a classic script). sw.js stays readable: the build and the upgrade
// test stamp its VERSION and ASSETS lines. Run before the page's integrity attributes are written.
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { minify } from 'terser';

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

export async function minifyScripts(dir, folder) {
  const modules = files(join(dir, folder)).filter((path) => path.endsWith('.js'));
  for (const [path, module] of [...modules.map((p) => [p, true]), [join(dir, 'first-paint.js'), false]]) {
    const result = await minify(readFileSync(path, 'utf8'), { module, ecma: 2020, compress: { passes: 2 }, mangle: true });
    if (!result.code) throw new Error(`terser returned nothing for ${relative(dir, path)}`);
    writeFileSync(path, result.code);
  }
}
