// Trunk post-build hook, on the staged build (Trunk has copied the page's assets and processed
// the stylesheets; the WebAssembly is ours):
// 1. builds the app's wasm, with the later-loading views split off (scripts/build-wasm.mjs), into
//    a folder named after its content;
// 2. writes the interface's texts into a folder named after their content; minifies the profile
//    files (the copies in public/ stay readable) and, in a release build, the scripts
//    (scripts/minify-js.mjs, terser); says the frame-blocked message in every language;
// 3. writes the boot script into a file named after its content (the page runs under a
//    Content-Security-Policy with no inline script) and links it, the glue and the main module
//    from the page, with integrity attributes;
// 4. in a release build, pre-renders the page: the app's own components, rendered natively by
//    Leptos once per language (src/prerender.rs, src/ui/first_paint.rs), are written into
//    index.html, so that a visitor sees the matrix before the code has arrived — no browser
//    involved;
// 5. stamps the service worker with the build's version and its list of files
//    (scripts/stamp-sw.mjs).
import { readFileSync, writeFileSync, readdirSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { buildWasm, bootScript, GLUE, MAIN_WASM } from './build-wasm.mjs';
import { minifyScripts } from './minify-js.mjs';
import { stampServiceWorker } from './stamp-sw.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this from a Trunk hook');
const root = join(import.meta.dirname, '..');
const release = process.env.TRUNK_PROFILE === 'release';

const folder = buildWasm(root, dir, { release });

// The interface's texts, one file per language (public/locales, checked by build.rs), minified
// into a folder named after their content, which the page names on its <html> element for the
// app and first-paint.js: a tab of this version always reads this version's texts. Each file is
// shipped in two: `<code>.json`, what the matrix needs, and `<code>.documents.json`, the
// documents' texts, fetched with the later-loading views (src/core/words/texts.rs).
const languages = JSON.parse(readFileSync(join(root, 'public/locales/languages.json'), 'utf8'));
const texts = languages.flatMap((code) => {
  const { documents, ...rest } = JSON.parse(readFileSync(join(root, `public/locales/${code}.json`), 'utf8'));
  return [[`${code}.json`, JSON.stringify(rest)], [`${code}.documents.json`, JSON.stringify({ language: code, documents })]];
});
const textsHash = createHash('sha256');
for (const [name, text] of texts) textsHash.update(name).update(text);
const locales = `locales-${textsHash.digest('hex').slice(0, 16)}`;
mkdirSync(join(dir, locales));
for (const [name, text] of texts) writeFileSync(join(dir, locales, name), text);

const profiles = join(dir, 'profiles');
for (const file of readdirSync(profiles).filter((n) => n.endsWith('.json'))) {
  const path = join(profiles, file);
  writeFileSync(path, JSON.stringify(JSON.parse(readFileSync(path, 'utf8'))));
}

if (release) await minifyScripts(dir, folder);

const integrity = (path) => `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;
const boot = bootScript(folder);
const bootName = `boot-${createHash('sha256').update(boot).digest('hex').slice(0, 16)}.js`;
writeFileSync(join(dir, bootName), boot);
const indexPath = join(dir, 'index.html');
const html = readFileSync(indexPath, 'utf8');
const links = [
  `<link rel="modulepreload" href="./${folder}/${GLUE}" crossorigin integrity="${integrity(join(dir, folder, GLUE))}">`,
  // (The main module is fetched by public/first-paint.js, named by <html data-wasm>, and handed
  // to the boot script.)
  `<script type="module" src="./${bootName}" integrity="${integrity(join(dir, bootName))}"></script>`,
].join('');
if (!html.includes('</head>')) throw new Error('index.html has no </head>');
// What a frame the app cannot run in says, in every language (see public/first-paint.js).
const blocked = /<div class="?frame-blocked"? role="?alert"?>[\s\S]*?<\/div>/;
if (!blocked.test(html)) throw new Error('index.html has no frame-blocked message');
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const said = languages.map((code) => {
  const { shell } = JSON.parse(readFileSync(join(root, `public/locales/${code}.json`), 'utf8'));
  return `<p lang="${code}">${escape(shell.frame_blocked)}</p>`;
}).join('');
// The later-loading views' stylesheet is not linked from the page: the first view that needs it
// links it (src/web/page.rs, views_stylesheet), so that a first visit does not wait for it.
const viewsLink = /<link[^>]*href="?\.\/(views-[0-9a-f]+\.css)"?[^>]*>/;
const viewsCss = viewsLink.exec(html)?.[1];
if (!viewsCss) throw new Error('index.html links no views-<hash>.css');
const htmlTag = /<html lang="?en"?>/;
if (!htmlTag.test(html)) throw new Error('index.html has no <html lang="en">');
writeFileSync(indexPath, html.replace(viewsLink, '').replace('</head>', `${links}</head>`)
  .replace(blocked, () => `<div class="frame-blocked" role="alert">${said}</div>`)
  .replace(htmlTag, `<html lang="en" data-languages="${languages.join(' ')}" data-locales="${locales}" data-wasm="${folder}/${MAIN_WASM}"`
    + ` data-views-css="${viewsCss}" data-views-css-integrity="${integrity(join(dir, viewsCss))}">`));

// (The test profile: the native tests have built the same code already. `PRERENDER=0` skips it.)
if (release && process.env.PRERENDER !== '0') {
  execFileSync('cargo', ['run', '--quiet', '--offline', '--profile', 'test', '--bin', 'prerender', '--', dir],
    { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
}
stampServiceWorker(dir);
