// Debian's Chromium, driven by playwright-core (never a downloaded browser): for the benchmarks,
// the icons and (guarded against page errors) the end-to-end tests. The build needs none.
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';

export function chromiumPath() {
  for (const name of ['chromium', 'chromium-browser']) {
    try { return execFileSync('sh', ['-c', `command -v ${name}`]).toString().trim(); } catch {}
  }
  throw new Error('Chromium is not installed: run scripts/test, which installs it');
}

export const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Debian's Chromium, headless. */
export async function launchChromium(options = {}) {
  return chromium.launch({ executablePath: chromiumPath(), args: flags, ...options });
}

/** A browser with a real (non-incognito) profile in `userDataDir`. */
export async function launchChromiumPersistent(userDataDir, options = {}) {
  return chromium.launchPersistentContext(userDataDir, { executablePath: chromiumPath(), args: flags, ...options });
}
