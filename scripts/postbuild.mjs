// Trunk post-build hook, on the staged build:
// 1. moves the inline module script that Trunk writes into index.html into a file named after
//    its content, so that the page runs under a Content-Security-Policy with no inline script;
// 2. minifies the profile files (the copies in public/ stay readable);
// 3. in a release build, minifies the scripts (scripts/minify-js.mjs), names the views module's
//    files after their content, then pre-renders the
//    page: the real app, run once per language in headless Chromium, is written into
//    index.html, so that a visitor sees the matrix before the code has arrived
//    (scripts/prerender.mjs);
// 4. stamps the service worker with the build's version and its list of files
//    (scripts/stamp-sw.mjs).
import { readFileSync, writeFileSync, readdirSync, renameSync, unlinkSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { prerender } from './prerender.mjs';
import { minifyScripts } from './minify-js.mjs';
import { stampServiceWorker } from './stamp-sw.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this from a Trunk hook');
const indexPath = join(dir, 'index.html');
const html = readFileSync(indexPath, 'utf8');
// Trunk's minifier may drop the attribute quotes.
const inline = /<script type="?module"?>([\s\S]*?)<\/script>/;
const match = html.match(inline);
if (!match) throw new Error('no inline module script found in index.html');
const code = match[1].trim() + '\n';
const name = `boot-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
writeFileSync(join(dir, name), code);
writeFileSync(indexPath, html.replace(inline, `<script type="module" src="./${name}"></script>`));

const profiles = join(dir, 'profiles');
for (const file of readdirSync(profiles).filter((n) => n.endsWith('.json'))) {
  const path = join(profiles, file);
  writeFileSync(path, JSON.stringify(JSON.parse(readFileSync(path, 'utf8'))));
}

if (process.env.TRUNK_PROFILE === 'release') {
  await minifyScripts(dir);
  nameViewsModule();
}
if (process.env.TRUNK_PROFILE === 'release' && process.env.PRERENDER !== '0') await prerender(dir);
stampServiceWorker(dir);

// The views module's files and its stylesheet (Trunk names a `data-type="worker"` module after
// its binary) get a name from their content, as every other file does, so that no cache can
// pair an old one with a new page; the page's meta tag tells the app the glue's name (the
// stylesheet's is the same, ending in .css).
function nameViewsModule() {
  const glue = readFileSync(join(dir, 'views.js'));
  const wasm = readFileSync(join(dir, 'views_bg.wasm'));
  // Its stylesheet, without comments and runs of white space (the page loads it beside the glue).
  const css = readFileSync(join(dir, 'views.css'), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/;}/g, '}')
    .trim();
  const stem = `views-${createHash('sha256').update(glue).update(wasm).update(css).digest('hex').slice(0, 16)}`;
  renameSync(join(dir, 'views.js'), join(dir, `${stem}.js`));
  renameSync(join(dir, 'views_bg.wasm'), join(dir, `${stem}_bg.wasm`));
  writeFileSync(join(dir, `${stem}.css`), css + '\n');
  unlinkSync(join(dir, 'views.css'));
  const page = readFileSync(indexPath, 'utf8');
  const meta = /<meta content="?\.\/views\.js"? name="?competence-matrix-views"?>/;
  if (!meta.test(page)) throw new Error('index.html has no competence-matrix-views meta tag');
  writeFileSync(indexPath, page.replace(meta, `<meta content=./${stem}.js name=competence-matrix-views>`));
}
