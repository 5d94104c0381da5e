// Kring's service worker: keeps the app shell (index.html and the hashed JS, WebAssembly,
// CSS and icons it names) in the Cache API, so after the first visit Kring opens and works
// with the network cut.
//
// - The page (a navigation) comes from the network first, so a new version arrives as soon
//   as there is a network; on bad Wi-Fi it waits a few seconds, then uses the kept copy.
// - Every other file of Kring's own origin comes from the cache first: Trunk puts a hash
//   in each file name, so a name always means the same bytes.
// - Each time a new page arrives, the files it names are fetched and the ones no page
//   names any more are dropped. Files without a hash in their name (the manifest, this
//   worker's registration script, the icons) are fetched again every time, so they never
//   stay old.
// It never reads or writes IndexedDB, where the maps are, nor the crash journal's files
// (journal-worker.js): updating Kring leaves them alone, and the app itself migrates them
// by the file format's version.
const CACHE = 'kring-shell-v1';
const PAGE = '/';
const ALWAYS = ['/manifest.webmanifest', '/sw-register.js', '/journal-worker.js',
  '/kdf-worker_loader.js', '/kdf-worker.js', '/kdf-worker_bg.wasm', '/icons/icon.svg', '/icons/icon-192.png',
  '/icons/icon-512.png', '/icons/icon-maskable-512.png'];
const NETWORK_PATIENCE_MS = 4000;

/** The files of our own origin that a page names (src= and href=). */
function filesOf(html) {
  const files = new Set();
  for (const match of html.matchAll(/\s(?:src|href)="(\/[^"/][^"]*|\/)"/g)) files.add(match[1]);
  files.delete(PAGE);
  return [...files];
}

/** Trunk names a built file `name-<16 hex digits>.ext`: such a name always means the same bytes. */
function hashed(file) {
  return /-[0-9a-f]{16}(_bg)?\.[a-z0-9]+$/.test(file);
}

/** Keeps a page and the files it names; drops what no page needs any more. */
async function keep(pageResponse) {
  const cache = await caches.open(CACHE);
  const html = await pageResponse.clone().text();
  // (addAll refuses a list that names a file twice.)
  const wanted = [...new Set([...filesOf(html), ...ALWAYS])];
  const missing = [];
  for (const file of wanted) {
    if (!hashed(file) || !(await cache.match(file))) missing.push(file);
  }
  // Past the browser's HTTP cache too, or an unhashed file could come back old from there.
  await cache.addAll(missing.map((file) => new Request(file, { cache: 'no-cache' })));
  await cache.put(PAGE, pageResponse);
  const keepSet = new Set([PAGE, ...wanted].map((f) => new URL(f, self.location.origin).href));
  for (const request of await cache.keys()) {
    if (!keepSet.has(request.url)) await cache.delete(request);
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const response = await fetch(PAGE, { cache: 'no-cache' });
    if (!response.ok) throw new Error(`Kring: the page answered ${response.status}`);
    await keep(response);
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('kring-') && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(page(event));
  } else {
    event.respondWith(file(request));
  }
});

/** The page: the network's if it answers in time, else the kept one. */
async function page(event) {
  const fromNetwork = fetch(event.request, { cache: 'no-cache' }).then((response) => {
    if (response.ok && response.headers.get('content-type')?.includes('text/html')) {
      event.waitUntil(keep(response.clone()).catch(() => {}));
    }
    return response;
  });
  // Keep the network answer coming in the background, even after the kept page was used.
  event.waitUntil(fromNetwork.catch(() => {}));
  const kept = caches.open(CACHE).then((cache) => cache.match(PAGE));
  const patience = new Promise((resolve) => setTimeout(resolve, NETWORK_PATIENCE_MS));
  try {
    const first = await Promise.race([fromNetwork, patience.then(() => null)]);
    if (first) return first;
  } catch {
    // No network: fall through to the kept page.
  }
  return (await kept) ?? fromNetwork;
}

/** Any other file: the kept copy, else the network's (kept for next time). */
async function file(request) {
  const cache = await caches.open(CACHE);
  const kept = await cache.match(request, { ignoreSearch: true });
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
  return response;
}
