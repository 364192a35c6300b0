import zlib from 'node:zlib';
import { test, expect } from './fixtures';

/**
 * The speed budget's byte half: at most 200 KB of gzipped JavaScript before the reader
 * scrolls. Asserted on what the page's HTML makes the browser load and run (its module
 * scripts, gzipped); also printed: everything a phone fetched without scrolling, which adds
 * route prefetches and the code of widgets within a screen of the top. Each of those scripts
 * must also carry the compile hint (scripts/compile-hints.mjs) that moves its compilation off
 * the main thread: without it, blocking time on a phone doubles.
 */
const BUDGET_KB = 200;
const pages = ['/', '/en/hello-neuron', '/zh/training', '/zh/playground', '/en/glossary'];

const gzipKb = (body: Buffer) => zlib.gzipSync(body, { level: 9 }).length / 1024;

test.use({ viewport: { width: 412, height: 823 } });

for (const path of pages) {
  test(`${path} loads at most ${BUDGET_KB} KB of gzipped JavaScript before scrolling`, async ({ page }) => {
    const fetched = new Map<string, number>();
    page.on('response', async (response) => {
      if (response.request().resourceType() !== 'script' || response.status() !== 200) return;
      const body = await response.body().catch(() => null);
      if (body) fetched.set(new URL(response.url()).pathname, gzipKb(body));
    });
    const html = await (await page.request.get(path)).text();
    // module scripts only: a browser that runs modules skips the noModule polyfills
    const sources = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)].filter((m) => !/noModule/i.test(m[0])).map((m) => m[1]!);
    expect(sources.length).toBeGreaterThan(0);
    const own = new Map<string, number>();
    const unhinted: string[] = [];
    for (const src of new Set(sources)) {
      const body = await (await page.request.get(src)).body();
      own.set(src, gzipKb(body));
      if (!body.toString('utf8', 0, 40).startsWith('//# allFunctionsCalledOnLoad\n')) unhinted.push(src);
    }
    expect(unhinted, 'start-up scripts without the compile hint').toEqual([]);

    await page.goto(path, { waitUntil: 'networkidle' });
    await page.waitForTimeout(1500); // late prefetches, widgets on the first screen
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);

    const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
    const largest = [...own].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([src, kb]) => `${src.split('/').pop()} ${kb.toFixed(1)}`);
    console.log(
      `${path}: ${sum(own).toFixed(1)} KB gz in the page's ${own.size} scripts (largest: ${largest.join(', ')}); ` +
        `${sum(fetched).toFixed(1)} KB gz in ${fetched.size} files fetched before scrolling, prefetches included`,
    );
    expect(sum(own)).toBeLessThanOrEqual(BUDGET_KB);
  });
}
