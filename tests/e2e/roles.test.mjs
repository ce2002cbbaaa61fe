// For the manager and the recruiter: a role profile built on a phone, shared, held against an
// assessment, and written out as a job description in English and Dutch.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { serve, launch, phone, desktop, openApp, reload, artefact, until } from './support.mjs';
import { fullState, useState } from './fixtures.mjs';
import { pageCount, keepPicture } from './print.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const group = (page, name) => page.getByRole('radiogroup', { name, exact: true });
const stored = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('competence-matrix')));

/** Builds the role profile of the tests in the Role profiles view. */
async function buildRole(page) {
  await page.getByRole('link', { name: 'Role profiles' }).click();
  await page.getByText('No role profiles yet.').waitFor();
  await page.getByRole('button', { name: 'New role profile' }).click();
  // Key by key: the role list follows the title while the field keeps its focus.
  const title = page.getByRole('textbox', { name: 'Title of the post' });
  await title.pressSequentially('Executive Assistant to the CEO');
  assert.equal(await title.inputValue(), 'Executive Assistant to the CEO');
  assert.ok(await title.evaluate((field) => field === document.activeElement), 'the field keeps the focus');
  assert.deepEqual(await page.getByRole('combobox', { name: 'Role profile' }).locator('option').allTextContents(),
    ['Executive Assistant to the CEO']);
  await page.getByRole('textbox', { name: 'Organisation' }).fill('Rijnmond Logistics');
  await page.getByRole('textbox', { name: 'Purpose of the post' }).fill('Keeps the CEO’s week running and the board informed.');
  await group(page, 'Overall responsibility for calendar and manager’s time').getByRole('radio', { name: 'Required' }).check();
  await group(page, 'Take minutes and follow up on actions').getByRole('radio', { name: 'Required' }).check();
  await group(page, 'Travel Manager').getByRole('radio', { name: 'Optional' }).check();
  await group(page, 'Communication').getByRole('radio', { name: '4 Business partner' }).check();
  await group(page, 'Leadership').getByRole('radio', { name: '3 Proactive' }).check();
  await group(page, 'MS Office').getByRole('radio', { name: '4 Business partner' }).check();
  await group(page, 'Integrity').getByRole('radio', { name: '4 Business partner' }).check();
  assert.equal(await group(page, 'Communication').locator('xpath=../p[@class="chosen"]').textContent(),
    'Level 4 · Business partner: Works as a strategic partner: shares in decisions, represents the executive and shapes outcomes.',
    'the descriptor shows as the level is chosen');
}

test('a role profile is built on a phone, kept, shared and added in a fresh browser', async () => {
  const context = await browser.newContext({ ...phone, locale: 'en-GB' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const page = await openApp(context, server.url);
  await buildRole(page);
  await page.screenshot({ path: await artefact('phone-role.png') });
  await until(async () => (await stored(page))?.roles?.[0]?.needs?.length === 7, 'the role to be saved');
  await reload(page);
  await page.getByRole('link', { name: 'Role profiles' }).click();
  assert.equal(await page.getByRole('textbox', { name: 'Title of the post' }).inputValue(), 'Executive Assistant to the CEO');
  assert.ok(await group(page, 'Leadership').getByRole('radio', { name: '3 Proactive' }).isChecked());

  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const link = await page.getByRole('textbox', { name: 'Link to share' }).inputValue();
  assert.match(link, /#role=v1\.[A-Za-z0-9_-]+$/);
  await context.close();

  const fresh = await browser.newContext(phone);
  const other = await openApp(fresh, link);
  await other.getByRole('heading', { name: 'A role profile shared with you' }).waitFor();
  const doc = other.getByRole('article', { name: 'Executive Assistant to the CEO' });
  assert.match(await doc.textContent(), /Career level 4 Business partner — Senior Executive Assistant/);
  assert.equal(await other.evaluate(() => localStorage.getItem('competence-matrix')), null, 'reading stores nothing');
  await other.getByRole('button', { name: 'Add to my role profiles' }).click();
  await other.getByRole('status').filter({ hasText: 'Added to your role profiles: “Executive Assistant to the CEO”.' }).waitFor();
  assert.equal(await other.getByRole('combobox', { name: 'Role profile' }).inputValue(), (await stored(other)).roles[0].id);
  assert.ok(await group(other, 'Communication').getByRole('radio', { name: '4 Business partner' }).isChecked());
  await fresh.close();
});

test('an assessment held against the role: the fit on screen, in the summary, on one page and as text', async () => {
  const context = await browser.newContext({ ...desktop, locale: 'en-GB' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await context.addInitScript(() => { window.printed = []; window.print = () => window.printed.push(document.documentElement.dataset.print); });
  const page = await openApp(context, server.url);
  await useState(page, fullState(300));
  await buildRole(page);
  const fit = page.getByRole('article', { name: /Anna de Vries-Kortenhoeven against Executive Assistant to the CEO/ });
  const text = await fit.textContent();
  assert.match(text, /Meets 2 of 4 required skills and characteristics; largest gaps: /);
  assert.match(text, /Holds 1 of the 2 required tasks and responsibilities\./);
  assert.match(text, /▼ \d below/);
  await page.getByRole('button', { name: 'Print the fit' }).click();
  assert.deepEqual(await page.evaluate(() => window.printed), ['fit'], 'the fit goes to the printer');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.print), 'fit', 'until the browser has printed');
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  assert.equal(await page.evaluate(() => document.documentElement.dataset.print), 'job', 'and the job description again after');
  await page.evaluate(() => { document.documentElement.dataset.print = 'fit'; });
  await page.emulateMedia({ media: 'print' });
  assert.ok(await fit.isVisible());
  assert.ok(!(await page.locator('.job-card').isVisible()), 'only the fit on paper');
  const pdf = await page.pdf({ format: 'A4' });
  const path = await artefact('fit-a4.pdf');
  await writeFile(path, pdf);
  keepPicture(path);
  assert.equal(pageCount(pdf), 1);
  await page.emulateMedia({ media: 'screen' });

  // Aimed at from the assessment's summary.
  await page.getByRole('link', { name: 'Summary' }).first().click();
  await page.getByRole('combobox', { name: 'Hold against a role profile' }).selectOption({ label: 'Executive Assistant to the CEO' });
  const summary = page.getByRole('article', { name: /Competence summary/ });
  await summary.getByRole('heading', { name: 'Fit with “Executive Assistant to the CEO”' }).waitFor();
  await page.getByRole('button', { name: 'Copy as text' }).click();
  await page.getByRole('status').filter({ hasText: 'Copied' }).first().waitFor();
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), /Fit with “Executive Assistant to the CEO”\nMeets 2 of 4/);
  await context.close();
});

for (const [lang, label, heading] of [['English', 'English', 'Tasks and responsibilities'], ['Dutch', 'Nederlands', 'Taken en verantwoordelijkheden']]) {
  test(`the job description in ${lang}: copied, downloaded as text, printed on one page`, async () => {
    const context = await browser.newContext({ ...desktop, locale: 'en-GB' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const page = await openApp(context, server.url);
    await buildRole(page);
    await page.getByRole('combobox', { name: 'Language of the job description' }).selectOption({ label });
    const doc = page.locator('.job-card');
    await doc.getByRole('heading', { name: heading }).waitFor();
    assert.equal(await doc.getAttribute('lang'), lang === 'Dutch' ? 'nl' : 'en', 'the text says its language');
    assert.equal(await page.getByRole('link', { name: 'Role profiles' }).textContent(), 'Role profiles', 'the interface stays English');
    await page.getByRole('button', { name: 'Copy job description' }).click();
    await page.getByRole('status').filter({ hasText: 'Copied' }).first().waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(copied, /^Executive Assistant to the CEO\nRijnmond Logistics\n/);
    assert.ok(copied.includes(lang === 'Dutch' ? 'Op niveau 4 (Businesspartner): Werkt als strategisch partner' : 'At level 4 (Business partner): Works as a strategic partner'), copied);
    assert.ok(copied.includes(lang === 'Dutch' ? '\n- Communicatie\n' : '\n- Communication\n'), copied);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as text' }).click()]);
    assert.equal(download.suggestedFilename(), 'job-description-executive-assistant-to-the-ceo.txt');
    await page.emulateMedia({ media: 'print' });
    assert.ok(await doc.isVisible());
    assert.ok(!(await page.getByRole('radiogroup').first().isVisible()), 'no matrix on paper');
    const pdf = await page.pdf({ format: 'A4' });
    const path = await artefact(`job-description-a4-${lang === 'Dutch' ? 'nl' : 'en'}.pdf`);
    await writeFile(path, pdf);
    keepPicture(path);
    assert.equal(pageCount(pdf), 1);
    await context.close();
  });
}

test('a bad role file changes nothing; roles are copied and deleted with a named confirmation', async () => {
  const context = await browser.newContext(phone);
  const page = await openApp(context, server.url);
  await buildRole(page);
  await until(async () => (await stored(page))?.roles?.length === 1, 'the role to be saved');
  const before = JSON.stringify(await stored(page));
  const bad = { app: 'competence-matrix', format: 2, kind: 'role', title: 'x', profile: { id: 'ima-msp', version: '2023.1' }, needs: [{ item: 'skill.communication', level: 9 }] };
  await page.locator('.roles-bar').getByLabel('Import file').setInputFiles({ name: 'role.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  await page.getByRole('alert').filter({ hasText: 'level 9 for “Communication”, outside the scale 1–5' }).waitFor();
  assert.equal(JSON.stringify(await stored(page)), before);
  await page.getByRole('button', { name: 'Copy', exact: true }).click();
  assert.deepEqual(await page.getByRole('combobox', { name: 'Role profile' }).locator('option').allTextContents(),
    ['Executive Assistant to the CEO', 'Copy of Executive Assistant to the CEO']);
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await page.getByRole('dialog', { name: 'Delete the role profile “Copy of Executive Assistant to the CEO”?' }).getByRole('button', { name: 'Delete it' }).click();
  assert.deepEqual(await page.getByRole('combobox', { name: 'Role profile' }).locator('option').allTextContents(), ['Executive Assistant to the CEO']);
  await context.close();
});
