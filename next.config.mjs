const isDev = process.env.NODE_ENV === 'development';
/** `npm run export`: plain static files in out/, for any static host. */
const isExport = process.env.NEXT_EXPORT === '1';

/**
 * No 'unsafe-eval' (chapters arrive as HTML; nothing evaluates code from strings).
 * Inline scripts stay allowed because pages are prerendered, so no per-request nonce exists.
 * Nothing is loaded from another origin.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  ...(isExport ? { output: 'export', trailingSlash: true } : {}),
  poweredByHeader: false,
  // Lets parallel builds (e.g. two test runs) use separate folders; the default is .next.
  distDir: process.env.NEXT_DIST_DIR || (isExport ? 'out' : '.next'),
  // mdx-bundler drives esbuild (a native binary) at build time; keep it out of the server bundle.
  serverExternalPackages: ['mdx-bundler', 'esbuild'],
  experimental: {
    globalNotFound: true,
  },
  // A static host sends its own headers; `next start` sends these.
  async headers() {
    if (isExport) return [];
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'Content-Security-Policy', value: contentSecurityPolicy },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
        ],
      },
    ];
  },
};

export default nextConfig;
