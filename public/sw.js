// Competence Matrix service worker: keeps the app usable offline after one visit.
//
// - On install it fetches the page, reads the asset names Trunk wrote into it (they carry a
//   content hash), and caches the page, those assets, the profile, the manifest and icons.
// - The page and profile files are fetched network first, so a new version is picked up on
//   the next visit; offline, the cached copy answers.
// - Hashed assets never change under their name: cache first.
// Only same-origin GET requests are handled; the app makes no other kind.
const CACHE = 'competence-matrix-v1';
const SHELL = ['./', './profiles/ima-msp.json', './manifest.webmanifest', './icons/icon.svg', './icons/icon-192.png', './icons/icon-512.png'];

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    const page = await fetch('./', { cache: 'no-cache' });
    const html = await page.clone().text();
    const assets = [...html.matchAll(/(?:href|src)="\.\/([^"]+\.(?:js|wasm|css))"/g)].map((m) => './' + m[1]);
    await cache.put('./', page);
    await cache.addAll([...new Set([...SHELL.slice(1), ...assets])]);
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
    await self.clients.claim();
  })());
});

const hashed = /-[0-9a-f]{16}(?:_bg)?\.(?:js|wasm|css)$/;

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (hashed.test(url.pathname)) {
    event.respondWith(caches.match(request).then((hit) => hit ?? fetchAndKeep(request)));
  } else {
    event.respondWith(fetchAndKeep(request).catch(() =>
      caches.match(request, { ignoreSearch: request.mode === 'navigate' }).then((hit) => hit ?? caches.match('./'))));
  }
});

async function fetchAndKeep(request) {
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') {
    const cache = await caches.open(CACHE);
    await cache.put(request.mode === 'navigate' ? './' : request, response.clone());
  }
  return response;
}
