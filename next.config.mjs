import { contentSecurityPolicy, securityHeaders } from './server/policy.mjs';

const isDev = process.env.NODE_ENV === 'development';
/** `npm run export`: plain static files in out/, for any static host. */
const isExport = process.env.NEXT_EXPORT === '1';

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
  // Production headers come from server.mjs (`npm start`: each page's own script hashes) and
  // from out/_headers (the export); these are for `npm run dev`, whose hot reload runs inline
  // and eval'd code.
  async headers() {
    if (!isDev) return [];
    const headers = { ...securityHeaders, 'Content-Security-Policy': contentSecurityPolicy([], { dev: true }) };
    return [{ source: '/:path*', headers: Object.entries(headers).map(([key, value]) => ({ key, value })) }];
  },
};

export default nextConfig;
