// A reader who visited an older edition comes back after a redeploy: their browser still holds the
// older build's service worker and cache. They must get the new edition, with working widgets,
// and once the old tabs are gone the old build's files must be gone from their cache too.
import { execSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { loadChapterIndex } from '../../lib/content/chapters';
import { bookKept, visit, watchContext } from './journey';

const port = Number(process.env.TEST_PORT ?? 3210) + 86;
const origin = `http://127.0.0.1:${port}`;
const title = loadChapterIndex().en.find((chapter) => chapter.slug === 'hello-neuron')!.title;
const OLD_TITLE = `${title} (first edition)`;
const skipped = new Set(['node_modules', '.git', 'out', 'test-results', 'playwright-report', 'screenshots', 'scratch']);

/** This environment, building and serving the default build folder (.next). */
function defaultBuild(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.NEXT_DIST_DIR;
  delete env.NEXT_EXPORT;
  return env;
}

/** This project, copied, with one visible change: the first chapter's English title. Built as the older edition. */
function buildOlderEdition(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ns-older-edition-'));
  fs.cpSync('.', dir, { recursive: true, filter: (src) => !skipped.has(path.basename(src)) && !path.basename(src).startsWith('.next') });
  execSync(`cp -al node_modules "${dir}/node_modules" 2>/dev/null || cp -a node_modules "${dir}/node_modules"`);
  const chapter = path.join(dir, 'content/hello-neuron/en.mdx');
  fs.writeFileSync(chapter, fs.readFileSync(chapter, 'utf8').replace(/^title: .*$/m, `title: "${OLD_TITLE}"`));
  try {
    execSync('npm run build', { cwd: dir, stdio: 'pipe', env: defaultBuild() });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`building the older edition failed:\n${String(stdout ?? '').slice(-3000)}\n${String(stderr ?? '').slice(-3000)}`);
  }
  return dir;
}

async function serve(dir: string): Promise<ChildProcess> {
  // the production server, as `npm start` runs it
  const server = spawn(process.execPath, ['server.mjs', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: dir,
    stdio: 'ignore',
    env: { ...defaultBuild(), NEXT_TELEMETRY_DISABLED: '1' },
  });
  for (let i = 0; i < 150; i++) {
    if (await fetch(`${origin}/`).then((r) => r.ok, () => false)) return server;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  server.kill();
  throw new Error(`no server on ${origin}`);
}

async function stop(server: ChildProcess) {
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  await exited;
}

test('a reader holding an older edition’s service worker and cache gets the new edition, training included', async ({ browser }) => {
  test.setTimeout(600_000);
  const older = buildOlderEdition();
  const context = await browser.newContext({ baseURL: origin, viewport: { width: 1024, height: 800 } });
  const { problems } = await watchContext(context);
  let server = await serve(older);
  try {
    const first = await context.newPage();
    await visit(first, '/en/hello-neuron', { train: false });
    await expect(first.locator('h1')).toHaveText(OLD_TITLE);
    await bookKept(first);
    await visit(first, '/en/training');

    // the redeploy: the same address now serves this build
    await stop(server);
    server = await serve('.');
    await first.goto('/en/hello-neuron');
    await expect(first.locator('h1')).toHaveText(title); // network first: the new edition at once
    await visit(first, '/en/training'); // the new build's chunks, through the older worker
    await visit(first, '/en/playground');

    // once no tab of the older edition is open, the new worker takes over and drops the old files
    await first.close();
    const next = await context.newPage();
    await next.goto('/en/hello-neuron');
    await expect
      .poll(() => next.evaluate(async () => (await (await caches.match('/en/hello-neuron'))?.text()) ?? ''), { timeout: 60_000 })
      .not.toContain('(first edition)');
    await context.setOffline(true);
    await next.goto('/en/hello-neuron');
    await expect(next.locator('h1')).toHaveText(title);
    await visit(next, '/en/training');
    await context.setOffline(false);
    const keys = await next.evaluate(async () => Promise.all((await caches.keys()).map(async (name) => [name, (await (await caches.open(name)).keys()).map((r) => r.url)] as const)));
    const urls = keys.flatMap(([, list]) => list);
    expect(urls.filter((url) => url.includes('/en/hello-neuron?') || url.endsWith('/en/hello-neuron'))).toHaveLength(1); // one copy, the new one
    expect(problems.filter((p) => !/net::ERR_|Failed to fetch|Failed to load resource/.test(p))).toEqual([]);
  } finally {
    await context.close();
    await stop(server);
    fs.rmSync(older, { recursive: true, force: true });
  }
});
