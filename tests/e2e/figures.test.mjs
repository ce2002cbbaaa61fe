// An association's figures with no server: a member sees exactly what her anonymous
// contribution holds before she saves it; a thousand of them dropped at once are pooled per item
// and career level, with too small a group never shown; the figures print on one page and go
// to a spreadsheet; whatever else comes in is refused with a sentence.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile, mkdtemp } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, desktop, phone, openApp, artefact } from './support.mjs';
import { fullState, useState, contributionFile, anna } from './fixtures.mjs';
import { pageCount, keepPicture } from './print.mjs';

let server, browser, folder;
before(async () => {
  server = await serve();
  browser = await launch();
  folder = await mkdtemp(join(tmpdir(), 'figures-'));
});
after(async () => { await browser?.close(); await server?.close(); });

async function file(name, text) {
  const path = join(folder, name);
  await writeFile(path, text);
  return path;
}

/** Catches what the page hands the browser to download. */
async function catchDownloads(page) {
  await page.evaluate(() => {
    window.__files = [];
    const make = URL.createObjectURL;
    URL.createObjectURL = (blob) => { window.__files.push(blob); return make.call(URL, blob); };
  });
}
const downloaded = (page, index = 0) => page.evaluate(async (i) => window.__files[i].text(), index);

test('a member sees exactly what her anonymous contribution holds, and it holds no name, note or date', async () => {
  const context = await browser.newContext(phone);
  const page = await openApp(context, server.url);
  await useState(page, fullState(300));
  await page.getByRole('link', { name: 'Summary' }).first().click();
  const contribute = page.locator('details.contribute');
  await contribute.locator('summary').click();
  await page.getByRole('textbox', { name: 'Country, if you wish (two letters, as NL)' }).fill('nl');
  await page.getByRole('combobox', { name: 'Years in the role, if you wish' }).selectOption({ label: '6–10' });
  const shown = await page.getByRole('region', { name: 'The contribution file' }).or(page.locator('pre.contribution')).first().textContent();
  await catchDownloads(page);
  await page.getByRole('button', { name: 'Save the file' }).click();
  const saved = await downloaded(page);
  assert.equal(saved, shown, 'the file is exactly what was shown');
  const json = JSON.parse(saved);
  assert.equal(json.country, 'NL');
  assert.equal(json.years_in_role, '6-10');
  assert.equal(json.year, 2026);
  assert.equal(Object.keys(json.levels).length, 41);
  for (const absent of [anna.name, anna.organisation, anna.job_title, '2026-11-25', 'prepared the board', 'evidence', 'target']) {
    assert.ok(!saved.includes(absent), `“${absent}” is not in the file`);
  }
  assert.deepEqual(Object.keys(json).sort(), ['anonymous', 'app', 'career_level', 'country', 'format', 'held', 'id', 'kind', 'levels', 'profile', 'year', 'years_in_role']);
  await writeFile(await artefact('contribution.json'), saved);
  await context.close();
});

test('a thousand contributions dropped at once: per item and career level, small groups never shown, one printed page, a CSV', async () => {
  const context = await browser.newContext({ ...desktop, viewport: { width: 1366, height: 900 } });
  const page = await openApp(context, server.url);
  await useState(page, fullState(0));
  await page.getByRole('link', { name: 'Compare', exact: true }).click();
  await page.getByRole('link', { name: 'The team', exact: true }).click();
  const paths = [];
  for (let i = 0; i < 1000; i++) paths.push(await file(`c${i}.json`, contributionFile(i)));
  // Three that belong to a tiny group: career level 5 has 200 above; these give level 1 items
  // of their own… and a duplicate, a contribution with a name in it, and another profile's.
  const named = JSON.parse(contributionFile(2000, { id: 'named' }));
  named.name = 'Anna';
  const foreign = JSON.parse(contributionFile(2001, { id: 'foreign' }));
  foreign.profile.id = 'another-profile';
  paths.push(await file('twice.json', contributionFile(0)), await file('named.json', JSON.stringify(named)), await file('foreign.json', JSON.stringify(foreign)));
  await page.locator('.pooled input[type=file]').setInputFiles(paths);
  await page.getByText('Contributions added: 1000.').waitFor();
  const said = await page.locator('.pooled .team-report li').allInnerTexts();
  assert.equal(said.length, 4, said.join('\n'));
  assert.match(said[1], /^Not added — twice\.json: this contribution was added already$/);
  assert.match(said[2], /^Not added — named\.json: .*\.$/);
  assert.match(said[3], /^Not added — foreign\.json: .*another-profile/);
  const card = page.getByRole('article', { name: 'Figures from 1000 contributions' });
  await card.waitFor();
  const skills = card.locator('section.pooled-table').first();
  assert.equal(await skills.locator('tbody tr').count(), 41);
  const communication = skills.getByRole('row', { name: /^Communication/ });
  const cells = await communication.locator('td').allTextContents();
  assert.equal(cells.length, 5 + 3, 'five levels, median, middle half, you');
  assert.equal(cells.slice(0, 5).map(Number).reduce((a, b) => a + b, 0), 1000, 'every answer counted once');
  assert.match(cells[5], /^\d\.\d$/);
  assert.match(cells[6], /^\d\.\d–\d\.\d$/);
  // Her own level beside the figures.
  assert.match(cells[7], /^[1-5]$/);
  // A career level's group; one with fewer than five shows nothing but that.
  const group = page.getByRole('combobox', { name: 'Whose figures' });
  const options = await group.locator('option').allTextContents();
  assert.equal(options[0], 'All members (1000)');
  assert.match(options[3], /^Members at career level 3 \(.+\) \(200\)$/);
  await group.selectOption({ index: 3 });
  await page.getByRole('article', { name: 'Figures from 200 contributions' }).locator('.bar').filter({ hasText: 'career level 3' }).waitFor();
  await page.screenshot({ path: await artefact('figures-1366.png') });

  // Printed on one page; the CSV read by Python's csv module.
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => document.documentElement.setAttribute('data-print', 'pooled'));
  const pdf = await page.pdf({ format: 'A4' });
  const path = await artefact('figures-a4.pdf');
  await writeFile(path, pdf);
  keepPicture(path);
  assert.equal(pageCount(pdf), 1, 'one A4 page');
  const text = execFileSync('pdftotext', ['-', '-'], { input: pdf }).toString();
  assert.ok(text.includes('Travel Manager') && text.includes('Strategical'), 'both tables whole on the page');
  await page.emulateMedia({ media: 'screen' });
  await catchDownloads(page);
  await page.getByRole('button', { name: 'Export figures as CSV' }).click();
  const csvPath = await file('figures.csv', await downloaded(page));
  const rows = JSON.parse(execFileSync('python3', ['-c', `
import csv, json, sys
with open(sys.argv[1], encoding='utf-8-sig', newline='') as f:
    print(json.dumps(list(csv.reader(f))))`, csvPath]).toString());
  assert.deepEqual(rows[0].slice(0, 5), ['Group', 'Block', 'Item', 'Item id', 'Answered']);
  assert.equal(rows.length, 1 + 6 * 64, 'a row per group (all and five career levels) and item');
  await context.close();
});

test('a group of fewer than five shows “too few” and no figure of theirs', async () => {
  const context = await browser.newContext(desktop);
  const page = await openApp(context, server.url);
  await useState(page, fullState(0));
  await page.getByRole('link', { name: 'Compare', exact: true }).click();
  await page.getByRole('link', { name: 'The team', exact: true }).click();
  // Six contributions: four at career level 2, two at 4.
  const paths = [];
  for (let i = 0; i < 6; i++) paths.push(await file(`small${i}.json`, contributionFile(i + 5000, { career: i < 4 ? 2 : 4, id: `s${i}` })));
  await page.locator('.pooled input[type=file]').setInputFiles(paths);
  await page.getByText('Contributions added: 6.').waitFor();
  const card = page.locator('.pooled-card');
  assert.equal(await card.locator('tbody tr.too-few').count(), 0, 'six answers each: shown');
  await page.getByRole('combobox', { name: 'Whose figures' }).selectOption({ index: 2 });
  await card.locator('.bar').filter({ hasText: 'career level 2' }).waitFor();
  assert.equal(await card.locator('tbody tr').count(), 64);
  assert.equal(await card.locator('tbody tr.too-few').count(), 64, 'four at level 2: every cell too few');
  const row = await card.locator('tbody tr').first().locator('td').allTextContents();
  assert.match(row[0], /too few$/);
  assert.ok(row.every((cell) => !/^\d+$/.test(cell) || cell === row.at(-1)), `no count of theirs: ${row}`);
  await context.close();
});
