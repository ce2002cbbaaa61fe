// One owner of the data: nothing is lost while the later-loading code (the summary, role
// profiles, what comes in) is still on its way, nor between two tabs of one browser.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, phone, openApp, reload, until, openAssessment } from './support.mjs';
import { profile, anna } from './fixtures.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const stored = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('competence-matrix')));
const group = (page, name) => page.getByRole('radiogroup', { name, exact: true });
const head = { id: profile.id, version: profile.version };

/** The levels stored for assessment `id`: item → level. */
async function levels(page, id) {
  const entry = (await stored(page)).assessments.find((a) => a.id === id);
  return Object.fromEntries(entry.ratings.filter((r) => r.current).map((r) => [r.item, r.current]));
}

test('ratings given while the later-loading code is on its way survive a change in the summary, in role profiles and an import over another assessment', async () => {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'en-GB' });
  // Every split-off module arrives four seconds late, as on a slow connection.
  await context.route(/\/wasm-[0-9a-f]+\/(split|chunk)_\w+\.wasm$/, async (route) => {
    await new Promise((ok) => setTimeout(ok, 4000));
    await route.continue();
  });
  const page = await openApp(context, server.url);
  await page.evaluate((json) => localStorage.setItem('competence-matrix', json), JSON.stringify({
    version: 2, intro_dismissed: true, current: 'a1',
    assessments: [
      { id: 'a1', name: 'Self, 2026', date: '2026-11-25', view: 'self', person: anna, ratings: [] },
      { id: 'a2', name: 'Self, 2025', date: '2025-11-25', view: 'self', person: anna, ratings: [] },
    ],
    roles: [{ id: 'r1', title: 'Executive Assistant', profile: head, needs: [{ item: 'skill.communication', level: 4 }] }],
  }));
  await reload(page);
  const rate = async (item, level) => group(page, item).getByRole('radio', { name: new RegExp(`^${level} `) }).check();

  // 1. Three ratings while the summary's code is still coming; then a change in the summary.
  await rate('Communication', 4);
  await rate('MS Office', 3);
  await rate('Leadership', 2);
  assert.equal(await page.getByRole('article', { name: /Competence summary/ }).count(), 0, 'the summary is not there yet');
  await page.getByRole('combobox', { name: 'Hold against a role profile' }).selectOption({ label: 'Executive Assistant' });
  await page.getByRole('heading', { name: 'Fit with “Executive Assistant”' }).waitFor();
  await reload(page);
  assert.deepEqual(await levels(page, 'a1'), { 'skill.communication': 4, 'skill.ms-office': 3, 'skill.leadership': 2 });
  assert.equal((await stored(page)).assessments.find((a) => a.id === 'a1').aim, 'r1');

  // 2. Two more, then the role profiles (their code coming late) and a change there.
  await rate('Project management', 5);
  await rate('Integrity', 4);
  await page.getByRole('link', { name: 'Role profiles' }).click();
  await page.getByRole('textbox', { name: 'Title of the post' }).fill('Executive Assistant to the CEO');
  await until(async () => (await stored(page)).roles[0].title === 'Executive Assistant to the CEO', 'the title to be saved');
  await reload(page);
  assert.equal(Object.keys(await levels(page, 'a1')).length, 5, 'all five ratings');

  // 3. One more, then another assessment on screen and a file imported over it.
  await page.getByRole('link', { name: 'Matrix' }).click();
  await rate('Language', 3);
  await openAssessment(page);
  await page.getByRole('combobox', { name: 'Assessment', exact: true }).selectOption({ label: 'Self, 2025' });
  await rate('Communication', 2);
  const file = { app: 'competence-matrix', format: 2, kind: 'assessment', profile: head, date: '2026-11-20', view: 'self', person: anna,
    assessment: { ratings: [{ item: 'skill.communication', current: 5 }, { item: 'trait.integrity', current: 5 }] } };
  await page.locator('.summary-pane').getByLabel('Import file').setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await page.getByRole('button', { name: 'Import over “Self, 2025”' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Replace it' }).click();
  await page.getByRole('status').filter({ hasText: 'Imported into your matrix.' }).waitFor();
  await reload(page);
  assert.equal(Object.keys(await levels(page, 'a1')).length, 6, 'the first assessment keeps all six');
  assert.deepEqual(await levels(page, 'a2'), { 'skill.communication': 5, 'trait.integrity': 5 }, 'the import replaced the second');
  await context.close();
});

/** Clicks, inside the page, the element that `find` returns: two pages' clicks made this way
 *  land within a few milliseconds, before either tab has saved (saving waits for a paint). */
const clickNow = (page, find, arg) => page.evaluate(([find, arg]) => new Function('arg', find)(arg).click(), [find, arg]);
const radioNamed = 'return document.querySelector(`input[name="${arg[0]}"][value="${arg[1]}"]`)';
const buttonNamed = 'return [...document.querySelectorAll("button")].find((b) => b.textContent === arg)';

test('two tabs rating different items and each adding an assessment at once lose nothing', async () => {
  const context = await browser.newContext({ ...phone, locale: 'en-GB' });
  const first = await openApp(context, server.url);
  const second = await openApp(context, server.url);
  const position = (id) => profile.blocks.flatMap((b) => b.items).findIndex((i) => i.id === id);
  // At once: neither tab has seen the other's change when it makes its own, and both write.
  await Promise.all([
    clickNow(first, radioNamed, [`ac${position('skill.communication')}`, 4]),
    clickNow(second, radioNamed, [`ac${position('skill.leadership')}`, 2]),
  ]);
  await Promise.all([
    clickNow(first, buttonNamed, 'New assessment'),
    clickNow(second, buttonNamed, 'New assessment'),
  ]);
  await until(async () => (await stored(first))?.assessments?.length === 3, 'both new assessments to be stored', 5000);
  for (const page of [first, second]) {
    await reload(page);
    const state = await stored(page);
    assert.equal(state.assessments.length, 3, 'the first and both new ones');
    assert.deepEqual(await levels(page, 'a1'), { 'skill.communication': 4, 'skill.leadership': 2 }, 'both ratings');
    assert.equal(new Set(state.assessments.map((a) => a.id)).size, 3, 'no two share an id');
  }
  // Each tab shows the assessments of both.
  await openAssessment(first);
  assert.equal(await first.getByRole('combobox', { name: 'Assessment', exact: true }).locator('option').count(), 3);
  await context.close();
});

test('a change made in one tab while the other has unsaved changes is merged in both', async () => {
  const context = await browser.newContext({ ...phone, locale: 'en-GB' });
  const first = await openApp(context, server.url);
  const second = await openApp(context, server.url);
  await group(first, 'Communication').getByRole('radio', { name: '4 Business partner' }).check();
  await group(second, 'MS Office').getByRole('radio', { name: '3 Proactive' }).check();
  await group(first, 'Leadership').getByRole('radio', { name: '5 Leading' }).check();
  await until(async () => Object.keys(await levels(first, 'a1')).length === 3, 'all three to be stored');
  for (const page of [first, second]) {
    await until(() => group(page, 'Leadership').getByRole('radio', { name: '5 Leading' }).isChecked(), 'each tab to show all three');
    assert.ok(await group(page, 'MS Office').getByRole('radio', { name: '3 Proactive' }).isChecked());
    assert.ok(await group(page, 'Communication').getByRole('radio', { name: '4 Business partner' }).isChecked());
  }
  await context.close();
});
