// Dutch is not a second-class language: every refusal and notice reads Dutch, and every view
// fits a 320 px screen in both languages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { deflateSync } from 'node:zlib';
import { writeFile, rm } from 'node:fs/promises';
import { serve, launch, phone, openApp, reload, artefact, assertThumbSized } from './support.mjs';
import { twoViews, useState, profile } from './fixtures.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// Words that only English has: a Dutch message holding one of them is (partly) English.
const english = /\b(the|this|that|was|could|not|with|your|which|has|have|been|file|made|newer|unchanged|value|outside|scale|saved|storage|cannot|another|version|only)\b/i;

/** The text of every notice on screen. */
const notices = (page) => page.locator('.notices [role=alert], .notices [role=status]').allInnerTexts();

// A share link's body, written here byte by byte as src/core/link.rs reads it (format 2).
function varint(n) {
  const out = [];
  do { let byte = n & 0x7f; n >>>= 7; if (n) byte |= 0x80; out.push(byte); } while (n);
  return out;
}
const str = (s) => { const bytes = [...Buffer.from(s, 'utf8')]; return [...varint(bytes.length), ...bytes]; };
const items = profile.blocks.flatMap((b) => b.items.map(() => b.kind));
function link({ id = profile.id, version = profile.version, byte = () => 0 } = {}) {
  const body = [...str(id), ...str(version), ...str('2026-11-25'), ...str(''), 0, ...str('Anna'), ...str(''), ...str(''),
    ...varint(items.length), ...items.map((kind, i) => byte(kind, i)), ...varint(0)];
  return `${server.url}#share=v2.${deflateSync(Buffer.from(body)).toString('base64url')}`;
}

test('every refusal of a link, a file or stored data reads Dutch, with no English sentence', async () => {
  const context = await browser.newContext({ ...phone, locale: 'nl-NL' });
  context.expect(/Failed to load resource/);
  const page = await openApp(context, server.url);
  const seen = [];
  const collect = async (what) => {
    const texts = await notices(page);
    assert.ok(texts.length > 0, `a notice for ${what}`);
    for (const text of texts) {
      assert.doesNotMatch(text, english, `${what} in English: ${text}`);
      assert.doesNotMatch(text, /\b(task|skill|trait|further|char)\.[a-z_]/, `${what} names an item by its id: ${text}`);
      seen.push(text);
    }
    for (const button of await page.locator('.notices button').all()) await button.click();
  };

  // Links.
  const good = link();
  await page.goto(good);
  await page.getByRole('heading', { name: 'Een beoordeling die met je is gedeeld' }).waitFor();
  for (const [what, bad] of [
    ['a cut link', good.slice(0, -10)],
    ['a newer link', `${server.url}#share=v9.AAAA`],
    ['another profile', link({ id: 'nvma-2027' })],
    ['another profile version', link({ version: '2019.1' })],
    ['a level outside the scale', link({ byte: (kind) => (kind === 'rated' ? 7 : 0) })],
    ['a holding code that does not exist', link({ byte: (kind) => (kind === 'held' ? 9 : 0) })],
  ]) {
    await page.goto(bad);
    await page.locator('.notices [role=alert]').first().waitFor();
    await collect(what);
  }

  // Files.
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Samenvatting' }).first().click();
  const file = (name, body) => page.locator('.summary-pane').getByLabel('Bestand importeren').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
  const head = { app: 'competence-matrix', format: 2, kind: 'assessment', profile: { id: profile.id, version: profile.version }, date: '2026-11-25', person: {} };
  for (const [what, body] of [
    ['not one of ours', 'GIF89a'],
    ['a newer format', JSON.stringify({ app: 'competence-matrix', format: 7 })],
    ['a wrong shape', JSON.stringify({ ...head, assessment: { ratings: [{ item: 'skill.communication', current: 'high' }] } })],
    ['a wrong kind of answer', JSON.stringify({ ...head, assessment: { ratings: [{ item: 'task.minutes', current: 3 }] } })],
    ['a note too long', JSON.stringify({ ...head, assessment: { ratings: [{ item: 'skill.communication', evidence: 'x'.repeat(2001) }] } })],
    ['another profile', JSON.stringify({ ...head, profile: { id: 'nvma', version: '1' }, assessment: { ratings: [] } })],
    ['a role with a level outside the scale', JSON.stringify({ app: 'competence-matrix', format: 2, kind: 'role', profile: head.profile, needs: [{ item: 'skill.communication', level: 8 }] })],
  ]) {
    await file(`${what}.json`, body);
    await page.locator('.notices [role=alert]').first().waitFor();
    await collect(what);
  }
  const huge = await artefact('huge-nl.json');
  await writeFile(huge, Buffer.alloc(3 * 1024 * 1024, 32));
  await page.locator('.summary-pane').getByLabel('Bestand importeren').setInputFiles(huge);
  await page.locator('.notices [role=alert]').first().waitFor();
  await collect('a file too large');
  await rm(huge);

  // Stored data.
  for (const [what, stored] of [
    ['damaged data', '{"version":2,"assessments":[{'],
    ['data of a newer version', '{"version":5}'],
    ['answers the profile cannot use', JSON.stringify({ version: 2, current: 'a1', assessments: [{ id: 'a1', ratings: [{ item: 'skill.communication', current: 9 }] }] })],
  ]) {
    await page.evaluate((text) => localStorage.setItem('competence-matrix', text), stored);
    await reload(page);
    await collect(what);
  }
  await page.evaluate(() => { Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); }; });
  await page.getByRole('radiogroup', { name: 'Leiderschap', exact: true }).getByRole('radio', { name: '2 Zelfstandig' }).check();
  await page.locator('.notices [role=alert]').first().waitFor();
  await collect('full storage');
  await context.close();

  const blocked = await browser.newContext({ ...phone, locale: 'nl-NL' });
  await blocked.addInitScript(() => Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('no', 'SecurityError'); } }));
  const other = await openApp(blocked, server.url);
  const texts = await notices(other);
  assert.equal(texts.length, 1);
  assert.doesNotMatch(texts[0], english, texts[0]);
  await blocked.close();
  assert.equal(seen.length, 18, 'every case was seen');
});

test('at 320 px no view scrolls sideways and every target is thumb-sized, in English and in Dutch', async () => {
  for (const locale of ['en-GB', 'nl-NL']) {
    const context = await browser.newContext({ ...phone, locale, viewport: { width: 320, height: 640 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const page = await openApp(context, server.url);
    await useState(page, twoViews(300));
    const nl = locale === 'nl-NL';
    const fits = async (view) => {
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 320, `${locale} ${view}`);
      await assertThumbSized(page, `${locale} ${view}`);
    };
    await fits('matrix');
    await page.getByText(nl ? 'Over deze beoordeling' : 'About this assessment').click();
    await fits('assessment details');
    await page.getByRole('button', { name: nl ? 'Samenvatting' : 'Summary' }).first().click();
    await fits('summary');
    await page.getByRole('button', { name: nl ? 'Delen' : 'Share', exact: true }).click();
    const link = await page.getByRole('textbox', { name: nl ? 'Link om te delen' : 'Link to share' }).inputValue();
    await fits('summary with the link shown');
    await page.getByRole('button', { name: nl ? 'Vergelijken' : 'Compare' }).click();
    await fits('comparison');
    await page.getByRole('button', { name: nl ? 'Functieprofielen' : 'Role profiles' }).click();
    await fits('no role profiles');
    await page.getByRole('button', { name: nl ? 'Nieuw functieprofiel' : 'New role profile' }).click();
    await fits('role profile, job description and fit');
    await page.goto(link);
    await page.locator('.incoming').waitFor();
    await fits('a shared assessment');
    await page.goto(server.url + '?embed');
    await page.getByRole('radiogroup').first().waitFor();
    await fits('embedded');
    await context.close();
  }
});
