// A phone's first screen is the matrix: the first item and all its choices without scrolling on
// a first visit (360 × 740, 390 × 844, 320 × 640; English, Dutch, German; light and dark), a
// one-line header with a menu, the views in a bar at the thumb that moves between their
// addresses, "Next unrated", a returning visit opening where it stopped, and no layout shift
// when the app takes over the pre-rendered page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openApp, reload, until, assertThumbSized, openMenu } from './support.mjs';

let server, browser;
before(async () => { server = await serve(undefined, { instrument: true }); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const handset = (width, height, more = {}) => ({
  viewport: { width, height }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, reducedMotion: 'reduce', ...more,
});
const locales = { en: 'en-GB', nl: 'nl-NL', de: 'de-DE' };
const words = {
  en: { first: 'Coordinating and planning', views: ['Matrix', 'Summary', 'Compare', 'Role profiles'], menu: 'Menu' },
  nl: { first: 'Coördineren en plannen', views: ['Matrix', 'Samenvatting', 'Vergelijken', 'Functieprofielen'], menu: 'Menu' },
  de: { first: 'Koordinieren und planen', views: ['Matrix', 'Übersicht', 'Vergleich', 'Stellenprofile'], menu: 'Menü' },
};
/** The item's group of choices in the assessment's matrix, as a screen reader names it. */
const item = (page, name) => page.locator('.matrix-pane').getByRole('radiogroup', { name, exact: true });
const nth = (page, n) => page.locator('.matrix-pane').getByRole('radiogroup').nth(n);
/** Where `locator` is, against the window and the bar of views at its foot. */
async function place(page, locator) {
  const box = await locator.boundingBox();
  // The views' bar (the first navigation: the comparison has one of its own).
  const bar = await page.locator('nav.views').boundingBox();
  return { top: box.y, bottom: box.y + box.height, barTop: bar.y, height: page.viewportSize().height };
}
const onScreen = (at) => at.top >= 0 && at.bottom <= at.barTop;

for (const [width, height] of [[360, 740], [390, 844], [320, 640]]) {
  for (const lang of ['en', 'nl', 'de']) {
    test(`a first visit at ${width} × ${height} (${lang}) shows the first item and all its choices`, async () => {
      for (const colorScheme of ['light', 'dark']) {
        const context = await browser.newContext({ ...handset(width, height, { colorScheme }), locale: locales[lang] });
        const page = await openApp(context, server.url);
        const first = item(page, words[lang].first);
        const at = await place(page, first);
        assert.ok(onScreen(at), `${colorScheme}: the first item's choices ${JSON.stringify(at)} lie above the views' bar`);
        assert.ok(await page.getByText(words[lang].first, { exact: true }).first().isVisible(), 'and its name');
        const header = await page.getByRole('banner').boundingBox();
        assert.ok(header.height <= 56, `the header is one line (${header.height} px)`);
        assert.ok(await page.evaluate(() => document.scrollingElement.scrollWidth <= innerWidth), 'nothing to scroll sideways');
        assert.equal(at.barTop + (await page.locator('nav.views').boundingBox()).height, height, 'the bar sits at the foot');
        await context.close();
      }
    });
  }
}

test('the bar at the thumb reaches every view, marks the one open, and Back returns', async () => {
  const context = await browser.newContext({ ...handset(390, 844), locale: 'en-GB' });
  const page = await openApp(context, server.url);
  const bar = page.getByRole('navigation', { name: 'Views' });
  const link = (name) => bar.getByRole('link', { name, exact: true });
  assert.equal(await link('Matrix').getAttribute('aria-current'), 'page');
  await assertThumbSized(page, 'on the matrix');
  const shows = {
    Summary: page.getByRole('article', { name: /Competence summary/ }),
    Compare: page.getByRole('heading', { name: 'Compare two assessments' }),
    'Role profiles': page.getByRole('heading', { name: 'Role profiles', exact: true }),
  };
  for (const [name, what] of Object.entries(shows)) {
    await link(name).click();
    await what.waitFor();
    assert.equal(await link(name).getAttribute('aria-current'), 'page', `${name} is marked as open`);
    assert.equal(await page.locator('[aria-current="page"]').count(), 1, 'one view is marked');
    const at = await place(page, link(name));
    assert.ok(at.top >= 0 && at.bottom <= at.height, 'the bar stays on screen');
  }
  assert.equal(new URL(page.url()).searchParams.get('view'), 'roles');
  // Scrolled down, the bar is still at the thumb.
  await page.mouse.wheel(0, 2000);
  await until(() => page.evaluate(() => scrollY > 0), 'the page to scroll');
  const scrolled = await place(page, link('Matrix'));
  assert.ok(scrolled.top >= 0 && scrolled.bottom <= scrolled.height, 'scrolled, the bar is still at the thumb');
  for (const name of ['Compare', 'Summary']) {
    await page.goBack();
    await shows[name].waitFor();
    assert.equal(await link(name).getAttribute('aria-current'), 'page');
  }
  await page.goBack();
  await item(page, 'Communication').waitFor();
  assert.equal(new URL(page.url()).search, '', 'the matrix has the plain address');
  // A link is a link: its address opens the view in a tab of its own.
  assert.match(await link('Summary').getAttribute('href'), /\?view=summary$/);
  await context.close();
});

test('the menu changes the language and the colours, opens what the app is, and closes with Escape', async () => {
  const context = await browser.newContext({ ...handset(360, 740), locale: 'en-GB' });
  const page = await openApp(context, server.url);
  const button = page.getByRole('button', { name: 'Menu', exact: true });
  const menu = page.getByRole('group', { name: 'Menu', exact: true });
  assert.equal(await menu.isVisible(), false, 'closed at first');
  await button.click();
  await menu.getByRole('button', { name: 'Nederlands' }).click();
  await page.getByRole('heading', { name: 'Competentiematrix', level: 1 }).waitFor();
  const dutchMenu = page.getByRole('group', { name: 'Menu', exact: true });
  assert.ok(await dutchMenu.isVisible(), 'the menu stays open in the new language');
  await dutchMenu.getByRole('combobox', { name: 'Kleuren' }).selectOption({ label: 'Donker' });
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  await assertThumbSized(page, 'with the menu open');
  await page.keyboard.press('Escape');
  await until(async () => !(await dutchMenu.isVisible()), 'the menu to close');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), 'Menu', 'the focus goes back to its button');
  // From the keyboard: Enter opens it, Tab reaches its entries, Escape closes it.
  await page.keyboard.press('Enter');
  await dutchMenu.waitFor();
  await page.keyboard.press('Tab');
  assert.ok(await page.evaluate(() => !!document.activeElement.closest('[popover]')), 'Tab goes into the menu');
  await page.keyboard.press('Escape');
  await until(async () => !(await dutchMenu.isVisible()), 'the menu to close');
  // What the app is, and erasing, are in it too.
  await openMenu(page);
  await dutchMenu.getByRole('button', { name: 'Over de app en privacy' }).click();
  const about = page.getByRole('dialog', { name: 'Over de app en privacy' });
  await about.waitFor();
  assert.match(await about.textContent(), /Alles wat je invult blijft in deze browser/);
  await about.getByRole('button', { name: 'Sluiten' }).click();
  await openMenu(page);
  await dutchMenu.getByRole('button', { name: 'Mijn gegevens wissen' }).click();
  await page.getByRole('dialog', { name: 'Al je gegevens wissen?' }).getByRole('button', { name: 'Annuleren' }).click();
  await reload(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'nl', 'the language is kept');
  await context.close();
});

test('the intro is one line that keeps the privacy promise; More tells the rest, Got it puts it away for good', async () => {
  const context = await browser.newContext({ ...handset(390, 844), locale: 'en-GB' });
  const page = await openApp(context, server.url);
  const intro = page.getByRole('region', { name: 'Competence Matrix' });
  assert.match(await intro.textContent(), /Everything stays in this browser\./);
  await intro.getByRole('button', { name: 'More' }).click();
  const about = page.getByRole('dialog', { name: 'About and privacy' });
  assert.match(await about.textContent(), /choose your level for each skill and characteristic/);
  await page.keyboard.press('Escape');
  await intro.getByRole('button', { name: 'Got it' }).click();
  await reload(page);
  assert.equal(await page.locator('.intro').count(), 0, 'dismissed for good');
  // A link that came says what it is instead (the comparison's own tests open one).
  await context.close();
});

test('"Next unrated" goes on after the last item rated, and a reload opens after it', async () => {
  const context = await browser.newContext({ ...handset(390, 844), locale: 'en-GB' });
  const page = await openApp(context, server.url);
  const next = page.getByRole('button', { name: 'Next unrated' });
  assert.equal(await next.count(), 0, 'nothing to go on from yet');
  const before = (await nth(page, 1).boundingBox()).y;
  await nth(page, 0).getByRole('radio').nth(2).check();
  await next.waitFor();
  assert.equal((await nth(page, 1).boundingBox()).y, before, '"Next unrated" appearing moves nothing under the thumb');
  for (let n = 1; n < 5; n++) await nth(page, n).getByRole('radio').nth(2).check();
  await next.click();
  await until(() => page.evaluate(() => !!document.activeElement?.closest('[role=radiogroup]')), 'the focus in a group');
  const focused = await page.evaluate(() => {
    const groups = [...document.querySelectorAll('.matrix-pane [role=radiogroup]')];
    return groups.indexOf(document.activeElement.closest('[role=radiogroup]'));
  });
  assert.equal(focused, 5, 'the sixth item, the first unrated one');
  assert.ok(onScreen(await place(page, nth(page, 5))), 'on screen, clear of the sticky line and the bar');
  assert.ok(await next.isVisible(), 'the line with "Next unrated" stays on screen');
  // Items 1–4 and 6–23 rated, 23 last: the next visit opens at 24 (not at 5, which is unrated too).
  await page.keyboard.press('ArrowRight');
  for (let n = 6; n < 23; n++) await nth(page, n).getByRole('radio').nth(2).check();
  await nth(page, 4).getByRole('radio').first().check();
  await nth(page, 22).getByRole('radio').nth(3).check();
  await page.waitForTimeout(400);
  await reload(page);
  await until(async () => onScreen(await place(page, nth(page, 23))), 'item 24 on screen');
  const top = await page.evaluate(() => {
    const groups = [...document.querySelectorAll('.matrix-pane [role=radiogroup]')];
    return groups.findIndex((g) => g.getBoundingClientRect().top >= 0);
  });
  assert.ok(top >= 22 && top <= 23, `the screen starts at item 24 (or the one rated last above it), not at ${top + 1}`);
  await next.click();
  await until(() => page.evaluate(() => {
    const groups = [...document.querySelectorAll('.matrix-pane [role=radiogroup]')];
    return groups.indexOf(document.activeElement?.closest('[role=radiogroup]')) === 23;
  }), 'Next unrated to go to item 24');
  await context.close();
});

const wide = { viewport: { width: 1920, height: 1080 }, reducedMotion: 'reduce' };
for (const [label, options, slowSummary] of [['a phone', handset(390, 844)], ['1920 px', wide], ['1920 px, the summary\'s code late', wide, true]]) {
  test(`the app takes over the pre-rendered page without moving anything (${label})`, async () => {
    const context = await browser.newContext({ ...options, locale: 'en-GB', ...(slowSummary ? { serviceWorkers: 'block' } : {}) });
    // The summary beside the matrix arriving after the app is up: the rows on screen must not
    // have been laid out at another row's size meanwhile.
    if (slowSummary) {
      await context.route(/split_summary\.wasm$/, async (route) => {
        await new Promise((ok) => setTimeout(ok, 800));
        await route.continue();
      });
    }
    await context.addInitScript(() => {
      window.__shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (!entry.hadRecentInput) window.__shifts.push({ value: entry.value, from: entry.sources?.map((s) => s.node?.className || s.node?.nodeName) });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const page = await openApp(context, server.url);
    await page.waitForTimeout(slowSummary ? 1500 : 600);
    const shifts = await page.evaluate(() => window.__shifts);
    const total = shifts.reduce((sum, s) => sum + s.value, 0);
    assert.equal(total, 0, `layout shift ${total}: ${JSON.stringify(shifts)}`);
    await context.close();
  });
}

test('in a frame the views are a compact bar at the top, with the menu in it', async () => {
  const context = await browser.newContext({ ...handset(390, 844), locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(`${server.url}__test/phone.html?src=${encodeURIComponent('/?embed')}&width=390&height=844`);
  const frame = page.frameLocator('#phone');
  await frame.getByRole('radiogroup', { name: 'Communication', exact: true }).waitFor();
  const bar = frame.getByRole('navigation', { name: 'Views' });
  const position = await bar.evaluate((nav) => getComputedStyle(nav).position);
  assert.notEqual(position, 'fixed', 'no fixed bar over the host page');
  const [barBox, first] = [await bar.boundingBox(), await frame.locator('.matrix-pane [role=radiogroup]').first().boundingBox()];
  assert.ok(barBox.y < first.y, 'above the matrix');
  assert.ok(barBox.y < 20, `at the top of the frame (${barBox.y} px)`);
  await frame.getByRole('button', { name: 'Menu', exact: true }).click();
  const menuBox = await frame.getByRole('group', { name: 'Menu', exact: true }).boundingBox();
  assert.ok(menuBox.y >= barBox.y + barBox.height - 4, 'the menu opens under the bar, not over its button');
  await frame.getByRole('group', { name: 'Menu', exact: true }).getByRole('button', { name: 'Deutsch' }).click();
  await page.keyboard.press('Escape');
  await until(async () => !(await frame.getByRole('group', { name: 'Menü', exact: true }).isVisible()), 'the menu to close');
  await frame.getByRole('navigation', { name: 'Ansichten' }).getByRole('link', { name: 'Übersicht' }).click();
  await frame.getByRole('article', { name: /Kompetenzübersicht/ }).waitFor();
  await context.close();
});

test('in a 320 px frame the views and the menu fit one row, whole and thumb-sized, in every language', async () => {
  for (const lang of ['en', 'nl', 'de']) {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 }, locale: locales[lang] });
    const page = await context.newPage();
    await page.goto(`${server.url}__test/phone.html?src=${encodeURIComponent(`/?embed&lang=${lang}`)}&width=320&height=640`);
    const frame = page.frameLocator('#phone');
    await frame.locator('.matrix-pane [role=radiogroup]').first().waitFor();
    const fit = await frame.getByRole('navigation').evaluate((nav) => {
      const bar = nav.getBoundingClientRect();
      const parts = [...nav.querySelectorAll(':scope > a, :scope > .menu-button')].map((part) => {
        const box = part.getBoundingClientRect();
        return { name: part.textContent.trim(), left: box.left, right: box.right, top: box.top, width: box.width, height: box.height, whole: part.scrollWidth <= part.clientWidth };
      });
      return { bar: { left: bar.left, right: bar.right }, parts, sideways: document.scrollingElement.scrollWidth - innerWidth };
    });
    assert.equal(fit.parts.length, 5);
    assert.equal(new Set(fit.parts.map((p) => Math.round(p.top))).size, 1, `${lang}: one row`);
    for (const part of fit.parts) {
      assert.ok(part.left >= fit.bar.left - 0.5 && part.right <= fit.bar.right + 0.5, `${lang}: ${part.name} inside the bar`);
      assert.ok(part.width >= 44 && part.height >= 44, `${lang}: ${part.name} thumb-sized (${part.width} × ${part.height})`);
      assert.ok(part.whole, `${lang}: ${part.name} not cut off`);
    }
    assert.ok(fit.sideways <= 0, `${lang}: nothing to scroll sideways`);
    await context.close();
  }
});
