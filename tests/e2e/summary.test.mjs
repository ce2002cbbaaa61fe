// The summary: on screen, on one printed page, as a link, as a file, as text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile, readFile, rm } from 'node:fs/promises';
import { serve, launch, phone, desktop, openApp, reload, artefact, until, openAssessment } from './support.mjs';
import { fullState, useState } from './fixtures.mjs';
import { pageCount, keepPicture } from './print.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const group = (page, name) => page.getByRole('radiogroup', { name, exact: true });
const stored = (page) => page.evaluate(() => localStorage.getItem('competence-matrix'));

// The lengths the README quotes for a link of the whole IMA profile (the part after `#`): they
// may only shrink.
export const LINK_WITH_NOTES = 5241;
export const LINK_WITHOUT_NOTES = 216;

async function rateAFew(page) {
  await group(page, 'Communication').getByRole('radio', { name: '4 Business partner' }).check();
  await page.getByRole('textbox', { name: 'Evidence for Communication' }).fill('Wrote the CEO’s quarterly letter to 4,000 staff');
  await group(page, 'MS Office').getByRole('radio', { name: '4 Business partner' }).check();
  await group(page, 'Project management').getByRole('radio', { name: '2 Independent' }).check();
  await page.getByRole('combobox', { name: 'Target level for Project management' }).selectOption('4');
  await group(page, 'Travel Manager').getByRole('radio', { name: 'Owner' }).check();
}

/** Fills in whom the assessment is about (in the assessment's details). */
export async function about(page, { name, title }) {
  await openAssessment(page);
  if (name !== undefined) await page.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
  if (title !== undefined) await page.getByRole('textbox', { name: 'Job title', exact: true }).fill(title);
}

/** A phone with a few items rated, showing the Summary view; the clipboard may be used. */
async function ratedOnSummary() {
  const context = await browser.newContext(phone);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const page = await openApp(context, server.url);
  await rateAFew(page);
  await page.getByRole('link', { name: 'Summary' }).first().click();
  return { context, page };
}

/** Shares the assessment on screen and returns the link (shown when there is no share sheet). */
export async function shareLink(page) {
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const field = page.getByRole('textbox', { name: 'Link to share' });
  await field.waitFor();
  return field.inputValue();
}

/** A share link made by someone who rated a few items (in a browser of their own). */
async function aSharedLink() {
  const { context: sender, page } = await ratedOnSummary();
  const link = await shareLink(page);
  await sender.close();
  return link;
}

test('the live summary states the level, why, strengths with evidence, responsibilities and goals', async () => {
  const { context, page } = await ratedOnSummary();
  await about(page, { name: 'Anna de Vries', title: 'Executive Assistant' });
  const card = page.getByRole('article', { name: /Competence summary/ });
  await card.getByRole('heading', { name: 'Competence summary — Anna de Vries' }).waitFor();
  const text = await card.textContent();
  for (const expected of [
    'Provisional: 4 Business partner',
    'Rate 18 more of the 41 skills and characteristics to claim a career level (3 rated so far).',
    '2 of 3 rated items are at level 4 or above, led by Communication, MS Office.',
    'claimed once at least half of all of them (21 of 41) are rated',
    'Wrote the CEO’s quarterly letter to 4,000 staff',
    'no example given yet',
    'Travel Manager · Owner',
    'Project management · 2 → 4',
    'indicative',
    '€ 3,000 – 4,500',
  ]) assert.ok(text.includes(expected), `summary lacks ${expected}: ${text}`);
  assert.ok(await card.getByRole('img', { name: /^Skills: level 1: current 0, target 0; level 2: / }).isVisible(), 'a chart per block, described for screen readers');
  await page.screenshot({ path: await artefact('phone-summary.png'), fullPage: true });

  // Live: a change in the matrix shows at once, and the details are kept.
  await page.getByRole('link', { name: 'Matrix' }).click();
  await group(page, 'Project management').getByRole('radio', { name: '5 Leading' }).check();
  await page.getByRole('link', { name: 'Summary' }).first().click();
  assert.ok((await card.textContent()).includes('3 of 3 rated items are at level 4 or above'));
  await reload(page);
  assert.match(await stored(page), /"name":"Anna de Vries"/);
  await context.close();
});

test('with half the skills and characteristics rated, the level is claimed, with its job titles', async () => {
  const context = await browser.newContext(desktop);
  const page = await openApp(context, server.url);
  const state = fullState(0);
  // 21 of the 41 rated items: keep the first 21 levels, drop the rest.
  let kept = 0;
  for (const rating of state.assessments[0].ratings) {
    if (rating.current && kept++ >= 21) delete rating.current;
  }
  await useState(page, state);
  await page.getByRole('link', { name: 'Summary' }).first().click();
  const card = page.getByRole('article', { name: /Competence summary/ });
  const text = await card.textContent();
  assert.ok(!text.includes('Provisional'), text);
  assert.match(text, /Typical job titles: /);
  await context.close();
});

test('the summary\'s code comes when there is something to summarise, at once beside a wide matrix; a print before it says to try again', async () => {
  const context = await browser.newContext({ ...phone, locale: 'en-GB' });
  const asked = [];
  context.on('request', (request) => {
    if (!request.serviceWorker() && /\/split_summary\.wasm$/.test(request.url())) asked.push(request.url());
  });
  const page = await openApp(context, server.url);
  await page.waitForTimeout(1500);
  assert.deepEqual(asked, [], 'a first visit on a phone fetches no summary code');
  const summary = page.locator('[data-doc=summary] .summary-card');
  assert.equal(await summary.count(), 0);
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.getByText('The summary is being prepared. Close this and print again in a moment.').isVisible(),
    'printed before the summary was wanted, the paper says to try again');
  await page.emulateMedia({ media: 'screen' });
  assert.ok(!(await page.getByText('The summary is being prepared').isVisible()), 'never on screen');
  await group(page, 'Communication').getByRole('radio', { name: '4 Business partner' }).check();
  await summary.waitFor({ state: 'attached' });
  assert.equal(asked.length, 1, 'the first answer brings it, once');
  await page.emulateMedia({ media: 'print' });
  assert.ok(await summary.isVisible(), 'now the summary prints from the matrix view');
  assert.ok(!(await page.getByText('The summary is being prepared').isVisible()));
  await page.emulateMedia({ media: 'screen' });
  // Answers kept from before: it comes without a click.
  await reload(page);
  await summary.waitFor({ state: 'attached' });
  await context.close();

  // Beside the matrix on a wide screen, at once, however blank the assessment.
  const wide = await browser.newContext({ viewport: { width: 1700, height: 1000 }, locale: 'en-GB' });
  const desk = await openApp(wide, server.url);
  await desk.getByRole('article', { name: /Competence summary/ }).waitFor();
  assert.ok(await desk.getByRole('radiogroup', { name: 'Communication', exact: true }).isVisible(), 'beside the matrix');
  await wide.close();
});

for (const lang of ['en', 'nl']) {
  for (const [format, name] of [['A4', 'a4'], ['Letter', 'letter']]) {
    test(`a fully rated profile with 300-character notes prints on one ${format} page (${lang})`, async () => {
      const context = await browser.newContext({ ...desktop, locale: lang === 'nl' ? 'nl-NL' : 'en-GB' });
      const page = await openApp(context, server.url);
      await useState(page, { ...fullState(300), language: lang });
      await page.emulateMedia({ media: 'print' });
      const title = lang === 'nl' ? /Competentieoverzicht/ : /Competence summary/;
      // The summary's code arrives after the matrix's first frame.
      await page.getByRole('article', { name: title }).waitFor();
      assert.ok(await page.getByRole('article', { name: title }).isVisible(), 'the summary prints from the matrix view too');
      assert.ok(!(await page.getByRole('radiogroup').first().isVisible()), 'no matrix on paper');
      assert.equal(await page.getByRole('button').filter({ visible: true }).count(), 0, 'no buttons on paper');
      const pdf = await page.pdf({ format, printBackground: false });
      const path = await artefact(`summary-${name}-${lang}.pdf`);
      await writeFile(path, pdf);
      keepPicture(path);
      assert.equal(pageCount(pdf), 1, `one ${format} page`);
      await context.close();
    });
  }
}

test('a share link opens read-only in a fresh browser and is added as a new assessment', async () => {
  const { context, page } = await ratedOnSummary();
  await about(page, { name: 'Anna <b>de</b> Vries' });
  await page.getByRole('link', { name: 'Summary' }).first().click();
  const link = await shareLink(page);
  await page.getByRole('status').filter({ hasText: 'never sent to a server' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
  assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/#share=v3\.[A-Za-z0-9_-]+$/);

  const receiver = await browser.newContext(phone);
  const requests = [];
  receiver.on('request', (request) => requests.push(request.url()));
  const other = await openApp(receiver, link);
  await other.getByRole('heading', { name: 'An assessment shared with you' }).waitFor();
  assert.match(await other.locator('.incoming .whose').textContent(), /^Self view of Anna <b>de<\/b> Vries, \d{4}-\d\d-\d\d$/);
  const card = other.getByRole('article', { name: /Competence summary/ });
  assert.ok((await card.textContent()).includes('Competence summary — Anna <b>de</b> Vries'));
  assert.ok(requests.every((url) => !url.includes('share=')), 'the fragment is never requested from the server');
  assert.equal(await stored(other), null, 'opening a link stores nothing');
  assert.equal(await other.getByRole('radiogroup').count(), 0, 'read-only: no matrix to change');

  await other.getByRole('button', { name: 'Add as a new assessment' }).click();
  await other.getByRole('status').filter({ hasText: 'Added as a new assessment' }).waitFor();
  assert.ok(await group(other, 'Communication').getByRole('radio', { name: '4 Business partner' }).isChecked());
  assert.ok(await group(other, 'Travel Manager').getByRole('radio', { name: 'Owner' }).isChecked());
  assert.equal(new URL(other.url()).hash, '', 'the link is gone from the address bar');
  await openAssessment(other);
  const options = await other.getByRole('combobox', { name: 'Assessment' }).locator('option').allTextContents();
  assert.deepEqual(options.length, 2, `beside the receiver's own: ${options}`);
  await reload(other);
  assert.ok(await group(other, 'MS Office').getByRole('radio', { name: '4 Business partner' }).isChecked());
  await receiver.close();
  await context.close();
});

test('on a phone, Share opens the system share sheet with the link and the file', async () => {
  const context = await browser.newContext(phone);
  await context.addInitScript(() => {
    window.shared = [];
    Navigator.prototype.canShare = () => true;
    Navigator.prototype.share = function (data) {
      window.shared.push({ url: data.url, title: data.title, files: (data.files ?? []).map((f) => f.name) });
      return Promise.resolve();
    };
  });
  const page = await openApp(context, server.url);
  await rateAFew(page);
  await page.getByRole('link', { name: 'Summary' }).first().click();
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Shared.' }).waitFor();
  const [shared] = await page.evaluate(() => window.shared);
  assert.match(shared.url, /#share=v3\./);
  assert.equal(shared.files.length, 1);
  assert.match(shared.files[0], /^competence-matrix-\d{4}-\d\d-\d\d\.json$/);
  assert.equal(await page.getByRole('textbox', { name: 'Link to share' }).count(), 0, 'no fallback needed');
  await context.close();
});

test('importing over existing answers asks first', async () => {
  const link = await aSharedLink();
  const context = await browser.newContext(phone);
  const mine = await openApp(context, server.url);
  await group(mine, 'Leadership').getByRole('radio', { name: '5 Leading' }).check();
  await until(async () => (await stored(mine)) !== null, 'the rating to be saved');
  const before = await stored(mine);
  await mine.goto(link);
  await mine.getByRole('heading', { name: 'An assessment shared with you' }).waitFor();
  await mine.getByRole('button', { name: 'Import over “Self, 2026”' }).click();
  const dialog = mine.getByRole('dialog', { name: 'Replace “Self, 2026”?' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  assert.equal(await stored(mine), before, 'cancel changes nothing');
  await mine.getByRole('button', { name: 'Import over “Self, 2026”' }).click();
  await dialog.getByRole('button', { name: 'Replace it' }).click();
  await mine.getByRole('status').filter({ hasText: 'Imported into your matrix' }).waitFor();
  assert.ok(await group(mine, 'Communication').getByRole('radio', { name: '4 Business partner' }).isChecked());
  assert.ok(await group(mine, 'Leadership').getByRole('radio', { name: 'Not rated' }).isChecked());
  await context.close();
});

test('a tampered, truncated or foreign link shows an error and leaves the stored assessment alone', async () => {
  const context = await browser.newContext(phone);
  const page = await openApp(context, server.url);
  await rateAFew(page);
  await until(async () => (await stored(page))?.includes('travel-manager'), 'the ratings to be saved');
  const before = await stored(page);
  const good = await aSharedLink();
  const truncated = good.slice(0, -12);
  const tampered = good.slice(0, -5) + (good.at(-5) === 'A' ? 'B' : 'A') + good.slice(-4);
  for (const bad of [truncated, tampered, server.url + '#share=v1.AAAA', server.url + '#share=v9.AAAA', server.url + '#role=v1.eJwDAAAAAAE']) {
    await page.goto(bad);
    await page.getByRole('alert').filter({ hasText: 'This link cannot be opened' }).first().waitFor();
    assert.equal(await stored(page), before);
    assert.ok(await group(page, 'Communication').getByRole('radio', { name: '4 Business partner' }).isChecked());
  }
  assert.ok((await page.getByRole('alert').first().textContent()).includes('unchanged'));
  await context.close();
});

test('export a JSON file and import it in a fresh browser; a hostile, huge or foreign file is refused', async () => {
  const { context, page } = await ratedOnSummary();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export file' }).click()]);
  assert.match(download.suggestedFilename(), /^competence-matrix-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await artefact('exported.json');
  await download.saveAs(file);
  const exported = JSON.parse(await readFile(file, 'utf8'));
  assert.equal(exported.app, 'competence-matrix');
  assert.equal(exported.view, 'self');
  await context.close();

  const fresh = await browser.newContext(phone);
  const other = await openApp(fresh, server.url);
  await other.getByRole('link', { name: 'Summary' }).first().click();
  await other.getByLabel('Import file').setInputFiles(file);
  await other.getByRole('heading', { name: 'An assessment shared with you' }).waitFor();
  // The receiver's matrix is empty and the file is their own view: it may simply take it.
  await other.getByRole('button', { name: 'Import over “Self, 2026”' }).click();
  await other.getByRole('status').filter({ hasText: 'Imported into your matrix' }).waitFor();
  assert.ok(await group(other, 'Communication').getByRole('radio', { name: '4 Business partner' }).isChecked());
  assert.equal(await other.getByRole('textbox', { name: 'Evidence for Communication' }).inputValue(), 'Wrote the CEO’s quarterly letter to 4,000 staff');
  await until(async () => (await stored(other)) !== null, 'the import to be saved');
  const before = await stored(other);

  await other.getByRole('link', { name: 'Summary' }).first().click();
  const hostile = { ...exported, assessment: { ratings: [{ item: 'skill.communication', current: 99, evidence: '<script>alert(1)</script>' }] } };
  await other.getByLabel('Import file').setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(hostile)) });
  await other.getByRole('alert').filter({ hasText: 'The file was not imported' }).waitFor();
  await other.getByLabel('Import file').setInputFiles({ name: 'photo.json', mimeType: 'application/json', buffer: Buffer.from('\x89PNG not json') });
  await other.getByRole('alert').filter({ hasText: 'not a Competence Matrix link or file' }).waitFor();
  // A 60 MB file is refused from its size, before anything is read.
  const huge = await artefact('huge.json');
  await writeFile(huge, Buffer.alloc(60 * 1024 * 1024, 32));
  await other.getByLabel('Import file').setInputFiles(huge);
  await other.getByRole('alert').filter({ hasText: 'too large' }).waitFor();
  await rm(huge);
  assert.equal(await stored(other), before, 'refused files change nothing');
  await fresh.close();
});

test('HTML in a note and a name is shown as text, never run', async () => {
  const context = await browser.newContext(desktop);
  const page = await openApp(context, server.url);
  const hostile = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>';
  await group(page, 'Communication').getByRole('radio', { name: '5 Leading' }).check();
  await page.getByRole('textbox', { name: 'Evidence for Communication' }).fill(hostile);
  await about(page, { name: '<b onmouseover=alert(1)>Eve</b>' });
  await page.getByRole('link', { name: 'Summary' }).first().click();
  const card = page.getByRole('article', { name: /Competence summary/ });
  await card.getByText(hostile).waitFor();
  assert.equal(await card.locator('img, script, b').count(), 0);
  await reload(page);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.equal(await page.locator('img[src=x]').count(), 0);
  await context.close();
});

test('copy as text puts a plain-text summary on the clipboard', async () => {
  const { context, page } = await ratedOnSummary();
  await page.getByRole('button', { name: 'Copy as text' }).click();
  await page.getByRole('status').filter({ hasText: 'Copied to the clipboard.' }).waitFor();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(text, /^Competence summary\n/);
  assert.ok(text.includes('- Communication · 4 Business partner — “Wrote the CEO’s quarterly letter to 4,000 staff”'), text);
  await context.close();
});

test('without a clipboard (plain http), copy shows the text to select instead', async () => {
  const context = await browser.newContext(phone);
  await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
  const page = await openApp(context, server.url);
  await rateAFew(page);
  await page.getByRole('link', { name: 'Summary' }).first().click();
  await page.getByRole('button', { name: 'Copy as text' }).click();
  await page.getByRole('status').filter({ hasText: 'did not allow copying' }).waitFor();
  assert.match(await page.getByRole('textbox', { name: 'Text to copy' }).inputValue(), /^Competence summary\n/);
  await context.close();
});

test('share-link length for a full profile, with and without notes, stays within what the README says', async () => {
  const context = await browser.newContext(desktop);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const page = await openApp(context, server.url);
  const lengths = {};
  for (const notes of [300, 0]) {
    await useState(page, fullState(notes));
    await page.getByRole('link', { name: 'Summary' }).first().click();
    const link = await shareLink(page);
    lengths[notes] = link.length - link.indexOf('#') - 1;
  }
  await writeFile(await artefact('link-lengths.json'), JSON.stringify(lengths));
  console.log(`share-link fragment: ${lengths[300]} characters with 300-character notes on all 64 items, ${lengths[0]} without notes`);
  assert.ok(lengths[300] <= LINK_WITH_NOTES, `${lengths[300]} > ${LINK_WITH_NOTES}`);
  assert.ok(lengths[0] <= LINK_WITHOUT_NOTES, `${lengths[0]} > ${LINK_WITHOUT_NOTES}`);
  await context.close();
});
