// The matrix end to end, on the release build at a phone viewport.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve, launch, phone, desktop, openApp, reload, ready, artefact, until, root, askToErase, openAssessment, openMenu } from './support.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const group = (page, name) => page.getByRole('radiogroup', { name, exact: true });
const storageKeys = (page) => page.evaluate(() => Object.keys(localStorage).sort());
const stored = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('competence-matrix')));

async function phoneApp(options = {}) {
  const context = await browser.newContext({ ...phone, locale: 'en-GB', ...options });
  const page = await openApp(context, server.url);
  return { context, page };
}

test('ratings, a note and a held task survive a reload', async () => {
  const { context, page } = await phoneApp();
  await group(page, 'Communication').getByRole('radio', { name: '4 Business partner' }).check();
  await group(page, 'MS Office').getByRole('radio', { name: '5 Leading' }).check();
  await group(page, 'Project management').getByRole('radio', { name: '2 Independent' }).check();
  await group(page, 'Calm under pressure').getByRole('radio', { name: '3 Proactive' }).check();
  await page.getByRole('combobox', { name: 'Target level for Project management' }).selectOption({ label: '4 Business partner' });
  await page.getByRole('textbox', { name: 'Evidence for Communication' }).fill('Wrote the CEO’s quarterly letter to 4,000 staff');
  await group(page, 'Take minutes and follow up on actions').getByRole('radio', { name: 'Owner' }).check();
  await page.getByText('5 of 64 answered').first().waitFor();
  assert.equal(await page.getByRole('heading', { name: 'Skills' }).locator('xpath=../p').textContent(), '3 of 18 rated');
  assert.equal(await group(page, 'Communication').locator('xpath=../p[@class="chosen"]').textContent(),
    'Level 4 · Business partner: Works as a strategic partner: shares in decisions, represents the executive and shapes outcomes.');
  await page.screenshot({ path: await artefact('phone-rated.png') });

  await reload(page);
  assert.ok(await group(page, 'Communication').getByRole('radio', { name: '4 Business partner' }).isChecked());
  assert.ok(await group(page, 'MS Office').getByRole('radio', { name: '5 Leading' }).isChecked());
  assert.ok(await group(page, 'Project management').getByRole('radio', { name: '2 Independent' }).isChecked());
  assert.ok(await group(page, 'Calm under pressure').getByRole('radio', { name: '3 Proactive' }).isChecked());
  assert.equal(await page.getByRole('combobox', { name: 'Target level for Project management' }).inputValue(), '4');
  assert.equal(await page.getByRole('textbox', { name: 'Evidence for Communication' }).inputValue(), 'Wrote the CEO’s quarterly letter to 4,000 staff');
  assert.ok(await group(page, 'Take minutes and follow up on actions').getByRole('radio', { name: 'Owner' }).isChecked());
  assert.ok(await group(page, 'Language').getByRole('radio', { name: 'Not rated' }).isChecked(), 'untouched items stay unrated');
  assert.equal(await page.getByRole('heading', { name: 'Skills' }).locator('xpath=../p').textContent(), '3 of 18 rated');

  // A closed tab and a new one in the same browser profile find it all too.
  await page.close();
  const again = await openApp(context, server.url);
  assert.ok(await group(again, 'MS Office').getByRole('radio', { name: '5 Leading' }).isChecked());
  await context.close();
});

test('a tab closed right after a click keeps the answer', async () => {
  const { context, page } = await phoneApp();
  await group(page, 'Leadership').getByRole('radio', { name: '3 Proactive' }).check();
  await page.getByRole('textbox', { name: 'Evidence for Leadership' }).fill('Led the move');
  // No waiting: saving is coalesced to after the next paint, and flushed when the page goes.
  await page.close({ runBeforeUnload: true });
  const again = await openApp(context, server.url);
  assert.ok(await group(again, 'Leadership').getByRole('radio', { name: '3 Proactive' }).isChecked());
  assert.equal(await again.getByRole('textbox', { name: 'Evidence for Leadership' }).inputValue(), 'Led the move');
  await context.close();
});

test('the matrix is on screen before the code arrives, and a click made then is kept', async () => {
  const context = await browser.newContext({ ...phone, locale: 'en-GB' });
  // Hold the wasm back: the page must show the pre-rendered matrix meanwhile.
  let release;
  const held = new Promise((ok) => { release = ok; });
  await context.route('**/*_bg.wasm', async (route) => { await held; await route.continue(); });
  const page = await context.newPage();
  await page.goto(server.url);
  // The page holds the matrix's first block (three phone screens, more than a desktop's).
  await group(page, 'Travel and meeting arrangements').getByRole('radio', { name: 'Owner' }).check();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.app), undefined, 'the app has not started yet');
  await page.screenshot({ path: await artefact('phone-before-code.png') });
  release();
  await ready(page);
  assert.ok(await group(page, 'Travel and meeting arrangements').getByRole('radio', { name: 'Owner' }).isChecked(), 'the early click survives the take-over');
  assert.ok(await group(page, 'Communication').isVisible(), 'the take-over draws the rest');
  await page.getByText('1 of 64 answered').first().waitFor();
  await until(async () => (await stored(page))?.assessments?.[0]?.ratings?.length === 1, 'the early answer to be saved');
  // A Dutch browser sees the Dutch copy first.
  const dutch = await browser.newContext({ ...phone, locale: 'nl-NL' });
  await dutch.route('**/*_bg.wasm', () => {});
  const nl = await dutch.newPage();
  await nl.goto(server.url);
  await nl.getByRole('heading', { name: /^Taken: administratieve ondersteuning/ }).waitFor();
  assert.equal(await nl.getByRole('heading', { name: /^Tasks: administrative support/ }).count(), 0);
  await dutch.close();
  await context.close();
});

test('the built page holds the first block in every language, each copy named in its own words, and a click in any copy is kept', async () => {
  // What the build wrote (src/ui/first_paint.rs), read from the profile files it came from.
  const profile = JSON.parse(readFileSync(join(root, 'public/profiles/ima-msp.json'), 'utf8'));
  const german = JSON.parse(readFileSync(join(root, 'public/profiles/ima-msp.de.json'), 'utf8')).texts;
  const [first, second] = profile.blocks;
  const said = {
    en: (item) => item.text.en,
    nl: (item) => item.text.nl,
    de: (item) => german[`items.${item.id}`],
  };
  for (const [lang, locale, held] of [['en', 'en-GB', 'Owner'], ['nl', 'nl-NL', 'Eigenaar'], ['de', 'de-DE', 'Zuständig']]) {
    const context = await browser.newContext({ ...phone, locale });
    let release;
    const heldBack = new Promise((ok) => { release = ok; });
    await context.route('**/*_bg.wasm', async (route) => { await heldBack; await route.continue(); });
    // German's profile texts come in a file of their own, fetched once the code runs: the copy
    // stays on the page while it comes (no moment with neither the copy nor the app).
    let translated;
    const translation = new Promise((ok) => { translated = ok; });
    await context.route('**/profiles/ima-msp.de.json', async (route) => { await translation; await route.continue(); });
    const page = await context.newPage();
    await page.goto(server.url);
    // Every item of the first block is a radio group named by its item, in this language: the
    // names resolve to this copy's own ids.
    for (const item of first.items) {
      assert.equal(await group(page, said[lang](item)).getByRole('radio').count(), 4, `${lang}: ${said[lang](item)}`);
    }
    assert.equal(await group(page, said[lang](second.items[0])).count(), 0, 'the second block waits for the code');
    const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
    assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), [], 'no id twice in the page');
    await group(page, said[lang](first.items[1])).getByRole('radio', { name: held }).check();
    assert.equal(await page.evaluate(() => document.documentElement.dataset.app), undefined, 'the app has not started yet');
    const asked = lang === 'de' ? page.waitForRequest('**/profiles/ima-msp.de.json') : null;
    release();
    if (asked) {
      await asked;
      assert.ok(await group(page, said[lang](first.items[1])).getByRole('radio', { name: held }).isChecked(),
        'the German copy stays while its profile texts come');
    }
    translated();
    await ready(page);
    assert.ok(await group(page, said[lang](first.items[1])).getByRole('radio', { name: held }).isChecked(), `${lang}: the early click survives the take-over`);
    assert.equal(await page.locator('.prerendered').count(), 0, 'the copies are gone');
    await context.close();
  }
});

test('data saved by the previous version of the app opens as one assessment, nothing lost', async () => {
  const { context, page } = await phoneApp();
  const saved = readFileSync(join(root, 'tests/fixtures/stored-v1.json'), 'utf8').trim();
  await page.evaluate((text) => localStorage.setItem('competence-matrix', text), saved);
  await reload(page);
  // The fixture chose Dutch.
  assert.ok(await group(page, 'Communicatie').getByRole('radio', { name: '4 Businesspartner' }).isChecked());
  assert.equal(await page.getByRole('combobox', { name: 'Doelniveau voor Communicatie', exact: true }).inputValue(), '5');
  assert.equal(await page.getByRole('textbox', { name: 'Bewijs voor Communicatie', exact: true }).inputValue(), 'Wrote the CEO’s quarterly letter to 4,000 staff');
  assert.ok(await group(page, 'MS Office').getByRole('radio', { name: '5 Leidinggevend' }).isChecked());
  assert.ok(await group(page, 'Kalm onder druk').getByRole('radio', { name: '3 Proactief' }).isChecked());
  assert.equal(await page.getByRole('combobox', { name: 'Doelniveau voor Leiderschap' }).inputValue(), '3');
  assert.ok(await group(page, 'Notuleren en actiepunten opvolgen').getByRole('radio', { name: 'Eigenaar' }).isChecked());
  assert.ok(await group(page, 'Financiële opvolging').getByRole('radio', { name: 'Niet' }).isChecked());
  assert.ok(await group(page, 'Travelmanager').getByRole('radio', { name: 'Regelmatig' }).isChecked());
  assert.equal(await page.getByRole('textbox', { name: 'Bewijs voor Travelmanager' }).inputValue(), 'Books travel for a board of <7> & “negotiates” rates');
  await page.getByText('retired.old-skill').waitFor();
  await page.getByText('Kept from 2025').waitFor();
  await openAssessment(page);
  assert.equal(await page.getByRole('textbox', { name: 'Naam', exact: true }).inputValue(), 'Anna de Vries');
  assert.equal(await page.getByRole('textbox', { name: 'Functie', exact: true }).inputValue(), 'Executive Assistant');
  // Once anything changes, it is written in the current format, with every answer.
  await group(page, 'Taalvaardigheid').getByRole('radio', { name: '2 Zelfstandig' }).check();
  await until(async () => (await stored(page)).version === 4, 'the current format');
  const now = await stored(page);
  assert.equal(now.assessments.length, 1);
  assert.equal(now.assessments[0].ratings.length, 9);
  await context.close();
});

test('two tabs: a change in one shows in the other, and neither overwrites the other', async () => {
  const { context, page: first } = await phoneApp();
  const second = await openApp(context, server.url);
  await group(first, 'Communication').getByRole('radio', { name: '4 Business partner' }).check();
  const inSecond = group(second, 'Communication').getByRole('radio', { name: '4 Business partner' });
  await until(() => inSecond.isChecked(), 'the other tab to follow');
  // The second tab was opened before that change; its own change must not wipe it.
  await group(second, 'Leadership').getByRole('radio', { name: '2 Independent' }).check();
  await until(() => group(first, 'Leadership').getByRole('radio', { name: '2 Independent' }).isChecked(), 'the first tab to follow');
  await reload(first);
  assert.ok(await group(first, 'Communication').getByRole('radio', { name: '4 Business partner' }).isChecked());
  assert.ok(await group(first, 'Leadership').getByRole('radio', { name: '2 Independent' }).isChecked());
  // Erasing in one tab empties the other too.
  await askToErase(second);
  await second.getByRole('dialog').getByRole('button', { name: 'Erase everything' }).click();
  await until(() => group(first, 'Communication').getByRole('radio', { name: 'Not rated' }).isChecked(), 'the erase to reach the first tab');
  assert.equal(await first.evaluate(() => localStorage.getItem('competence-matrix')), null);
  await context.close();
});

test('a tab of an older version stops saving when another tab writes a newer format', async () => {
  const { context, page: first } = await phoneApp();
  await group(first, 'Communication').getByRole('radio', { name: '4 Business partner' }).check();
  // The other tab is a newer app: its entry is a format this one cannot read. (A page of the
  // same origin that is not this app, so that nothing but the newer entry is written: a second
  // tab of this app might write its own state after it, as two tabs do.)
  context.expect(/Failed to load resource.*404/); // that page's favicon
  const second = await context.newPage();
  await second.goto(server.url + 'manifest.webmanifest');
  const newer = '{"version":9,"whatever":"a newer app keeps its data here"}';
  await second.evaluate((text) => localStorage.setItem('competence-matrix', text), newer);
  await first.getByRole('alert').filter({ hasText: 'newer version of the app' }).waitFor();
  await group(first, 'Leadership').getByRole('radio', { name: '2 Independent' }).check();
  await first.waitForTimeout(100);
  assert.equal(await first.evaluate(() => localStorage.getItem('competence-matrix')), newer, 'this tab never overwrites it');
  await context.close();
});

test('the phone layout has no horizontal scrolling and thumb-sized targets', async () => {
  const { context, page } = await phoneApp({ viewport: { width: 320, height: 740 } });
  for (const width of [320, 360, 414, 1024, 1366]) {
    await page.setViewportSize({ width, height: 740 });
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), width, `no sideways scrolling at ${width} px`);
  }
  await page.setViewportSize({ width: 360, height: 740 });
  const sizes = await page.locator('.choice .face, button, select, textarea, input:not([type=radio]):not(.sr-only)').evaluateAll((elements) =>
    elements.filter((e) => e.offsetParent !== null && !e.closest('.prerendered'))
      .map((e) => ({ h: e.getBoundingClientRect().height, w: e.getBoundingClientRect().width, t: e.textContent || e.outerHTML.slice(0, 60) })));
  assert.ok(sizes.length > 300);
  for (const size of sizes) assert.ok(size.h >= 44 && size.w >= 44, `too small: ${JSON.stringify(size)}`);
  await context.close();
});

test('switching to Dutch and back, and the choice is kept', async () => {
  const { context, page } = await phoneApp();
  await (await openMenu(page)).getByRole('button', { name: 'Nederlands' }).click();
  await page.getByRole('heading', { name: 'Vaardigheden' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'nl');
  assert.ok(await group(page, 'Kalm onder druk').isVisible());
  assert.equal(await page.getByRole('button', { name: 'Nederlands' }).getAttribute('aria-pressed'), 'true');
  await group(page, 'Communicatie').getByRole('radio', { name: '3 Proactief' }).check();
  await reload(page);
  await page.getByRole('heading', { name: 'Vaardigheden' }).waitFor();
  assert.ok(await group(page, 'Communicatie').getByRole('radio', { name: '3 Proactief' }).isChecked());
  await (await openMenu(page)).getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { name: 'Skills' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.ok(await group(page, 'Communication').getByRole('radio', { name: '3 Proactive' }).isChecked());
  await context.close();
});

test('a Dutch browser starts in Dutch', async () => {
  const context = await browser.newContext({ ...phone, locale: 'nl-NL' });
  const page = await openApp(context, server.url);
  await page.getByRole('heading', { name: 'Vaardigheden' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'nl');
  await context.close();
});

test('an item can be rated with the keyboard alone', async () => {
  const { context, page } = await phoneApp();
  const target = group(page, 'Communication').getByRole('radio', { name: 'Not rated' });
  let reached = false;
  for (let presses = 0; presses < 400 && !reached; presses++) {
    await page.keyboard.press('Tab');
    reached = await target.evaluate((input) => document.activeElement === input || document.activeElement?.name === input.name);
  }
  assert.ok(reached, 'Tab reaches the Communication group');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  assert.ok(await group(page, 'Communication').getByRole('radio', { name: '3 Proactive' }).isChecked());
  await page.keyboard.press('Tab'); // to the target level
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab'); // to the evidence note
  await page.keyboard.type('Chaired the weekly planning call');
  await reload(page);
  assert.ok(await group(page, 'Communication').getByRole('radio', { name: '3 Proactive' }).isChecked());
  assert.equal(await page.getByRole('combobox', { name: 'Target level for Communication' }).inputValue(), '4');
  assert.equal(await page.getByRole('textbox', { name: 'Evidence for Communication' }).inputValue(), 'Chaired the weekly planning call');
  await context.close();
});

test('damaged storage is set aside with a notice, never overwritten', async () => {
  const { context, page } = await phoneApp();
  const damaged = '{"version":2,"assessments":[{"id":"a1","ratings":[{"item":"skill.communication","curr';
  await page.evaluate((text) => localStorage.setItem('competence-matrix', text), damaged);
  await reload(page);
  const notice = page.getByRole('alert').filter({ hasText: 'could not be read' });
  await notice.waitFor();
  const keys = await storageKeys(page);
  const backup = keys.find((key) => key.startsWith('competence-matrix.backup.'));
  assert.ok(backup, `a backup key in ${keys}`);
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), backup), damaged);
  assert.match(await notice.textContent(), new RegExp(backup.replaceAll('.', '\\.')));
  // The app works beside it, and the backup survives new ratings.
  await group(page, 'Leadership').getByRole('radio', { name: '2 Independent' }).check();
  // Until the save (after the next paint) the damaged text is still in place: read it raw.
  const raw = () => page.evaluate(() => localStorage.getItem('competence-matrix'));
  await until(async () => (await raw()) !== damaged, 'the new rating to be saved');
  assert.equal((await stored(page)).assessments[0].ratings[0].item, 'skill.leadership');
  await reload(page);
  assert.ok(await group(page, 'Leadership').getByRole('radio', { name: '2 Independent' }).isChecked());
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), backup), damaged);
  await context.close();
});

test('data saved by a newer version is kept aside too', async () => {
  const { context, page } = await phoneApp();
  const future = '{"version":9,"assessments":[]}';
  await page.evaluate((text) => localStorage.setItem('competence-matrix', text), future);
  await reload(page);
  await page.getByRole('alert').filter({ hasText: 'newer version of the app (format 9)' }).waitFor();
  const keys = await storageKeys(page);
  const backup = keys.find((key) => key.startsWith('competence-matrix.backup.'));
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), backup), future);
  await context.close();
});

test('stored answers the profile cannot use are set aside, never shown or summarised', async () => {
  const { context, page } = await phoneApp();
  const state = { version: 2, intro_dismissed: true, current: 'a1', assessments: [{ id: 'a1', date: '2026-11-25', view: 'self', ratings: [
    { item: 'skill.communication', current: 9 }, { item: 'task.minutes', current: 2 }, { item: 'skill.leadership', current: 3 }] }] };
  await page.evaluate((json) => localStorage.setItem('competence-matrix', json), JSON.stringify(state));
  await reload(page);
  const notice = page.getByRole('alert').filter({ hasText: '2 saved answers could not be used' });
  await notice.waitFor();
  // Items are named as the user knows them, never by their id.
  assert.match(await notice.textContent(), /an answer of the wrong kind for “Take minutes and follow up on actions”/);
  assert.doesNotMatch(await notice.textContent(), /task\.minutes|skill\./);
  const backup = (await storageKeys(page)).find((key) => key.startsWith('competence-matrix.backup.'));
  assert.deepEqual(JSON.parse(await page.evaluate((key) => localStorage.getItem(key), backup)).assessments[0].ratings,
    [{ item: 'task.minutes', current: 2 }, { item: 'skill.communication', current: 9 }]);
  assert.ok(await group(page, 'Communication').getByRole('radio', { name: 'Not rated' }).isChecked());
  assert.ok(await group(page, 'Leadership').getByRole('radio', { name: '3 Proactive' }).isChecked(), 'the good answer stays');
  await until(async () => (await stored(page)).assessments[0].ratings.length === 1, 'storage to hold only the usable answer');
  await page.getByRole('link', { name: 'Summary' }).first().click();
  assert.ok(!(await page.getByRole('article').textContent()).includes('level 9'));
  await context.close();
});

test('a fuzzed storage entry is set aside and the app still opens', async () => {
  const { context, page } = await phoneApp();
  const good = JSON.stringify({ version: 2, current: 'a1', assessments: [{ id: 'a1', ratings: [{ item: 'skill.communication', current: 3 }] }] });
  // Deterministic damage: flipped bits, a cut, odd characters, deep nesting.
  const fuzzed = [...good].map((c, i) => (i % 7 === 3 ? String.fromCharCode(c.charCodeAt(0) ^ 0x21) : c)).join('').slice(0, 70)
    + '\u0000\ud800' + '['.repeat(5000);
  await page.evaluate((text) => localStorage.setItem('competence-matrix', text), fuzzed);
  await reload(page);
  await page.getByRole('alert').filter({ hasText: 'could not be read' }).waitFor();
  const backup = (await storageKeys(page)).find((key) => key.startsWith('competence-matrix.backup.'));
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), backup), fuzzed);
  await group(page, 'Leadership').getByRole('radio', { name: '2 Independent' }).check();
  await context.close();
});

test('a broken profile file shows what is wrong instead of a blank page, in the user’s language', async () => {
  const context = await browser.newContext({ ...phone, locale: 'nl-NL' });
  context.expect(/Failed to load resource.*404/);
  await context.route('**/profiles/ima-msp.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: '{"schema": 1, "id": "x", "version": "1", "languages": ["en"], "name": {"en": "X"}, "levels": [], "blocks": []}' }));
  const page = await openApp(context, server.url);
  const problem = page.getByRole('alert');
  await problem.getByRole('heading', { name: 'Het competentieprofiel kon niet worden geladen' }).waitFor();
  assert.match(await problem.textContent(), /het profielbestand heeft geen niveauschaal/);
  await context.route('**/profiles/ima-msp.json', (route) => route.fulfill({ status: 404, body: 'nope' }));
  await reload(page);
  await page.getByRole('alert').getByText(/is niet gevonden \(HTTP 404\)/).waitFor();
  await context.close();
});

test('erase my data asks first, then leaves nothing behind', async () => {
  const { context, page } = await phoneApp();
  await group(page, 'Communication').getByRole('radio', { name: '4 Business partner' }).check();
  await page.evaluate(() => localStorage.setItem('competence-matrix.backup.1', 'old'));
  await page.evaluate(() => localStorage.setItem('another-app', 'theirs'));
  await askToErase(page);
  const dialog = page.getByRole('dialog', { name: 'Erase all your data?' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  assert.ok(await group(page, 'Communication').getByRole('radio', { name: '4 Business partner' }).isChecked());
  await askToErase(page);
  await dialog.getByRole('button', { name: 'Erase everything' }).click();
  await page.getByRole('status').filter({ hasText: 'erased' }).waitFor();
  assert.ok(await group(page, 'Communication').getByRole('radio', { name: 'Not rated' }).isChecked());
  await page.waitForTimeout(100);
  assert.deepEqual(await storageKeys(page), ['another-app']);
  await reload(page);
  assert.ok(await group(page, 'Communication').getByRole('radio', { name: 'Not rated' }).isChecked());
  await context.close();
});

test('the first visit explains the app; the explanation can be put away', async () => {
  const { context, page } = await phoneApp();
  const intro = page.getByText('Everything stays in this browser.');
  assert.ok(await intro.isVisible());
  await page.getByRole('button', { name: 'Got it' }).click();
  await intro.waitFor({ state: 'detached' });
  await reload(page);
  assert.equal(await intro.count(), 0);
  await context.close();
});

test('on a wide screen the matrix lines up as a table', async () => {
  const context = await browser.newContext(desktop);
  const page = await openApp(context, server.url);
  const left = (locator) => locator.evaluate((input) => Math.round(input.parentElement.getBoundingClientRect().left));
  const columnOf = async (groups, radio) => Promise.all(groups.map((name) => left(group(page, name).getByRole('radio', { name: radio }))));
  for (const [groups, radio] of [
    [['Communication', 'Leadership', 'Strategical', 'Integrity'], '3 Proactive'],
    [['Coordinating and planning', 'Archiving/handling of documents', 'Travel Manager'], 'Owner'],
  ]) {
    const columns = await columnOf(groups, radio);
    assert.equal(new Set(columns).size, 1, `${radio} stands in one column: ${columns}`);
  }
  const target = await Promise.all(['Communication', 'Leadership'].map((name) =>
    page.getByRole('combobox', { name: `Target level for ${name}` }).evaluate((e) => Math.round(e.getBoundingClientRect().left))));
  assert.equal(target[0], target[1]);
  await context.close();
});

test('screenshots at desktop size', async () => {
  const context = await browser.newContext(desktop);
  const page = await openApp(context, server.url);
  await group(page, 'Communication').getByRole('radio', { name: '4 Business partner' }).check();
  await page.getByRole('textbox', { name: 'Evidence for Communication' }).fill('Rewrote the board pack template');
  await page.getByRole('heading', { name: 'Skills' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: await artefact('desktop-skills.png') });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: await artefact('desktop.png') });
  await context.close();
});
