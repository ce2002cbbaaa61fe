// axe-core over every view: the matrix (phone and desktop), the summary, the assessments, the
// comparison, role profiles with the job description and the fit, the print views, the dialog,
// the shared view, in English and Dutch. Zero violations at WCAG 2.2 AA and axe's best practices.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { serve, launch, phone, desktop, openApp, openAssessment, askToErase, root } from './support.mjs';
import { twoViews, useState } from './fixtures.mjs';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** axe needs to run a script in the page, which the app's CSP rightly forbids: bypass it here. */
async function audit(page, label) {
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
  }));
  const found = result.violations.map((v) => `${label}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  assert.deepEqual(found, [], found.join('\n'));
  assert.ok(result.passes.length + result.inapplicable.length > 40, 'axe really ran');
}

for (const [name, device] of [['phone', phone], ['desktop', desktop]]) {
  test(`no violations: matrix, summary, dialog and print view on a ${name}`, async () => {
    const context = await browser.newContext({ ...device, bypassCSP: true });
    const page = await openApp(context, server.url);
    const group = (n) => page.getByRole('radiogroup', { name: n, exact: true });
    await group('Communication').getByRole('radio', { name: '4 Business partner' }).check();
    await page.getByRole('textbox', { name: 'Evidence for Communication' }).fill('Ran the move');
    await group('Travel Manager').getByRole('radio', { name: 'Owner' }).check();
    await audit(page, `${name} matrix`);

    await openAssessment(page);
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Anna');
    await page.getByRole('link', { name: 'Summary' }).first().click();
    await audit(page, `${name} summary`);

    await page.getByRole('link', { name: 'Matrix' }).click();
    await askToErase(page);
    await page.getByRole('dialog').waitFor();
    await audit(page, `${name} dialog`);
    await page.keyboard.press('Escape');

    await page.emulateMedia({ media: 'print' });
    await audit(page, `${name} print`);
    await context.close();
  });
}

const axeWords = {
  English: { assessment: 'Assessment', compare: 'Compare', roles: 'Role profiles', newRole: 'New role profile', title: 'Title of the post' },
  Dutch: { assessment: 'Beoordeling', compare: 'Vergelijken', roles: 'Functieprofielen', newRole: 'Nieuw functieprofiel', title: 'Functietitel' },
  German: { assessment: 'Einschätzung', compare: 'Vergleich', roles: 'Stellenprofile', newRole: 'Neues Stellenprofil', title: 'Titel der Stelle' },
};
for (const [lang, locale] of [['English', 'en-GB'], ['Dutch', 'nl-NL'], ['German', 'de-DE']]) {
  test(`no violations in the list of assessments, the comparison, its print view, role profiles, the job description and the fit (${lang})`, async () => {
    const context = await browser.newContext({ ...phone, bypassCSP: true, locale });
    const page = await openApp(context, server.url);
    await useState(page, { ...twoViews(40), language: locale.slice(0, 2) });
    // The matrix with its list of two assessments to choose from.
    const t = axeWords[lang];
    await openAssessment(page);
    const list = page.getByRole('combobox', { name: t.assessment, exact: true });
    assert.equal(await list.getByRole('option').count(), 2);
    await audit(page, `${lang} matrix with the list of assessments`);
    await page.getByRole('link', { name: t.compare }).click();
    await page.locator('.compare-card').waitFor();
    await audit(page, `${lang} comparison`);
    await page.emulateMedia({ media: 'print' });
    await audit(page, `${lang} comparison print`);
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('link', { name: t.roles }).click();
    await audit(page, `${lang} no role profiles yet`);
    await page.getByRole('button', { name: t.newRole }).click();
    await page.getByRole('textbox', { name: t.title }).fill('Executive Assistant');
    await page.locator('.job-card').waitFor();
    await audit(page, `${lang} role profile, job description and fit`);
    await page.emulateMedia({ media: 'print' });
    await audit(page, `${lang} job description print`);
    await context.close();
  });
}

test('no violations in Dutch, with a notice, and in the shared view', async () => {
  const context = await browser.newContext({ ...phone, bypassCSP: true, locale: 'nl-NL' });
  const page = await openApp(context, server.url);
  await page.evaluate(() => localStorage.setItem('competence-matrix', '{"broken'));
  await page.reload();
  await page.getByRole('alert').first().waitFor();
  await page.getByRole('heading', { name: 'Vaardigheden' }).waitFor();
  await audit(page, 'dutch with notice');
  await page.goto(server.url + '#share=v1.broken');
  await page.getByRole('alert').filter({ hasText: 'kan niet worden geopend' }).waitFor();
  await audit(page, 'refused link');
  await context.close();
});

test('no violations in the read-only view of a shared assessment', async () => {
  const context = await browser.newContext({ ...phone, bypassCSP: true });
  const page = await openApp(context, server.url);
  await useState(page, twoViews(40));
  await page.getByRole('link', { name: 'Summary' }).first().click();
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const link = await page.getByRole('textbox', { name: 'Link to share' }).inputValue();
  const receiver = await browser.newContext({ ...phone, bypassCSP: true });
  const other = await openApp(receiver, link);
  await other.getByRole('heading', { name: 'An assessment shared with you' }).waitFor();
  await audit(other, 'shared view');
  await receiver.close();
  await context.close();
});

test('no violations when embedded', async () => {
  const context = await browser.newContext({ ...phone, bypassCSP: true });
  const page = await openApp(context, server.url + '?embed&lang=nl&accent=%23a4262c');
  await page.getByRole('heading', { name: 'Vaardigheden' }).waitFor();
  await audit(page, 'embedded');
  await context.close();
});

// Dark mode: the same views, zero violations (contrast included), with the app's accent and
// with a host's, in both languages.
for (const [label, query, locale] of [['the app’s colours', '', 'en-GB'], ['a host’s accent, embedded, in Dutch', '?embed&lang=nl&accent=%23a4262c', 'nl-NL']]) {
  test(`no violations in dark mode with ${label}: matrix, summary, comparison, role profiles, dialog`, async () => {
    const context = await browser.newContext({ ...desktop, bypassCSP: true, colorScheme: 'dark', locale });
    const page = await openApp(context, server.url + query);
    await useState(page, { ...twoViews(40), language: locale.slice(0, 2) });
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(17, 19, 22)', 'dark');
    const nl = locale === 'nl-NL';
    const t = nl
      ? { summary: 'Samenvatting', compare: 'Vergelijken', roles: 'Functieprofielen', newRole: 'Nieuw functieprofiel', title: 'Functietitel', erase: 'Mijn gegevens wissen' }
      : { summary: 'Summary', compare: 'Compare', roles: 'Role profiles', newRole: 'New role profile', title: 'Title of the post', erase: 'Erase my data' };
    await page.getByRole('radiogroup').first().getByRole('radio').nth(2).check();
    await audit(page, `dark ${label} matrix`);
    await page.getByRole('link', { name: t.summary, exact: true }).click();
    await page.locator('.summary-card').waitFor();
    await audit(page, `dark ${label} summary`);
    await page.getByRole('link', { name: t.compare, exact: true }).click();
    await page.locator('.compare-card').waitFor();
    await audit(page, `dark ${label} comparison`);
    await page.getByRole('link', { name: t.roles, exact: true }).click();
    await page.getByRole('button', { name: t.newRole }).click();
    await page.getByRole('textbox', { name: t.title }).fill('Executive Assistant');
    await page.locator('.job-card').waitFor();
    await audit(page, `dark ${label} role profiles`);
    await page.getByRole('link', { name: 'Matrix', exact: true }).click();
    await askToErase(page, t.erase, nl ? 'Menu' : 'Menu');
    await page.getByRole('dialog').waitFor();
    await audit(page, `dark ${label} dialog`);
    await context.close();
  });
}

for (const [name, device] of [['phone', phone], ['desktop', desktop]]) {
  test(`no violations in the embed builder, with a problem said and its previews, on a ${name}`, async () => {
    const context = await browser.newContext({ ...device, bypassCSP: true });
    const page = await openApp(context, `${server.url}?view=embed`);
    await page.getByRole('heading', { name: 'Put the matrix on your site' }).waitFor();
    await page.getByRole('textbox', { name: 'Accent colour', exact: true }).fill('#ccc');
    await page.getByRole('textbox', { name: /^Fonts/ }).fill('Arial;}');
    await page.frameLocator('iframe[title="Preview at a phone’s width"]').getByRole('heading', { name: 'Skills' }).waitFor();
    await audit(page, `${name} embed builder`);
    // Nothing scrolls sideways, down to the narrowest phone (its previews scale down).
    // (A phone's browser would zoom out to a page wider than it: the width is checked itself.)
    const width = name === 'phone' ? 320 : desktop.viewport.width;
    await page.setViewportSize({ width, height: 740 });
    const wide = await page.evaluate(() => document.scrollingElement.scrollWidth);
    assert.ok(wide <= width, `no sideways scroll at ${width} px (the page is ${wide} px wide)`);
    await context.close();
  });
}

for (const [name, device] of [['phone', phone], ['desktop', desktop]]) {
  test(`no violations in the profile designer, with problems said and its previews, on a ${name}`, async () => {
    const context = await browser.newContext({ ...device, bypassCSP: true });
    const page = await openApp(context, `${server.url}?design`);
    const form = page.getByRole('region', { name: 'Make your own profile' });
    await form.getByText('Start again').click();
    await form.getByRole('button', { name: 'Start from the IMA profile' }).click();
    await form.getByRole('status').filter({ hasText: /Ready/ }).waitFor();
    // The matrix in the previews; then a problem said beside its field, and in the previews
    // the app's refusal of such a file.
    const preview = page.frameLocator('iframe[title="Preview at a phone’s width"]');
    await preview.getByRole('heading', { name: 'Skills' }).waitFor({ timeout: 15000 });
    await form.getByLabel('Name of level 2').fill('');
    await form.locator('#design-said-Level-2').getByText(/has no text/).waitFor();
    await preview.getByText(/the name of level 2 has no text in language “en”/).waitFor({ timeout: 15000 });
    await audit(page, `${name} profile designer`);
    const width = name === 'phone' ? 320 : desktop.viewport.width;
    await page.setViewportSize({ width, height: 740 });
    const wide = await page.evaluate(() => document.scrollingElement.scrollWidth);
    assert.ok(wide <= width, `no sideways scroll at ${width} px (the page is ${wide} px wide)`);
    // A CASE package opened: what it left listed, an item's ESCO concept unfolded.
    await form.getByLabel('Open profile files').setInputFiles(join(root, 'tests/fixtures/case/office-skills.json'));
    await form.getByRole('list', { name: 'Not taken over as it is in the package:' }).waitFor();
    await form.getByLabel('URI of the ESCO concept').first().waitFor();
    await audit(page, `${name} profile designer with a CASE package`);
    await context.close();
  });
}
