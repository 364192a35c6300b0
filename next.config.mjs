/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // mdx-bundler drives esbuild (a native binary) at build time; keep it out of the server bundle.
  serverExternalPackages: ['mdx-bundler', 'esbuild'],
  experimental: {
    globalNotFound: true,
  },
};

export default nextConfig;
