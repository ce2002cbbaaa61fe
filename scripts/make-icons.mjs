// Renders public/icons/icon.svg to the PNG sizes the manifest lists, with Debian's Chromium.
// Run by hand after changing the SVG: node scripts/make-icons.mjs
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './lib/static-server.mjs';
import { launchChromium as launch } from './lib/chromium.mjs';

const svg = readFileSync(join(root, 'public/icons/icon.svg'), 'utf8');
const browser = await launch();
const page = await browser.newPage();
for (const [size, name, padding] of [[192, 'icon-192.png', 0], [512, 'icon-512.png', 0], [512, 'icon-maskable-512.png', 0.12]]) {
  await page.setViewportSize({ width: size, height: size });
  const inner = Math.round(size * (1 - 2 * padding));
  await page.setContent(`<body style="margin:0;background:#1f4e79;display:grid;place-items:center;height:${size}px">
    <div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body>`);
  await page.screenshot({ path: join(root, 'public/icons', name) });
}
await browser.close();
