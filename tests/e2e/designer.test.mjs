// The profile designer, as an association's office uses it: a profile of three blocks written
// with the keyboard only, in Dutch — every problem said beside its field as it is typed, an item
// moved with Alt + arrow, the matrix seen in the previews — exported, put on the site, opened
// with ?profile= and rated; the draft kept over a reload; the shipped profile opened to edit.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, cp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, desktop, phone, openApp, reload, root, until } from './support.mjs';

let browser, server, dir;
before(async () => {
  // A copy of the site, so that the exported profile can be put into its profiles folder.
  dir = await mkdtemp(join(tmpdir(), 'designer-site-'));
  await cp(join(root, 'dist'), dir, { recursive: true });
  server = await serve(dir);
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

const designer = (page, name = 'Maak je eigen profiel') => page.getByRole('region', { name });

/** Focuses a field or a button as the keyboard reaches it, by what a screen reader calls it. */
async function typeInto(locator, text) {
  await locator.focus();
  await locator.page().keyboard.press('ControlOrMeta+A');
  await locator.page().keyboard.type(text);
  await locator.page().keyboard.press('Tab');
}
async function press(locator, key = 'Enter') {
  await locator.focus();
  await locator.page().keyboard.press(key);
}

test('a profile of three blocks written with the keyboard in Dutch, exported, opened with ?profile= and rated', async () => {
  const context = await browser.newContext({ ...desktop, locale: 'nl-NL', acceptDownloads: true });
  const page = await openApp(context, `${server.url}?design`);
  const form = designer(page);
  await form.getByRole('heading', { name: 'Maak je eigen profiel' }).waitFor();
  const status = form.getByRole('status').filter({ hasText: /problemen? op te lossen|Klaar/ });
  assert.match(await status.textContent(), /\d+ problemen op te lossen/);
  const exportButton = form.getByRole('button', { name: 'Profiel exporteren' });
  assert.equal(await exportButton.isDisabled(), true, 'nothing to export yet');

  // The profile's name: its id follows it; a missing Dutch name is said beside the field.
  const name = form.getByLabel('Naam', { exact: true });
  assert.match(await form.locator('#design-said-Name').textContent(), /de profielnaam heeft geen tekst in de taal “nl”/);
  await typeInto(name, 'Ons profiel');
  assert.equal(await form.getByLabel(/^Id/).inputValue(), 'ons-profiel');
  assert.equal(await form.locator('#design-said-Name').textContent(), '');

  // A scale of four levels, each with a name and what someone at it does.
  for (const [n, level, does] of [[1, 'Assisterend', 'Voert uit'], [2, 'Zelfstandig', 'Werkt zelf'], [3, 'Proactief', 'Ziet vooruit'], [4, 'Partner', 'Denkt mee']]) {
    await typeInto(form.getByLabel(`Naam van niveau ${n}`), level);
    await typeInto(form.getByLabel(`Wat iemand op niveau ${n} doet`), does);
  }

  // Three blocks: the blank draft has one rated and one of tasks; a third is added.
  const untitled = form.getByRole('group', { name: 'Titel van het blok' });
  await typeInto(untitled.first().getByLabel('Titel van het blok'), 'Vaardigheden');
  await typeInto(untitled.first().getByLabel('Titel van het blok'), 'Taken');
  await press(form.getByRole('button', { name: 'Blok toevoegen dat op de schaal wordt beoordeeld' }));
  await typeInto(untitled.first().getByLabel('Titel van het blok'), 'Eigenschappen');

  const block = (title) => form.getByRole('group', { name: title, exact: true });
  const addItem = async (title, text) => {
    await press(block(title).getByRole('button', { name: 'Onderdeel toevoegen' }));
    // The new item's name takes the focus.
    await page.waitForFunction(() => document.activeElement?.id?.startsWith('design-item-') && document.activeElement.value === '');
    await page.keyboard.type(text);
    await page.keyboard.press('Tab');
  };
  await addItem('Vaardigheden', 'Plannen');
  await addItem('Vaardigheden', 'Schrijven');
  await addItem('Taken', 'Notuleren');
  await addItem('Eigenschappen', 'Discreet');
  // An item still without a name is said beside it, and the export waits.
  await press(block('Eigenschappen').getByRole('button', { name: 'Onderdeel toevoegen' }));
  await page.waitForFunction(() => document.activeElement?.id?.startsWith('design-item-') && document.activeElement.value === '');
  await page.keyboard.press('Tab');
  const unnamed = block('Eigenschappen').getByRole('listitem').nth(1);
  assert.match(await unnamed.textContent(), /geef het een naam: de id wordt ervan gemaakt/);
  assert.equal(await exportButton.isDisabled(), true);
  await press(unnamed.getByRole('button', { name: 'Verwijderen' }));

  // The ids: made from the first name, kept when it changes.
  const skills = block('Vaardigheden');
  assert.match(await skills.getByRole('listitem').first().textContent(), /id vaardigheden\.plannen/);
  await typeInto(skills.getByLabel('Onderdeel 1'), 'Plannen en organiseren');
  assert.match(await skills.getByRole('listitem').first().textContent(), /id vaardigheden\.plannen/);

  // Alt + arrow up moves "Schrijven" to the top, and says so; the focus stays with it.
  await skills.getByLabel('Onderdeel 2').focus();
  await page.keyboard.press('Alt+ArrowUp');
  await until(async () => (await skills.getByLabel('Onderdeel 1').inputValue()) === 'Schrijven', 'Schrijven moved up');
  assert.equal(await page.evaluate(() => document.activeElement.value), 'Schrijven');
  await until(async () => /Schrijven: nu nummer 1 in ‘Vaardigheden’/.test(await form.locator('[aria-live=polite].sr-only').textContent()), 'the move said');

  await until(async () => /Klaar/.test(await status.textContent()), 'the profile ready');
  assert.equal(await exportButton.isDisabled(), false);

  // The rule for the career level: half and half until the association says otherwise; a share
  // out of range is said beside the field in the loader's words; the sentence as the summary says it.
  const rule = form.getByRole('group', { name: 'Regel voor het loopbaanniveau' });
  const ruleSentence = rule.locator('q');
  assert.match(await ruleSentence.textContent(), /minstens de helft van de beoordeelde .* minstens de helft ervan \(2 van 3\)/);
  const rated = rule.getByLabel(/^Deel van alle vaardigheden en eigenschappen dat beoordeeld moet zijn/);
  assert.equal(await rated.getAttribute('inputmode'), 'numeric');
  await typeInto(rated, '0');
  await until(async () => /geef een heel percentage van 1 tot 100/.test(await form.locator('#design-said-Rule').textContent()), 'a share of 0 said');
  assert.equal(await rated.getAttribute('aria-invalid'), 'true');
  assert.equal(await exportButton.isDisabled(), true);
  await typeInto(rated, '100');
  await until(async () => /minstens 100% ervan \(3 van 3\)/.test(await ruleSentence.textContent()), 'the sentence with the share');
  await until(async () => /Klaar/.test(await status.textContent()), 'the profile ready again');

  // The previews are the app itself, with the draft as its profile.
  const preview = page.frameLocator('iframe[title="Voorbeeld op de breedte van een telefoon"]');
  await preview.getByRole('radiogroup', { name: 'Schrijven', exact: true }).waitFor({ timeout: 15000 });

  // Exported: the file the app loads, put on the site.
  const download = page.waitForEvent('download');
  await press(exportButton);
  const file = await download;
  assert.equal(file.suggestedFilename(), 'ons-profiel.json');
  await file.saveAs(join(dir, 'profiles', 'ons-profiel.json'));
  const saved = JSON.parse(await readFile(join(dir, 'profiles', 'ons-profiel.json'), 'utf8'));
  assert.deepEqual(saved.blocks.map((b) => b.id), ['vaardigheden', 'taken', 'eigenschappen']);
  assert.deepEqual(saved.blocks[0].items.map((i) => i.id), ['vaardigheden.schrijven', 'vaardigheden.plannen']);
  assert.deepEqual(saved.career_rule, { rated: 100 });

  // The draft is kept in this browser.
  await reload(page);
  assert.equal(await designer(page).getByLabel('Naam', { exact: true }).inputValue(), 'Ons profiel');

  // A member opens the association's page and rates with its profile.
  const member = await browser.newContext({ ...phone, locale: 'nl-NL' });
  const app = await openApp(member, `${server.url}?profile=profiles/ons-profiel.json`);
  const writing = app.getByRole('radiogroup', { name: 'Schrijven', exact: true });
  await writing.getByRole('radio', { name: /Proactief/ }).check();
  await reload(app);
  assert.equal(await app.getByRole('radiogroup', { name: 'Schrijven', exact: true }).getByRole('radio', { name: /Proactief/ }).isChecked(), true);
  assert.ok(await app.getByRole('heading', { name: 'Eigenschappen' }).isVisible());
  // The summary follows the association's rule: all three rated before a level is claimed.
  await app.getByRole('link', { name: 'Samenvatting' }).first().click();
  const card = app.getByRole('article', { name: /Competentieoverzicht/ });
  await card.waitFor();
  const summary = await card.textContent();
  assert.match(summary, /Voorlopig: 3 Proactief/);
  assert.match(summary, /Beoordeel nog 2 van de 3 vaardigheden en eigenschappen/);
  assert.match(summary, /toegekend zodra minstens 100% ervan \(3 van 3\) is beoordeeld/);
  await member.close();
  await context.close();
});

test('a preview frame shows the draft and never, while its app loads, the shipped profile pre-rendered in the page; a draft not loadable yet is said as something to mend', async () => {
  // Without a service worker every frame loads the page afresh; what it shows at its first
  // paint (before the app's code runs) is reported to the designer page.
  const context = await browser.newContext({ ...desktop, serviceWorkers: 'block' });
  await context.addInitScript(() => {
    if (self === top) {
      window.firstPaints = [];
      window.addEventListener('message', (event) => {
        if (event.data?.type === 'test:first-paint') window.firstPaints.push(event.data);
      });
      return;
    }
    if (!/[?&]draft(=|&|$)/.test(location.search)) return;
    document.addEventListener('DOMContentLoaded', () => {
      const shown = [...document.querySelectorAll('.prerendered')].filter((e) => getComputedStyle(e).display !== 'none');
      parent.postMessage({ type: 'test:first-paint', src: location.search, shown: shown.length, text: shown.map((e) => e.textContent.slice(0, 80)) }, '*');
    });
  });
  const page = await openApp(context, `${server.url}?design`);
  await designer(page, 'Make your own profile').waitFor();
  await until(() => page.evaluate(() => window.firstPaints.length >= 2), 'both preview frames painted', 30000);
  const paints = await page.evaluate(() => window.firstPaints);
  for (const paint of paints) assert.equal(paint.shown, 0, `a preview showed the pre-rendered profile: ${JSON.stringify(paint)}`);
  // The blank draft is no profile yet: the preview says to mend it here, not to reload.
  const frame = page.frameLocator('iframe[title="Preview at a phone’s width"]');
  const alert = frame.getByRole('alert');
  await alert.getByText(/^The preview shows the matrix once the problems listed beside the fields are mended/).waitFor({ timeout: 30000 });
  assert.doesNotMatch(await alert.textContent(), /Reload the page/);
  await context.close();
});

test('the IMA profile opened in the designer, with its German translation written apart', async () => {
  const context = await browser.newContext({ ...desktop, locale: 'en-GB', acceptDownloads: true });
  const page = await openApp(context, `${server.url}?view=design`);
  const form = page.getByRole('region', { name: 'Make your own profile' });
  await form.getByText('Start again').click();
  await form.getByRole('button', { name: 'Start from the IMA profile' }).click();
  await until(async () => (await form.getByLabel('Name', { exact: true }).inputValue()) === 'IMA Profile for Management Support Professionals', 'the IMA profile opened');
  assert.match(await form.getByRole('status').filter({ hasText: /Ready/ }).textContent(), /the app loads this profile as it is/);
  assert.equal(await form.getByLabel('Deutsch as a translation file').isChecked(), true);
  // The texts in German are edited as they are.
  await form.getByRole('radio', { name: 'Deutsch' }).check();
  assert.equal(await form.getByLabel('Name', { exact: true }).inputValue(), 'IMA-Profil für Management-Assistenzen');
  // A level's German name emptied is said beside it, in the app's words.
  await form.getByLabel('Name of level 1').fill('');
  assert.match(await form.locator('#design-said-Level-1').textContent(), /the name of level 1 has no text in (the )?language “de”/);
  await form.getByLabel('Name of level 1').fill('Assistierend');

  // The next version: what it changes for members is said.
  await form.getByLabel('Next version').fill('2027.1');
  await form.getByRole('button', { name: 'Start the next version' }).click();
  assert.match(await form.getByText(/Compared with version 2023\.1/).textContent(), /no item added, renamed, merged, split or retired/);
  await form.getByRole('radio', { name: 'English' }).check();
  // A block with items goes only once that is confirmed.
  const skills = form.getByRole('group', { name: 'Skills', exact: true });
  await skills.getByRole('button', { name: 'Remove' }).last().click();
  const asked = page.getByRole('dialog', { name: 'Remove the block “Skills” and its 18 items?' });
  await asked.getByRole('button', { name: 'Cancel' }).click();
  assert.equal(await skills.getByRole('textbox', { name: /^Item / }).count(), 18);

  const files = [];
  page.on('download', (d) => files.push(d.suggestedFilename()));
  await form.getByRole('button', { name: 'Export the profile' }).click();
  await until(() => files.length === 2, 'two files saved');
  assert.deepEqual(files.sort(), ['ima-msp.de.json', 'ima-msp.json']);
  await context.close();
});

test('a draft the browser will not keep is said, not lost in silence', async () => {
  const context = await browser.newContext({ ...desktop, locale: 'en-GB' });
  // Storage full for the draft (the app's own state still saves).
  await context.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (String(key).startsWith('competence-matrix-draft')) throw new DOMException('full', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  const page = await openApp(context, `${server.url}?design`);
  const form = designer(page, 'Make your own profile');
  await form.getByLabel('Name', { exact: true }).fill('Our profile');
  await form.getByRole('alert').filter({ hasText: 'Your browser’s storage is full, so your latest change could not be saved.' }).waitFor();
  await context.close();
});

test('a CASE package from a framework tool: its tree becomes blocks and items, what it left is listed, an ESCO concept kept; exported as CASE it comes back whole', async () => {
  const context = await browser.newContext({ ...desktop, locale: 'en-GB', acceptDownloads: true });
  const page = await openApp(context, `${server.url}?design`);
  const form = designer(page, 'Make your own profile');
  await form.getByText('Start again').click();
  await form.getByLabel('Open profile files').setInputFiles(join(root, 'tests/fixtures/case/office-skills.json'));
  await form.getByRole('status').filter({ hasText: 'Opened the CASE package office-skills.json.' }).waitFor();
  const left = form.getByRole('list', { name: 'Not taken over as it is in the package:' });
  assert.deepEqual(await left.getByRole('listitem').allTextContents(), [
    'items below the second level, put in the block above them (1)',
    "the framework's “creator”",
    "the framework's “description”",
    '“notes” of items (1)',
    'associations of type “isRelatedTo” (1)',
  ]);

  // The top of the tree are the blocks, everything below them their items, codes their ids.
  assert.equal(await form.getByLabel('Name', { exact: true }).inputValue(), 'Office skills');
  const communication = form.getByRole('group', { name: 'Communication', exact: true });
  const items = communication.getByRole('textbox', { name: /^Item \d+$/ });
  assert.deepEqual(await Promise.all((await items.all()).map((i) => i.inputValue())), ['Plans meetings', 'Writes minutes', 'Minutes in two languages']);
  await communication.getByText('id A.1', { exact: true }).waitFor();
  assert.equal(await communication.getByLabel('URI of the ESCO concept').first().inputValue(), 'http://data.europa.eu/esco/skill/5e9d3c1f-0001-4b6e-9d3a-7c2b1a0f9e88');
  // The Dutch of the translations came in; the level scale from the rubric.
  await form.getByRole('radio', { name: 'Nederlands' }).check();
  const communicatie = form.getByRole('group', { name: 'Communicatie', exact: true });
  assert.equal(await communicatie.getByRole('textbox', { name: 'Item 1' }).inputValue(), 'Plant vergaderingen');
  await form.getByRole('radio', { name: 'English' }).check();
  assert.equal(await form.getByLabel('Name of level 3').inputValue(), 'Expert');

  // A concept that is no ESCO URI is said beside its item, in the loader's words.
  const diary = form.getByRole('group', { name: 'Tasks', exact: true });
  await diary.getByText('ESCO concept', { exact: true }).click();
  await diary.getByLabel('URI of the ESCO concept').fill('keeping a diary');
  await diary.getByLabel('URI of the ESCO concept').press('Tab');
  await diary.getByText(/names its ESCO concept by something that is not the concept's URI/).waitFor();
  await diary.getByLabel('URI of the ESCO concept').fill('');
  await diary.getByLabel('URI of the ESCO concept').press('Tab');

  // What a package cannot have: career levels. In English only, with one, it is ready.
  await form.getByRole('checkbox', { name: 'Nederlands', exact: true }).uncheck();
  await form.getByRole('button', { name: 'Add a career level' }).click();
  await form.getByLabel('Name of career level 1').fill('Office professional');
  await until(async () => /Ready/.test(await form.getByRole('status').filter({ hasText: /Ready|problem/ }).textContent()), 'the profile ready');

  const download = page.waitForEvent('download');
  await form.getByRole('button', { name: 'Export as CASE 1.1' }).click();
  const file = await download;
  assert.equal(file.suggestedFilename(), 'office-skills-case.json');
  const saved = join(dir, 'office-skills-case.json');
  await file.saveAs(saved);
  const exported = JSON.parse(await readFile(saved, 'utf8'));
  assert.equal(exported.CFDocument.title, 'Office skills');
  assert.equal(exported.CFDocument.caseVersion, '1.1');
  assert.deepEqual(exported.CFItems.map((i) => i.humanCodingScheme), ['A', 'A.1', 'A.2', 'A.2.a', 'B', 'B.1']);
  assert.ok(exported.CFAssociations.some((a) => a.associationType === 'exactMatchOf' && a.destinationNodeURI.uri.startsWith('http://data.europa.eu/esco/skill/')));

  // Opened again, nothing is left behind, and it is the same profile.
  // (Start again is still open.)
  await form.getByRole('button', { name: 'Start blank' }).click();
  assert.equal(await form.getByLabel('Name', { exact: true }).inputValue(), '');
  await form.getByLabel('Open profile files').setInputFiles(saved);
  await form.getByRole('status').filter({ hasText: 'Opened the CASE package office-skills-case.json.' }).waitFor();
  await form.getByText('Everything in the package was taken over.').waitFor();
  assert.equal(await form.getByLabel('Name of career level 1').inputValue(), 'Office professional');
  assert.match(await form.getByRole('status').filter({ hasText: /Ready|problem/ }).textContent(), /Ready/);
  await context.close();
});
