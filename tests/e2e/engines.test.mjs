// The main journeys in three engines — Chromium, Firefox and WebKit (Safari's engine), all
// from Debian's packages — at a phone's width and a desktop's, written once against the adapter
// in tests/e2e/engines/adapter.mjs. Every tab fails its journey on any page error, in any frame.
// `ENGINES=webkit node --test tests/e2e/engines.test.mjs` runs one engine.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, artefact, root } from './support.mjs';
import { ENGINES, launchEngine, limited } from './engines/adapter.mjs';
import { pageCount } from './print.mjs';

/** A journey that takes longer failed: its driver stopped answering. */
const JOURNEY_LIMIT = 120000;

const SIZES = { phone: { width: 390, height: 844, phone: true }, desktop: { width: 1920, height: 1080 } };

let app, host, hostDir;
before(async () => {
  app = await serve(undefined, { instrument: true });
  hostDir = await mkdtemp(join(tmpdir(), 'engines-host-'));
  await writeFile(join(hostDir, 'embed-host.js'), await readFile(join(root, 'docs/embed-host.js')));
  host = await serve(hostDir, { requireIndex: false, instrument: true });
});
after(async () => { await app?.close(); await host?.close(); });

const group = (name) => ['radiogroup', name];

/** Waits for `promise` at most `ms`, and never throws: for cleaning up after a failure. */
const within = (ms, promise) => Promise.race([promise.catch(() => {}), new Promise((ok) => setTimeout(ok, ms).unref())]);

/** Waits for the matrix and says what the engine's driver cannot check. */
async function start(tab, url = app.url) {
  await tab.goto(url);
  await tab.ready();
  await tab.waitFor(group('Communication'));
}

/** The summary: its own view on a phone, beside the matrix on a wide screen. */
async function openSummary(tab) {
  if (await tab.count(['link', 'Summary'])) await tab.click(['link', 'Summary']);
  await tab.waitFor(['button', 'Share']);
}

/** Waits until the worker has cached the whole app (its install) and controls the page. */
async function cached(tab) {
  await tab.until(async () => {
    if (!navigator.serviceWorker?.controller) return false;
    for (const name of (await caches.keys()).filter((n) => n.startsWith('competence-matrix-'))) {
      if ((await (await caches.open(name)).keys()).some((r) => r.url.endsWith('_bg.wasm'))) return true;
    }
    return false;
  }, 'the service worker to cache the app and control the page');
}

/** The requests of a first visit, by path, the page's own (not the service worker's precache). */
function firstVisit(requests, since) {
  const counts = new Map();
  for (const request of requests.slice(since)) {
    if (request.referer.endsWith('/sw.js')) continue;
    counts.set(request.path, (counts.get(request.path) ?? 0) + 1);
  }
  return counts;
}

for (const name of ENGINES) {
  let engine;
  let starting;
  /** The engine, started on first use (and said what its driver cannot check). */
  const started = async () => {
    starting ??= launchEngine(name).then((launched) => {
      engine = launched;
      console.log(`# ${engine.version}`);
      for (const limit of engine.limits) console.log(`# ${name}: ${limit}`);
      return engine;
    });
    return starting;
  };
  after(async () => { await engine?.close(); });
  /** One try of a journey in a fresh tab; a failed tab is closed within a time limit, so that a
   * driver that stopped answering cannot hold the run. */
  const attempt = async (title, size, body) => {
    const tab = await (await started()).tab(app, SIZES[size]);
    try {
      // The longest journey takes about 15 s; a driver that stops answering fails it here.
      await limited(JOURNEY_LIMIT, `${name}'s driver, during the journey`, body(tab, size));
    } catch (error) {
      await within(15000, tab.screenshot(await artefact(`engines-${name}-${size}-${title.split(/[^a-z]+/i).slice(0, 3).join('-')}-failed.png`)));
      await within(15000, tab.quit());
      tab.kill?.();
      throw error;
    }
    await tab.close();
  };
  const journey = (title, size, body) => test(`${name} at ${size}: ${title}`, async (t) => {
    try {
      await attempt(title, size, body);
    } catch (error) {
      // WebKitWebDriver now and then answers a command with an error that says nothing (seen
      // about once in a hundred tabs, right after a window opens), or stops answering: the
      // journey gets one more fresh tab, and the output says so. A failed assertion is never
      // tried again.
      const speechless = error?.name === 'WebDriverError' && !error.message;
      if (name !== 'webkit' || !(speechless || error?.late)) throw error;
      t.diagnostic(`WebKitWebDriver ${error.late ? error.message : 'failed without a message'} (${error.stack?.split('\n')[1]?.trim()}): tried again in a new tab`);
      await attempt(title, size, body);
    }
  });

  for (const size of ['phone', 'desktop']) {
    journey('a first visit fetches each file once; rating, a note and a held task survive a reload', size, async (tab) => {
      const since = app.requests.length;
      await start(tab);
      const twice = [...firstVisit(app.requests, since)].filter(([, n]) => n > 1);
      assert.deepEqual(twice, [], 'no file of the first load is fetched twice');
      // The worker, caching the app for offline use, does not download them again either.
      await cached(tab);
      const page = new Set(firstVisit(app.requests, since).keys());
      const again = app.requests.slice(since)
        .filter((r) => r.referer.endsWith('/sw.js') && page.has(r.path) && r.status === 200 && r.path !== '/')
        .map((r) => r.path);
      assert.deepEqual(again.filter((path) => /_bg\.wasm$|\/locales-[0-9a-f]+\/[a-z]+\.json$/.test(path)), [],
        'the service worker does not download the main module or the interface texts again');
      if (again.length) console.log(`# ${name}: downloaded again by the service worker's install: ${again.join(', ')}`);
      await tab.click(group('Communication'), ['radio', '4 Business partner']);
      await tab.click(group('MS Office'), ['radio', '5 Leading']);
      await tab.fill('Wrote the CEO’s quarterly letter', ['textbox', 'Evidence for Communication']);
      await tab.click(group('Take minutes and follow up on actions'), ['radio', 'Owner']);
      await tab.until(() => /3 of 64 answered/.test(document.body.textContent), '3 of 64 answered');
      await tab.screenshot(await artefact(`engines-${name}-${size}-rated.png`));
      await tab.reload();
      await tab.ready();
      assert.ok(await tab.checked(group('Communication'), ['radio', '4 Business partner']));
      assert.ok(await tab.checked(group('MS Office'), ['radio', '5 Leading']));
      assert.ok(await tab.checked(group('Take minutes and follow up on actions'), ['radio', 'Owner']));
      assert.equal(await tab.value(['textbox', 'Evidence for Communication']), 'Wrote the CEO’s quarterly letter');
    });

    journey('languages: Dutch and German, kept over a reload', size, async (tab) => {
      await start(tab);
      // On a phone the languages are in the menu, which stays open while the language changes.
      if (size === 'phone') await tab.click(['button', 'Menu']);
      await tab.click(['button', 'Nederlands']);
      await tab.waitFor(['heading', 'Vaardigheden']);
      // Closed again by its button (it lies over the matrix).
      if (size === 'phone') await tab.click(['button', 'Menu']);
      await tab.click(group('Communicatie'), ['radio', '4 Businesspartner']);
      await tab.until(() => /1 van 64/.test(document.body.textContent), 'the answer counted');
      await tab.reload();
      await tab.ready();
      await tab.waitFor(['heading', 'Vaardigheden']);
      assert.ok(await tab.checked(group('Communicatie'), ['radio', '4 Businesspartner']));
      if (size === 'phone') await tab.click(['button', 'Menu']);
      await tab.click(['button', 'Deutsch']);
      await tab.waitFor(group('Kommunikation'));
      assert.equal(await tab.eval(() => document.documentElement.lang), 'de');
      await tab.click(['button', 'English']);
      await tab.waitFor(group('Communication'));
    });

    journey('views: each has an address, Back and Forward move between them, a reload keeps the one open', size, async (tab) => {
      await start(tab);
      const view = () => tab.eval(() => new URLSearchParams(location.search).get('view'));
      const steps = [];
      if (size === 'phone') {
        // On a wide screen the summary stands beside the matrix and has no tab.
        await tab.click(['link', 'Summary']);
        await tab.waitFor(['button', 'Share']);
        steps.push('summary');
      }
      await tab.click(['link', 'Compare']);
      await tab.waitFor(['heading', 'Compare two assessments']);
      steps.push('compare');
      await tab.click(['link', 'Role profiles']);
      await tab.waitFor(['button', 'New role profile']);
      steps.push('roles');
      assert.equal(await view(), 'roles');
      await tab.reload();
      await tab.ready();
      await tab.waitFor(['button', 'New role profile']);
      // Back through every view to the matrix, whose address names none, and Forward again.
      for (const expected of [...steps.slice(0, -1).reverse(), null]) {
        await tab.eval(() => history.back());
        await tab.until((name) => new URLSearchParams(location.search).get('view') === name, `back to ${expected}`, expected);
      }
      await tab.waitFor(group('Communication'));
      await tab.eval(() => history.forward());
      await tab.until((name) => new URLSearchParams(location.search).get('view') === name, 'forward', steps[0]);
      await tab.waitFor(steps[0] === 'summary' ? ['button', 'Share'] : ['heading', 'Compare two assessments']);
    });

    journey('the summary: the share link copied within the click, the share sheet called within it, copied as text', size, async (tab) => {
      await start(tab);
      await tab.click(group('Communication'), ['radio', '4 Business partner']);
      await tab.click(group('Leadership'), ['radio', '3 Proactive']);
      await openSummary(tab);
      await tab.allowClipboard(new URL(app.url).origin);
      // Copied: the link is ready before the click, so that the clipboard write starts in it.
      await tab.click(['button', 'Share']);
      await tab.says(/^Link copied/);
      const link = (await tab.clipboard()).trim();
      assert.match(link, /#share=v3\./, 'the clipboard holds the share link');
      assert.equal(await tab.value(['textbox', 'Link to share']), link, 'and the page shows it');
      // A share sheet (as on a phone), called within the click (the event is still being
      // dispatched) with the link, and the file beside it where the engine could share files.
      await tab.eval(() => {
        window.__shared = [];
        Object.defineProperty(navigator, 'share', { configurable: true, value: (data) => {
          window.__shared.push({ url: data.url, inClick: window.event?.type === 'click', active: navigator.userActivation?.isActive ?? null });
          return Promise.resolve();
        } });
      });
      await tab.click(['button', 'Share']);
      const shared = await tab.until(() => window.__shared.length && window.__shared, 'the share sheet');
      assert.equal(shared[0].url, link);
      assert.ok(shared[0].inClick, 'navigator.share is called while the click is dispatched');
      assert.notEqual(shared[0].active, false, 'with the user activation still active');
      await tab.says(/^Shared\./);
      await tab.eval(() => { delete navigator.share; });
      // Copy as text: the summary, as plain text.
      await tab.click(['button', 'Copy as text']);
      await tab.says('Copied to the clipboard.');
      assert.match(await tab.clipboard(), /Communication/);
      // The link opens read-only in a new tab of a new browser.
      const other = await engine.tab(app, SIZES[size]);
      try {
        await other.goto(link);
        await other.waitFor(['heading', 'An assessment shared with you']);
      } finally { await other.close(); }
    });

    journey('comparison and role profiles (code loaded later), a role link copied, a file exported and imported', size, async (tab) => {
      await start(tab);
      await tab.click(group('Communication'), ['radio', '4 Business partner']);
      // The line of the assessment on screen opens the choice (a <summary>, which has no role
      // the adapter's queries know).
      await tab.eval(() => document.querySelector('details.assessment-bar > summary').click());
      await tab.click(['button', 'New assessment']);
      await tab.click(group('Communication'), ['radio', '2 Independent']);
      await tab.click(['link', 'Compare']);
      await tab.waitFor(['heading', 'Compare two assessments']);
      await tab.until(() => /differ by two steps or more/.test(document.body.textContent), 'the comparison');
      await tab.click(['link', 'Role profiles']);
      await tab.click(['button', 'New role profile']);
      await tab.fill('Executive Assistant to the CEO', ['textbox', 'Title of the post']);
      await tab.click(group('Communication'), ['radio', '4 Business partner']);
      await tab.allowClipboard(new URL(app.url).origin);
      await tab.click(['button', 'Share']);
      await tab.says(/^Link copied/);
      assert.match((await tab.clipboard()).trim(), /#role=v1\./);
      await tab.click(['button', 'Copy job description']);
      await tab.says('Copied to the clipboard.');
      assert.match(await tab.clipboard(), /Executive Assistant to the CEO/);
      // Export: the file the browser is handed, caught on its way to the download.
      await tab.click(['link', 'Matrix']);
      await openSummary(tab);
      await tab.eval(() => {
        window.__files = [];
        const make = URL.createObjectURL;
        URL.createObjectURL = (blob) => { window.__files.push(blob); return make.call(URL, blob); };
      });
      await tab.click(['button', 'Export file']);
      const text = await tab.until(() => window.__files.length && window.__files[0].text(), 'the exported file');
      const exported = JSON.parse(text);
      assert.equal(exported.app, 'competence-matrix');
      const file = join(await mkdtemp(join(tmpdir(), 'engines-file-')), 'assessment.json');
      await writeFile(file, text);
      await tab.upload(file);
      await tab.waitFor(['heading', 'An assessment shared with you']);
      await tab.click(['button', 'Add as a new assessment']);
      await tab.says(/^Added as a new assessment/);
    });

    journey('colours: dark and light chosen in the app, every control readable (axe) in both', size, async (tab) => {
      await start(tab);
      const axe = await readFile(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
      // The choices fade to a new scheme's colours; contrast is judged on the colours they settle
      // at. WebKit's driver cannot ask for reduced motion, and its transitions may start after
      // `getAnimations()` said none was running (axe then ran half-way through them): here they
      // are switched off, as reduced motion does in the app's stylesheet.
      await tab.eval(() => {
        const still = new CSSStyleSheet();
        still.replaceSync('*, *::before, *::after { transition: none !important; }');
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, still];
      });
      // On a phone the colours are in the menu, which stays open while they change.
      if (size === 'phone') await tab.click(['button', 'Menu']);
      for (const scheme of ['Light', 'Dark']) {
        await tab.select(scheme, ['combobox', 'Colours']);
        await tab.until((s) => document.documentElement.dataset.theme === s.toLowerCase(), scheme, scheme);
        if (!(await tab.eval(() => Boolean(window.axe)))) await tab.inject(axe);
        const violations = await tab.eval(async () => {
          const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } });
          return result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
        });
        assert.deepEqual(violations, [], `axe in the ${scheme.toLowerCase()} scheme`);
        await tab.screenshot(await artefact(`engines-${name}-${size}-${scheme.toLowerCase()}.png`));
      }
    });

    journey('printed: the summary on one A4 page', size, async (tab) => {
      await start(tab);
      await tab.click(group('Communication'), ['radio', '4 Business partner']);
      await openSummary(tab);
      const pdf = await tab.pdf('A4');
      if (pdf === null) {
        console.log(`# ${name}: printing not checked (no print command in its driver)`);
        return;
      }
      assert.equal(pageCount(pdf), 1);
      await writeFile(await artefact(`engines-${name}-${size}-summary.pdf`), pdf);
    });
  }

  journey('embedded on another origin and on another site: the frame works, sized to its content, no page error', 'desktop', async (tab) => {
    // (At 1400 px Firefox's ResizeObserver once reported a loop: the height was posted from its
    // callback.)
    for (const [where, appUrl, width] of [['origin', app.url, '1400px'], ['site', app.siteUrl, '390px']]) {
      const page = `embedded-${where}.html`;
      await writeFile(join(hostDir, page), `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Association</title></head>
<body style="margin:0"><h1>Members' area</h1>
<iframe id="competence-matrix" title="Competence Matrix" src="${appUrl}?embed&lang=nl" style="width:${width};border:0;height:150px"></iframe>
<p>Footer</p><script src="embed-host.js"></script></body></html>`);
      await tab.goto(host.url + page);
      await tab.enter('#competence-matrix');
      await tab.ready();
      await tab.click(group('Communicatie'), ['radio', '4 Businesspartner']);
      await tab.leave();
      // The host sizes the frame to what the app inside says, as the content settles.
      let sized = null;
      for (let tries = 0; tries < 50 && sized === null; tries++) {
        await tab.enter('#competence-matrix');
        const inside = await tab.eval(() => document.body.offsetHeight);
        await tab.leave();
        const frame = await tab.eval(() => document.getElementById('competence-matrix').offsetHeight);
        if (Math.abs(frame - inside) <= 1) sized = inside;
        else await new Promise((ok) => setTimeout(ok, 200));
      }
      assert.ok(sized !== null, 'the frame is sized to its content');
      assert.ok(sized > 1000, `the frame grew (${sized} px)`);
    }
  });

  journey('the embed builder: an accent too light said as it is typed, the preview in Dutch, the snippet', 'desktop', async (tab) => {
    await tab.goto(`${app.url}?view=embed`);
    await tab.ready();
    await tab.waitFor(['heading', 'Put the matrix on your site']);
    await tab.select('Nederlands', ['combobox', 'Language']);
    await tab.fill('#ccc', ['textbox', 'Accent colour']);
    await tab.until(() => /Too light: .* 1\.6:1/.test(document.body.textContent), 'the accent said to be too light');
    await tab.fill('#a4262c', ['textbox', 'Accent colour']);
    await tab.until(() => document.body.textContent.includes('Contrast 7.2:1 against white'), 'the accent said to read well');
    assert.match(await tab.value(['textbox', 'The snippet for your page']), /\?embed&amp;lang=nl&amp;accent=%23a4262c"/);
    await tab.enter('iframe[title="Preview at a phone\u2019s width"]');
    await tab.ready();
    await tab.waitFor(['heading', 'Vaardigheden']);
    await tab.leave();
    await tab.screenshot(await artefact(`engines-${name}-embed-builder.png`));
  });

  journey('the profile designer: a profile written, an item moved, ready, a share of the rule typed, the matrix in the preview', 'desktop', async (tab) => {
    await tab.goto(`${app.url}?design`);
    await tab.ready();
    await tab.waitFor(['heading', 'Make your own profile']);
    await tab.fill('Our profile', ['textbox', 'Name']);
    for (const n of [1, 2, 3, 4]) {
      await tab.fill(`Level ${n}`, ['textbox', `Name of level ${n}`]);
      await tab.fill(`Does ${n}`, ['textbox', `What someone at level ${n} does`]);
    }
    await tab.fill('Skills', ['group', 'Title of the block', { first: true }], ['textbox', 'Title of the block']);
    await tab.fill('Tasks', ['group', 'Title of the block', { first: true }], ['textbox', 'Title of the block']);
    for (const [block, item] of [['Skills', 'Planning'], ['Skills', 'Writing'], ['Tasks', 'Minutes']]) {
      await tab.click(['group', block], ['button', 'Add an item']);
      const n = await tab.count(['group', block], ['textbox', /^Item \d+$/]);
      await tab.fill(item, ['group', block], ['textbox', `Item ${n}`]);
    }
    // The first item's Move down: Writing comes first.
    await tab.click(['group', 'Skills'], ['button', 'Move down', { first: true }]);
    await tab.until(() => document.querySelector('.design-item input').value === 'Writing', 'Writing moved up');
    await tab.until(() => document.body.textContent.includes('Ready: the app loads this profile as it is.'), 'the profile ready');
    // The rule for the career level: a share typed, the summary's sentence says it.
    await tab.fill('60', ['group', 'Rule for the career level'], ['textbox', /^Share of the rated/]);
    await tab.until(() => document.querySelector('.design-rule q')?.textContent.includes('at least 60% of the rated'), 'the rule said with its share');
    await tab.enter('iframe[title="Preview at a phone\u2019s width"]');
    await tab.ready();
    await tab.waitFor(['radiogroup', 'Writing']);
    await tab.leave();
    await tab.screenshot(await artefact(`engines-${name}-designer.png`));
  });

  journey('the first screen: the first item above the views\u2019 bar, the menu, Next unrated', 'phone', async (tab) => {
    await start(tab);
    const layout = await tab.eval(() => {
      const box = (selector) => document.querySelector(selector).getBoundingClientRect();
      const [first, bar, header] = [box('.matrix-pane [role=radiogroup]'), box('nav.views'), box('.app-header')];
      return { top: first.top, bottom: first.bottom, bar: bar.top, barBottom: bar.bottom, header: header.height,
        height: innerHeight, sideways: document.scrollingElement.scrollWidth - innerWidth };
    });
    assert.ok(layout.top >= 0 && layout.bottom <= layout.bar, `the first item's choices above the bar: ${JSON.stringify(layout)}`);
    assert.ok(layout.header <= 56, `a one-line header (${layout.header} px)`);
    assert.ok(Math.abs(layout.barBottom - layout.height) < 1, 'the bar at the foot');
    assert.ok(layout.sideways <= 0, 'nothing to scroll sideways');
    await tab.screenshot(await artefact(`engines-${name}-phone-first-screen.png`));
    const open = () => document.querySelector('.app-header .menu').matches(':popover-open');
    await tab.click(['button', 'Menu']);
    await tab.until(open, 'the menu to open');
    await tab.select('Dark', ['group', 'Menu'], ['combobox', 'Colours']);
    await tab.until(() => document.documentElement.dataset.theme === 'dark', 'dark');
    await tab.click(['button', 'Menu']);
    await tab.until(() => !document.querySelector('.app-header .menu').matches(':popover-open'), 'the menu to close');
    for (const item of ['Coordinating and planning', 'Travel and meeting arrangements', 'Overall responsibility for calendar and manager’s time',
      'Take minutes and follow up on actions', 'Financial follow up']) {
      await tab.click(group(item), ['radio', 'Regularly']);
    }
    await tab.click(['button', 'Next unrated']);
    await tab.until(() => {
      const focused = document.activeElement?.closest('[role=radiogroup]');
      return focused && document.getElementById(focused.getAttribute('aria-labelledby'))?.textContent === 'Travel expenses and invoices';
    }, 'the sixth item to have the focus');
    await tab.screenshot(await artefact(`engines-${name}-phone-next-unrated.png`));
  });

  journey('offline after one visit: the service worker opens the app, answers are kept', 'phone', async (tab) => {
    await start(tab);
    await cached(tab);
    // The test's own script was fetched before the worker controlled the page: fetched again
    // through the worker, it is kept for the offline load too (the app's files are, already).
    // (So is the page around the app, where the engine shows a phone's width in a frame.)
    await tab.eval(() => fetch('/__test/instrument.js').then((r) => r.ok));
    await tab.eval(() => fetch(top.location.href).then((r) => r.ok));
    app.offline(true);
    tab.expect(/Failed to load resource|net::ERR|NetworkError/);
    try {
      await tab.reload();
      await tab.ready();
      await tab.click(group('Communication'), ['radio', '3 Proactive']);
      await tab.click(['link', 'Compare']);
      await tab.waitFor(['heading', 'Compare two assessments']);
    } finally {
      app.offline(false);
    }
  });

}
