// When the browser will not store: full storage, and storage blocked altogether.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, phone, openApp, until } from './support.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const group = (page, name) => page.getByRole('radiogroup', { name, exact: true });

test('full storage gets a clear message, and the next save after space is freed clears it', async () => {
  const context = await browser.newContext(phone);
  const page = await openApp(context, server.url);
  await page.evaluate(() => {
    window.realSetItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
  });
  await group(page, 'Communication').getByRole('radio', { name: '4 Business partner' }).check();
  const full = page.getByRole('alert').filter({ hasText: 'storage is full' });
  await full.waitFor();
  assert.ok(await group(page, 'Communication').getByRole('radio', { name: '4 Business partner' }).isChecked(), 'the rating stays on screen');

  await page.evaluate(() => { Storage.prototype.setItem = window.realSetItem; });
  await group(page, 'Language').getByRole('radio', { name: '2 Independent' }).check();
  await full.waitFor({ state: 'detached' });
  const saved = JSON.parse(await page.evaluate(() => localStorage.getItem('competence-matrix')));
  assert.deepEqual(saved.assessments[0].ratings.map((r) => [r.item, r.current]),
    [['skill.communication', 4], ['skill.language', 2]], 'the change made while full is saved with the next one');
  await context.close();
});

test('blocked storage: the user is told, and the matrix still works for this visit', async () => {
  const context = await browser.newContext(phone);
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('Access denied', 'SecurityError'); } });
  });
  const page = await openApp(context, server.url);
  await page.getByRole('alert').filter({ hasText: 'does not let the app save' }).waitFor();
  await group(page, 'Communication').getByRole('radio', { name: '3 Proactive' }).check();
  await page.getByText('1 of 64 answered').first().waitFor();
  await until(async () => (await page.getByRole('alert').count()) === 1, 'no second notice');
  await context.close();
});
