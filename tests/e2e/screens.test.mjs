// Every screen: every view reachable from a 320 px phone to a 2560 px desktop, one way into the
// summary on a phone, no label broken inside a word in either language, the colour scheme the
// user, the host or the device asks for — and the main flows on the most common desktop.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openApp, reload, artefact, until, openAssessment, askToErase, openMenu } from './support.mjs';
import { twoViews, profile } from './fixtures.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const size = (width, height = 900) => ({ viewport: { width, height }, reducedMotion: 'reduce' });
const role = {
  id: 'r1', title: 'Executive Assistant to the CEO', organisation: 'Rijnmond Logistics', purpose: 'Keeps the week running.',
  profile: { id: profile.id, version: profile.version },
  needs: [{ item: 'skill.communication', level: 4 }, { item: 'task.minutes', need: 'required' }],
};
const withRole = (lang) => ({ ...twoViews(120), language: lang, roles: [role], role: 'r1' });
const names = {
  en: { menu: 'Menu', matrix: 'Matrix', summary: 'Summary', compare: 'Compare', roles: 'Role profiles', summaryTitle: /Competence summary/, job: 'Job description', erase: 'Erase my data', cancel: 'Cancel' },
  nl: { menu: 'Menu', matrix: 'Matrix', summary: 'Samenvatting', compare: 'Vergelijken', roles: 'Functieprofielen', summaryTitle: /Competentieoverzicht/, job: 'Functieomschrijving', erase: 'Mijn gegevens wissen', cancel: 'Annuleren' },
  de: { menu: 'Menü', matrix: 'Matrix', summary: 'Übersicht', compare: 'Vergleich', roles: 'Stellenprofile', summaryTitle: /Kompetenzübersicht/, job: 'Stellenbeschreibung', erase: 'Meine Daten löschen', cancel: 'Abbrechen' },
};
const locales = { en: 'en-GB', nl: 'nl-NL', de: 'de-DE' };

/** The page is no wider than the window: nothing to scroll sideways. */
const fits = (page) => page.evaluate(() => document.scrollingElement.scrollWidth <= window.innerWidth);

for (const width of [320, 390, 1280, 1920, 2560]) {
  test(`every view is reachable at ${width} px`, async () => {
    const context = await browser.newContext({ ...size(width), locale: 'en-GB' });
    const page = await openApp(context, server.url);
    await page.evaluate((json) => localStorage.setItem('competence-matrix', json), JSON.stringify(withRole('en')));
    await reload(page);
    const tab = (name) => page.locator('.views').getByRole('link', { name, exact: true });
    const summary = page.getByRole('article', { name: /Competence summary/ });
    const matrix = page.getByRole('radiogroup', { name: 'Communication', exact: true });
    const beside = width >= 1600;
    if (beside) {
      // The summary stands beside the matrix: it needs no tab, and the other views have theirs.
      await summary.waitFor();
      assert.ok(await matrix.isVisible(), 'the matrix beside the summary');
      assert.equal(await tab('Summary').isVisible(), false, 'no tab for what is already on screen');
    } else {
      await tab('Summary').click();
      await summary.waitFor();
      assert.equal(await matrix.isVisible(), false, 'the summary in place of the matrix');
    }
    assert.ok(await fits(page), 'no sideways scrolling on the matrix and summary');
    await tab('Compare').click();
    await page.getByRole('article', { name: /compared/ }).waitFor();
    assert.equal(await matrix.isVisible(), false, 'the comparison alone');
    assert.equal(await summary.isVisible(), false, 'the comparison alone');
    assert.ok(await fits(page), 'no sideways scrolling on the comparison');
    await tab('Role profiles').click();
    await page.getByRole('heading', { name: 'Job description', exact: true }).waitFor();
    await page.locator('.job-card').getByRole('heading', { name: 'Executive Assistant to the CEO' }).waitFor();
    assert.ok(await fits(page), 'no sideways scrolling on role profiles');
    await tab('Matrix').click();
    await matrix.waitFor();
    assert.equal(await summary.isVisible(), beside, beside ? 'the summary beside the matrix again' : 'the matrix alone');
    await page.screenshot({ path: await artefact(`views-${width}.png`) });
    await context.close();
  });
}

test('on a phone, the matrix view has one way into the summary', async () => {
  const context = await browser.newContext({ ...size(390, 844), isMobile: true, hasTouch: true, locale: 'en-GB' });
  const page = await openApp(context, server.url);
  assert.equal(await page.getByRole('link', { name: 'Summary', exact: true }).filter({ visible: true }).count(), 1);
  await context.close();
});

test('a window widened past 100rem shows the summary beside the matrix instead of in its place', async () => {
  const context = await browser.newContext({ ...size(1280), locale: 'en-GB' });
  const page = await openApp(context, server.url);
  await page.locator('.views').getByRole('link', { name: 'Summary', exact: true }).click();
  await page.getByRole('article', { name: /Competence summary/ }).waitFor();
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.getByRole('radiogroup', { name: 'Communication', exact: true }).waitFor();
  assert.equal(await page.locator('.views').getByRole('link', { name: 'Matrix', exact: true }).getAttribute('aria-current'), 'page');
  assert.ok(await page.getByRole('article', { name: /Competence summary/ }).isVisible());
  await context.close();
});

/** Words of the page's labels that the layout broke over two lines. A word ends at a space or a
 *  hyphen, or a soft hyphen: a hyphenation hint, where a break shows a hyphen. Visually hidden
 *  captions (one pixel wide, for screen readers) are not on screen to break. */
function brokenLabels() {
  const labels = 'button, label, .caption, legend, h1, h2, h3, h4, summary, .item-name, .face, dt, .count, .overall';
  const broken = [];
  for (const element of document.querySelectorAll(labels)) {
    if (element.closest('.prerendered, dialog:not([open])') || !element.getClientRects().length) continue;
    if (element.getBoundingClientRect().width < 2) continue;
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    // The line a character stands on. (A range that starts just after a line break may also
    // report a box at the end of the line before: the character's own box is the last one.)
    const line = (node, at) => {
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      const boxes = [...range.getClientRects()];
      return Math.round(boxes[boxes.length - 1]?.top ?? 0);
    };
    while (walker.nextNode()) {
      const node = walker.currentNode;
      if (node.parentElement.getBoundingClientRect().width < 2) continue;
      for (const match of node.data.matchAll(/[^\s\-–—/\u00ad]+/g)) {
        const [first, last] = [match.index, match.index + match[0].length - 1];
        if (line(node, first) !== line(node, last)) broken.push(`${match[0]} (${element.tagName.toLowerCase()}.${element.className})`);
      }
    }
  }
  return [...new Set(broken)];
}

for (const lang of ['en', 'nl', 'de']) {
  for (const width of [320, 390, 1280, 1920]) {
    test(`no label is broken inside a word at ${width} px (${lang})`, async () => {
      const context = await browser.newContext({ ...size(width), locale: locales[lang] });
      const page = await openApp(context, server.url);
      await page.evaluate((json) => localStorage.setItem('competence-matrix', json), JSON.stringify({ ...withRole(lang), intro_dismissed: false }));
      await reload(page);
      const n = names[lang];
      const check = async (where) => {
        const broken = await page.evaluate(brokenLabels);
        assert.deepEqual(broken, [], `${where} at ${width} px (${lang}): ${broken.join(', ')}`);
      };
      await openAssessment(page);
      await check('matrix');
      if (width < 1600) {
        await page.locator('.views').getByRole('link', { name: n.summary, exact: true }).click();
      }
      await page.getByRole('article', { name: n.summaryTitle }).waitFor();
      await check('summary');
      await page.locator('.views').getByRole('link', { name: n.compare, exact: true }).click();
      await page.locator('.compare-card').waitFor();
      await check('comparison');
      await page.locator('.views').getByRole('link', { name: n.roles, exact: true }).click();
      await page.locator('.job-card').waitFor();
      await check('role profiles');
      await page.locator('.views').getByRole('link', { name: n.matrix, exact: true }).click();
      await askToErase(page, n.erase, n.menu);
      await page.getByRole('dialog').waitFor();
      await check('dialog');
      await page.getByRole('dialog').getByRole('button', { name: n.cancel }).click();
      await context.close();
    });
  }
}

test('the colour scheme: as the device, chosen in the menu and kept, or asked for by the host', async () => {
  const context = await browser.newContext({ ...size(390, 844), locale: 'en-GB', colorScheme: 'dark' });
  const page = await openApp(context, server.url);
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  // On a phone the colours are in the menu.
  const colours = (await openMenu(page)).getByRole('combobox', { name: 'Colours' });
  assert.equal(await colours.inputValue(), 'auto');
  assert.equal(await background(), 'rgb(17, 19, 22)', 'dark, as the device');
  await page.emulateMedia({ colorScheme: 'light' });
  assert.equal(await background(), 'rgb(245, 246, 248)', 'light, as the device');
  await colours.selectOption({ label: 'Dark' });
  assert.equal(await background(), 'rgb(17, 19, 22)', 'dark, as chosen');
  await until(async () => (await page.evaluate(() => JSON.parse(localStorage.getItem('competence-matrix'))))?.theme === 'dark', 'the choice to be saved');
  await reload(page);
  await openMenu(page);
  assert.equal(await colours.inputValue(), 'dark');
  assert.equal(await background(), 'rgb(17, 19, 22)', 'kept across a reload');
  // Before the code runs, the page is already in the chosen scheme (no white flash at night).
  const early = await context.newPage();
  await context.route('**/*_bg.wasm', (route) => new Promise(() => { early.on('close', () => route.abort().catch(() => {})); }));
  await early.goto(server.url);
  assert.equal(await early.evaluate(() => document.documentElement.dataset.theme), 'dark');
  await early.close();
  await context.unroute('**/*_bg.wasm');
  await colours.selectOption({ label: 'As the device' });
  assert.equal(await background(), 'rgb(245, 246, 248)');
  await context.close();

  // The host's choice counts until the user makes one; a value it may not give is ignored.
  const hosted = await browser.newContext({ ...size(390, 844), locale: 'en-GB', colorScheme: 'light' });
  const warnings = [];
  const framed = await hosted.newPage();
  framed.on('console', (message) => { if (message.type() === 'warning') warnings.push(message.text()); });
  await framed.goto(`${server.url}?embed&theme=dark`);
  await framed.waitForFunction(() => document.documentElement.dataset.app === 'ready');
  assert.equal(await framed.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(17, 19, 22)');
  assert.equal(await (await openMenu(framed)).getByRole('combobox', { name: 'Colours' }).inputValue(), 'dark');
  await framed.goto(`${server.url}?embed&theme=purple`);
  await framed.waitForFunction(() => document.documentElement.dataset.app === 'ready');
  assert.equal(await framed.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(245, 246, 248)');
  assert.ok(warnings.some((w) => /theme="purple" ignored/.test(w)), warnings.join('\n'));
  await hosted.close();
});

test('the main flows on a 1920 × 1080 screen: rate, compare, a role profile and its job description', async () => {
  const context = await browser.newContext({ ...size(1920, 1080), locale: 'en-GB' });
  const page = await openApp(context, server.url);
  const group = (name) => page.getByRole('radiogroup', { name, exact: true });
  await group('Communication').getByRole('radio', { name: '4 Business partner' }).check();
  await group('Take minutes and follow up on actions').getByRole('radio', { name: 'Owner' }).check();
  const summary = page.getByRole('article', { name: /Competence summary/ });
  await summary.getByText('Communication · 4 Business partner').waitFor();
  await page.screenshot({ path: await artefact('desktop-1920-matrix.png') });

  await openAssessment(page);

  await page.getByRole('button', { name: 'New assessment' }).click();
  await group('Communication').getByRole('radio', { name: '3 Proactive' }).check();
  await page.locator('.views').getByRole('link', { name: 'Compare', exact: true }).click();
  const comparison = page.getByRole('article', { name: /compared/ });
  await comparison.waitFor();
  assert.match(await comparison.textContent(), /Communication/);
  await page.screenshot({ path: await artefact('desktop-1920-compare.png') });

  await page.locator('.views').getByRole('link', { name: 'Role profiles', exact: true }).click();
  await page.getByRole('button', { name: 'New role profile' }).click();
  await page.getByRole('textbox', { name: 'Title of the post' }).fill('Executive Assistant');
  await group('Communication').getByRole('radio', { name: '4 Business partner' }).check();
  const job = page.getByRole('article', { name: 'Executive Assistant' });
  await job.getByText('At level 4 (Business partner)').waitFor();
  await job.getByRole('listitem').filter({ hasText: /^Communication$/ }).first().waitFor();
  await page.screenshot({ path: await artefact('desktop-1920-roles.png') });
  assert.ok(await fits(page));
  await reload(page);
  // The reload opens the view that was open: the role profile, its need kept.
  await page.getByRole('heading', { name: 'Job description', exact: true }).waitFor();
  assert.ok(await group('Communication').getByRole('radio', { name: '4 Business partner' }).isChecked(), 'the role profile kept its need');
  await page.locator('.views').getByRole('link', { name: 'Matrix', exact: true }).click();
  assert.ok(await group('Communication').getByRole('radio', { name: '3 Proactive' }).isChecked(), 'the new assessment kept its rating');
  await context.close();
});
