// Neuron Story's service worker: after one visit, the whole book reads offline.
// Pages: network first (a new edition shows up at once), the cached copy when offline.
// Build assets under /_next/static are content-hashed: cache first.
const CACHE = 'neuron-story-v1';

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

/** Every page listed in the offline manifest, and the build files each one refers to. */
async function precache() {
  const cache = await caches.open(CACHE);
  const manifest = await (await fetch('/offline-manifest.json', { cache: 'no-store' })).json();
  const assets = new Set(manifest.assets);
  await Promise.all(
    manifest.pages.map(async (url) => {
      const response = await fetch(url, { cache: 'no-store' });
      if (!response.ok) return;
      const html = await response.clone().text();
      for (const match of html.matchAll(/\/_next\/static\/[^"'\s)\\]+/g)) assets.add(match[0]);
      await cache.put(url, response);
    }),
  );
  for (const url of [...assets]) {
    if (!url.endsWith('.css')) continue;
    const css = await (await fetch(url)).clone().text();
    for (const match of css.matchAll(/url\((\/_next\/static\/[^)]+)\)/g)) assets.add(match[1]);
  }
  await Promise.all(
    [...assets].map((url) => cache.add(url).catch(() => undefined)), // one missing file must not stop the rest
  );
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/_next/static/')) {
    event.respondWith(cacheFirst(request));
  } else {
    event.respondWith(networkFirst(request));
  }
});

async function cacheFirst(request) {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) (await caches.open(CACHE)).put(request, response.clone());
  return response;
}

async function networkFirst(request) {
  try {
    const response = await fetch(request);
    if (response.ok && !new URL(request.url).search) (await caches.open(CACHE)).put(request, response.clone());
    return response;
  } catch (error) {
    const url = new URL(request.url);
    const cached = (await caches.match(request, { ignoreSearch: true })) ?? (await caches.match(url.pathname, { ignoreSearch: true }));
    if (cached) return cached;
    throw error;
  }
}
