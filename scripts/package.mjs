// Makes the release an association hosts without Rust: competence-matrix-<version>.zip, from a
// release build (dist/, `trunk build --release --offline`), holding
//   README.md       how a webmaster deploys it, in five steps (docs/hosting/README.md)
//   app/            every file to upload, each with its compressed copies beside it (file.br,
//                   file.gz), profiles/ for the association's own profile file, Apache's
//                   .htaccess and a static host's _headers
//   hosting/        nginx.conf and Caddyfile
// The server configurations (docs/hosting/) get the app's Content-Security-Policy from the built
// page itself, so that they never disagree with it; the static host's _headers names this
// build's hashed files.
// Usage: node scripts/package.mjs [--dist dist] [--out target/package]   (prints the zip's path)
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const root = join(fileURLToPath(import.meta.url), '../..');
const hosting = join(root, 'docs/hosting');

/** Files that compress: text, and the WebAssembly. Images are compressed already. */
const COMPRESSIBLE = /\.(html|js|mjs|css|json|webmanifest|svg|wasm|txt)$/;

/** Files named after their content (as public/sw.js and the configurations tell them). */
export const HASHED = /-[0-9a-f]{12,16}(_bg)?\.(js|wasm|css)$|\/(wasm|locales)-[0-9a-f]{16}\//;

/** Where a configuration names the sites that may frame the app: what a webmaster edits. */
export const EXAMPLE_SITE = 'https://www.your-association.example';

export function version() {
  const cargo = readFileSync(join(root, 'Cargo.toml'), 'utf8');
  const found = /^\[package\][^[]*?^version\s*=\s*"([^"]+)"/m.exec(cargo);
  if (!found) throw new Error('Cargo.toml has no [package] version');
  return found[1];
}

/** The policy of the built page's <meta http-equiv="Content-Security-Policy">. */
export function pagePolicy(html) {
  for (const [tag] of html.matchAll(/<meta\s[^>]*>/gi)) {
    if (!/http-equiv=["']?Content-Security-Policy\b/i.test(tag)) continue;
    const content = /content=(?:"([^"]*)"|'([^']*)')/i.exec(tag);
    if (content) return content[1] ?? content[2];
  }
  throw new Error('the built page has no Content-Security-Policy meta tag');
}

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

/** Writes file.br (brotli, highest quality) and file.gz (gzip -9) beside every compressible file. */
function precompress(dir) {
  for (const path of [...files(dir)]) {
    if (!COMPRESSIBLE.test(path)) continue;
    const bytes = readFileSync(path);
    writeFileSync(`${path}.br`, brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        [constants.BROTLI_PARAM_MODE]: path.endsWith('.wasm') ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
      },
    }));
    writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
  }
}

/** A static host's _headers (Netlify, Cloudflare Pages): the app's folder is the site's root. */
function staticHeaders(app, policy) {
  const lines = [
    '# Competence Matrix on a static host that reads a _headers file (Netlify, Cloudflare Pages),',
    '# with the app\'s folder as the site\'s root. Such hosts compress by themselves.',
    `# EDIT: in frame-ancestors, put your member pages' origin(s) in place of ${EXAMPLE_SITE}.`,
    '/*',
    `  Content-Security-Policy: ${policy}; frame-ancestors 'self' ${EXAMPLE_SITE}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: no-referrer',
    '# Named after their content, never changed under their name: kept for a year.',
  ];
  // Each rule names one path or folder, so that no two rules give one file two Cache-Controls
  // (such hosts join the values of every rule that matches).
  const top = readdirSync(app).filter((name) => !/\.(br|gz)$/.test(name) && name !== '_headers' && !name.startsWith('.'));
  const hashed = top.filter((name) => HASHED.test(`/${name}${statSync(join(app, name)).isDirectory() ? '/' : ''}`));
  for (const name of hashed) {
    lines.push(statSync(join(app, name)).isDirectory() ? `/${name}/*` : `/${name}`, '  Cache-Control: public, max-age=31536000, immutable');
  }
  lines.push('# The page, the service worker and the profiles: checked again on every visit.');
  for (const name of ['', ...top.filter((name) => !hashed.includes(name))]) {
    lines.push(name && statSync(join(app, name)).isDirectory() ? `/${name}/*` : `/${name}`, '  Cache-Control: no-cache');
  }
  return `${lines.join('\n')}\n`;
}

export function makePackage({ dist = join(root, 'dist'), out = join(root, 'target/package') } = {}) {
  const page = join(dist, 'index.html');
  const html = readFileSync(page, 'utf8');
  // Only a release build holds the pre-rendered matrix (scripts/postbuild.mjs).
  if (!html.includes('class="prerendered"')) throw new Error(`${dist} is not a release build: run trunk build --release --offline`);
  const policy = pagePolicy(html);
  const name = `competence-matrix-${version()}`;
  const stage = join(out, name);
  rmSync(stage, { recursive: true, force: true });
  rmSync(`${stage}.zip`, { force: true });
  mkdirSync(join(stage, 'hosting'), { recursive: true });

  const app = join(stage, 'app');
  cpSync(dist, app, { recursive: true, filter: (path) => !/\.(br|gz)$/.test(path) });
  mkdirSync(join(app, 'profiles'), { recursive: true });
  const fill = (file) => readFileSync(join(hosting, file), 'utf8').replaceAll('@CSP@', policy);
  writeFileSync(join(app, '.htaccess'), fill('htaccess'));
  writeFileSync(join(app, '_headers'), staticHeaders(app, policy));
  precompress(app);
  writeFileSync(join(stage, 'hosting/nginx.conf'), fill('nginx.conf'));
  writeFileSync(join(stage, 'hosting/Caddyfile'), fill('Caddyfile'));
  writeFileSync(join(stage, 'README.md'), readFileSync(join(hosting, 'README.md'), 'utf8').replaceAll('@VERSION@', version()));

  // -X: no extra file attributes; the folder inside the zip carries the version's name.
  execFileSync('zip', ['-r', '-X', '-q', `${name}.zip`, name], { cwd: out });
  return join(out, `${name}.zip`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const option = (flag) => {
    const at = process.argv.indexOf(flag);
    return at > 0 ? process.argv[at + 1] : undefined;
  };
  const zip = makePackage({ dist: option('--dist'), out: option('--out') });
  const size = (statSync(zip).size / 1024).toFixed(0);
  console.log(`${relative(process.cwd(), zip) || basename(zip)} (${size} KB)`);
}
