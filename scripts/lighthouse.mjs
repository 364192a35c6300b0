// Speed budget: Lighthouse (mobile emulation) on every page of the production build.
// Prints a table and fails if a page is over budget.   Usage: npm run lighthouse [-- /en/loss …]
// Each page is measured LIGHTHOUSE_RUNS times (default 5), each in a fresh browser, and each
// figure is judged on its median over the runs (Lighthouse CI's "median" aggregation): on a
// 2-core machine one run's blocking time varies by a factor of two or more. Lighthouse's own
// "median run" picks a run by its paint and interactive times alone, so the blocking time it
// reports can be any run's, the worst one included.
//
// A/B: LIGHTHOUSE_B=/tmp/variant (a copy of the book, built) serves that build beside this
// one (LIGHTHOUSE_A, default here) and measures them alternately, A, B, B, A, A, B…, so both
// see the same load on the machine; it prints both medians per page and judges no budget.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { allPages, serveBuild } from './serve-build.mjs';

const budget = { performance: 90, accessibility: 100, 'best-practices': 100, tbt: 200, cls: 0.02, jsKb: 200 };
const flags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const only = process.argv.slice(2);
const pages = only.length ? only : allPages();
const runs = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 5));
const port = Number(process.env.LIGHTHOUSE_PORT ?? 3600);
const builds = [['A', process.env.LIGHTHOUSE_A ?? '.'], ...(process.env.LIGHTHOUSE_B ? [['B', process.env.LIGHTHOUSE_B]] : [])];

/** The middle value (the mean of the two middle ones for an even count). */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** One Lighthouse run in a browser of its own (no cache, no service worker from a run before). */
async function measure(target) {
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH || '/usr/bin/chromium', chromeFlags: flags });
  try {
    const options = { port: chrome.port, output: 'json', logLevel: 'error', disableFullPageScreenshot: true, onlyCategories: ['performance', 'accessibility', 'best-practices'] };
    return (await lighthouse(target, options)).lhr;
  } finally {
    await chrome.kill();
  }
}

/** KB of compressed JavaScript fetched during the load (Lighthouse never scrolls). */
const jsKb = (lhr) => lhr.audits['network-requests'].details.items.filter((r) => r.resourceType === 'Script').reduce((sum, r) => sum + r.transferSize, 0) / 1024;

/** The medians of one page's runs on one build (a run Lighthouse could not finish is left out). */
function summary(all) {
  const lhrs = all.filter((lhr) => !lhr.runtimeError && lhr.categories.performance.score !== null);
  if (lhrs.length === 0) return { perf: 0, error: all[0]?.runtimeError?.code ?? 'no run finished' };
  const score = (id) => Math.round(median(lhrs.map((lhr) => lhr.categories[id].score)) * 100);
  const metric = (id) => median(lhrs.map((lhr) => lhr.audits[id].numericValue));
  return {
    perf: score('performance'),
    a11y: score('accessibility'),
    bp: score('best-practices'),
    'TBT ms': Math.round(metric('total-blocking-time')),
    CLS: +metric('cumulative-layout-shift').toFixed(3),
    'LCP ms': Math.round(metric('largest-contentful-paint')),
    'JS KB': Math.round(median(lhrs.map(jsKb))),
    runs: `${lhrs.length}/${all.length}`,
    'all runs (perf/TBT)': lhrs.map((lhr) => `${Math.round(lhr.categories.performance.score * 100)}/${Math.round(lhr.audits['total-blocking-time'].numericValue)}`).join(' '),
  };
}

const servers = [];
const rows = [];
let failed = false;
try {
  for (const [i, [, dir]] of builds.entries()) servers.push(await serveBuild(port + i, dir));
  for (const path of pages) {
    const lhrs = builds.map(() => []);
    for (let run = 0; run < runs; run++) {
      // A,B then B,A: neither build always runs in the wake of the other's run
      const order = run % 2 ? [...servers.entries()].reverse() : [...servers.entries()];
      for (const [i, server] of order) lhrs[i].push(await measure(server.url + path));
    }
    for (const [i, [name]] of builds.entries()) {
      const row = { page: path, ...(builds.length > 1 ? { build: name } : {}), ...summary(lhrs[i]) };
      if (builds.length === 1) {
        const over = row.perf < budget.performance || row.a11y < budget.accessibility || row.bp < budget['best-practices'] || row['TBT ms'] > budget.tbt || row.CLS > budget.cls || row['JS KB'] > budget.jsKb;
        row.budget = over ? 'OVER' : 'ok';
        failed ||= over;
        if (over) {
          const failing = lhrs[i].flatMap((lhr) => Object.values(lhr.audits)).filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable');
          console.error(`${path}: ${[...new Set(failing.map((a) => a.id))].slice(0, 8).join(', ')} (in some run)`);
        }
      }
      rows.push(row);
      console.log(JSON.stringify(row));
    }
  }
} finally {
  for (const server of servers) server.stop();
}
console.table(rows);
if (builds.length > 1) console.log(`A = ${builds[0][1]}, B = ${builds[1][1]}; medians over ${runs} alternated run(s) each`);
else console.log(`each figure: its median over ${runs} run(s) per page; budget: performance ≥ ${budget.performance}, accessibility ${budget.accessibility}, best practices ${budget['best-practices']}, TBT ≤ ${budget.tbt} ms, CLS ≤ ${budget.cls}, JS ≤ ${budget.jsKb} KB compressed`);
if (failed) {
  console.error('lighthouse: some pages are over budget');
  process.exitCode = 1;
}
