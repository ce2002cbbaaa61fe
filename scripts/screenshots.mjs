// Takes the README's pictures from the release build (dist/) in Debian's Chromium: the phone's
// first screen of a first visit, the phone with its menu open, the phone in the dark scheme
// after a few ratings, and the matrix with the summary beside it at 1920 px, light and (in
// Dutch) dark.
// Run: node scripts/screenshots.mjs   (after a release build; writes docs/*.png)
import { join } from 'node:path';
import { root, serveStatic } from './lib/static-server.mjs';
import { launchChromium } from './lib/chromium.mjs';

const server = await serveStatic();
const browser = await launchChromium();
const docs = (name) => join(root, 'docs', name);
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1, reducedMotion: 'reduce' };
const desktop = { viewport: { width: 1920, height: 1080 }, reducedMotion: 'reduce' };

async function open(options, locale = 'en-GB') {
  const context = await browser.newContext({ ...options, locale });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
  return { context, page };
}
const rate = async (page, count) => {
  const groups = page.locator('.matrix-pane [role=radiogroup]');
  for (let n = 0; n < count; n++) await groups.nth(n).getByRole('radio').nth(1 + (n % 3)).check();
};
const settle = (page) => page.waitForTimeout(400);

try {
  {
    const { context, page } = await open(phone);
    await settle(page);
    await page.screenshot({ path: docs('phone.png') });
    await page.getByRole('button', { name: 'Menu', exact: true }).click();
    await settle(page);
    await page.screenshot({ path: docs('phone-menu.png') });
    await context.close();
  }
  {
    const { context, page } = await open({ ...phone, colorScheme: 'dark' });
    await page.getByRole('button', { name: 'Got it' }).click();
    await rate(page, 5);
    await page.getByRole('button', { name: 'Next unrated' }).click();
    await settle(page);
    await page.screenshot({ path: docs('phone-dark.png') });
    await context.close();
  }
  {
    const { context, page } = await open(desktop);
    await page.getByRole('button', { name: 'Got it' }).click();
    await rate(page, 20);
    await page.evaluate(() => scrollTo(0, 0));
    await settle(page);
    await page.screenshot({ path: docs('desktop.png') });
    await context.close();
  }
  {
    const { context, page } = await open({ ...desktop, colorScheme: 'dark' }, 'nl-NL');
    await page.getByRole('button', { name: 'Begrepen' }).click();
    await rate(page, 20);
    await page.evaluate(() => scrollTo(0, 0));
    await settle(page);
    await page.screenshot({ path: docs('desktop-dark.png') });
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
