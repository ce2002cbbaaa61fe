// The appraisal meeting ends in an agreed result: the assistant's own view and her manager's
// (sent by link), "Agree on a result", each open item settled, the names and the date, one
// printed page to sign — in English, Dutch and German — and the result shared back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { serve, launch, phone, desktop, openApp, reload, artefact, openAssessment, stored, share } from './support.mjs';
import { twoViews, ratings, words, useState } from './fixtures.mjs';
import { pageCount, keepPicture } from './print.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const group = (page, name) => page.getByRole('radiogroup', { name, exact: true });
const hintOf = (page, name) => group(page, name).locator('xpath=../p[@class="hint"]');

test('the meeting: her view and the manager’s by link, agree, settle what is open, sign, and share the result back', async () => {
  // The assistant rates three items and sends her view.
  const assistant = await browser.newContext({ ...phone, locale: 'en-GB' });
  const mine = await openApp(assistant, server.url);
  await group(mine, 'Communication').getByRole('radio', { name: '4 Business partner' }).check();
  await group(mine, 'Leadership').getByRole('radio', { name: '3 Proactive' }).check();
  await group(mine, 'Travel Manager').getByRole('radio', { name: 'Owner' }).check();
  await openAssessment(mine);
  await mine.getByRole('textbox', { name: 'Name', exact: true }).fill('Anna de Vries');
  const toManager = await share(mine);

  // The manager rates beside it: lower on Communication, the same on the other two.
  const manager = await browser.newContext({ ...phone, locale: 'en-GB' });
  const theirs = await openApp(manager, toManager);
  await theirs.getByRole('button', { name: 'Rate this person myself' }).click();
  await group(theirs, 'Communication').getByRole('radio', { name: '3 Proactive' }).check();
  await group(theirs, 'Leadership').getByRole('radio', { name: '3 Proactive' }).check();
  await group(theirs, 'Travel Manager').getByRole('radio', { name: 'Owner' }).check();

  // In the meeting: the comparison of the two, and "Agree on a result".
  await theirs.getByRole('link', { name: 'Compare' }).click();
  await theirs.getByRole('button', { name: 'Agree on a result' }).click();
  await theirs.getByRole('heading', { name: 'The meeting’s result' }).waitFor();
  assert.equal(new URL(theirs.url()).searchParams.get('view'), null, 'the agreed matrix is on screen');
  const panel = theirs.getByRole('region', { name: 'The meeting’s result' });
  assert.match(await panel.textContent(), /Reached from two assessments: Self, \d{4}-\d\d-\d\d and Manager, \d{4}-\d\d-\d\d\./);
  await panel.getByRole('status').filter({ hasText: 'Items still open: 1.' }).waitFor();
  // What both said alike is filled in and marked; what differs is open, with both answers beside it.
  assert.ok(await group(theirs, 'Leadership').getByRole('radio', { name: '3 Proactive' }).isChecked());
  assert.equal(await hintOf(theirs, 'Leadership').textContent(), 'Self: 3 Proactive · Manager: 3 Proactive — both said so');
  assert.ok(await group(theirs, 'Travel Manager').getByRole('radio', { name: 'Owner' }).isChecked());
  assert.ok(await group(theirs, 'Communication').getByRole('radio', { name: 'Not rated' }).isChecked());
  assert.equal(await hintOf(theirs, 'Communication').textContent(), 'Self: 4 Business partner · Manager: 3 Proactive — still open');
  // "Next open item" brings the open one to the thumb, its choices focused.
  await panel.getByRole('button', { name: 'Next open item' }).click();
  await theirs.waitForFunction(() => document.activeElement?.closest('[role=radiogroup]')?.getAttribute('aria-labelledby')
    && document.getElementById(document.activeElement.closest('[role=radiogroup]').getAttribute('aria-labelledby')).textContent === 'Communication');
  // Settled on her level, with what was agreed in its note.
  await group(theirs, 'Communication').getByRole('radio', { name: '4 Business partner' }).check();
  const note = theirs.getByRole('textbox', { name: 'Evidence for Communication' });
  assert.equal(await note.getAttribute('placeholder'), 'What was agreed, and why');
  await note.fill('The board letters are hers; she drafts them alone from now on');
  assert.equal(await hintOf(theirs, 'Communication').textContent(), 'Self: 4 Business partner · Manager: 3 Proactive');
  await panel.getByRole('status').filter({ hasText: 'Every item is settled.' }).waitFor();
  assert.equal(await panel.getByRole('button', { name: 'Next open item' }).count(), 0);
  await panel.getByRole('textbox', { name: 'Agreed with (manager)' }).fill('Bob Jansen');
  await theirs.screenshot({ path: await artefact('agreement-phone-settled.png') });
  // Kept as version 4 with what it was agreed from, over a reload.
  const book = await stored(theirs);
  assert.equal(book.version, 4);
  const agreed = book.assessments.find((a) => a.id === book.current);
  assert.equal(agreed.view, 'agreed');
  assert.equal(agreed.agreement.with, 'Bob Jansen');
  assert.deepEqual(agreed.agreement.sides.map((s) => s.view), ['self', 'manager']);
  await reload(theirs);
  assert.ok(await group(theirs, 'Communication').getByRole('radio', { name: '4 Business partner' }).isChecked());
  assert.match(await theirs.locator('.assessment-bar .current').textContent(), /^Anna de Vries — Agreed, \d{4}$/);

  // Its summary: the meeting, what differs from her view (nothing), two lines to sign.
  const back = await share(theirs);
  const summary = theirs.getByRole('article', { name: /Competence summary/ });
  const text = await summary.textContent();
  assert.match(text, /Agreed in the appraisal meeting of \d{4}-\d\d-\d\d/);
  assert.match(text, /On every item the result matches the person’s own view\./);
  const signatures = summary.getByRole('region', { name: 'Signature' });
  assert.deepEqual(await signatures.locator('.signer').allTextContents(), ['Anna de Vries (Self)', 'Bob Jansen (Manager)']);
  assert.match(back, /#share=v3\./);
  await manager.close();

  // The assistant opens the result read-only, keeps it beside her own, and compares.
  await mine.goto(back);
  await mine.getByRole('heading', { name: 'An assessment shared with you' }).waitFor();
  assert.match(await mine.locator('.incoming .whose').textContent(), /^Agreed view of Anna de Vries, /);
  assert.deepEqual(await mine.locator('.signatures .signer').allTextContents(), ['Anna de Vries (Self)', 'Bob Jansen (Manager)']);
  await mine.getByRole('button', { name: 'Add as a new assessment' }).click();
  await mine.getByRole('status').filter({ hasText: 'Added as a new assessment' }).waitFor();
  await mine.getByRole('heading', { name: 'The meeting’s result' }).waitFor();
  assert.equal(await hintOf(mine, 'Communication').textContent(), 'Self: 4 Business partner · Manager: 3 Proactive');
  // An agreed assessment is agreed: its view cannot be changed into another, nor agreed again.
  await openAssessment(mine);
  assert.deepEqual(await mine.getByRole('combobox', { name: 'Whose view' }).locator('option').allTextContents(), ['Agreed']);
  await mine.getByRole('link', { name: 'Compare' }).click();
  await mine.getByRole('heading', { name: 'Compare two assessments' }).waitFor();
  await mine.getByRole('combobox', { name: 'Compare', exact: true }).locator('option').first().waitFor({ state: 'attached' });
  const picks = await mine.getByRole('combobox', { name: 'Compare', exact: true }).locator('option').allTextContents();
  assert.ok(picks.some((p) => /Agreed/.test(p)), `the agreed one can be compared: ${picks}`);
  await assistant.close();
});

/** Her view, her manager's, and the agreed result of every item: the manager's level (so that
 *  every item differs from hers), each with a note of `noteLength` characters. */
function agreedState(noteLength, lang) {
  const { assessments: [own, theirs] } = twoViews(0);
  const side = (a) => ({ view: a.view, date: a.date, ratings: a.ratings.map(({ item, current, held }) => ({ item, current, held })) });
  const result = ratings(0, 1).map((r, i) => ({ ...r, evidence: words(i + 7, noteLength) }));
  return {
    version: 4, intro_dismissed: true, language: lang, current: 'a3',
    assessments: [own, theirs, {
      id: 'a3', date: '2026-12-04', view: 'agreed', person: own.person,
      agreement: { with: 'Bob Jansen-van der Meulenhof', sides: [side(own), side(theirs)] },
      ratings: result,
    }],
  };
}

// Twelve of the 64 changed items are listed; the rest are counted.
const MORE = { en: 'and 52 more', nl: 'en nog 52', de: 'und 52 weitere' };
const SUMMARY = { en: 'Summary', nl: 'Samenvatting', de: 'Übersicht' };
const HEADING = { en: /Agreed in the appraisal meeting/, nl: /Afgesproken in het beoordelingsgesprek/, de: /Vereinbart im Beurteilungsgespräch/ };

for (const lang of ['en', 'nl', 'de']) {
  for (const format of ['A4', 'Letter']) {
    test(`an agreed result where every item differs, with 300-character notes, prints on one ${format} page to sign (${lang})`, async () => {
      const context = await browser.newContext({ ...desktop, locale: lang });
      const page = await openApp(context, server.url);
      await useState(page, agreedState(300, lang));
      await page.getByRole('link', { name: SUMMARY[lang] }).first().click();
      const summary = page.locator('.summary-card');
      await summary.waitFor();
      assert.match(await summary.textContent(), HEADING[lang]);
      await page.emulateMedia({ media: 'print' });
      assert.ok(await page.locator('.signatures').isVisible(), 'the lines to sign are on paper');
      assert.equal(await summary.locator('.charts').isVisible(), false, 'the charts give way to them');
      const pdf = await page.pdf({ format, printBackground: false });
      const path = await artefact(`agreement-${format.toLowerCase()}-${lang}.pdf`);
      await writeFile(path, pdf);
      keepPicture(path);
      assert.equal(pageCount(pdf), 1, `one ${format} page`);
      // Nothing is cut off the paper: both lines to sign, and the last of the changed items.
      const text = execFileSync('pdftotext', ['-', '-'], { input: pdf }).toString();
      for (const name of ['Anna de Vries-Kortenhoeven (', 'Bob Jansen-van der Meulenhof (', MORE[lang]]) {
        assert.ok(text.includes(name), `“${name}” on the paper`);
      }
      await context.close();
    });
  }
}

test('an agreed result at 320 px, in Dutch and German: the panel and the rows fit, nothing scrolls sideways', async () => {
  for (const lang of ['nl', 'de']) {
    const context = await browser.newContext({ ...phone, locale: lang, viewport: { width: 320, height: 640 } });
    const page = await openApp(context, server.url);
    await useState(page, agreedState(40, lang));
    await page.locator('.agreement-panel').waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 320, lang);
    await page.screenshot({ path: await artefact(`agreement-320-${lang}.png`), fullPage: false });
    await context.close();
  }
});
