// Lets pages run their inline scripts without 'unsafe-inline': every page is prerendered, so
// after the build the sha256 of each inline script (the theme script and Next's
// `self.__next_f.push` hydration data) is known, page by page. This writes them down:
//   npm run build  -> .next/csp-hashes.json, read by server.mjs to send each page's policy;
//   npm run export -> out/_headers (Netlify, Cloudflare Pages) and out/nginx-csp.conf (an
//                     nginx `map`, see the README), with every other header of server.mjs.
// Before hashing, each page's run of adjacent hydration-data scripts is joined into one (see
// joinFlightScripts): one hash instead of up to 28 keeps each page's policy header under 1 KB.
// Usage (after `next build`): node scripts/csp-hashes.mjs [build folder]
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { IMMUTABLE, REVALIDATE, contentSecurityPolicy, securityHeaders } from '../server/policy.mjs';

export const HASHES_FILE = 'csp-hashes.json';

/** The text of each inline script of a page (empty ones never run, so need no hash). */
export function inlineScripts(html) {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter((m) => !/\bsrc\s*=/i.test(m[1]) && m[2] !== '').map((m) => m[2]);
}

/** A run of Next's hydration-data scripts with nothing but white space between them. */
const FLIGHT_RUN = /<script>(?:\(self\.__next_f=self\.__next_f\|\|\[\]\)|self\.__next_f)\.push\([\s\S]*?<\/script>(?:\s*<script>self\.__next_f\.push\([\s\S]*?<\/script>)+/g;

/**
 * The page with each run of adjacent `self.__next_f.push(…)` scripts joined into one script that
 * makes the same calls in the same order. Next writes a page's hydration data as one inline script
 * per flushed piece (28 on gradient-descent), all at the end of the body, and each needs its own
 * hash: 1.7 KB of header. A prerendered page arrives whole, so nothing is gained by running the
 * pieces separately. Only adjacent scripts are joined: nothing between them moves.
 */
export function joinFlightScripts(html) {
  return html.replace(FLIGHT_RUN, (run) => {
    const calls = [...run.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    return `<script>${calls.join(';')}</script>`;
  });
}

export function sha256(text) {
  return `sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** Distinct hashes of a page's inline scripts, in the order they appear. */
export function scriptHashes(html) {
  return [...new Set(inlineScripts(html).map(sha256))];
}

function htmlFiles(dir) {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name));
}

/**
 * Joins each page's hydration-data scripts (rewriting the page) and returns
 * { pages: { '/en/loss': [hashes] }, notFound, error } for a `next build` folder (its pages are
 * .next/server/app/en/loss.html) or an export (out/en/loss/index.html, served as /en/loss/).
 */
export function collect(dir) {
  const exported = !fs.existsSync(path.join(dir, 'server', 'app'));
  const root = exported ? dir : path.join(dir, 'server', 'app');
  const result = { pages: {}, notFound: [], error: [] };
  for (const file of htmlFiles(root)) {
    const rel = path.relative(root, file).split(path.sep).join('/');
    const html = joinFlightScripts(fs.readFileSync(file, 'utf8'));
    fs.writeFileSync(file, html);
    const hashes = scriptHashes(html);
    if (rel === '_not-found.html' || rel === '404.html') result.notFound = hashes;
    else if (rel === '_global-error.html' || rel === '500.html') result.error = hashes;
    else if (rel.startsWith('_')) continue; // Next's own copies (e.g. out/_not-found/index.html)
    else if (exported) result.pages[`/${rel.replace(/(^|\/)index\.html$/, '$1')}`] = hashes;
    else result.pages[rel === 'index.html' ? '/' : `/${rel.replace(/\.html$/, '')}`] = hashes;
  }
  return result;
}

/** out/_headers: one block per page (its own policy) plus the shared headers and caching. */
export function headersFile({ pages, notFound }) {
  const block = (pattern, headers) => [pattern, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n');
  // Hosts join the values of every rule that matches a path, so each header is set by one
  // rule only: security headers on /*, caching and the policy on each path.
  return [
    '# Written by scripts/csp-hashes.mjs after `npm run export`; do not edit.',
    block('/*', securityHeaders),
    block('/_next/static/*', { 'Cache-Control': IMMUTABLE }),
    ...Object.entries(pages).map(([page, hashes]) => block(page, { 'Content-Security-Policy': contentSecurityPolicy(hashes), 'Cache-Control': REVALIDATE })),
    block('/404.html', { 'Content-Security-Policy': contentSecurityPolicy(notFound) }),
    ...['/search-index.json', '/sw.js', '/favicon.svg'].map((file) => block(file, { 'Cache-Control': REVALIDATE })),
    '',
  ].join('\n');
}

/**
 * out/nginx-csp.conf, for nginx's http block (see the README): `$book_csp`, each page's policy
 * (the 404 page's for any other address), and `$book_cache`, caching by class. Both are
 * variables so that one set of add_header lines in the server block covers every location.
 */
export function nginxMap({ pages, notFound }) {
  const quote = (text) => `"${text.replace(/"/g, '\\"')}"`;
  const lines = Object.entries(pages).flatMap(([page, hashes]) => {
    const policy = quote(contentSecurityPolicy(hashes));
    // After `index index.html` nginx has moved /en/loss/ to /en/loss/index.html.
    return page.endsWith('/') ? [`  ${page} ${policy};`, `  ${page}index.html ${policy};`] : [`  ${page} ${policy};`];
  });
  return [
    '# Written by scripts/csp-hashes.mjs after `npm run export`; do not edit.',
    'map $uri $book_csp {',
    `  default ${quote(contentSecurityPolicy(notFound))};`,
    ...lines,
    '}',
    'map $uri $book_cache {',
    `  default ${quote(REVALIDATE)};`,
    `  ~^/_next/static/ ${quote(IMMUTABLE)};`,
    '}',
    '',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? process.env.NEXT_DIST_DIR ?? (process.env.NEXT_EXPORT === '1' ? 'out' : '.next');
  const hashes = collect(dir);
  const count = Object.keys(hashes.pages).length;
  const lengths = Object.values(hashes.pages).map((h) => contentSecurityPolicy(h).length);
  if (count === 0) throw new Error(`csp-hashes: no prerendered pages in ${dir}; run the build first`);
  if (fs.existsSync(path.join(dir, 'server', 'app'))) {
    fs.writeFileSync(path.join(dir, HASHES_FILE), JSON.stringify(hashes));
  } else {
    fs.writeFileSync(path.join(dir, '_headers'), headersFile(hashes));
    fs.writeFileSync(path.join(dir, 'nginx-csp.conf'), nginxMap(hashes));
  }
  console.log(`csp hashes: ${count} pages in ${dir}; policy ${Math.min(...lengths)}-${Math.max(...lengths)} bytes`);
}
