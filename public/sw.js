// Competence Matrix service worker: keeps the app usable offline after one visit, and lets a
// new version replace the old one without piling up old files.
//
// - VERSION and ASSETS are written by the build (scripts/postbuild.mjs): a hash of every shipped
//   file, and the list of them. A new build therefore has a new worker, which the browser
//   installs on the next online visit.
// - install: the new version's files go into a cache of their own.
// - activate: every other version's cache is deleted — old hashed files and old caches alike.
//   The user's data lives in localStorage, which a worker never touches.
// - fetch: the page and profile files network first (a new version arrives on the next online
//   visit; offline, the cached copy answers); hashed files cache first (they never change under
//   their name). Only same-origin GET requests are handled; the app makes no other kind.
const VERSION = 'dev';
const ASSETS = ['./'];
const PREFIX = 'competence-matrix-';
const CACHE = PREFIX + VERSION;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await cache.addAll(ASSETS.map((url) => new Request(url, { cache: 'reload' })));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
    await self.clients.claim();
  })());
});

// Trunk writes its 64-bit hashes in hex without leading zeros: 16 digits, now and then fewer.
const hashed = /-[0-9a-f]{12,16}(?:_bg)?\.(?:js|wasm|css)$/;

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (hashed.test(url.pathname)) {
    event.respondWith(caches.match(request).then((hit) => hit ?? fetchAndKeep(request)));
  } else {
    event.respondWith(fetchAndKeep(request).catch(() =>
      caches.match(request, { ignoreSearch: true }).then((hit) => hit ?? caches.match('./'))));
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
