// The summary: on screen, on one printed page, as a link, as a file, as text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile, readFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { serve, launch, phone, desktop, openApp, artefact } from './support.mjs';
import { fullState, useState } from './fixtures.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const group = (page, name) => page.getByRole('radiogroup', { name, exact: true });
const stored = (page) => page.evaluate(() => localStorage.getItem('competence-matrix'));

async function ready(page) { await page.getByRole('heading', { name: 'Skills' }).waitFor(); }

async function rateAFew(page) {
  await group(page, 'Communication').getByRole('radio', { name: '4 Business partner' }).check();
  await page.getByRole('textbox', { name: 'Evidence for Communication' }).fill('Wrote the CEO’s quarterly letter to 4,000 staff');
  await group(page, 'MS Office').getByRole('radio', { name: '4 Business partner' }).check();
  await group(page, 'Project management').getByRole('radio', { name: '2 Independent' }).check();
  await page.getByRole('combobox', { name: 'Target level for Project management' }).selectOption('4');
  await group(page, 'Travel Manager').getByRole('radio', { name: 'Owner' }).check();
}

/** A phone with a few items rated, showing the Summary view; the clipboard may be used. */
async function ratedOnSummary() {
  const context = await browser.newContext(phone);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const page = await openApp(context, server.url);
  await ready(page);
  await rateAFew(page);
  await page.getByRole('button', { name: 'Summary' }).first().click();
  return { context, page };
}

/** A share link made by someone who rated a few items (in a browser of their own). */
async function aSharedLink() {
  const { context: sender, page } = await ratedOnSummary();
  await page.getByRole('button', { name: 'Share link' }).click();
  const link = await page.getByRole('textbox', { name: 'Share link to this summary' }).inputValue();
  await sender.close();
  return link;
}

/** Pages in a PDF: each page object has "/Type /Page" (and the tree "/Type /Pages"). */
function pageCount(pdf) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

test('the live summary states the level, why, strengths with evidence, responsibilities and goals', async () => {
  const { context, page } = await ratedOnSummary();
  await page.getByRole('textbox', { name: 'Name' }).fill('Anna de Vries');
  await page.getByRole('textbox', { name: 'Job title' }).fill('Executive Assistant');
  const card = page.getByRole('article', { name: /Competence summary/ });
  await card.getByRole('heading', { name: 'Competence summary — Anna de Vries' }).waitFor();
  const text = await card.textContent();
  for (const expected of [
    '4 Business partner — Senior Executive Assistant',
    '2 of 3 rated items are at level 4 or above, led by Communication, MS Office.',
    'at least half of the rated skills and characteristics',
    'Wrote the CEO’s quarterly letter to 4,000 staff',
    'no example given yet',
    'Travel Manager · Owner',
    'Project management · 2 → 4',
    'indicative',
    '€ 3,000 – 4,500',
  ]) assert.ok(text.includes(expected), `summary lacks ${expected}: ${text}`);
  assert.ok(await card.getByRole('img', { name: /Skills: current 1: 0/ }).isVisible(), 'a chart per block, described for screen readers');
  await page.screenshot({ path: await artefact('phone-summary.png'), fullPage: true });

  // Live: a change in the matrix shows at once, and the details are kept.
  await page.getByRole('button', { name: 'Matrix' }).click();
  await group(page, 'Project management').getByRole('radio', { name: '5 Leading' }).check();
  await page.getByRole('button', { name: 'Summary' }).first().click();
  assert.ok((await card.textContent()).includes('3 of 3 rated items are at level 4 or above'));
  await page.reload();
  await ready(page);
  assert.match(await stored(page), /"name":"Anna de Vries"/);
  await context.close();
});

for (const [format, name] of [['A4', 'a4'], ['Letter', 'letter']]) {
  test(`a fully rated profile with 300-character notes prints on one ${format} page`, async () => {
    const context = await browser.newContext(desktop);
    const page = await openApp(context, server.url);
    await ready(page);
    await useState(page, fullState(300));
    await ready(page);
    await page.emulateMedia({ media: 'print' });
    assert.ok(await page.getByRole('article', { name: /Competence summary/ }).isVisible(), 'the summary prints from the matrix view too');
    assert.ok(!(await page.getByRole('radiogroup', { name: 'Communication' }).isVisible()), 'no matrix on paper');
    assert.ok(!(await page.getByRole('button', { name: 'Print' }).isVisible()), 'no buttons on paper');
    const pdf = await page.pdf({ format, printBackground: false });
    const path = await artefact(`summary-${name}.pdf`);
    await writeFile(path, pdf);
    try { execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', path, path.replace(/\.pdf$/, '')]); } catch {}
    assert.equal(pageCount(pdf), 1, `one ${format} page`);
    await context.close();
  });
}

test('a share link opens read-only in a fresh browser and can be imported', async () => {
  const { context, page } = await ratedOnSummary();
  await page.getByRole('textbox', { name: 'Name' }).fill('Anna <b>de</b> Vries');
  await page.getByRole('button', { name: 'Share link' }).click();
  await page.getByRole('status').filter({ hasText: 'never sent to a server' }).waitFor();
  const link = await page.getByRole('textbox', { name: 'Share link to this summary' }).inputValue();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
  assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/#share=v1\.[A-Za-z0-9_-]+$/);

  const receiver = await browser.newContext(phone);
  const requests = [];
  receiver.on('request', (request) => requests.push(request.url()));
  const other = await openApp(receiver, link);
  await other.getByRole('heading', { name: 'A summary shared with you' }).waitFor();
  const card = other.getByRole('article', { name: /Competence summary/ });
  assert.ok((await card.textContent()).includes('Competence summary — Anna <b>de</b> Vries'));
  assert.ok(requests.every((url) => !url.includes('share=')), 'the fragment is never requested from the server');
  assert.equal(await stored(other), null, 'opening a link stores nothing');
  assert.equal(await other.getByRole('radiogroup').count(), 0, 'read-only: no matrix to change');

  await other.getByRole('button', { name: 'Import into my matrix' }).click();
  await other.getByRole('status').filter({ hasText: 'Imported into your matrix' }).waitFor();
  await ready(other);
  assert.ok(await group(other, 'Communication').getByRole('radio', { name: '4 Business partner' }).isChecked());
  assert.ok(await group(other, 'Travel Manager').getByRole('radio', { name: 'Owner' }).isChecked());
  assert.equal(new URL(other.url()).hash, '', 'the link is gone from the address bar');
  await other.reload();
  await ready(other);
  assert.ok(await group(other, 'MS Office').getByRole('radio', { name: '4 Business partner' }).isChecked());
  await receiver.close();
  await context.close();
});

test('importing over existing data asks first', async () => {
  const link = await aSharedLink();

  const context = await browser.newContext(phone);
  const mine = await openApp(context, server.url);
  await ready(mine);
  await group(mine, 'Leadership').getByRole('radio', { name: '5 Leading' }).check();
  const before = await stored(mine);
  await mine.goto(link);
  await mine.getByRole('button', { name: 'Import into my matrix' }).click();
  const dialog = mine.getByRole('dialog', { name: 'Replace your own ratings?' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  assert.equal(await stored(mine), before, 'cancel changes nothing');
  await mine.getByRole('button', { name: 'Import into my matrix' }).click();
  await dialog.getByRole('button', { name: 'Replace mine' }).click();
  await ready(mine);
  assert.ok(await group(mine, 'Communication').getByRole('radio', { name: '4 Business partner' }).isChecked());
  assert.ok(await group(mine, 'Leadership').getByRole('radio', { name: 'Not rated' }).isChecked());
  await context.close();
});

test('a tampered or truncated link shows an error and leaves the stored assessment alone', async () => {
  const context = await browser.newContext(phone);
  const page = await openApp(context, server.url);
  await ready(page);
  await rateAFew(page);
  const before = await stored(page);
  const good = await aSharedLink();
  const truncated = good.slice(0, -12);
  const tampered = good.slice(0, -5) + (good.at(-5) === 'A' ? 'B' : 'A') + good.slice(-4);
  for (const bad of [truncated, tampered, server.url + '#share=v1.AAAA', server.url + '#share=v9.AAAA']) {
    await page.goto(bad);
    await page.getByRole('alert').filter({ hasText: 'This share link cannot be opened' }).first().waitFor();
    await ready(page);
    assert.equal(await stored(page), before);
    assert.ok(await group(page, 'Communication').getByRole('radio', { name: '4 Business partner' }).isChecked());
  }
  assert.ok((await page.getByRole('alert').first().textContent()).includes('unchanged'));
  await context.close();
});

test('export a JSON file and import it in a fresh browser; a hostile file is refused', async () => {
  const { context, page } = await ratedOnSummary();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export file' }).click()]);
  assert.match(download.suggestedFilename(), /^competence-matrix-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await artefact('exported.json');
  await download.saveAs(file);
  const exported = JSON.parse(await readFile(file, 'utf8'));
  assert.equal(exported.app, 'competence-matrix');
  await context.close();

  const fresh = await browser.newContext(phone);
  const other = await openApp(fresh, server.url);
  await ready(other);
  await other.getByRole('button', { name: 'Summary' }).first().click();
  await other.getByLabel('Import file').setInputFiles(file);
  await other.getByRole('status').filter({ hasText: 'Imported into your matrix' }).waitFor();
  await other.getByRole('button', { name: 'Matrix' }).click();
  assert.ok(await group(other, 'Communication').getByRole('radio', { name: '4 Business partner' }).isChecked());
  assert.equal(await other.getByRole('textbox', { name: 'Evidence for Communication' }).inputValue(), 'Wrote the CEO’s quarterly letter to 4,000 staff');
  const before = await stored(other);

  await other.getByRole('button', { name: 'Summary' }).first().click();
  const hostile = { ...exported, assessment: { ratings: [{ item: 'skill.communication', current: 99, evidence: '<script>alert(1)</script>' }] } };
  await other.getByLabel('Import file').setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(hostile)) });
  await other.getByRole('alert').filter({ hasText: 'The file was not imported' }).waitFor();
  await other.getByLabel('Import file').setInputFiles({ name: 'photo.json', mimeType: 'application/json', buffer: Buffer.from('\x89PNG not json') });
  await other.getByRole('alert').filter({ hasText: 'not a Competence Matrix link or file' }).waitFor();
  assert.equal(await stored(other), before, 'refused files change nothing');
  await fresh.close();
});

test('HTML in a note and a name is shown as text, never run', async () => {
  const context = await browser.newContext(desktop);
  const page = await openApp(context, server.url);
  await ready(page);
  const hostile = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>';
  await group(page, 'Communication').getByRole('radio', { name: '5 Leading' }).check();
  await page.getByRole('textbox', { name: 'Evidence for Communication' }).fill(hostile);
  await page.getByRole('button', { name: 'Summary' }).first().click();
  await page.getByRole('textbox', { name: 'Name' }).fill('<b onmouseover=alert(1)>Eve</b>');
  const card = page.getByRole('article', { name: /Competence summary/ });
  await card.getByText(hostile).waitFor();
  assert.equal(await card.locator('img, script, b').count(), 0);
  await page.reload();
  await ready(page);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  await context.close();
});

test('copy as text puts a plain-text summary on the clipboard', async () => {
  const { context, page } = await ratedOnSummary();
  await page.getByRole('button', { name: 'Copy as text' }).click();
  await page.getByRole('status').filter({ hasText: 'Copied to the clipboard.' }).waitFor();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(text, /^Competence summary\n/);
  assert.ok(text.includes('- Communication: 4 Business partner — “Wrote the CEO’s quarterly letter to 4,000 staff”'), text);
  await context.close();
});

test('share-link length for a full profile, with and without notes', async () => {
  const context = await browser.newContext(desktop);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const page = await openApp(context, server.url);
  await ready(page);
  const lengths = {};
  for (const notes of [300, 0]) {
    await useState(page, fullState(notes));
    await ready(page);
    await page.getByRole('button', { name: 'Summary' }).first().click();
    await page.getByRole('button', { name: 'Share link' }).click();
    const link = await page.getByRole('textbox', { name: 'Share link to this summary' }).inputValue();
    lengths[notes] = link.length - link.indexOf('#') - 1;
  }
  await writeFile(await artefact('link-lengths.json'), JSON.stringify(lengths));
  console.log(`share-link fragment: ${lengths[300]} characters with 300-character notes on all 64 items, ${lengths[0]} without notes`);
  assert.ok(lengths[0] < 300, 'a profile without notes fits in a short link');
  await context.close();
});
