// Dutch and German are not second-class languages: every refusal and notice reads in the
// visitor's language, every view fits a 320 px screen in each, and a visitor downloads only the
// language in use.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { deflateSync } from 'node:zlib';
import { writeFile, rm } from 'node:fs/promises';
import { serve, launch, phone, openApp, reload, artefact, assertThumbSized, openAssessment, askToErase, openMenu } from './support.mjs';
import { twoViews, useState, profile, ratings } from './fixtures.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// Words that only English has: a Dutch or German message holding one of them is (partly)
// English. ("was" and "version" are German words too.)
const english = {
  nl: /\b(the|this|that|was|could|not|with|your|which|has|have|been|file|made|newer|unchanged|value|outside|scale|saved|storage|cannot|another|version|only)\b/i,
  de: /\b(the|this|that|could|not|with|your|which|has|have|been|file|made|newer|unchanged|value|outside|scale|saved|storage|cannot|another|only)\b/i,
};
// What the walk clicks, by its name in each language.
const words = {
  nl: { locale: 'nl-NL', shared: 'Een beoordeling die met je is gedeeld', summary: 'Samenvatting', importFile: 'Bestand importeren', leadership: 'Leiderschap', level2: '2 Zelfstandig' },
  de: { locale: 'de-DE', shared: 'Eine mit Ihnen geteilte Einschätzung', summary: 'Übersicht', importFile: 'Datei importieren', leadership: 'Führung', level2: '2 Selbstständig' },
};

/** The text of every notice on screen. */
const notices = (page) => page.locator('.notices [role=alert], .notices [role=status]').allInnerTexts();

// A share link's body, written here byte by byte as src/core/link.rs reads it (format 2).
function varint(n) {
  const out = [];
  do { let byte = n & 0x7f; n >>>= 7; if (n) byte |= 0x80; out.push(byte); } while (n);
  return out;
}
const str = (s) => { const bytes = [...Buffer.from(s, 'utf8')]; return [...varint(bytes.length), ...bytes]; };
const items = profile.blocks.flatMap((b) => b.items.map(() => b.kind));
function link({ id = profile.id, version = profile.version, byte = () => 0 } = {}) {
  const body = [...str(id), ...str(version), ...str('2026-11-25'), ...str(''), 0, ...str('Anna'), ...str(''), ...str(''),
    ...varint(items.length), ...items.map((kind, i) => byte(kind, i)), ...varint(0)];
  return `${server.url}#share=v2.${deflateSync(Buffer.from(body)).toString('base64url')}`;
}

for (const [lang, w] of Object.entries(words)) {
test(`every refusal of a link, a file or stored data reads in ${lang}, with no English sentence`, async () => {
  const context = await browser.newContext({ ...phone, locale: w.locale });
  context.expect(/Failed to load resource/);
  const page = await openApp(context, server.url);
  const seen = [];
  const collect = async (what) => {
    const texts = await notices(page);
    assert.ok(texts.length > 0, `a notice for ${what}`);
    for (const text of texts) {
      assert.doesNotMatch(text, english[lang], `${what} in English: ${text}`);
      assert.doesNotMatch(text, /\b(task|skill|trait|further|char)\.[a-z_]/, `${what} names an item by its id: ${text}`);
      seen.push(text);
    }
    for (const button of await page.locator('.notices button').all()) await button.click();
  };

  // Links.
  const good = link();
  await page.goto(good);
  await page.getByRole('heading', { name: w.shared }).waitFor();
  for (const [what, bad] of [
    ['a cut link', good.slice(0, -10)],
    ['a newer link', `${server.url}#share=v9.AAAA`],
    ['another profile', link({ id: 'nvma-2027' })],
    ['another profile version', link({ version: '2019.1' })],
    ['a level outside the scale', link({ byte: (kind) => (kind === 'rated' ? 7 : 0) })],
    ['a holding code that does not exist', link({ byte: (kind) => (kind === 'held' ? 9 : 0) })],
  ]) {
    await page.goto(bad);
    await page.locator('.notices [role=alert]').first().waitFor();
    await collect(what);
  }

  // Files.
  await page.goto(server.url);
  await page.getByRole('link', { name: w.summary }).first().click();
  const file = (name, body) => page.locator('.summary-pane').getByLabel(w.importFile).setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
  const head = { app: 'competence-matrix', format: 2, kind: 'assessment', profile: { id: profile.id, version: profile.version }, date: '2026-11-25', person: {} };
  for (const [what, body] of [
    ['not one of ours', 'GIF89a'],
    ['a newer format', JSON.stringify({ app: 'competence-matrix', format: 7 })],
    ['a wrong shape', JSON.stringify({ ...head, assessment: { ratings: [{ item: 'skill.communication', current: 'high' }] } })],
    ['a wrong kind of answer', JSON.stringify({ ...head, assessment: { ratings: [{ item: 'task.minutes', current: 3 }] } })],
    ['a note too long', JSON.stringify({ ...head, assessment: { ratings: [{ item: 'skill.communication', evidence: 'x'.repeat(2001) }] } })],
    ['another profile', JSON.stringify({ ...head, profile: { id: 'nvma', version: '1' }, assessment: { ratings: [] } })],
    ['a role with a level outside the scale', JSON.stringify({ app: 'competence-matrix', format: 2, kind: 'role', profile: head.profile, needs: [{ item: 'skill.communication', level: 8 }] })],
  ]) {
    await file(`${what}.json`, body);
    await page.locator('.notices [role=alert]').first().waitFor();
    await collect(what);
  }
  const huge = await artefact(`huge-${lang}.json`);
  await writeFile(huge, Buffer.alloc(3 * 1024 * 1024, 32));
  await page.locator('.summary-pane').getByLabel(w.importFile).setInputFiles(huge);
  await page.locator('.notices [role=alert]').first().waitFor();
  await collect('a file too large');
  await rm(huge);

  // Stored data.
  for (const [what, stored] of [
    ['damaged data', '{"version":2,"assessments":[{'],
    ['data of a newer version', '{"version":5}'],
    ['answers the profile cannot use', JSON.stringify({ version: 2, current: 'a1', assessments: [{ id: 'a1', ratings: [{ item: 'skill.communication', current: 9 }] }] })],
  ]) {
    await page.evaluate((text) => localStorage.setItem('competence-matrix', text), stored);
    await reload(page);
    await collect(what);
  }
  // The reloads kept the summary open, which the import above needed.
  await page.locator('.views').getByRole('link', { name: 'Matrix', exact: true }).click();
  await page.evaluate(() => { Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); }; });
  await page.getByRole('radiogroup', { name: w.leadership, exact: true }).getByRole('radio', { name: w.level2 }).check();
  await page.locator('.notices [role=alert]').first().waitFor();
  await collect('full storage');
  await context.close();

  const blocked = await browser.newContext({ ...phone, locale: w.locale });
  await blocked.addInitScript(() => Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('no', 'SecurityError'); } }));
  const other = await openApp(blocked, server.url);
  const texts = await notices(other);
  assert.equal(texts.length, 1);
  assert.doesNotMatch(texts[0], english[lang], texts[0]);
  await blocked.close();
  assert.equal(seen.length, 18, 'every case was seen');
});
}

const labels = {
  'en-GB': { summary: 'Summary', share: 'Share', link: 'Link to share', compare: 'Compare', roles: 'Role profiles', newRole: 'New role profile' },
  'nl-NL': { summary: 'Samenvatting', share: 'Delen', link: 'Link om te delen', compare: 'Vergelijken', roles: 'Functieprofielen', newRole: 'Nieuw functieprofiel' },
  'de-DE': { summary: 'Übersicht', share: 'Teilen', link: 'Link zum Teilen', compare: 'Vergleich', roles: 'Stellenprofile', newRole: 'Neues Stellenprofil' },
};

test('at 320 px no view scrolls sideways and every target is thumb-sized, in English, Dutch and German', async () => {
  for (const [locale, l] of Object.entries(labels)) {
    const context = await browser.newContext({ ...phone, locale, viewport: { width: 320, height: 640 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const page = await openApp(context, server.url);
    await useState(page, { ...twoViews(300), language: locale.slice(0, 2) });
    const fits = async (view) => {
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 320, `${locale} ${view}`);
      await assertThumbSized(page, `${locale} ${view}`);
    };
    await fits('matrix');
    await openAssessment(page);
    await fits('assessment details');
    await page.getByRole('link', { name: l.summary }).first().click();
    await fits('summary');
    await page.getByRole('button', { name: l.share, exact: true }).click();
    const link = await page.getByRole('textbox', { name: l.link }).inputValue();
    await fits('summary with the link shown');
    await page.getByRole('link', { name: l.compare }).click();
    await fits('comparison');
    await page.getByRole('link', { name: l.roles }).click();
    await fits('no role profiles');
    await page.getByRole('button', { name: l.newRole }).click();
    await fits('role profile, job description and fit');
    await page.goto(link);
    await page.locator('.incoming').waitFor();
    await fits('a shared assessment');
    await page.goto(server.url + '?embed');
    await page.getByRole('radiogroup').first().waitFor();
    await fits('embedded');
    await context.close();
  }
});

test('a visitor downloads only the language in use, and another one when it is chosen', async () => {
  const context = await browser.newContext({ ...phone, locale: 'en-GB' });
  const fetched = [];
  // The page's own requests: the service worker caches every language for offline use in the
  // background, after the first load (see README).
  context.on('request', (request) => {
    if (request.serviceWorker()) return;
    const path = new URL(request.url()).pathname;
    if (/\/locales-[0-9a-f]+\/|\.[a-z]{2}\.json$/.test(path)) fetched.push(path.replace(/^.*\//, ''));
  });
  const page = await openApp(context, server.url);
  assert.deepEqual([...new Set(fetched)], ['en.json'], 'English only on an English first visit');
  // The pre-rendered page holds the first paint in every language, German too.
  const copies = await page.request.get(server.url).then((r) => r.text());
  for (const [lang, item] of [['en', 'Coordinating and planning'], ['nl', 'Coördineren en plannen'], ['de', 'Koordinieren und planen']]) {
    assert.match(copies, new RegExp(`class="?prerendered"? lang="?${lang}"?`), `a pre-rendered copy in ${lang}`);
    assert.ok(copies.includes(item), `the first block in ${lang}`);
  }
  await (await openMenu(page)).getByRole('button', { name: 'Deutsch' }).click();
  await page.getByRole('radiogroup', { name: 'Führung', exact: true }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'de');
  assert.deepEqual([...new Set(fetched)].sort(), ['de.json', 'en.json', 'ima-msp.de.json'].sort());
  assert.ok(await page.getByText('Die Profiltexte sind eine vom Verband noch nicht geprüfte Übersetzung.').isVisible(),
    'the German profile is marked as a translation to review');
  // Kept: the next visit opens in German and fetches no English.
  fetched.length = 0;
  await reload(page);
  await page.getByRole('radiogroup', { name: 'Führung', exact: true }).waitFor();
  assert.ok(!fetched.includes('en.json') && !fetched.includes('nl.json'), fetched.join(', '));
  await context.close();
});

test('?lang=de and a German browser choose German, with the German profile; Dutch shows no translation note', async () => {
  for (const [locale, query] of [['en-GB', '?lang=de'], ['de-AT', '']]) {
    const context = await browser.newContext({ ...phone, locale });
    const page = await openApp(context, server.url + query);
    await page.getByRole('radiogroup', { name: 'Protokoll führen und Maßnahmen nachverfolgen', exact: true }).waitFor();
    assert.equal(await page.getByRole('link', { name: 'Matrix', exact: true }).first().isVisible(), true);
    assert.ok(await (await openMenu(page, 'Menü')).getByRole('group', { name: 'Sprache' }).getByRole('button', { name: 'Deutsch' }).getAttribute('aria-pressed') === 'true');
    await context.close();
  }
  const context = await browser.newContext({ ...phone, locale: 'nl-NL' });
  const page = await openApp(context, server.url);
  await page.getByRole('radiogroup', { name: 'Notuleren en actiepunten opvolgen', exact: true }).waitFor();
  assert.equal(await page.locator('.translation-note').count(), 0);
  await context.close();
});

test('a language whose texts cannot be fetched is said, in the language on screen, and nothing changes', async () => {
  const context = await browser.newContext({ ...phone, locale: 'nl-NL' });
  context.expect(/Failed to load resource|locales/);
  await context.route(/\/locales-[0-9a-f]+\/de\.json$/, (route) => route.abort());
  const page = await openApp(context, server.url);
  await (await openMenu(page)).getByRole('button', { name: 'Deutsch' }).click();
  const notice = page.locator('.notices [role=alert]');
  await notice.waitFor();
  assert.match(await notice.innerText(), /De teksten voor Deutsch konden niet worden geladen/);
  assert.equal(await page.locator('html').getAttribute('lang'), 'nl');
  await page.getByRole('radiogroup', { name: 'Leiderschap', exact: true }).waitFor();
  await context.close();
});

test('a walk through every view in German shows no English sentence', async () => {
  const context = await browser.newContext({ ...phone, locale: 'de-DE' });
  const page = await openApp(context, server.url);
  // Answers without notes, names written by a German user: every word on screen is the app's.
  const person = { name: 'Anna Becker', job_title: 'Assistentin der Geschäftsführung', organisation: 'Rheinhafen GmbH' };
  const plain = ratings(0).map(({ evidence, ...rest }) => rest);
  await useState(page, {
    version: 2, intro_dismissed: false, current: 'a1', language: 'de',
    assessments: [
      { id: 'a1', name: 'Selbst, 2026', date: '2026-11-25', view: 'self', person, ratings: plain },
      { id: 'a2', name: 'Führungskraft, 2026', date: '2026-11-26', view: 'manager', person, ratings: ratings(0, 1).map(({ evidence, ...rest }) => rest) },
    ],
    roles: [{ id: 'r1', title: 'Assistenz der Geschäftsführung', organisation: 'Rheinhafen GmbH', purpose: 'Hält der Geschäftsführung den Rücken frei.',
      profile: { id: profile.id, version: profile.version }, needs: [{ item: 'skill.communication', level: 4 }, { item: 'task.minutes', need: 'required' }] }],
    role: 'r1',
  });
  const shown = async (view) => {
    const text = await page.locator('body').innerText();
    const found = text.split('\n').filter((line) => english.de.test(line));
    assert.deepEqual(found, [], `English on the ${view}`);
  };
  await page.getByRole('radiogroup', { name: 'Kommunikation', exact: true }).waitFor();
  await shown('matrix');
  await openAssessment(page);
  await shown('assessment details');
  await page.getByRole('link', { name: 'Übersicht', exact: true }).first().click();
  await page.getByRole('article', { name: /Kompetenzübersicht/ }).waitFor();
  await shown('summary');
  await page.getByRole('link', { name: 'Vergleich', exact: true }).first().click();
  await page.locator('.compare-card').waitFor();
  await shown('comparison');
  await page.getByRole('link', { name: 'Stellenprofile', exact: true }).first().click();
  await page.locator('.job-card').waitFor();
  await shown('role profiles, the job description and the fit');
  await page.getByRole('link', { name: 'Matrix', exact: true }).first().click();
  await askToErase(page, 'Meine Daten löschen', 'Menü');
  await page.getByRole('dialog').waitFor();
  await shown('dialog');
  await context.close();
});

// A view of the later code is drawn again whole in another language: nothing of the one it
// replaces may still run (a choice that followed the language itself once did, and panicked).
test('the language switched back and forth while each later view is open: drawn again, no page error', async () => {
  const context = await browser.newContext({ ...phone, locale: 'en-GB' });
  const page = await openApp(context, server.url);
  await useState(page, twoViews(20));
  // The views by their address, each with what shows it drawn in Dutch and in German.
  const views = {
    summary: [/Competentieoverzicht|Competentiesamenvatting|Samenvatting/, /Kompetenzübersicht|Übersicht/],
    compare: ['Twee beoordelingen vergelijken', 'Zwei Einschätzungen vergleichen'],
    roles: ['Functieprofielen', 'Stellenprofile'],
    team: ['Een team naast elkaar', 'Ein Team nebeneinander'],
  };
  for (const [view, [dutch, german]] of Object.entries(views)) {
    await page.goto(`${server.url}?view=${view}`);
    await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
    // (The menu is called "Menü" in German; Escape closes it.)
    let menuName = 'Menu';
    for (const [language, heading, next] of [['Nederlands', dutch, 'Menu'], ['Deutsch', german, 'Menü'], ['English', null, 'Menu']]) {
      const menu = await openMenu(page, menuName);
      await menu.getByRole('button', { name: language }).click();
      menuName = next;
      if (heading) await page.getByRole('heading', { name: heading }).first().waitFor();
      await page.keyboard.press('Escape');
    }
    // The summary with its contribution open, the team with its figures' controls: still there.
    await page.getByRole('heading').first().waitFor();
  }
  await context.close();
});
