// The headers every response of the book carries, in one place: `server.mjs` sends them from
// the production server, scripts/csp-hashes.mjs writes them for the static export, and
// next.config.mjs uses the development variant for `npm run dev`.

/**
 * The Content-Security-Policy for a page whose inline scripts have these sha256 hashes
 * ('sha256-…'). Every page is prerendered, so the inline scripts (the theme script and
 * Next's `self.__next_f.push` hydration data) are known after the build and are allowed one by
 * one; no other inline script runs, and nothing comes from another origin.
 *
 * Styles: style sheets (`<style>` and `<link>`) only from the site itself (`style-src-elem`);
 * `style="…"` attributes stay allowed (`style-src-attr`) because KaTeX positions every formula's
 * glyphs with them (160 on a chapter page) and React writes a widget's server-rendered sizes
 * and colours the same way; an attribute can restyle an element but cannot run code. Browsers
 * without the CSP 3 split (before Chrome 75, Firefox 108, Safari 15.4) read `style-src`, which
 * therefore also allows inline styles; browsers with it ignore that part.
 */
export function contentSecurityPolicy(scriptHashes = [], { dev = false } = {}) {
  const scripts = dev ? ["'unsafe-inline'", "'unsafe-eval'"] : scriptHashes.map((hash) => `'${hash}'`);
  return [
    "default-src 'self'",
    ['script-src', "'self'", ...scripts].join(' '),
    "style-src 'self' 'unsafe-inline'",
    dev ? null : "style-src-elem 'self'",
    dev ? null : "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ]
    .filter(Boolean)
    .join('; ');
}

/** Sent with every response. (HSTS belongs where TLS ends: the proxy or CDN, see the README.) */
export const securityHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'SAMEORIGIN',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  // No other origin may hold a window on the book, nor embed its files.
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Build output whose name carries its content hash (or the build's id): never changes. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (pages, their RSC data, /search-index.json, /sw.js…): ask again each time. */
export const REVALIDATE = 'public, max-age=0, must-revalidate';

/**
 * Cache-Control for a successful response to this path. Pages and unhashed files revalidate
 * (an ETag makes that a 304), so a redeploy is seen at once and no cached page points at
 * chunks that are gone; only /_next/static/ is content-hashed and kept for a year.
 */
export function cacheControl(pathname) {
  return pathname.startsWith('/_next/static/') ? IMMUTABLE : REVALIDATE;
}
