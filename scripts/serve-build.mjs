// Starts the production server (server.mjs, as `npm start` does) on a free port; returns its URL and a stop().
// Shared by the load and Lighthouse scripts; the PID we hold is the server's own. `dir` is the
// project folder whose build to serve (another copy of the book, for an A/B: scripts/lighthouse.mjs).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export async function serveBuild(port, dir = '.') {
  const distDir = path.join(dir, process.env.NEXT_DIST_DIR || '.next');
  if (!fs.existsSync(`${distDir}/BUILD_ID`)) throw new Error(`No production build in ${distDir}: run \`npm run build\` first.`);
  const server = spawn(process.execPath, ['server.mjs', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return { url, stop: () => server.kill('SIGTERM') };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  server.kill('SIGTERM');
  throw new Error('the server did not start within 20 s');
}

/** Every page of the book: cover, each chapter in both languages, glossary, playground. */
export function allPages() {
  const slugs = fs.readdirSync('content', { withFileTypes: true }).filter((d) => d.isDirectory() && !d.name.startsWith('_')).map((d) => d.name);
  const extra = ['glossary', ...(fs.existsSync('app/[lang]/playground') ? ['playground'] : [])];
  return ['/', ...['zh', 'en'].flatMap((lang) => [...slugs, ...extra].map((slug) => `/${lang}/${slug}`))];
}
