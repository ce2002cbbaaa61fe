// The appraisal meeting: several assessments, the assistant's and the manager's side by side,
// this year beside last year — with links and files only.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { serve, launch, phone, desktop, openApp, reload, artefact, until, openAssessment, stored, share } from './support.mjs';
import { twoViews, ratings, anna, useState } from './fixtures.mjs';
import { pageCount, keepPicture } from './print.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const group = (page, name) => page.getByRole('radiogroup', { name, exact: true });

test('the round trip: the assistant sends a link, the manager rates beside it and sends one back, the assistant compares', async () => {
  // The assistant rates a few items and shares.
  const assistant = await browser.newContext({ ...phone, locale: 'en-GB' });
  const mine = await openApp(assistant, server.url);
  await group(mine, 'Communication').getByRole('radio', { name: '4 Business partner' }).check();
  await mine.getByRole('textbox', { name: 'Evidence for Communication' }).fill('Wrote the CEO’s quarterly letter');
  await group(mine, 'Leadership').getByRole('radio', { name: '3 Proactive' }).check();
  await group(mine, 'Travel Manager').getByRole('radio', { name: 'Owner' }).check();
  await openAssessment(mine);
  await mine.getByRole('textbox', { name: 'Name', exact: true }).fill('Anna de Vries');
  const toManager = await share(mine);

  // The manager opens it read-only and rates the same person, with her levels beside each item.
  const manager = await browser.newContext({ ...phone, locale: 'en-GB' });
  const theirs = await openApp(manager, toManager);
  await theirs.getByRole('heading', { name: 'An assessment shared with you' }).waitFor();
  assert.match(await theirs.locator('.incoming .whose').textContent(), /^Self view of Anna de Vries, /);
  await theirs.getByRole('button', { name: 'Rate this person myself' }).click();
  const hint = group(theirs, 'Communication').locator('xpath=../p[@class="hint"]');
  assert.equal(await hint.textContent(), 'Anna de Vries (Self): 4 Business partner');
  assert.ok(await hint.isVisible());
  await theirs.getByRole('checkbox', { name: 'Show Anna de Vries’s answers beside each item' }).uncheck();
  assert.ok(!(await hint.isVisible()), 'the hints can be hidden');
  await theirs.getByRole('checkbox', { name: 'Show Anna de Vries’s answers beside each item' }).check();
  assert.ok(await group(theirs, 'Communication').getByRole('radio', { name: 'Not rated' }).isChecked(), 'the manager starts blank');
  await group(theirs, 'Communication').getByRole('radio', { name: '3 Proactive' }).check();
  await theirs.getByRole('textbox', { name: 'Evidence for Communication' }).fill('Letters need my edits');
  await group(theirs, 'Leadership').getByRole('radio', { name: '5 Leading' }).check();
  await group(theirs, 'Travel Manager').getByRole('radio', { name: 'Owner' }).check();
  const book = await stored(theirs);
  assert.equal(book.assessments.length, 3, 'the manager keeps both: the blank own one, Anna’s and the new one');
  const rating = book.assessments.find((a) => a.id === book.current);
  assert.equal(rating.view, 'manager');
  assert.equal(rating.person.name, 'Anna de Vries');
  const back = await share(theirs);
  await manager.close();

  // The assistant adds it beside her own and opens the comparison.
  await mine.goto(back);
  await mine.getByRole('heading', { name: 'An assessment shared with you' }).waitFor();
  assert.match(await mine.locator('.incoming .whose').textContent(), /^Manager view of Anna de Vries, /);
  await mine.getByRole('button', { name: 'Add as a new assessment' }).click();
  await mine.getByRole('status').filter({ hasText: 'Added as a new assessment' }).waitFor();
  await mine.getByRole('link', { name: 'Compare' }).click();
  const card = mine.getByRole('article', { name: /compared/ });
  await card.waitFor();
  assert.equal(await mine.getByRole('textbox', { name: 'Link to share' }).count(), 0,
    'the link shared from the summary stays there, not under the comparison');
  const text = await card.textContent();
  // Her own view reads first: the manager's levels read as higher or lower than hers.
  assert.match(text, /^Self, \d{4} and Anna de Vries — Manager, \d{4} compared/);
  const first = mine.getByRole('combobox', { name: 'Compare', exact: true });
  assert.match(await first.locator('option:checked').textContent(), /^Self, \d{4}$/);
  assert.match(text, /1\s*items agree/);
  assert.match(text, /1\s*differ by one step/);
  assert.match(text, /1\s*differ by two steps or more/);
  assert.ok(text.includes('Letters need my edits') && text.includes('Wrote the CEO’s quarterly letter'), 'both notes');
  await mine.screenshot({ path: await artefact('phone-comparison.png'), fullPage: true });
  await assistant.close();
});

test('the comparison sorts, filters, says where they differ with symbols and words, and copies as text', async () => {
  const context = await browser.newContext(desktop);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const page = await openApp(context, server.url);
  const state = twoViews(0);
  // The manager agrees on Communication and leaves Language out.
  const [own, theirs] = state.assessments;
  theirs.ratings = theirs.ratings.map((r) => (r.item === 'skill.communication' ? { ...own.ratings.find((o) => o.item === r.item) } : r))
    .filter((r) => r.item !== 'skill.language');
  await useState(page, state);
  await page.getByRole('link', { name: 'Compare' }).click();
  const rows = page.locator('.compare-rows > li');
  await rows.first().waitFor();
  assert.equal(await rows.count(), 64);
  const first = await rows.first().textContent();
  assert.match(first, /◇ one side only/, 'one side missing comes first');
  assert.match(await rows.nth(1).textContent(), /▼ 4 lower|▲ 4 higher/, 'then the largest difference');
  await page.getByRole('checkbox', { name: 'Only where we differ' }).check();
  assert.equal(await rows.count(), 63, 'the item they agree on is left out');
  await page.getByRole('combobox', { name: 'Order' }).selectOption({ label: 'Profile order' });
  assert.match(await rows.first().textContent(), /^Coordinating and planning/);
  await page.getByRole('button', { name: 'Copy as text' }).click();
  await page.getByRole('status').filter({ hasText: 'Copied' }).first().waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /^Self, 2026 and Manager, 2026 compared\n/);
  assert.ok(copied.includes('- Language · Self, 2026: '), copied);
  assert.ok(copied.includes('◇ one side only'), copied);
  await context.close();
});

test('two dates of the same person read as growth, with both in the chart', async () => {
  const context = await browser.newContext(desktop);
  const page = await openApp(context, server.url);
  await useState(page, {
    version: 2, intro_dismissed: true, current: 'a2', next_id: 3,
    assessments: [
      { id: 'a1', date: '2025-11-20', view: 'self', person: anna, ratings: ratings(0) },
      { id: 'a2', date: '2026-11-20', view: 'self', person: anna, ratings: ratings(0, 1) },
    ],
  });
  await page.getByRole('link', { name: 'Compare' }).click();
  const card = page.getByRole('article', { name: /Growth/ });
  await card.getByRole('heading', { name: 'Growth from 2025-11-20 to 2026-11-20' }).waitFor();
  const text = await card.textContent();
  assert.match(text, /▲ up 1/);
  assert.match(text, /Change per block/);
  assert.ok(await card.getByRole('img', { name: /^Skills: level 1: 2025-11-20 \d+, 2026-11-20 \d+; level 2: / }).isVisible(), 'a chart with both dates');
  await context.close();
});

for (const lang of ['en', 'nl']) {
  for (const [format, name] of [['A4', 'a4'], ['Letter', 'letter']]) {
    test(`the comparison with 300-character notes on every item prints on one ${format} page (${lang})`, async () => {
      const context = await browser.newContext({ ...desktop, locale: lang === 'nl' ? 'nl-NL' : 'en-GB' });
      const page = await openApp(context, server.url);
      await useState(page, { ...twoViews(300), language: lang });
      await page.getByRole('link', { name: lang === 'nl' ? 'Vergelijken' : 'Compare' }).click();
      await page.locator('.compare-card').waitFor();
      await page.emulateMedia({ media: 'print' });
      assert.ok(await page.locator('.compare-card').isVisible());
      assert.equal(await page.getByRole('button').filter({ visible: true }).count(), 0, 'no buttons on paper');
      assert.equal(await page.getByRole('combobox').filter({ visible: true }).count(), 0, 'no controls on paper');
      const pdf = await page.pdf({ format, printBackground: false });
      const path = await artefact(`comparison-${name}-${lang}.pdf`);
      await writeFile(path, pdf);
      keepPicture(path);
      assert.equal(pageCount(pdf), 1, `one ${format} page`);
      await context.close();
    });
  }
}

test('assessments are created, renamed, dated, switched and deleted (asking first, by name)', async () => {
  const context = await browser.newContext(phone);
  const page = await openApp(context, server.url);
  const picker = page.getByRole('combobox', { name: 'Assessment' });
  await group(page, 'Communication').getByRole('radio', { name: '4 Business partner' }).check();
  await openAssessment(page);
  // Typed key by key: every key renames the assessment in the list above, and the field must
  // keep its focus and every character while that list follows.
  const name = page.getByRole('textbox', { name: 'Name of the assessment' });
  await name.pressSequentially('Self, before the appraisal');
  assert.equal(await name.inputValue(), 'Self, before the appraisal');
  assert.ok(await name.evaluate((field) => field === document.activeElement), 'the field keeps the focus');
  assert.deepEqual(await picker.locator('option').allTextContents(), ['Self, before the appraisal']);
  await page.getByRole('textbox', { name: 'Date' }).fill('2026-03-01');
  await page.getByRole('button', { name: 'Copy', exact: true }).click();
  assert.deepEqual(await picker.locator('option').allTextContents(), ['Self, before the appraisal', 'Copy of Self, before the appraisal']);
  assert.ok(await group(page, 'Communication').getByRole('radio', { name: '4 Business partner' }).isChecked(), 'a copy keeps the answers');
  await openAssessment(page);
  await page.getByRole('button', { name: 'New assessment' }).click();
  assert.ok(await group(page, 'Communication').getByRole('radio', { name: 'Not rated' }).isChecked(), 'a new one is blank');
  await page.getByRole('combobox', { name: 'Whose view' }).selectOption({ label: 'Manager' });
  assert.equal((await picker.locator('option').allTextContents()).length, 3);
  await picker.selectOption({ label: 'Self, before the appraisal' });
  assert.ok(await group(page, 'Communication').getByRole('radio', { name: '4 Business partner' }).isChecked());
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete “Self, before the appraisal”?' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  assert.equal((await picker.locator('option').allTextContents()).length, 3, 'cancel keeps it');
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await dialog.getByRole('button', { name: 'Delete it' }).click();
  assert.deepEqual((await picker.locator('option').allTextContents()).length, 2);
  await until(async () => (await stored(page)).assessments.length === 2, 'the deletion to be saved');
  await reload(page);
  await openAssessment(page);
  assert.equal((await picker.locator('option').allTextContents()).length, 2);
  await context.close();
});

test('the comparison at 320 and 360 px has no sideways scrolling, in English and Dutch', async () => {
  for (const [locale, label] of [['en-GB', 'Compare'], ['nl-NL', 'Vergelijken']]) {
    const context = await browser.newContext({ ...phone, locale, viewport: { width: 320, height: 700 } });
    const page = await openApp(context, server.url);
    await useState(page, twoViews(300));
    await page.getByRole('link', { name: label }).click();
    await page.locator('.compare-card').waitFor();
    for (const width of [320, 360]) {
      await page.setViewportSize({ width, height: 700 });
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), width, `${locale} at ${width} px`);
    }
    await context.close();
  }
});

test('the matrix needs none of the later-loading code: a failed load is said where the view shows and tried again; the views follow another tab', async () => {
  const context = await browser.newContext({ ...phone, locale: 'en-GB' });
  // What the page asks for of the split-off modules (the service worker also caches them in the
  // background, for offline use).
  const asked = [];
  context.on('request', (request) => {
    if (!request.serviceWorker() && /\/wasm-[0-9a-f]+\/(split|chunk)_\w+\.wasm$/.test(request.url())) asked.push(request.url());
  });
  // Until told otherwise the split-off modules cannot be fetched, as on a dropped connection.
  let fail = true;
  await context.route(/\/wasm-[0-9a-f]+\/(split|chunk)_\w+\.wasm$/, (route) => (fail ? route.abort() : route.continue()));
  context.expect(/Failed to load resource|Failed to fetch|TypeError/);
  const page = await openApp(context, server.url);
  await group(page, 'Communication').getByRole('radio', { name: '4 Business partner' }).check();
  await reload(page);
  assert.ok(await group(page, 'Communication').getByRole('radio', { name: '4 Business partner' }).isChecked(),
    'the matrix works and saves without the later-loading code');
  assert.ok(!asked.some((url) => /split_(compare|roles|arrived)/.test(url)), 'no code of views not opened came');
  await page.getByRole('link', { name: 'Summary' }).first().click();
  await page.getByRole('status').filter({ hasText: 'This view could not be loaded' }).waitFor();
  await page.getByRole('link', { name: 'Compare' }).click();
  await page.getByRole('status').filter({ hasText: 'This view could not be loaded' }).waitFor();
  fail = false;
  await page.getByRole('link', { name: 'Summary' }).first().click();
  await page.getByRole('article', { name: /Competence summary/ }).waitFor();
  assert.match(await page.getByRole('article', { name: /Competence summary/ }).textContent(), /Communication/,
    'the summary, tried again, holds the rating given before it came');
  assert.ok(asked.some((url) => url.endsWith('/split_summary.wasm')), 'its code came with it');
  await page.getByRole('link', { name: 'Compare' }).click();
  await page.getByRole('heading', { name: 'Compare two assessments' }).waitFor();
  assert.equal(await page.getByText('There is only one assessment so far.').count(), 1);
  assert.equal(await page.locator('.compare-pane').getByRole('combobox').count(), 0, 'nothing to choose with one assessment');
  assert.equal(await page.getByRole('button', { name: 'Print' }).count(), 0, 'nothing to print');
  // A second assessment made meanwhile shows in the comparison when it opens again.
  await page.getByRole('link', { name: 'Matrix' }).click();
  await openAssessment(page);
  await page.getByRole('button', { name: 'New assessment' }).click();
  await page.getByRole('link', { name: 'Compare' }).click();
  await page.getByRole('heading', { name: 'Compare two assessments' }).waitFor();
  await until(async () => (await page.getByText('There is only one assessment so far.').count()) === 0, 'the comparison of the two');
  // Another tab's new assessment reaches the comparison while it shows.
  const picker = page.getByRole('combobox', { name: 'Compare', exact: true });
  assert.equal(await picker.locator('option').count(), 2);
  const other = await openApp(context, server.url);
  await openAssessment(other);
  await other.getByRole('button', { name: 'New assessment' }).click();
  await until(async () => (await picker.locator('option').count()) === 3, 'the third assessment in the open comparison');
  await context.close();
});

