// A manager's team: people × items from this browser, links and files (several at once),
// where the team is thin, who could coach whom, one landscape page, a CSV a spreadsheet reads
// with its umlauts, one item or one person at a time on a phone — and whatever comes in
// refused with a sentence when it must be.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile, mkdtemp } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, phone, desktop, openApp, reload, artefact, askToErase } from './support.mjs';
import { ratings, useState, assessmentLink, assessmentFile, profile } from './fixtures.mjs';
import { pageCount, keepPicture } from './print.mjs';

let server, browser, folder;
before(async () => {
  server = await serve();
  browser = await launch();
  folder = await mkdtemp(join(tmpdir(), 'team-'));
});
after(async () => { await browser?.close(); await server?.close(); });

// The profile's last item: on paper when nothing is cut off the page's foot.
const LAST_ITEM = profile.blocks.at(-1).items.at(-1).text.en;
const person = (name) => ({ name, job_title: 'Management Assistant' });
// Four people, every item answered, each a step apart (the levels 1–5 go round).
const jurgen = { person: person('Jürgen Groß'), view: 'self', ratings: ratings(0, 0) };
const ana = { person: person('Ana Müller'), view: 'manager', ratings: ratings(0, 1) };
const soren = { person: person('Søren Ødegaard'), view: 'manager', ratings: ratings(40, 2) };
const zoe = { person: person('Zoë Brontë'), view: 'other', ratings: ratings(0, 3) };

/** The stored state with Jürgen's own assessment, not yet in the team. */
const state = () => ({
  version: 4, intro_dismissed: true, current: 'a1',
  assessments: [{ id: 'a1', date: '2026-11-25', view: 'self', person: jurgen.person, ratings: jurgen.ratings }],
});

async function file(name, text) {
  const path = join(folder, name);
  await writeFile(path, text);
  return path;
}

const report = (page) => page.locator('.team-report li').allInnerTexts();

/** Unfolds who is in the team and adding people (folded once someone is in it). */
async function openPeople(page) {
  const people = page.locator('details.team-add');
  if (!(await people.evaluate((details) => details.open))) await people.locator('summary').click();
}

/** Opens the team: the comparison's tab, then "The team". */
async function openTeam(page, names = { compare: 'Compare', team: 'The team' }) {
  await page.getByRole('link', { name: names.compare, exact: true }).click();
  await page.getByRole('link', { name: names.team, exact: true }).click();
}

/** Builds the team of four: Jürgen from this browser, Ana and Søren by links, Zoë by a file. */
async function teamOfFour(page) {
  await openTeam(page);
  assert.equal(new URL(page.url()).searchParams.get('view'), 'team', 'the team has an address');
  assert.equal(await page.locator('.views a[aria-current=true]').textContent(), 'Compare', 'under the comparison’s tab');
  assert.equal(await page.getByRole('link', { name: 'The team', exact: true }).getAttribute('aria-current'), 'true');
  await page.getByText('No one is in the team yet').waitFor();
  await page.getByRole('group', { name: 'In the team, from this browser' }).getByRole('checkbox', { name: 'Jürgen Groß — Self, 2026' }).check();
  await page.getByRole('textbox', { name: 'Links, one per line' })
    .fill([assessmentLink(server.url, ana), '', assessmentLink(server.url, soren), 'https://example.org/#share=v2.broken'].join('\n'));
  await page.getByRole('button', { name: 'Add these links' }).click();
  await page.getByText('Added to the team: Ana Müller, Søren Ødegaard.').waitFor();
  assert.equal(await page.getByRole('textbox', { name: 'Links, one per line' }).inputValue(), 'https://example.org/#share=v2.broken',
    'what was not added stays to be mended');
  const fromLinks = await report(page);
  assert.equal(fromLinks.length, 2, fromLinks.join('\n'));
  assert.match(fromLinks[1], /^Not added — line 4: .*\.$/, 'a sentence says which line and why');
  // Files, several at once: Zoë, Ana a second time, something that is not ours, and markup.
  await page.locator('.team-add input[type=file]').setInputFiles([
    await file('zoe.json', assessmentFile(zoe)),
    await file('ana-again.json', assessmentFile(ana)),
    await file('notes.txt', 'not a file of ours'),
    await file('hostile.json', assessmentFile({ person: person('<img src=x onerror=alert(1)>'), ratings: [{ item: 'skill.communication', current: 9 }] })),
  ]);
  await page.getByText('Added to the team: Zoë Brontë.').waitFor();
  const said = await report(page);
  assert.equal(said.length, 4, said.join('\n'));
  assert.match(said[1], /^Not added — ana-again\.json: Ana Müller is already in the team: a team has one column per person\./);
  assert.match(said[2], /^Not added — notes\.txt: /);
  assert.match(said[3], /^Not added — hostile\.json: .*level 9/);
}

test('a team of four from this browser, links and files; where it is thin; printed on one landscape page; a CSV with its umlauts', async () => {
  const context = await browser.newContext({ ...desktop, viewport: { width: 1920, height: 1080 } });
  const page = await openApp(context, server.url);
  await useState(page, state());
  await teamOfFour(page);
  const card = page.getByRole('article', { name: 'A team of 4' });
  await card.waitFor();
  const heads = await card.locator('thead th.person').allTextContents();
  assert.deepEqual(heads, ['Jürgen Groß', 'Ana Müller', 'Søren Ødegaard', 'Zoë Brontë']);
  assert.equal(await card.locator('tbody tr:not(.block-row)').count(), 64);
  assert.match(await card.locator('.team-head .bar').textContent(), /^Strong: 3 Proactive or higher$/);
  // Each cell says whose answer it is, for a screen reader.
  const communication = card.getByRole('row', { name: /^Communication/ });
  assert.match(await communication.textContent(), /Jürgen Groß: \d/);
  // At level 5 most items have one person alone, or nobody.
  await page.getByRole('combobox', { name: 'Strong means' }).selectOption({ label: '5 Leading or higher' });
  await card.locator('.team-head .bar').filter({ hasText: '5 Leading' }).waitFor();
  const single = await card.locator('section.single li:not(.more)').allTextContents();
  assert.ok(single.length > 0 && single.every((line) => / · only (Jürgen Groß|Ana Müller|Søren Ødegaard|Zoë Brontë) \(5 Leading\)$/.test(line)), single.join('\n'));
  assert.ok((await card.locator('section.pairs li').count()) > 0, 'pairs who could coach each other');
  assert.match(await card.locator('section.pairs li').first().textContent(), /could coach/);
  // Thinnest first: the first rows have one person strong or none.
  await page.getByRole('combobox', { name: 'Order' }).selectOption({ label: 'Thinnest first' });
  assert.match(await card.locator('tbody tr td.count').first().textContent(), /^[01] of 4$/);
  await page.screenshot({ path: await artefact('team-1920.png'), fullPage: false });

  // Printed: one landscape page, A4 and Letter.
  await page.emulateMedia({ media: 'print' });
  for (const format of ['A4', 'Letter']) {
    const pdf = await page.pdf({ format, preferCSSPageSize: false, landscape: true });
    const path = await artefact(`team-${format.toLowerCase()}.pdf`);
    await writeFile(path, pdf);
    keepPicture(path);
    assert.equal(pageCount(pdf), 1, `one ${format} page`);
    const text = execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString();
    for (const name of ['Zoë Brontë', 'Who could coach whom', 'Tasks nobody holds', LAST_ITEM]) {
      assert.ok(text.includes(name), `“${name}” on the ${format} page`);
    }
  }
  await page.emulateMedia({ media: 'screen' });

  // The CSV, as a spreadsheet gets it: read by Python's csv module, umlauts and all.
  await page.evaluate(() => {
    window.__files = [];
    const make = URL.createObjectURL;
    URL.createObjectURL = (blob) => { window.__files.push(blob); return make.call(URL, blob); };
  });
  await page.getByRole('checkbox', { name: 'Show notes' }).check();
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const bytes = await page.evaluate(async () => [...new Uint8Array(await window.__files[0].arrayBuffer())]);
  const csvPath = await file('team.csv', Buffer.from(bytes));
  assert.deepEqual(bytes.slice(0, 3), [0xef, 0xbb, 0xbf], 'a byte-order mark first');
  const parsed = JSON.parse(execFileSync('python3', ['-c', `
import csv, json, sys
with open(sys.argv[1], encoding='utf-8-sig', newline='') as f:
    print(json.dumps(list(csv.reader(f))))`, csvPath]).toString());
  assert.equal(parsed.length, 1 + 4 * 64, 'a head, and a row per person and item');
  assert.deepEqual(parsed[0], ['Person', 'View', 'Date', 'Block', 'Item', 'Item id', 'Level', 'Holding', 'Target', 'Note']);
  const names = new Set(parsed.slice(1).map((row) => row[0]));
  assert.deepEqual([...names], ['Jürgen Groß', 'Ana Müller', 'Søren Ødegaard', 'Zoë Brontë']);
  assert.ok(parsed.some((row) => row[0] === 'Søren Ødegaard' && row[9].length === 40), 'his notes, asked for');

  // Kept in this browser; one person leaves; all of it goes with "Erase my data".
  await reload(page);
  await card.waitFor();
  assert.equal(await card.locator('thead th.person').count(), 4);
  assert.equal(await page.locator('details.team-add').evaluate((d) => d.open), false, 'folded once someone is in the team');
  await openPeople(page);
  await page.getByRole('group', { name: 'In the team, from this browser' }).getByRole('checkbox', { name: /Ana Müller/ }).uncheck();
  await page.getByRole('article', { name: 'A team of 3' }).waitFor();
  await page.getByRole('link', { name: 'Matrix', exact: true }).click();
  await askToErase(page);
  await page.getByRole('dialog').getByRole('button', { name: 'Erase everything' }).click();
  await page.goBack();
  await page.getByText('No one is in the team yet').waitFor();
  await context.close();
});

test('on a phone: one item with its people, or one person with their items; Back leaves the team', async () => {
  const context = await browser.newContext(phone);
  const page = await openApp(context, server.url);
  await useState(page, state());
  await teamOfFour(page);
  const one = page.getByRole('region', { name: 'Show' });
  await one.waitFor();
  assert.ok(!(await page.locator('.team-grid').isVisible()), 'no grid to scroll sideways');
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 390);
  await one.getByRole('combobox', { name: 'Item' }).selectOption({ label: 'Communication' });
  const lines = await one.locator('li').allTextContents();
  assert.equal(lines.length, 4);
  assert.match(lines[0], /^Jürgen Groß · \d /);
  await one.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'One person at a time' });
  await one.getByRole('combobox', { name: 'Person' }).selectOption({ label: 'Zoë Brontë' });
  assert.equal(await one.locator('li').count(), 64);
  await page.screenshot({ path: await artefact('team-phone.png'), fullPage: false });
  await page.goBack();
  await page.getByRole('heading', { name: 'Compare two assessments' }).waitFor();
  await context.close();
});

test('in German: someone already in the team, a foreign profile and a newer format are refused in German', async () => {
  const context = await browser.newContext({ ...desktop, locale: 'de-DE' });
  const page = await openApp(context, server.url);
  await useState(page, state());
  await openTeam(page, { compare: 'Vergleich', team: 'Das Team' });
  await page.getByRole('textbox', { name: 'Links, einer pro Zeile' }).fill(assessmentLink(server.url, ana));
  await page.getByRole('button', { name: 'Diese Links hinzufügen' }).click();
  await page.getByText('Zum Team hinzugefügt: Ana Müller.').waitFor();
  const foreign = JSON.parse(assessmentFile(zoe));
  foreign.profile.id = 'another-profile';
  const newer = { ...JSON.parse(assessmentFile(zoe)), format: 99 };
  await page.locator('.team-add input[type=file]').setInputFiles([
    await file('ana.json', assessmentFile(ana)),
    await file('foreign.json', JSON.stringify(foreign)),
    await file('newer.json', JSON.stringify(newer)),
  ]);
  await page.locator('.team-report li').filter({ hasText: 'ana.json' }).waitFor();
  const said = await report(page);
  assert.equal(said.length, 3, said.join('\n'));
  assert.match(said[0], /^Nicht hinzugefügt — ana\.json: Ana Müller ist schon im Team/);
  for (const line of said) assert.doesNotMatch(line, /\b(the|this|with|file|team has)\b/i, `German: ${line}`);
  assert.equal(await page.getByRole('article', { name: 'Ein Team von 1' }).count(), 1, 'nothing else changed');
  await context.close();
});
