// Neuron Story's service worker, built by scripts/build-sw.mjs after the site is built: after one
// visit the whole book (chapters, slides, glossary, playground) reads and trains offline.
//
// - Build files under /_next/static are content-hashed: served from the precache (Serwist), which
//   the build lists, file by file, with a revision each.
// - Everything else (pages, the search index) comes from the network first, so a new edition
//   shows at once; the precached copy answers when the network does not, and any other page
//   offline gets the book's own offline page.
// - A new build's worker waits until no tab of the old build is open (no skipWaiting): an open
//   page of the old build keeps finding the old build's chunks, so no page mixes two builds.
//   On activation it drops what the new build no longer lists and every cache not its own.
import { CacheFirst, Serwist, type PrecacheEntry, type SerwistPlugin } from 'serwist';

declare const self: ServiceWorkerGlobalScope & { __SW_MANIFEST: (PrecacheEntry | string)[] };

const OFFLINE_PAGE = '/offline';
const precacheEntries = self.__SW_MANIFEST;
/** This build's own runtime cache, named after its precache list (FNV-1a of the list). */
const STATIC = `static-${[...JSON.stringify(precacheEntries)].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0, 2166136261).toString(36)}`;

/**
 * Turbopack starts each Web Worker at `…/turbopack-worker-….js#params=…`, and the worker reads
 * its bootstrap from that fragment. A worker takes the URL of the response that served it, and a
 * response from a cache has no fragment, so the worker would start without its config ("Missing
 * worker bootstrap config"). A new Response carries no URL, so the worker keeps the request's.
 */
const keepWorkerUrl: SerwistPlugin = {
  handlerWillRespond: async ({ request, response }) =>
    request.destination === 'worker' || request.destination === 'sharedworker'
      ? new Response(response.body, { status: response.status, statusText: response.statusText, headers: response.headers })
      : response,
};

const serwist = new Serwist({
  precacheEntries,
  precacheOptions: { cleanupOutdatedCaches: true, plugins: [keepWorkerUrl], concurrency: 6 },
  clientsClaim: true,
  // a hashed file the precache missed (a build file added later): kept for this build only
  runtimeCaching: [{ matcher: ({ url }) => url.pathname.startsWith('/_next/static/'), handler: new CacheFirst({ cacheName: STATIC, plugins: [keepWorkerUrl] }) }],
});

self.addEventListener('install', (event) => serwist.handleInstall(event));

self.addEventListener('activate', (event) => {
  serwist.handleActivate(event);
  // caches of older builds (and of the hand-written worker before this one)
  event.waitUntil(
    caches.keys().then((names) => Promise.all(names.filter((name) => !name.includes('-precache-') && name !== STATIC).map((name) => caches.delete(name)))),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/_next/static/')) return serwist.handleFetch(event);
  event.respondWith(networkFirst(request));
});

/** How long a page may keep the reader waiting before a kept copy is shown instead. */
const PATIENCE_MS = 6000;

async function networkFirst(request: Request): Promise<Response> {
  const kept = keptCopy(request);
  const network = fetch(request);
  network.catch(() => undefined); // answered below; only the race may leave it unheard
  const late = new Promise<undefined>((resolve) => setTimeout(resolve, PATIENCE_MS));
  try {
    const first = await Promise.race([network, late.then(() => kept)]);
    return first ?? (await network);
  } catch {
    return (await kept) ?? (request.mode === 'navigate' ? await keptPage(OFFLINE_PAGE) : undefined) ?? Response.error();
  }
}

/**
 * This build's copy of a page or file: the same path with or without a trailing slash (the
 * static export's pages end in one). A request with a query (such as the router's `?_rsc=`)
 * has none: a page's HTML is not what it asked for.
 */
async function keptCopy(request: Request): Promise<Response | undefined> {
  const url = new URL(request.url);
  return url.search ? undefined : keptPage(url.pathname);
}

async function keptPage(pathname: string): Promise<Response | undefined> {
  const path = pathname.replace(/\/+$/, '') || '/';
  return (await serwist.matchPrecache(path)) ?? (path === '/' ? undefined : await serwist.matchPrecache(`${path}/`));
}
