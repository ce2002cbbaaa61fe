// Embedded on another origin, themed by the host, offline after one visit, and private.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, launchPersistent, phone, desktop, openApp, reload, ready, root, artefact, until, openAssessment, openMenu } from './support.mjs';
import { stampServiceWorker } from '../../scripts/stamp-sw.mjs';
import { cp, readFile, readdir, rm } from 'node:fs/promises';
import { createHash } from 'node:crypto';

let app, host, hostDir, browser;
before(async () => {
  app = await serve();
  hostDir = await mkdtemp(join(tmpdir(), 'host-'));
  await copyFile(join(root, 'docs/embed-host.js'), join(hostDir, 'embed-host.js'));
  host = await serve(hostDir, { requireIndex: false });
  browser = await launch();
});
after(async () => { await browser?.close(); await app?.close(); await host?.close(); });

/** A host page on the second origin that embeds the app with `query`, as docs/embedding.md says. */
async function hostPage(name, query) {
  await writeFile(join(hostDir, name), `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Association</title></head>
<body style="margin:0;font-family:serif"><h1>Members' area</h1>
<iframe id="competence-matrix" title="Competence Matrix" src="${app.url}?${query}" style="width:100%;border:0;height:150px"></iframe>
<p>Footer of the association page</p><script src="embed-host.js"></script></body></html>`);
  return host.url + name;
}

const frameOf = (page) => page.frameLocator('#competence-matrix');

test('embedded on another origin: no app chrome, host language and colours, the frame sized to its content, and the host told once it is ready', async () => {
  const context = await browser.newContext(desktop);
  // What the host page hears from the frame.
  await context.addInitScript(() => {
    window.heard = [];
    window.addEventListener('message', (event) => window.heard.push(event.data?.type));
  });
  const readyHeard = (page) => page.evaluate(() => window.heard.filter((type) => type === 'competence-matrix:ready').length);
  const page = await openApp(context, await hostPage('themed.html', 'embed&lang=nl&accent=%23a4262c&font=DejaVu%20Serif'), { wait: false });
  const frame = frameOf(page);
  await frame.locator('html[data-app=ready]').waitFor({ state: 'attached' });
  await frame.getByRole('heading', { name: 'Vaardigheden' }).waitFor();
  assert.equal(await frame.getByRole('banner').count(), 0, 'no app header');
  assert.equal(await frame.getByRole('contentinfo').count(), 0, 'no app footer');
  await frame.getByRole('radiogroup', { name: 'Communicatie', exact: true }).getByRole('radio', { name: '4 Businesspartner' }).check();

  const inner = page.frame({ url: new RegExp(`^${app.url}`) });
  const style = await inner.evaluate(() => {
    const face = document.querySelector('input[name="ac14"]:checked + .face');
    return { accent: getComputedStyle(document.documentElement).getPropertyValue('--accent').trim(),
      face: getComputedStyle(face).backgroundColor, font: getComputedStyle(document.body).fontFamily,
      height: document.body.offsetHeight };
  });
  assert.equal(style.accent, '#a4262c');
  assert.equal(style.face, 'rgb(164, 38, 44)');
  assert.match(style.font, /^"DejaVu Serif"/);
  await page.waitForFunction((h) => Math.abs(document.getElementById('competence-matrix').offsetHeight - h) <= 1, style.height);
  assert.ok(style.height > 2000, `the frame grew to the content (${style.height} px)`);
  assert.equal(await readyHeard(page), 1, 'the host is told once that the app is ready');
  assert.deepEqual([...new Set(await page.evaluate(() => window.heard))].sort(), ['competence-matrix:height', 'competence-matrix:ready'], 'nothing else is sent');
  await page.screenshot({ path: await artefact('embedded.png') });

  // The member may change the language in the frame; the choice is kept.
  await (await openMenu(frame)).getByRole('button', { name: 'English' }).click();
  await frame.getByRole('heading', { name: 'Skills' }).waitFor();
  // The rating and the language persist across a reload of the host page.
  await page.reload();
  await frame.locator('html[data-app=ready]').waitFor({ state: 'attached' });
  await frame.getByRole('heading', { name: 'Skills' }).waitFor();
  assert.ok(await frame.getByRole('radiogroup', { name: 'Communication', exact: true }).getByRole('radio', { name: '4 Business partner' }).isChecked());
  assert.equal(await readyHeard(page), 1, 'after a reload, told once again');
  await context.close();
});

test('hostile theme values change nothing and are reported in the console', async () => {
  const context = await browser.newContext(phone);
  const warnings = [];
  const page = await context.newPage();
  page.on('console', (message) => { if (message.type() === 'warning') warnings.push(message.text()); });
  await page.goto(await hostPage('hostile.html', 'embed&accent=red;}body{display:none&font=x;}*{color:red}&profile=https://evil.example/p.json'));
  const frame = frameOf(page);
  await frame.locator('html[data-app=ready]').waitFor({ state: 'attached' });
  await frame.getByRole('heading', { name: 'Skills' }).waitFor();
  const inner = page.frame({ url: new RegExp(`^${app.url}`) });
  const style = await inner.evaluate(() => ({
    accent: getComputedStyle(document.documentElement).getPropertyValue('--accent').trim(),
    display: getComputedStyle(document.body).display,
    color: getComputedStyle(document.body).color,
  }));
  assert.deepEqual(style, { accent: '#1f4e79', display: 'block', color: 'rgb(27, 31, 36)' });
  assert.ok(warnings.some((w) => w.includes('accent=') && w.includes('ignored')), warnings.join('\n'));
  assert.ok(warnings.some((w) => w.includes('font=') && w.includes('ignored')));
  assert.ok(warnings.some((w) => w.includes('profile=') && w.includes('ignored')));
  await context.close();
});

test('after one visit the app loads and saves offline', async () => {
  const context = await browser.newContext(phone);
  const page = await openApp(context, app.url);
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 10000 }).catch(() => reload(page));
  await context.setOffline(true);
  await reload(page);
  await page.getByRole('radiogroup', { name: 'Leadership', exact: true }).getByRole('radio', { name: '3 Proactive' }).check();
  await reload(page);
  assert.ok(await page.getByRole('radiogroup', { name: 'Leadership', exact: true }).getByRole('radio', { name: '3 Proactive' }).isChecked());
  assert.match(await page.getByRole('contentinfo').textContent(), /Version \d+\.\d+\.\d+/);
  // The comparison's code is split off, and the first visit never loaded it: the worker
  // cached it anyway, so it opens offline too.
  await page.getByRole('link', { name: 'Compare' }).click();
  await page.getByRole('heading', { name: 'Compare two assessments' }).waitFor();
  // A view's own address reloads offline too: the worker answers every address with the page.
  assert.equal(new URL(page.url()).search, '?view=compare');
  await reload(page);
  await page.getByRole('heading', { name: 'Compare two assessments' }).waitFor();
  await context.setOffline(false);
  await context.close();
});

test('installable to a home screen, by Chromium\'s own check', async () => {
  // Incognito windows (every ordinary test context) are never installable: use a real profile.
  const context = await launchPersistent(await mkdtemp(join(tmpdir(), 'profile-')), phone);
  const page = await context.newPage();
  await page.goto(app.url);
  await ready(page);
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  const cdp = await context.newCDPSession(page);
  const manifest = await cdp.send('Page.getAppManifest');
  assert.deepEqual(manifest.errors, []);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  assert.deepEqual(installabilityErrors, []);
  await context.close();
});

test('every request stays on the app’s origin and the CSP reports nothing through a whole session', async () => {
  const context = await browser.newContext(phone);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
  await context.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const requests = [];
  context.on('request', (request) => requests.push(request.url()));
  const console = [];
  const page = await openApp(context, app.url);
  page.on('console', (message) => console.push(message.text()));
  const group = (name) => page.getByRole('radiogroup', { name, exact: true });
  await group('Communication').getByRole('radio', { name: '4 Business partner' }).check();
  await page.getByRole('textbox', { name: 'Evidence for Communication' }).fill('Ran the move');
  await group('Take minutes and follow up on actions').getByRole('radio', { name: 'Owner' }).check();
  await (await openMenu(page)).getByRole('button', { name: 'Nederlands' }).click();
  await (await openMenu(page)).getByRole('button', { name: 'English' }).click();
  await page.keyboard.press('Escape');
  await openAssessment(page);
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Anna');
  await page.getByRole('link', { name: 'Summary' }).first().click();
  await page.getByRole('button', { name: 'Copy as text' }).click();
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const link = await page.getByRole('textbox', { name: 'Link to share' }).inputValue();
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export file' }).click()]);
  await page.getByRole('link', { name: 'Compare' }).click();
  await page.getByRole('link', { name: 'Role profiles' }).click();
  await page.getByRole('button', { name: 'New role profile' }).click();
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await page.goto(link);
  await page.getByRole('heading', { name: 'An assessment shared with you' }).waitFor();
  await page.reload();
  await page.getByRole('heading', { name: 'An assessment shared with you' }).waitFor();

  const foreign = requests.filter((url) => !url.startsWith(app.url) && !url.startsWith('blob:') && !url.startsWith('data:'));
  assert.deepEqual(foreign, [], 'no request leaves the app’s origin');
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  assert.deepEqual(console.filter((text) => /Content Security Policy|Refused to/.test(text)), []);
  await context.close();
});

test('a frame sandboxed without same-origin shows a clear message, in the visitor’s language', async () => {
  const context = await browser.newContext({ ...phone, locale: 'nl-NL' });
  // The app's code cannot load in an opaque origin: the browser refuses it, which it reports.
  context.expect(/CORS|Failed to load|net::ERR_FAILED|Access-Control-Allow-Origin|origin 'null'/i);
  const name = 'sandboxed.html';
  await writeFile(join(hostDir, name), `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Association</title></head>
<body><iframe id="competence-matrix" sandbox="allow-scripts" title="Competence Matrix" src="${app.url}?embed" style="width:100%;height:600px;border:0"></iframe></body></html>`);
  const page = await openApp(context, host.url + name, { wait: false });
  const frame = frameOf(page);
  const message = frame.getByRole('alert');
  await message.waitFor();
  assert.equal(await message.innerText(), 'Deze pagina staat in een frame dat haar niet laat werken. Open haar in een eigen tabblad om je competenties te beoordelen.');
  await frame.locator('.prerendered').first().waitFor({ state: 'detached' });
  assert.equal(await frame.getByRole('radiogroup').count(), 0, 'no matrix that would not work');
  await context.close();
});

/** A copy of the build, served on its own port (a site of its own, with its own worker). */
async function site() {
  const dir = await mkdtemp(join(tmpdir(), 'site-'));
  await cp(join(root, 'dist'), dir, { recursive: true });
  return { dir, server: await serve(dir) };
}

const integrity = (body) => `sha384-${createHash('sha384').update(body).digest('base64')}`;

/** Deploys version B over `dir`: the stylesheet changed (so its hashed name and its integrity
 *  did), the wasm's folder is renamed and the old files are gone, as a host that replaced its
 *  files would have them; the page says it is B. */
async function deployB(dir) {
  const files = await readdir(dir);
  const cssA = files.find((f) => /^app-.*\.css$/.test(f));
  const cssB = cssA.replace(/-[0-9a-f]{12,16}\./, '-00000000000000b0.');
  const before = await readFile(join(dir, cssA));
  const after = Buffer.concat([before, Buffer.from('\n:root { --build: "B"; }\n')]);
  await writeFile(join(dir, cssB), after);
  await rm(join(dir, cssA));
  let index = (await readFile(join(dir, 'index.html'), 'utf8')).replaceAll(cssA, cssB)
    .replace(integrity(before), integrity(after)).replace('<title>', '<meta name="build" content="B"><title>');
  // The wasm's folder (its split-off modules are fetched later) under a new name, the old gone,
  // and the boot script that names it with it.
  const folderA = files.find((f) => /^wasm-[0-9a-f]{16}$/.test(f));
  const folderB = 'wasm-00000000000000b0';
  await cp(join(dir, folderA), join(dir, folderB), { recursive: true });
  await rm(join(dir, folderA), { recursive: true });
  const bootA = files.find((f) => /^boot-[0-9a-f]+\.js$/.test(f));
  const bootBodyA = await readFile(join(dir, bootA));
  const bootBodyB = Buffer.from(bootBodyA.toString().replaceAll(folderA, folderB));
  const bootB = 'boot-00000000000000b0.js';
  await writeFile(join(dir, bootB), bootBodyB);
  await rm(join(dir, bootA));
  index = index.replaceAll(folderA, folderB).replaceAll(bootA, bootB).replace(integrity(bootBodyA), integrity(bootBodyB));
  await writeFile(join(dir, 'index.html'), index);
  stampServiceWorker(dir);
  return { cssA, cssB };
}

/** The worker's own caches, and every cache the origin has. */
const cacheNames = (page) => page.evaluate(async () => caches.keys());
const own = (names) => names.filter((n) => n.startsWith('competence-matrix-'));

async function controlled(page) {
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await until(() => page.evaluate(() => navigator.serviceWorker.controller !== null), 'the worker to control the page');
}

/** No worker installing or waiting: the newest one is active. */
const settled = (page) => page.evaluate(async () => {
  const registration = await navigator.serviceWorker.getRegistration();
  return Boolean(registration?.active) && !registration.installing && !registration.waiting;
});

/** The site's own cache, made by its pages on the same origin (the app must leave it alone). */
async function hostCache(page) {
  await page.evaluate(async () => {
    const cache = await caches.open('association-site-v1');
    await cache.put('/association/news.json', new Response('{"news":[]}'));
  });
}
const hostCacheKept = (page) => page.evaluate(async () =>
  (await caches.keys()).includes('association-site-v1') && Boolean(await (await caches.open('association-site-v1')).match('/association/news.json')));

test('an upgrade: the new version runs, the old files leave the cache once no tab uses them, the answers stay, it works offline, and the site’s own caches are untouched', async () => {
  const { dir, server } = await site();
  const context = await browser.newContext(phone);
  const page = await openApp(context, server.url);
  await hostCache(page);
  await controlled(page);
  await page.getByRole('radiogroup', { name: 'Leadership', exact: true }).getByRole('radio', { name: '4 Business partner' }).check();
  const cachedA = own(await cacheNames(page));
  assert.equal(cachedA.length, 1);
  assert.ok(await hostCacheKept(page), 'the install left the site’s cache alone');

  const { cssA, cssB } = await deployB(dir);
  await reload(page);
  await until(async () => own(await cacheNames(page)).some((n) => n !== cachedA[0]) && await settled(page), 'the new version to take over', 15000);
  // The tab that was open when B took over is gone after one more load: A's files go.
  await reload(page);
  await until(async () => {
    const keys = own(await cacheNames(page));
    return keys.length === 1 && keys[0] !== cachedA[0];
  }, 'the old version’s cache to go', 15000);
  assert.equal(await page.evaluate(() => document.querySelector('meta[name=build]')?.content), 'B', 'B is running');
  const cached = await page.evaluate(async () => {
    const cache = await caches.open((await caches.keys()).find((n) => n.startsWith('competence-matrix-')));
    return (await cache.keys()).map((r) => new URL(r.url).pathname);
  });
  assert.ok(cached.some((p) => p.endsWith(cssB)), `B's stylesheet is cached: ${cached}`);
  assert.ok(!cached.some((p) => p.endsWith(cssA)), `A's stylesheet is gone: ${cached}`);
  assert.ok(await hostCacheKept(page), 'the upgrade left the site’s cache alone');
  assert.ok(await page.getByRole('radiogroup', { name: 'Leadership', exact: true }).getByRole('radio', { name: '4 Business partner' }).isChecked(), 'the answers are intact');

  await context.setOffline(true);
  await reload(page);
  assert.equal(await page.evaluate(() => document.querySelector('meta[name=build]')?.content), 'B', 'B offline');
  assert.ok(await page.getByRole('radiogroup', { name: 'Leadership', exact: true }).getByRole('radio', { name: '4 Business partner' }).isChecked());
  await context.setOffline(false);
  await context.close();
  await server.close();
  await rm(dir, { recursive: true });
});

test('a tab left open across a new deployment keeps working until it reloads', async () => {
  const { dir, server } = await site();
  const context = await browser.newContext({ ...phone, locale: 'en-GB' });
  const old = await openApp(context, server.url);
  await controlled(old);
  const claimed = old.evaluate(() => new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', () => done(true), { once: true })));
  // Version B replaces A's files on the host; another tab loads B, whose worker takes over,
  // the old tab too.
  await deployB(dir);
  const fresh = await openApp(context, server.url);
  assert.ok(await claimed, 'B’s worker controls the old tab');
  await until(() => old.evaluate(() => navigator.serviceWorker.controller?.state === 'activated'), 'B to be activated');
  assert.equal(own(await cacheNames(fresh)).length, 2, 'A’s files are kept beside B’s');
  assert.equal(await fresh.evaluate(() => document.querySelector('meta[name=build]')?.content), 'B');
  // The old tab opens a view whose code it had not loaded yet: A's files, which the host no
  // longer has, come from A's cache.
  await old.getByRole('link', { name: 'Compare', exact: true }).click();
  await old.getByText('There is only one assessment so far.').waitFor();
  await old.getByRole('link', { name: 'Role profiles', exact: true }).click();
  await old.getByRole('button', { name: 'New role profile' }).click();
  await old.getByRole('textbox', { name: 'Title of the post' }).fill('Office manager');
  await until(async () => (await old.evaluate(() => JSON.parse(localStorage.getItem('competence-matrix'))))?.roles?.length === 1, 'the old tab to save');
  // Once it is closed, A's files go.
  await old.close();
  await reload(fresh);
  await until(async () => own(await cacheNames(fresh)).length === 1, 'A’s cache to go', 15000);
  await fresh.getByRole('link', { name: 'Role profiles', exact: true }).click();
  assert.equal(await fresh.getByRole('textbox', { name: 'Title of the post' }).inputValue(), 'Office manager');
  await context.close();
  await server.close();
  await rm(dir, { recursive: true });
});

test('offline, a profile that was never fetched says so, in the visitor’s language, instead of reading as a broken file', async () => {
  const { dir, server } = await site();
  // A profile the host adds after this version was built: not among the files the worker keeps.
  await copyFile(join(dir, 'profiles/ima-msp.json'), join(dir, 'profiles/association.json'));
  for (const [locale, message] of [['en-GB', /could not be fetched \(are you offline\?\)/], ['nl-NL', /kon niet worden opgehaald \(ben je offline\?\)/]]) {
    const context = await browser.newContext({ ...phone, locale });
    const page = await openApp(context, server.url);
    await controlled(page);
    await context.setOffline(true);
    context.expect(/Failed to load resource|ERR_INTERNET_DISCONNECTED|Failed to fetch/);
    await page.goto(`${server.url}?profile=profiles/association.json`);
    await page.getByRole('alert').filter({ hasText: message }).waitFor();
    assert.doesNotMatch(await page.getByRole('alert').textContent(), /JSON|JSON-/, 'not read as a broken file');
    await context.setOffline(false);
    await context.close();
  }
  await server.close();
  await rm(dir, { recursive: true });
});

test('the embed builder: each choice checked as it is typed, previews that keep nothing, and its snippet pasted into a page on another origin works', async () => {
  const context = await browser.newContext(desktop);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
  const page = await openApp(context, app.url);
  // The builder's own data: an answer and English chosen in this browser (which would win
  // over the host's language in an ordinary frame).
  await page.getByRole('radiogroup', { name: 'Communication', exact: true }).getByRole('radio', { name: '4 Business partner' }).check();
  await (await openMenu(page)).getByRole('button', { name: 'English' }).click();
  await until(() => page.evaluate(() => JSON.parse(localStorage.getItem('competence-matrix') || '{}').language === 'en'), 'English to be kept');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Put it on your site' }).click();
  await page.getByRole('heading', { name: 'Put the matrix on your site' }).waitFor();
  assert.equal(new URL(page.url()).searchParams.get('view'), 'embed', 'the builder has an address');

  await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('nl');
  const accent = page.getByRole('textbox', { name: 'Accent colour', exact: true });
  const snippet = page.getByRole('textbox', { name: 'The snippet for your page' });
  await accent.pressSequentially('#ccc');
  await page.getByText('Too light: text in this colour on white has a contrast of 1.6:1, and needs at least 4.5:1. Left out of the snippet until it is corrected.').waitFor();
  assert.doesNotMatch(await snippet.inputValue(), /accent=/, 'a colour too light is left out');
  await accent.fill('#a4262c');
  await page.getByText('Contrast 7.2:1 against white: text in this colour reads well.').waitFor();
  const profile = page.getByRole('textbox', { name: 'Your profile file (a path on this site)' });
  await profile.fill('https://evil.example/p.json');
  await page.getByText('Give the path of a .json file on this site, such as profiles/nvma.json. Left out of the snippet until it is corrected.').waitFor();
  assert.equal(await profile.getAttribute('aria-invalid'), 'true');
  await profile.fill('');
  assert.match(await snippet.inputValue(), /src="[^"]*\?embed&amp;lang=nl&amp;accent=%23a4262c"/);

  // The previews are the app in frames, in Dutch with the accent, and read nothing of this
  // browser's: not the answer, not the language chosen here.
  for (const title of ['Preview at a phone’s width', 'Preview at a desktop’s width']) {
    const preview = page.frameLocator(`iframe[title="${title}"]`);
    await preview.getByRole('heading', { name: 'Vaardigheden' }).waitFor();
    assert.equal(await preview.getByRole('radiogroup', { name: 'Communicatie', exact: true }).getByRole('radio', { name: '4 Businesspartner' }).isChecked(), false, title);
  }
  const phonePreview = page.frameLocator('iframe[title="Preview at a phone’s width"]');
  await phonePreview.getByRole('radiogroup', { name: 'Leiderschap', exact: true }).getByRole('radio', { name: '2 Zelfstandig' }).check();
  await page.screenshot({ path: await artefact('embed-builder.png'), fullPage: true });

  await page.getByRole('button', { name: 'Copy the snippet' }).click();
  await page.getByText('Copied to the clipboard.').waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await snippet.inputValue());

  // Pasted into a member page on another origin, as it is, opened by a member (a browser of
  // their own).
  await writeFile(join(hostDir, 'pasted.html'), `<!doctype html><html lang="nl"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Leden</title></head>
<body style="margin:0"><h1>Ledenpagina</h1>
${copied}
<p>Voet van de pagina</p></body></html>`);
  const theirs = await browser.newContext(desktop);
  const member = await theirs.newPage();
  await member.goto(`${host.url}pasted.html`);
  const frame = member.frameLocator('#competence-matrix');
  await frame.getByRole('heading', { name: 'Vaardigheden' }).waitFor();
  const inner = member.frame({ url: new RegExp(`^${app.url}`) });
  assert.equal(await inner.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim()), '#a4262c');
  await until(() => member.evaluate(() => document.getElementById('competence-matrix').offsetHeight > 1000), 'the frame to grow to its content', 15000);
  await member.screenshot({ path: await artefact('embed-builder-pasted.png') });
  await theirs.close();
  // The builder's own answer is still there, and the preview's was not kept.
  await page.goto(app.url);
  await ready(page);
  assert.ok(await page.getByRole('radiogroup', { name: 'Communication', exact: true }).getByRole('radio', { name: '4 Business partner' }).isChecked());
  assert.equal(await page.getByRole('radiogroup', { name: 'Leadership', exact: true }).getByRole('radio', { name: '2 Independent' }).isChecked(), false, 'nothing done in the preview is kept');
  await context.close();
});

test('the builder\'s previews show the next choice only once the app in each frame is ready: no frame is sent elsewhere while it loads', async () => {
  // No service worker, and the app's code slow to come: the frames are still loading when the
  // first choices are made.
  const context = await browser.newContext({ ...desktop, serviceWorkers: 'block' });
  await context.route(/_bg\.wasm$/, async (route) => {
    await new Promise((ok) => setTimeout(ok, 1500));
    await route.continue();
  });
  // Every address given to a preview frame, and every frame's word that it is ready, in order.
  await context.addInitScript(() => {
    window.told = [];
    window.addEventListener('message', (event) => {
      if (event.data?.type !== 'competence-matrix:ready') return;
      const frame = [...document.querySelectorAll('iframe')].find((f) => f.contentWindow === event.source);
      window.told.push(['ready', frame?.title]);
    });
    new MutationObserver((changes) => {
      for (const change of changes) {
        if (change.target.localName === 'iframe') window.told.push(['src', change.target.title, change.target.getAttribute('src')]);
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['src'] });
  });
  const page = await openApp(context, `${app.url}?view=embed`);
  await page.getByRole('heading', { name: 'Put the matrix on your site' }).waitFor();
  await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('nl');
  await page.getByRole('textbox', { name: 'Accent colour', exact: true }).fill('#a4262c');
  for (const title of ['Preview at a phone’s width', 'Preview at a desktop’s width']) {
    await page.frameLocator(`iframe[title="${title}"]`).getByRole('heading', { name: 'Vaardigheden' }).waitFor({ timeout: 30000 });
  }
  await until(() => page.evaluate(() => window.told.filter(([what]) => what === 'ready').length >= 4), 'both frames to be ready twice', 30000);
  const told = await page.evaluate(() => window.told);
  // Both frames load at the opening; each is sent to a new address only once it has said it
  // is ready.
  const loading = new Set(['Preview at a phone’s width', 'Preview at a desktop’s width']);
  let sent = 0;
  for (const [what, title, src] of told) {
    if (what === 'ready') {
      loading.delete(title);
    } else {
      assert.ok(!loading.has(title), `${title} sent to ${src} while it was still loading: ${JSON.stringify(told)}`);
      loading.add(title);
      sent += 1;
    }
  }
  assert.ok(sent >= 2, `the frames were sent to the new address (${JSON.stringify(told)})`);
  const last = told.filter(([what]) => what === 'src').at(-1)[2];
  assert.match(last, /\?embed&lang=nl&accent=%23a4262c&preview$/, 'the last choice is shown');
  await context.close();
});
