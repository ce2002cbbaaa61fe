// Every printed document on one page of A4 and of US Letter, in English, Dutch and German, with the
// fullest content a user can give it: every item answered, a target above nearly every level, a
// 300-character note on every item, every further responsibility held, and a role profile that
// needs every item. Printed the way a user prints: the document's own Print button (the browser's
// dialog stubbed), which leaves that document on paper until the browser says it has printed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { serve, launch, desktop, openApp, reload, artefact } from './support.mjs';
import { ratings, anna, profile, words } from './fixtures.mjs';
import { pageCount, keepPicture } from './print.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Every item answered with a note; targets two steps up; every task and responsibility owned. */
const fullest = (shift) => ratings(300, shift).map((r) => (r.current ? { ...r, target: Math.min(5, r.current + 2) } : { ...r, held: 'owner' }));

/** A role that needs every item: levels 5, 4, 3 in turn, every task required. */
const role = {
  id: 'r1', title: 'Senior Executive Assistant to the Chief Executive Officer', organisation: anna.organisation,
  purpose: words(7, 600), profile: { id: profile.id, version: profile.version },
  needs: profile.blocks.flatMap((b) => b.items.map((item, i) => (b.kind === 'rated' ? { item: item.id, level: 5 - (i % 3) } : { item: item.id, need: 'required' }))),
};

function state(lang, aim) {
  return {
    version: 2, intro_dismissed: true, current: 'a1', language: lang, roles: [role], role: 'r1',
    assessments: [
      { id: 'a1', name: 'Self, 2026', date: '2026-11-25', view: 'self', person: anna, ratings: fullest(0), ...(aim ? { aim: 'r1' } : {}) },
      { id: 'a2', name: 'Manager, 2026', date: '2026-11-26', view: 'manager', person: anna, ratings: fullest(1) },
    ],
  };
}

const words_ = {
  en: { summary: 'Summary', compare: 'Compare', roles: 'Role profiles', print: 'Print', fit: 'Print the fit', job: 'Print job description' },
  nl: { summary: 'Samenvatting', compare: 'Vergelijken', roles: 'Functieprofielen', print: 'Afdrukken', fit: 'Aansluiting afdrukken', job: 'Functieomschrijving afdrukken' },
  de: { summary: 'Übersicht', compare: 'Vergleich', roles: 'Stellenprofile', print: 'Drucken', fit: 'Passung drucken', job: 'Stellenbeschreibung drucken' },
};
const locales = { en: 'en-GB', nl: 'nl-NL', de: 'de-DE' };

// [document, the card printed, the view's tab, the Print button, the document left on paper after]
const documents = [
  ['summary', '.summary-card', 'summary', 'print', 'summary'],
  ['summary-with-fit', '.summary-card', 'summary', 'print', 'summary'],
  ['comparison', '.compare-card', 'compare', 'print', 'compare'],
  ['fit', '.fit-card', 'roles', 'fit', 'job'],
  ['job-description', '.job-card', 'roles', 'job', 'job'],
];

for (const lang of ['en', 'nl', 'de']) {
  for (const [doc, card, tab, button, after] of documents) {
    test(`the fullest ${doc} prints on one A4 and one Letter page (${lang})`, async () => {
      const context = await browser.newContext({ ...desktop, locale: locales[lang] });
      // The print dialog is the browser's: here it returns at once, and the page is "printed" by
      // page.pdf below; `afterprint` comes when the test says.
      await context.addInitScript(() => { window.print = () => { window.printed = document.documentElement.dataset.print; }; });
      const page = await openApp(context, server.url);
      await page.evaluate((json) => localStorage.setItem('competence-matrix', json), JSON.stringify(state(lang, doc === 'summary-with-fit')));
      await reload(page);
      const w = words_[lang];
      await page.getByRole('link', { name: w[tab], exact: true }).click();
      await page.locator(card).waitFor();
      for (const format of ['A4', 'Letter']) {
        await page.emulateMedia({ media: 'screen' });
        await page.getByRole('button', { name: w[button], exact: true }).click();
        const printing = await page.evaluate(() => window.printed);
        await page.emulateMedia({ media: 'print' });
        // print() has returned; until the browser has printed, the document stays on paper.
        assert.equal(await page.evaluate(() => document.documentElement.dataset.print), printing);
        assert.ok(await page.locator(card).isVisible(), `${doc} on paper`);
        assert.equal(await page.getByRole('button').filter({ visible: true }).count(), 0, 'no buttons on paper');
        assert.equal(await page.getByRole('combobox').filter({ visible: true }).count(), 0, 'no controls on paper');
        assert.ok(!(await page.getByRole('radiogroup').first().isVisible()), 'no matrix on paper');
        const colours = await page.evaluate((selector) => {
          const style = getComputedStyle(document.querySelector(selector));
          return [getComputedStyle(document.body).backgroundColor, style.color];
        }, card);
        assert.deepEqual(colours, ['rgb(255, 255, 255)', 'rgb(0, 0, 0)'], 'black on white');
        // Chromium prints to PDF like a printer: beforeprint, the page, afterprint.
        const pdf = await page.pdf({ format, printBackground: false });
        const path = await artefact(`${doc}-${format.toLowerCase()}-${lang}.pdf`);
        await writeFile(path, pdf);
        keepPicture(path);
        assert.equal(pageCount(pdf), 1, `one ${format} page`);
        assert.equal(await page.evaluate(() => document.documentElement.dataset.print), after, 'the default once printed');
      }
      await context.close();
    });
  }
}

test('in dark mode the page still prints black on white', async () => {
  const context = await browser.newContext({ ...desktop, colorScheme: 'dark' });
  const page = await openApp(context, server.url);
  await page.evaluate((json) => localStorage.setItem('competence-matrix', json), JSON.stringify({ ...state('en', false), theme: 'dark' }));
  await reload(page);
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(17, 19, 22)', 'dark on screen');
  await page.getByRole('link', { name: 'Summary', exact: true }).click();
  await page.locator('.summary-card').waitFor();
  await page.emulateMedia({ media: 'print' });
  const colours = await page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.querySelector('.summary-card')).color,
    getComputedStyle(document.querySelector('.summary-card h3')).color]);
  assert.deepEqual(colours, ['rgb(255, 255, 255)', 'rgb(0, 0, 0)', 'rgb(0, 0, 0)']);
  await context.close();
});
