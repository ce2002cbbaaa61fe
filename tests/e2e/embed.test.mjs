// Embedded on another origin, themed by the host, offline after one visit, and private.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, launchPersistent, phone, desktop, openApp, reload, ready, root, artefact, until } from './support.mjs';
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

test('embedded on another origin: no app chrome, host language and colours, the frame sized to its content', async () => {
  const context = await browser.newContext(desktop);
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
  await page.screenshot({ path: await artefact('embedded.png') });

  // The member may change the language in the frame; the choice is kept.
  await frame.getByRole('button', { name: 'English' }).click();
  await frame.getByRole('heading', { name: 'Skills' }).waitFor();
  // The rating and the language persist across a reload of the host page.
  await page.reload();
  await frame.locator('html[data-app=ready]').waitFor({ state: 'attached' });
  await frame.getByRole('heading', { name: 'Skills' }).waitFor();
  assert.ok(await frame.getByRole('radiogroup', { name: 'Communication', exact: true }).getByRole('radio', { name: '4 Business partner' }).isChecked());
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
  // The comparison lives in the views module, which the first visit never loaded: the worker
  // cached it anyway, so it opens offline too.
  await page.getByRole('button', { name: 'Compare' }).click();
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
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByText('About this assessment').click();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Anna');
  await page.getByRole('button', { name: 'Summary' }).first().click();
  await page.getByRole('button', { name: 'Copy as text' }).click();
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const link = await page.getByRole('textbox', { name: 'Link to share' }).inputValue();
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export file' }).click()]);
  await page.getByRole('button', { name: 'Compare' }).click();
  await page.getByRole('button', { name: 'Role profiles' }).click();
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

test('an upgrade: the new version runs, the old files leave the cache, the answers stay, and it works offline', async () => {
  // Version A: a copy of the build, served and visited online.
  const site = await mkdtemp(join(tmpdir(), 'upgrade-'));
  await cp(join(root, 'dist'), site, { recursive: true });
  const server = await serve(site);
  const context = await browser.newContext(phone);
  const page = await openApp(context, server.url);
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await until(() => page.evaluate(() => navigator.serviceWorker.controller !== null), 'the worker to control the page');
  await page.getByRole('radiogroup', { name: 'Leadership', exact: true }).getByRole('radio', { name: '4 Business partner' }).check();
  const cssA = (await readdir(site)).find((f) => /^app-.*\.css$/.test(f));
  const cachedA = await page.evaluate(async () => (await caches.keys()));
  assert.equal(cachedA.length, 1);

  // Version B: the stylesheet changed (so its hashed name and its integrity did), and the page
  // says it is B.
  const integrity = (body) => `sha384-${createHash('sha384').update(body).digest('base64')}`;
  const cssB = cssA.replace(/-[0-9a-f]{16}\./, '-00000000000000b0.');
  const before = await readFile(join(site, cssA));
  const after = Buffer.concat([before, Buffer.from('\n:root { --build: "B"; }\n')]);
  await writeFile(join(site, cssB), after);
  await rm(join(site, cssA));
  const index = (await readFile(join(site, 'index.html'), 'utf8')).replaceAll(cssA, cssB)
    .replace(integrity(before), integrity(after)).replace('<title>', '<meta name="build" content="B"><title>');
  await writeFile(join(site, 'index.html'), index);
  stampServiceWorker(site);

  await reload(page);
  await until(async () => {
    const keys = await page.evaluate(async () => caches.keys());
    return keys.length === 1 && keys[0] !== cachedA[0];
  }, 'the new version to take over the cache', 15000);
  await reload(page);
  assert.equal(await page.evaluate(() => document.querySelector('meta[name=build]')?.content), 'B', 'B is running');
  const cached = await page.evaluate(async () => {
    const cache = await caches.open((await caches.keys())[0]);
    return (await cache.keys()).map((r) => new URL(r.url).pathname);
  });
  assert.ok(cached.some((p) => p.endsWith(cssB)), `B's stylesheet is cached: ${cached}`);
  assert.ok(!cached.some((p) => p.endsWith(cssA)), `A's stylesheet is gone: ${cached}`);
  assert.ok(await page.getByRole('radiogroup', { name: 'Leadership', exact: true }).getByRole('radio', { name: '4 Business partner' }).isChecked(), 'the answers are intact');

  await context.setOffline(true);
  await reload(page);
  assert.equal(await page.evaluate(() => document.querySelector('meta[name=build]')?.content), 'B', 'B offline');
  assert.ok(await page.getByRole('radiogroup', { name: 'Leadership', exact: true }).getByRole('radio', { name: '4 Business partner' }).isChecked());
  await context.setOffline(false);
  await context.close();
  await server.close();
  await rm(site, { recursive: true });
});
