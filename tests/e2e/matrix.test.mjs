// The first working version, end to end, on the release build at a phone viewport.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, phone, desktop, openApp, artefact } from './support.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const group = (page, name) => page.getByRole('radiogroup', { name, exact: true });
const storageKeys = (page) => page.evaluate(() => Object.keys(localStorage).sort());

async function phoneApp(options = {}) {
  const context = await browser.newContext({ ...phone, locale: 'en-GB', ...options });
  const page = await openApp(context, server.url);
  await page.getByRole('heading', { name: 'Skills' }).waitFor();
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
  await assert.doesNotReject(page.getByText('5 of 64 answered').first().waitFor());
  await page.screenshot({ path: await artefact('phone-rated.png') });

  await page.reload();
  await page.getByRole('heading', { name: 'Skills' }).waitFor();
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
  assert.deepEqual(again.appErrors, []);
  await context.close();
});

test('two tabs: a change in one shows in the other, and neither overwrites the other', async () => {
  const { context, page: first } = await phoneApp();
  const second = await openApp(context, server.url);
  await second.getByRole('heading', { name: 'Skills' }).waitFor();
  await group(first, 'Communication').getByRole('radio', { name: '4 Business partner' }).check();
  const inSecond = group(second, 'Communication').getByRole('radio', { name: '4 Business partner' });
  await second.waitForFunction(() => document.querySelector('input[name="current-skill.communication"][value="4"]').checked);
  assert.ok(await inSecond.isChecked(), 'the other tab follows without a reload');
  // The second tab was opened before that change; its own change must not wipe it.
  await group(second, 'Leadership').getByRole('radio', { name: '2 Independent' }).check();
  await first.waitForFunction(() => document.querySelector('input[name="current-skill.leadership"][value="2"]').checked);
  await first.reload();
  await first.getByRole('heading', { name: 'Skills' }).waitFor();
  assert.ok(await group(first, 'Communication').getByRole('radio', { name: '4 Business partner' }).isChecked());
  assert.ok(await group(first, 'Leadership').getByRole('radio', { name: '2 Independent' }).isChecked());
  // Erasing in one tab empties the other too.
  await second.getByRole('button', { name: 'Erase my data' }).click();
  await second.getByRole('dialog').getByRole('button', { name: 'Erase everything' }).click();
  await first.waitForFunction(() => document.querySelector('input[name="current-skill.communication"][value="0"]').checked);
  assert.equal(await first.evaluate(() => localStorage.getItem('competence-matrix')), null);
  await context.close();
});

test('the phone layout has no horizontal scrolling and thumb-sized targets', async () => {
  const { context, page } = await phoneApp({ viewport: { width: 360, height: 740 } });
  for (const width of [360, 414, 1024, 1366]) {
    await page.setViewportSize({ width, height: 740 });
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), width, `no sideways scrolling at ${width} px`);
  }
  await page.setViewportSize({ width: 360, height: 740 });
  const sizes = await page.locator('.choice .face, button, select, textarea').evaluateAll((elements) =>
    elements.filter((e) => e.offsetParent !== null).map((e) => ({ h: e.getBoundingClientRect().height, w: e.getBoundingClientRect().width, t: e.textContent })));
  assert.ok(sizes.length > 300);
  for (const size of sizes) assert.ok(size.h >= 44 && size.w >= 44, `too small: ${JSON.stringify(size)}`);
  await context.close();
});

test('switching to Dutch and back, and the choice is kept', async () => {
  const { context, page } = await phoneApp();
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await page.getByRole('heading', { name: 'Vaardigheden' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'nl');
  assert.ok(await group(page, 'Kalm onder druk').isVisible());
  assert.equal(await page.getByRole('button', { name: 'Nederlands' }).getAttribute('aria-pressed'), 'true');
  await group(page, 'Communicatie').getByRole('radio', { name: '3 Proactief' }).check();
  await page.reload();
  await page.getByRole('heading', { name: 'Vaardigheden' }).waitFor();
  assert.ok(await group(page, 'Communicatie').getByRole('radio', { name: '3 Proactief' }).isChecked());
  await page.getByRole('button', { name: 'English' }).click();
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
  let name = '';
  for (let presses = 0; presses < 300 && name !== 'current-skill.communication'; presses++) {
    await page.keyboard.press('Tab');
    name = await page.evaluate(() => document.activeElement?.name ?? '');
  }
  assert.equal(name, 'current-skill.communication', 'Tab reaches the Communication group');
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
  await page.reload();
  await page.getByRole('heading', { name: 'Skills' }).waitFor();
  assert.ok(await group(page, 'Communication').getByRole('radio', { name: '3 Proactive' }).isChecked());
  assert.equal(await page.getByRole('combobox', { name: 'Target level for Communication' }).inputValue(), '4');
  assert.equal(await page.getByRole('textbox', { name: 'Evidence for Communication' }).inputValue(), 'Chaired the weekly planning call');
  await context.close();
});

test('damaged storage is set aside with a notice, never overwritten', async () => {
  const { context, page } = await phoneApp();
  const damaged = '{"version":1,"assessment":{"ratings":[{"item":"skill.communication","curr';
  await page.evaluate((text) => localStorage.setItem('competence-matrix', text), damaged);
  await page.reload();
  const notice = page.getByRole('alert').filter({ hasText: 'could not be read' });
  await notice.waitFor();
  const keys = await storageKeys(page);
  const backup = keys.find((key) => key.startsWith('competence-matrix.backup.'));
  assert.ok(backup, `a backup key in ${keys}`);
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), backup), damaged);
  assert.match(await notice.textContent(), new RegExp(backup.replaceAll('.', '\\.')));
  // The app works beside it, and the backup survives new ratings.
  await group(page, 'Leadership').getByRole('radio', { name: '2 Independent' }).check();
  await page.reload();
  assert.ok(await group(page, 'Leadership').getByRole('radio', { name: '2 Independent' }).isChecked());
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), backup), damaged);
  await context.close();
});

test('data saved by a newer version is kept aside too', async () => {
  const { context, page } = await phoneApp();
  const future = '{"version":9,"assessment":{"ratings":[]}}';
  await page.evaluate((text) => localStorage.setItem('competence-matrix', text), future);
  await page.reload();
  await page.getByRole('alert').filter({ hasText: 'newer version of the app (format 9)' }).waitFor();
  const keys = await storageKeys(page);
  const backup = keys.find((key) => key.startsWith('competence-matrix.backup.'));
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), backup), future);
  await context.close();
});

test('a broken profile file shows what is wrong instead of a blank page', async () => {
  const context = await browser.newContext(phone);
  await context.route('**/profiles/ima-msp.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: '{"schema": 1, "id": "x", "version": "1", "languages": ["en"], "name": {"en": "X"}, "levels": [], "blocks": []}' }));
  const page = await openApp(context, server.url);
  const problem = page.getByRole('alert');
  await problem.getByRole('heading', { name: 'The competence profile could not be loaded' }).waitFor();
  assert.match(await problem.textContent(), /has no level scale/);
  await context.route('**/profiles/ima-msp.json', (route) => route.fulfill({ status: 404, body: 'nope' }));
  await page.reload();
  await page.getByRole('alert').getByText(/was not found \(HTTP 404\)/).waitFor();
  await context.close();
});

test('erase my data asks first, then leaves nothing behind', async () => {
  const { context, page } = await phoneApp();
  await group(page, 'Communication').getByRole('radio', { name: '4 Business partner' }).check();
  await page.evaluate(() => localStorage.setItem('competence-matrix.backup.1', 'old'));
  await page.evaluate(() => localStorage.setItem('another-app', 'theirs'));
  await page.getByRole('button', { name: 'Erase my data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Erase all your data?' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  assert.ok(await group(page, 'Communication').getByRole('radio', { name: '4 Business partner' }).isChecked());
  await page.getByRole('button', { name: 'Erase my data' }).click();
  await dialog.getByRole('button', { name: 'Erase everything' }).click();
  await page.getByRole('status').filter({ hasText: 'erased' }).waitFor();
  assert.ok(await group(page, 'Communication').getByRole('radio', { name: 'Not rated' }).isChecked());
  assert.deepEqual(await storageKeys(page), ['another-app']);
  await page.reload();
  assert.ok(await group(page, 'Communication').getByRole('radio', { name: 'Not rated' }).isChecked());
  await context.close();
});

test('the first visit explains the app; the explanation can be put away', async () => {
  const { context, page } = await phoneApp();
  const intro = page.getByText('Nothing is sent anywhere.');
  assert.ok(await intro.isVisible());
  await page.getByRole('button', { name: 'Got it' }).click();
  await intro.waitFor({ state: 'detached' });
  await page.reload();
  await page.getByRole('heading', { name: 'Skills' }).waitFor();
  assert.equal(await intro.count(), 0);
  await context.close();
});

test('on a wide screen the matrix lines up as a table', async () => {
  const context = await browser.newContext(desktop);
  const page = await openApp(context, server.url);
  await page.getByRole('heading', { name: 'Skills' }).waitFor();
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
  assert.deepEqual(page.appErrors, []);
  await context.close();
});
