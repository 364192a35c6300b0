// Builds the service worker (lib/sw/sw.ts) after the site is built, with the list of files to keep
// offline taken from the build itself: every file under _next/static, every prerendered page (the
// slides and the offline page included) and the site's other files. Serwist's build tool gives each
// a revision (a hash of its content), so a new build fetches only what changed.
//
// Usage: node scripts/build-sw.mjs [build folder]   (the folder next.config.mjs builds into:
// .next, whose worker goes to public/sw.js for `next start`, or out, the static export)
import { injectManifest } from '@serwist/build';
import { build } from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const isExport = process.env.NEXT_EXPORT === '1';
const dist = process.argv[2] || process.env.NEXT_DIST_DIR || (isExport ? 'out' : '.next');
const exported = fs.existsSync(path.join(dist, '_next'));
const swDest = exported ? path.join(dist, 'sw.js') : path.join('public', 'sw.js');

/** Where each kind of built file lies, and the URL it is served at. */
const layout = exported
  ? {
      globDirectory: dist,
      globPatterns: ['_next/static/**/*.{js,css,woff2,svg,png}', '**/*.html', '*.{json,svg}'],
      globIgnores: ['404.html', '404/**', '_not-found/**', 'sw.js'],
      url: (file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`,
    }
  : {
      globDirectory: '.',
      globPatterns: [`${dist}/static/**/*.{js,css,woff2,svg,png}`, `${dist}/server/app/**/*.{html,body}`, 'public/**/*'],
      globIgnores: [`${dist}/server/app/_not-found*`, `${dist}/server/app/_global-error*`, 'public/sw.js'],
      url: (file) =>
        file.startsWith(`${dist}/static/`)
          ? `/_next/${file.slice(dist.length + 1)}`
          : file.startsWith('public/')
            ? file.slice('public'.length)
            : `/${file.slice(`${dist}/server/app/`.length).replace(/\.(html|body)$/, '')}`.replace(/^\/index$/, '/'),
    };

const { globDirectory, globPatterns, globIgnores, url } = layout;

if (process.env.NEXT_PUBLIC_SERVICE_WORKER === 'off') {
  // turned off: a worker that a reader's browser may still run from an earlier build removes
  // itself and what it kept, and the pages no longer register one
  fs.writeFileSync(swDest, "self.addEventListener('install',()=>self.skipWaiting());self.addEventListener('activate',e=>e.waitUntil(caches.keys().then(k=>Promise.all(k.map(n=>caches.delete(n)))).then(()=>self.registration.unregister())));\n");
  console.log(`service worker: turned off; ${swDest} removes an earlier one`);
  process.exit(0);
}
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'neuron-sw-'));
const { count, size, warnings } = await injectManifest({
  swSrc: await bundle(path.join(tmp, 'sw.js')),
  swDest,
  globDirectory,
  globPatterns,
  globIgnores,
  // hashed names need no revision of their own
  dontCacheBustURLsMatching: /^\/_next\/static\//,
  manifestTransforms: [toUrls],
  maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
});
fs.rmSync(tmp, { recursive: true, force: true });
for (const warning of warnings) console.warn(`build-sw: ${warning}`);
console.log(`service worker: ${swDest}, ${count} files (${(size / 1024 / 1024).toFixed(1)} MB) kept offline`);

async function toUrls(entries) {
  return { manifest: entries.map((entry) => ({ ...entry, url: url(entry.url) })), warnings: [] };
}

async function bundle(file) {
  await build({
    entryPoints: ['lib/sw/sw.ts'],
    outfile: file,
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2020',
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  return file;
}
