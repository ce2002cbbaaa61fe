// The release an association hosts without Rust (scripts/package.mjs): the zip of the release
// build unpacked as its webmaster would, the association's own profile dropped into profiles/,
// served by real web servers from Debian's packages with the configurations in the zip, edited
// as its README says. nginx serves the browser journeys (the matrix, the association's profile,
// the embed on another origin, offline); nginx, Apache and Caddy each answer with the
// precompressed files, the right types, the policy as a header and the caching the README says.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chmod, mkdir, mkdtemp, readFile, readdir, stat, writeFile, copyFile, rm } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { makePackage, pagePolicy, version } from '../../scripts/package.mjs';
import { serve, launch, phone, desktop, openApp, reload, root, dist, until, artefact } from './support.mjs';
import { get, startNginx, startApache, startCaddy } from './hosting.mjs';

const communication = (page) => page.getByRole('radiogroup', { name: 'Communication', exact: true });
const OWN_ITEM = 'Plan the members’ congress';
const OWN_NAME = 'NVMA profile for management assistants';

let work, unpacked, app, zip, host, browser, nginx;
const servers = [];

/** Every file under `dir`, as paths relative to it. */
async function listed(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(relative(dir, join(entry.parentPath ?? entry.path, entry.name)));
  }
  return out.sort();
}

before(async () => {
  work = await mkdtemp(join(tmpdir(), 'package-'));
  // The servers' workers run as another user where the test runs as root: they read the
  // unpacked files through this folder.
  await chmod(work, 0o755);
  zip = makePackage({ dist, out: work });
  execFileSync('unzip', ['-q', zip, '-d', join(work, 'unpacked')]);
  unpacked = join(work, 'unpacked', `competence-matrix-${version()}`);
  app = join(unpacked, 'app');
  // Step 1 of the README: the association's own profile, beside the IMA one.
  const ima = JSON.parse(await readFile(join(app, 'profiles/ima-msp.json'), 'utf8'));
  ima.id = 'nvma';
  ima.version = '2026.1';
  ima.name = { en: OWN_NAME, nl: 'NVMA-profiel voor managementassistenten' };
  ima.blocks[0].items[0] = { id: 'task.congress', text: { en: OWN_ITEM, nl: 'Het ledencongres plannen' } };
  await writeFile(join(app, 'profiles/nvma.json'), JSON.stringify(ima, null, 2));

  // The member pages: another origin, allowed to frame the app.
  const hostDir = join(work, 'host');
  await mkdir(hostDir);
  await copyFile(join(root, 'docs/embed-host.js'), join(hostDir, 'embed-host.js'));
  host = await serve(hostDir, { requireIndex: false });
  const framers = new URL(host.url).origin;
  nginx = await startNginx(unpacked, app, framers, join(work, 'nginx'));
  servers.push(nginx);
  servers.push(await startApache(app, framers, join(work, 'apache')));
  servers.push(await startCaddy(unpacked, app, framers, join(work, 'caddy')));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await Promise.all(servers.map((server) => server.close()));
  await host?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

test('the package: the built app with compressed copies of every file, profiles/, a configuration for each kind of host and a README in five steps', async () => {
  const files = await listed(unpacked);
  const built = await listed(dist);
  for (const file of built) assert.ok(files.includes(join('app', file)), `app/${file} is in the package`);
  for (const file of ['README.md', 'hosting/nginx.conf', 'hosting/Caddyfile', 'app/.htaccess', 'app/_headers', 'app/profiles/ima-msp.json']) {
    assert.ok(files.includes(file), `${file} is in the package`);
  }
  // Each compressible file has both copies, and each copy holds exactly the file.
  const compressible = built.filter((file) => /\.(html|js|css|json|webmanifest|svg|wasm)$/.test(file));
  assert.ok(compressible.length > 20, `${compressible.length} files to compress`);
  for (const file of compressible) {
    const bytes = await readFile(join(dist, file));
    assert.deepEqual(brotliDecompressSync(await readFile(join(app, `${file}.br`))), bytes, `${file}.br`);
    assert.deepEqual(gunzipSync(await readFile(join(app, `${file}.gz`))), bytes, `${file}.gz`);
  }
  // The configurations carry the built page's own policy, with the site to edit.
  const policy = pagePolicy(await readFile(join(dist, 'index.html'), 'utf8'));
  for (const file of ['hosting/nginx.conf', 'hosting/Caddyfile', 'app/_headers']) {
    const text = await readFile(join(unpacked, file), 'utf8');
    assert.ok(text.includes(`${policy}; frame-ancestors 'self' https://www.your-association.example`), `${file} sends the page's policy`);
    assert.doesNotMatch(text, /@[A-Z]+@/, `${file} has no placeholder left`);
  }
  // The static host's rules name this build's hashed files.
  const headers = await readFile(join(app, '_headers'), 'utf8');
  const wasm = (await readdir(dist)).find((name) => name.startsWith('wasm-'));
  assert.match(headers, new RegExp(`^/${wasm}/\\*\\n  Cache-Control: public, max-age=31536000, immutable$`, 'm'));
  const readme = await readFile(join(unpacked, 'README.md'), 'utf8');
  assert.deepEqual([...readme.matchAll(/^(\d)\. \*\*/gm)].map((m) => m[1]), ['1', '2', '3', '4', '5'], 'five numbered steps');
  assert.match(readme, new RegExp(`Competence Matrix ${version().replace(/\./g, '\\.')}`));
  console.log(`# ${relative(work, zip)}: ${((await stat(zip)).size / 1024).toFixed(0)} KB`);
});

test('nginx, Apache and Caddy each send the compressed copy the browser accepts, its own type, the policy as a header, and cache only what is named after its content', async () => {
  const policy = pagePolicy(await readFile(join(dist, 'index.html'), 'utf8'));
  const framers = new URL(host.url).origin;
  const wasmDir = (await readdir(dist)).find((name) => name.startsWith('wasm-'));
  const mainWasm = `${wasmDir}/${(await readdir(join(dist, wasmDir))).find((name) => name.endsWith('_bg.wasm'))}`;
  const cases = [
    ['', 'index.html', 'text/html', 'no-cache'],
    [mainWasm, mainWasm, 'application/wasm', 'public, max-age=31536000, immutable'],
    ['sw.js', 'sw.js', 'text/javascript', 'no-cache'],
    ['manifest.webmanifest', 'manifest.webmanifest', 'application/manifest+json', 'no-cache'],
    ['profiles/ima-msp.json', 'profiles/ima-msp.json', 'application/json', 'no-cache'],
  ];
  for (const server of servers) {
    for (const [path, file, type, caching] of cases) {
      const bytes = await readFile(join(app, file));
      for (const [accepts, encoding] of [['br, gzip', server.brotli ? 'br' : 'gzip'], ['gzip', 'gzip'], ['', undefined]]) {
        const what = `${server.name} /${path} for “${accepts}”`;
        const answer = await get(server.url + path, accepts ? { 'accept-encoding': accepts } : {});
        assert.equal(answer.status, 200, what);
        assert.equal(answer.headers['content-encoding'], encoding, `${what}: the encoding`);
        const body = encoding === 'br' ? brotliDecompressSync(answer.body) : encoding === 'gzip' ? gunzipSync(answer.body) : answer.body;
        assert.ok(body.equals(bytes), `${what}: the file itself`);
        if (encoding) assert.ok(answer.body.equals(await readFile(join(app, `${file}.${encoding === 'br' ? 'br' : 'gz'}`))), `${what}: the precompressed copy, not compressed again`);
        // nginx names JavaScript application/javascript, the others text/javascript: both are
        // JavaScript's types to a browser.
        const said = answer.headers['content-type']?.split(';')[0].replace('application/javascript', 'text/javascript');
        assert.equal(said, type, `${what}: the type`);
        assert.match(String(answer.headers.vary), /Accept-Encoding/i, `${what}: Vary`);
        assert.equal(answer.headers['cache-control'], caching, `${what}: caching`);
        assert.equal(answer.headers['content-security-policy'], `${policy}; frame-ancestors 'self' ${framers}`, `${what}: the policy`);
        assert.equal(answer.headers['x-content-type-options'], 'nosniff', what);
      }
    }
    // The association's profile, dropped in without compressed copies, is served as it is.
    const own = await get(`${server.url}profiles/nvma.json`, { 'accept-encoding': 'br, gzip' });
    assert.equal(own.status, 200, `${server.name} serves the association's profile`);
    // The host's files are not for visitors.
    for (const path of ['.htaccess', '_headers']) {
      const answer = await get(server.url + path);
      assert.ok([403, 404].includes(answer.status), `${server.name} refuses /${path} (${answer.status})`);
    }
  }
});

test('from nginx on a phone: the matrix, compressed and under the policy it sends; an answer kept over a reload; the association\'s own profile', async () => {
  const context = await browser.newContext(phone);
  const page = await context.newPage();
  const encodings = new Map();
  page.on('response', async (response) => {
    const path = new URL(response.url()).pathname;
    encodings.set(path, (await response.allHeaders())['content-encoding']);
  });
  await page.goto(nginx.url);
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
  const wasm = [...encodings.keys()].find((path) => path.endsWith('_bg.wasm'));
  assert.ok(wasm, 'the main module was fetched');
  assert.equal(encodings.get(wasm), nginx.brotli ? 'br' : 'gzip', 'the main module arrives compressed');
  assert.equal(encodings.get('/'), nginx.brotli ? 'br' : 'gzip', 'the page arrives compressed');
  await communication(page).getByRole('radio', { name: '4 Business partner' }).check();
  await reload(page);
  assert.ok(await communication(page).getByRole('radio', { name: '4 Business partner' }).isChecked());

  await page.goto(`${nginx.url}?profile=profiles/nvma.json`);
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
  await page.getByRole('radiogroup', { name: OWN_ITEM }).getByRole('radio', { name: 'Owner' }).check();
  await reload(page);
  assert.ok(await page.getByRole('radiogroup', { name: OWN_ITEM }).getByRole('radio', { name: 'Owner' }).isChecked());
  await page.screenshot({ path: await artefact('package-nginx-own-profile.png') });
  await context.close();
});

test('from nginx, embedded on the association\'s pages (another origin) with its own profile in Dutch; refused in a frame on a site the configuration does not name', async () => {
  const context = await browser.newContext(desktop);
  const frameSrc = `${nginx.url}?embed&lang=nl&profile=profiles/nvma.json`;
  const hostPage = (name) => `<!doctype html><html lang="nl"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${name}</title></head>
<body style="margin:0"><h1>Ledenpagina</h1>
<iframe id="competence-matrix" title="Competence Matrix" src="${frameSrc}" style="width:100%;border:0;height:150px"></iframe>
<script src="embed-host.js"></script></body></html>`;
  await writeFile(join(work, 'host/members.html'), hostPage('NVMA'));
  const members = await openApp(context, `${host.url}members.html`, { wait: false });
  const frame = members.frameLocator('#competence-matrix');
  await frame.locator('html[data-app=ready]').waitFor({ state: 'attached' });
  await frame.getByRole('radiogroup', { name: 'Het ledencongres plannen' }).waitFor();
  // The frame grows to its content: the height message crossed the origins.
  await until(() => members.evaluate(() => document.getElementById('competence-matrix').offsetHeight > 1000), 'the frame to grow', 15000);
  await members.screenshot({ path: await artefact('package-nginx-embedded.png') });

  // The same page on an origin the configuration does not name (localhost is not 127.0.0.1):
  // the browser refuses to show the app in its frame, by the header's frame-ancestors.
  const elsewhere = `${host.url.replace('127.0.0.1', 'localhost')}members.html`;
  context.expect(/frame-ancestors|Refused to frame/);
  const other = await context.newPage();
  const refused = new Promise((ok) => other.on('console', (message) => { if (/frame-ancestors/.test(message.text())) ok(); }));
  await other.goto(elsewhere);
  await refused;
  const inner = other.frames().find((f) => f !== other.mainFrame());
  assert.equal(await inner.evaluate(() => document.documentElement.dataset.app ?? null).catch(() => null), null, 'no app in the refused frame');
  await context.close();
});

test('a new version of the association\'s profile that renames an item and merges two: the answers move with them, said once', async () => {
  // Version 2026.1 is the IMA profile under the association's name; 2027.1 renames
  // Communication (a new id) and merges MS Office and Digital competence.
  const first = JSON.parse(await readFile(join(app, 'profiles/ima-msp.json'), 'utf8'));
  Object.assign(first, { id: 'nvma-versions', version: '2026.1' });
  const file = join(app, 'profiles/nvma-versions.json');
  await writeFile(file, JSON.stringify(first));
  const context = await browser.newContext(phone);
  const page = await openApp(context, `${nginx.url}?profile=profiles/nvma-versions.json`);
  const group = (name) => page.getByRole('radiogroup', { name, exact: true });
  await group('Communication').getByRole('radio', { name: '4 Business partner' }).check();
  await page.getByRole('textbox', { name: 'Evidence for Communication' }).fill('Wrote the CEO’s letters');
  await group('MS Office').getByRole('radio', { name: '3 Proactive' }).check();
  await group('Digital competence').getByRole('radio', { name: '3 Proactive' }).check();
  await group('Leadership').getByRole('radio', { name: '2 Independent' }).check();

  const second = structuredClone(first);
  second.version = '2027.1';
  second.previous = { version: '2026.1', items: first.blocks.flatMap((block) => block.items.map((item) => item.id)) };
  const skills = second.blocks.find((block) => block.items.some((item) => item.id === 'skill.communication'));
  const office = skills.items.find((item) => item.text.en === 'MS Office');
  const digital = skills.items.find((item) => item.text.en === 'Digital competence');
  skills.items = skills.items.flatMap((item) => {
    if (item.id === 'skill.communication') {
      return [{ id: 'skill.communicating', text: { en: 'Communicating', nl: 'Communiceren' }, replaces: [item.id] }];
    }
    if (item === office) {
      return [{ id: 'skill.office-digital', text: { en: 'Office and digital tools', nl: 'Kantoor- en digitale middelen' }, replaces: [office.id, digital.id] }];
    }
    return item === digital ? [] : [item];
  });
  await writeFile(file, JSON.stringify(second));

  await reload(page);
  const told = page.getByRole('status').filter({ hasText: 'Your profile was updated to version 2027.1: renamed: 1, merged: 1. 2 of your answers moved to the items that replace them.' });
  await told.waitFor();
  // It is on screen: the page does not open further down, where the member left off.
  assert.ok(await told.evaluate((notice) => { const box = notice.getBoundingClientRect(); return box.top >= 0 && box.bottom <= innerHeight; }), 'the notice is in view');
  assert.ok(await group('Communicating').getByRole('radio', { name: '4 Business partner' }).isChecked());
  assert.equal(await page.getByRole('textbox', { name: 'Evidence for Communicating' }).inputValue(), 'Wrote the CEO’s letters');
  assert.ok(await group('Office and digital tools').getByRole('radio', { name: '3 Proactive' }).isChecked(), 'merged, answered alike');
  assert.ok(await group('Leadership').getByRole('radio', { name: '2 Independent' }).isChecked(), 'an item kept is untouched');
  assert.equal(await page.getByRole('radiogroup', { name: 'Communication', exact: true }).count(), 0, 'not kept twice');
  await page.screenshot({ path: await artefact('package-profile-updated.png') });
  // Said once: the answers are stored with the new version.
  await reload(page);
  assert.ok(await group('Communicating').getByRole('radio', { name: '4 Business partner' }).isChecked());
  assert.equal(await page.getByText('Your profile was updated').count(), 0);
  await context.close();
});

test('from nginx, after one visit: the app and the association\'s profile open offline, with the answers', async () => {
  const context = await browser.newContext(phone);
  const page = await openApp(context, `${nginx.url}?profile=profiles/nvma.json`);
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await until(() => page.evaluate(() => navigator.serviceWorker.controller !== null), 'the worker to control the page', 15000);
  await page.getByRole('radiogroup', { name: OWN_ITEM }).getByRole('radio', { name: 'Owner' }).check();
  await context.setOffline(true);
  await reload(page);
  assert.ok(await page.getByRole('radiogroup', { name: OWN_ITEM }).getByRole('radio', { name: 'Owner' }).isChecked());
  await context.setOffline(false);
  await context.close();
});
