// Competence Matrix service worker: keeps the app usable offline after one visit, and lets a
// new version replace the old one without breaking a tab that still runs the old one.
//
// - VERSION and ASSETS are written by the build (scripts/postbuild.mjs): a hash of every shipped
//   file, and the list of them. A new build therefore has a new worker, which the browser
//   installs on the next online visit.
// - Caches: only those whose names start with PREFIX are the worker's. The site that serves
//   the app (an association's, say) may keep caches of its own on the same origin; the worker
//   never reads, answers from or deletes those.
// - install: the new version's files go into a cache of their own.
// - activate: a tab that was open before keeps running the version it loaded, and may still
//   need that version's files (code loaded later, which the host may no longer serve once it
//   has deployed the new files). So older versions' caches are kept, and their names and the
//   tabs open at activation are written down (RETIRING); once none of those tabs is left, they
//   are deleted. The user's data lives in localStorage, which a worker never touches.
// - fetch: the page and profile files network first (a new version arrives on the next online
//   visit; offline, the cached copy answers); hashed files cache first (they never change under
//   their name). Only a navigation falls back to the cached page: any other request that
//   neither the network nor a cache can answer fails as a network error, so that the app can
//   say it is offline (a profile file answered with the page would read as a broken profile).
//   Only same-origin GET requests are handled; the app makes no other kind.
const VERSION = 'dev';
const ASSETS = ['./'];
const PREFIX = 'competence-matrix-';
const CACHE = PREFIX + VERSION;
// Where the page keeps what it downloaded before there was a worker (public/first-paint.js).
const FIRST_VISIT = PREFIX + 'first-visit';
// Where the names of older caches still in use, and the tabs that use them, are kept.
const RETIRING = new URL('./__competence-matrix-retiring', self.registration.scope).href;

// Files named after their content never change under their name: Trunk's (its 64-bit hashes in
// hex without leading zeros: 16 digits, now and then fewer), and everything in the wasm's folder.
const hashed = /-[0-9a-f]{12,16}(?:_bg)?\.(?:js|wasm|css)$|\/(?:wasm|locales)-[0-9a-f]{16}\//;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // What the page has just downloaded is not downloaded again: a file named after its content
    // is taken from the copy the page kept of it (public/first-paint.js), else from the HTTP
    // cache as it is; any other is revalidated (a 304 where the host keeps validators).
    const kept = await caches.open(FIRST_VISIT);
    const rest = [];
    for (const url of ASSETS) {
      const named = hashed.test(new URL(url, self.location.href).pathname);
      const copy = named ? await kept.match(url) : undefined;
      if (copy) await cache.put(url, copy);
      else rest.push(new Request(url, { cache: named ? 'default' : 'no-cache' }));
    }
    await cache.addAll(rest);
    // Anything else the page kept is a profile it was opened with (an association's own,
    // `?profile=`), fetched before there was a worker: kept, so that it opens offline too.
    for (const request of await kept.keys()) {
      if (!(await cache.match(request))) await cache.put(request, await kept.match(request));
    }
    await caches.delete(FIRST_VISIT);
    await self.skipWaiting();
  })());
});

/** The worker's own caches (never the host's), the current one first. */
async function ownCaches() {
  const names = (await caches.keys()).filter((name) => name.startsWith(PREFIX) && name !== FIRST_VISIT);
  return [CACHE, ...names.filter((name) => name !== CACHE)];
}

async function readRetiring() {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(RETIRING);
  return hit ? hit.json() : { caches: [], clients: [] };
}

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const older = (await ownCaches()).slice(1);
    const open = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
    if (older.length > 0 && open.length > 0) {
      const cache = await caches.open(CACHE);
      const body = JSON.stringify({ caches: older, clients: open.map((client) => client.id) });
      await cache.put(RETIRING, new Response(body, { headers: { 'content-type': 'application/json' } }));
    } else {
      await Promise.all(older.map((name) => caches.delete(name)));
    }
    await self.clients.claim();
  })());
});

/** Deletes the older versions' caches once no tab that was open at activation is left. */
async function pruneRetired() {
  const retiring = await readRetiring();
  if (retiring.caches.length === 0) return;
  const left = await Promise.all(retiring.clients.map((id) => self.clients.get(id)));
  if (left.some(Boolean)) return;
  await Promise.all(retiring.caches.map((name) => caches.delete(name)));
  await (await caches.open(CACHE)).delete(RETIRING);
}

/** A response from the worker's own caches, the current version's first. */
async function fromOwnCaches(request, options) {
  for (const name of await ownCaches()) {
    const hit = await (await caches.open(name)).match(request, options);
    if (hit) return hit;
  }
  return undefined;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  // Not for the page's own load: the tab being replaced is still open while it is fetched.
  if (request.mode !== 'navigate') event.waitUntil(pruneRetired());
  if (hashed.test(url.pathname)) {
    event.respondWith(fromOwnCaches(request).then((hit) => hit ?? fetchAndKeep(request)));
    return;
  }
  event.respondWith(fetchAndKeep(request).catch(async () => {
    const hit = await fromOwnCaches(request, { ignoreSearch: true });
    if (hit) return hit;
    if (request.mode === 'navigate') {
      const page = await fromOwnCaches('./');
      if (page) return page;
    }
    return Response.error();
  }));
});

async function fetchAndKeep(request) {
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') {
    const cache = await caches.open(CACHE);
    await cache.put(request.mode === 'navigate' ? './' : request, response.clone());
  }
  return response;
}
