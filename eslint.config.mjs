import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  // public/sw.js is built from lib/sw/sw.ts (scripts/build-sw.mjs)
  { ignores: ['.next*/**', 'out/**', 'public/sw.js', 'node_modules/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**'] },
];

export default config;
