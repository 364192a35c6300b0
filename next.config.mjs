/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Lets parallel builds (e.g. two test runs) use separate folders; the default is .next.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // mdx-bundler drives esbuild (a native binary) at build time; keep it out of the server bundle.
  serverExternalPackages: ['mdx-bundler', 'esbuild'],
  experimental: {
    globalNotFound: true,
  },
};

export default nextConfig;
