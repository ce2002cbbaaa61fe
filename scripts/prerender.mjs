// Pre-renders the page at build time: serves the staged build on 127.0.0.1, opens it in
// headless Chromium once per language at a phone's width, waits for the app to be ready, and
// writes what it rendered into index.html — so that the first paint shows the real matrix, not
// a blank page while the code loads. The app replaces it in one go when it starts, keeping any
// answer given meanwhile (src/web.rs, take_prerendered).
//
// Each copy holds the matrix's first block (11 of the IMA profile's 64 items): more than a screen
// shows before the code arrives — it ends about four phone screens down (3,386 px at 390 px
// wide), and 1,553 px down on a desktop of 1920 px or wider, below a 1440 px tall screen's fold
// (measured with the intro put away; it shows on a first visit and pushes the block further).
// The app draws the rest when it takes over. The second block (18 items) would add 1.9 KB brotli.
//
// The copies after the first get their language as a prefix on ids and input names (`nl-`), so
// that every id stays unique and each copy's radio groups stay apart; public/first-paint.js
// shows the copy in the visitor's language.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic as serve } from './lib/static-server.mjs';
import { launchChromium } from './lib/chromium.mjs';

// An element, not a comment: the release build's HTML minifier keeps it.
const MARK = /<div id="?prerendered"?><\/div>/;

/** How many of the matrix's blocks each pre-rendered copy holds. */
const PRERENDERED_BLOCKS = 1;

export async function prerender(dir, languages) {
  const index = join(dir, 'index.html');
  const page = readFileSync(index, 'utf8');
  if (!MARK.test(page)) throw new Error('index.html has no place for the pre-rendered page');
  const server = await serve(dir);
  const browser = await launchChromium();
  const copies = [];
  try {
    for (const lang of languages) {
      const context = await browser.newContext({ locale: lang, viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
      const tab = await context.newPage();
      await tab.goto(server.url);
      await tab.waitForFunction(() => document.documentElement.dataset.app === 'ready');
      let body = await tab.evaluate((PRERENDERED_BLOCKS) => {
        const copy = document.body.cloneNode(true);
        // The summary pane is later-loading code's, drawn after the first frame: never part of
        // the first paint (whether it had arrived when the copy was taken would vary).
        copy.querySelectorAll('script, noscript, .frame-blocked, dialog, .summary-pane').forEach((e) => e.remove());
        copy.querySelectorAll('.matrix-pane section.block').forEach((block, i) => { if (i >= PRERENDERED_BLOCKS) block.remove(); });
        return copy.innerHTML.replace(/<!--[\s\S]*?-->/g, '');
      }, PRERENDERED_BLOCKS);
      if (copies.length > 0) {
        body = body.replace(/\b(id|for|name|aria-labelledby|aria-describedby)="([^"]*)"/g,
          (_, attribute, value) => `${attribute}="${value.split(' ').map((v) => `${lang}-${v}`).join(' ')}"`)
          .replace(/href="#/g, `href="#${lang}-`);
      }
      copies.push(`<div class="prerendered" lang="${lang}">${body}</div>`);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  writeFileSync(index, page.replace(MARK, () => copies.join('')));
}
