// Every view has an address: Back and Forward move between the views, a reload opens the view
// that was open, a bookmarked view's address opens it — on a phone, at 1920 px, and inside a
// host's frame — and the host's options stay in the address.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, phone, openApp, reload, ready, until } from './support.mjs';
import { twoViews, profile } from './fixtures.mjs';

let server, host, hostDir, browser;
before(async () => {
  server = await serve();
  hostDir = await mkdtemp(join(tmpdir(), 'views-host-'));
  host = await serve(hostDir, { requireIndex: false });
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); await host?.close(); });

const wide = { viewport: { width: 1920, height: 1080 }, reducedMotion: 'reduce' };
const role = {
  id: 'r1', title: 'Executive Assistant to the CEO', organisation: 'Rijnmond Logistics', purpose: 'Keeps the week running.',
  profile: { id: profile.id, version: profile.version },
  needs: [{ item: 'skill.communication', level: 4 }],
};
const state = JSON.stringify({ ...twoViews(40), language: 'en', roles: [role], role: 'r1' });

/** What shows of each view, found as a screen-reader user finds it. */
function views(scope) {
  return {
    // The role profiles' needs are a matrix of the same groups: the assessment's is in its pane.
    matrix: scope.locator('.matrix-pane').getByRole('radiogroup', { name: 'Communication', exact: true }),
    summary: scope.getByRole('article', { name: /Competence summary/ }),
    compare: scope.getByRole('article', { name: /compared/ }),
    roles: scope.getByRole('heading', { name: 'Job description', exact: true }),
    team: scope.getByRole('heading', { name: 'A team side by side', exact: true }),
  };
}
const tab = (scope, name) => scope.locator('.views').getByRole('link', { name, exact: true });
const viewOf = (url) => new URL(url).searchParams.get('view');

/** `name` is on screen, the views that cannot stand beside it are not, and its tab is pressed. */
async function showing(scope, name, { beside = false } = {}) {
  const all = views(scope);
  await all[name].waitFor();
  for (const [other, locator] of Object.entries(all)) {
    if (other === name || (beside && [name, other].sort().join() === 'matrix,summary')) continue;
    assert.equal(await locator.isVisible(), false, `${other} is hidden while ${name} shows`);
  }
}

async function seeded(options, url = server.url) {
  const context = await browser.newContext({ ...options, locale: 'en-GB' });
  const page = await openApp(context, url);
  await page.evaluate((json) => localStorage.setItem('competence-matrix', json), state);
  await reload(page);
  return { context, page };
}

test('on a phone, Back and Forward move between the views, and a reload keeps the one open', async () => {
  const { context, page } = await seeded(phone);
  const start = await page.evaluate(() => history.length);
  await showing(page, 'matrix');
  const checked = () => views(page).matrix.locator('input:checked').getAttribute('value');
  const rated = await checked();
  assert.ok(rated, 'Communication is rated');
  assert.equal(viewOf(page.url()), null, 'the matrix needs no address of its own');

  await tab(page, 'Summary').click();
  await showing(page, 'summary');
  assert.equal(viewOf(page.url()), 'summary');
  await tab(page, 'Summary').click();
  assert.equal(await page.evaluate(() => history.length), start + 1, 'a second tap on the open view adds no step');
  await tab(page, 'Compare').click();
  await showing(page, 'compare');
  assert.equal(viewOf(page.url()), 'compare');
  await tab(page, 'Role profiles').click();
  await showing(page, 'roles');
  assert.equal(viewOf(page.url()), 'roles');

  await page.goBack();
  await showing(page, 'compare');
  await page.goBack();
  await showing(page, 'summary');
  await page.goBack();
  await showing(page, 'matrix');
  assert.equal(viewOf(page.url()), null);
  await page.goForward();
  await showing(page, 'summary');
  await page.goForward();
  await showing(page, 'compare');

  await reload(page);
  await showing(page, 'compare');
  await tab(page, 'Role profiles').click();
  await showing(page, 'roles');
  await reload(page);
  await showing(page, 'roles');
  assert.ok(await page.locator('.job-card').getByRole('heading', { name: 'Executive Assistant to the CEO' }).isVisible());
  // The ratings are untouched by all this travelling.
  await tab(page, 'Matrix').click();
  await showing(page, 'matrix');
  assert.equal(await checked(), rated);
  await context.close();
});

test('at 1920 px the summary stands beside the matrix, and Back and Forward move between the other views', async () => {
  const { context, page } = await seeded(wide);
  await showing(page, 'matrix', { beside: true });
  // The summary's code loads after the matrix's: it comes beside it, not before it.
  await views(page).summary.waitFor();
  await tab(page, 'Compare').click();
  await showing(page, 'compare');
  assert.equal(viewOf(page.url()), 'compare');
  await tab(page, 'Role profiles').click();
  await showing(page, 'roles');
  await page.goBack();
  await showing(page, 'compare');
  await page.goBack();
  await showing(page, 'matrix', { beside: true });
  await views(page).summary.waitFor();
  await page.goForward();
  await showing(page, 'compare');
  await reload(page);
  await showing(page, 'compare');
  await context.close();
});

test('a bookmarked view opens at once, with the matrix not flashed before it', async () => {
  for (const [name, options] of [['summary', phone], ['compare', phone], ['team', phone], ['roles', wide], ['compare', wide]]) {
    const context = await browser.newContext({ ...options, locale: 'en-GB' });
    const first = await openApp(context, server.url);
    await first.evaluate((json) => localStorage.setItem('competence-matrix', json), state);
    await first.close();
    const page = await context.newPage();
    await page.goto(`${server.url}?view=${name}`);
    // Before the app takes over, the page does not show the pre-rendered matrix.
    assert.ok(await page.evaluate(() => document.documentElement.classList.contains('no-prerender')));
    await ready(page);
    await showing(page, name);
    // The team is a section of the comparison's tab.
    const [label, current] = { summary: ['Summary', 'page'], compare: ['Compare', 'page'], team: ['Compare', 'true'], roles: ['Role profiles', 'page'] }[name];
    assert.equal(await tab(page, label).getAttribute('aria-current'), current);
    await context.close();
  }
  // A summary bookmarked on a phone, opened on a wide screen: it stands beside the matrix, and
  // the address says what is on screen.
  const { context, page } = await seeded(wide, `${server.url}?view=summary`);
  await showing(page, 'matrix', { beside: true });
  await page.waitForFunction(() => !new URLSearchParams(location.search).has('view'));
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains('no-prerender')), false);
  // An address naming no view the app has opens the matrix.
  await page.goto(`${server.url}?view=nonsense`);
  await ready(page);
  await showing(page, 'matrix', { beside: true });
  await context.close();
});

test("inside a host's frame, the views move in the page's history and the host's options stay in the address", async () => {
  const query = 'embed&lang=en&accent=%23a4262c';
  await writeFile(join(hostDir, 'member.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Association</title></head>
<body><h1>Members' area</h1><iframe id="app" title="Competence Matrix" src="${server.url}?${query}" style="width:100%;height:700px;border:0"></iframe></body></html>`);
  await writeFile(join(hostDir, 'bookmarked.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Association</title></head>
<body><iframe id="app" title="Competence Matrix" src="${server.url}?${query}&view=compare" style="width:100%;height:700px;border:0"></iframe></body></html>`);
  // The frame's storage is the app's origin: the state goes in there first.
  const { context } = await seeded(phone);
  const page = await context.newPage();
  await page.goto(host.url + 'member.html');
  const frame = page.frameLocator('#app');
  const inner = () => page.frame({ url: new RegExp(`^${server.url}`) });
  await frame.locator('html[data-app=ready]').waitFor({ state: 'attached' });
  await showing(frame, 'matrix');
  await tab(frame, 'Summary').click();
  await showing(frame, 'summary');
  await tab(frame, 'Compare').click();
  await showing(frame, 'compare');
  assert.equal(new URL(inner().url()).search, `?${query}&view=compare`, "the host's options kept, the view after them");
  // The browser's Back (the page's joint history, which holds the frame's steps; Playwright's
  // goBack waits for the top page to navigate, which it does not).
  const back = () => page.evaluate(() => history.back());
  await back();
  await showing(frame, 'summary');
  assert.equal(page.url(), host.url + 'member.html', 'the host page stays');
  await back();
  await showing(frame, 'matrix');
  await until(async () => new URL(inner().url()).search === `?${query}`, 'the address without a view');
  await page.evaluate(() => history.forward());
  await showing(frame, 'summary');

  await page.goto(host.url + 'bookmarked.html');
  await frame.locator('html[data-app=ready]').waitFor({ state: 'attached' });
  await showing(frame, 'compare');
  await context.close();
});
