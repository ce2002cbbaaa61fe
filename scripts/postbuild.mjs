// Trunk post-build hook: moves the inline module script that Trunk writes into index.html into
// a file named after its content, so that the page runs under a Content-Security-Policy with
// no inline script at all, and the service worker can cache it like any other hashed asset.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this from a Trunk hook');
const indexPath = join(dir, 'index.html');
const html = readFileSync(indexPath, 'utf8');
const inline = /<script type="module">([\s\S]*?)<\/script>/;
const match = html.match(inline);
if (!match) throw new Error('no inline module script found in index.html');
const code = match[1].trim() + '\n';
const name = `boot-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
writeFileSync(join(dir, name), code);
writeFileSync(indexPath, html.replace(inline, `<script type="module" src="./${name}"></script>`));

// Profile files ship minified; the copies in public/ stay readable for whoever maintains them.

const profiles = join(dir, 'profiles');
for (const name of readdirSync(profiles).filter((n) => n.endsWith('.json'))) {
  const path = join(profiles, name);
  writeFileSync(path, JSON.stringify(JSON.parse(readFileSync(path, 'utf8'))));
}
