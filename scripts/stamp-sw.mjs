// Writes the build's version (a hash of every shipped file) and the list of those files into
// the service worker, so that a new build installs a new worker that caches exactly what this
// version needs and deletes what older ones left. Used by the build and by the upgrade test.
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

export function stampServiceWorker(dir) {
  const worker = join(dir, 'sw.js');
  const shipped = files(dir).filter((path) => path !== worker).map((path) => relative(dir, path)).sort();
  const hash = createHash('sha256');
  for (const file of shipped) hash.update(file).update(readFileSync(join(dir, file)));
  const version = hash.digest('hex').slice(0, 16);
  const assets = ['./', ...shipped.filter((f) => f !== 'index.html').map((f) => `./${f}`)];
  const source = readFileSync(worker, 'utf8')
    .replace(/^const VERSION = .*;$/m, `const VERSION = '${version}';`)
    .replace(/^const ASSETS = .*;$/m, `const ASSETS = ${JSON.stringify(assets)};`);
  writeFileSync(worker, source);
  return version;
}
