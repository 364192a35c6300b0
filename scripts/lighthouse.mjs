// Speed budget: Lighthouse (mobile emulation) on every page of the production build.
// Prints a table and fails if a page is over budget.   Usage: npm run lighthouse [-- /en/loss …]
// Each page is measured LIGHTHOUSE_RUNS times (default 3), each in a fresh browser, and each
// figure is judged on its median over the runs (Lighthouse CI's "median" aggregation): on a
// 2-core machine one run's blocking time varies by a factor of two or more. Lighthouse's own
// "median run" picks a run by its paint and interactive times alone, so the blocking time it
// reports can be any run's, the worst one included.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { allPages, serveBuild } from './serve-build.mjs';

const budget = { performance: 95, accessibility: 100, 'best-practices': 100, tbt: 150, cls: 0.02 };
const flags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const only = process.argv.slice(2);
const pages = only.length ? only : allPages();
const runs = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3));

const { url, stop } = await serveBuild(Number(process.env.LIGHTHOUSE_PORT ?? 3600));
const rows = [];
let failed = false;

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
    const result = await lighthouse(target, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] });
    return result.lhr;
  } finally {
    await chrome.kill();
  }
}

try {
  for (const path of pages) {
    const lhrs = [];
    for (let i = 0; i < runs; i++) lhrs.push(await measure(url + path));
    const score = (id) => Math.round(median(lhrs.map((lhr) => lhr.categories[id].score)) * 100);
    const metric = (id) => median(lhrs.map((lhr) => lhr.audits[id].numericValue));
    const row = {
      page: path,
      perf: score('performance'),
      a11y: score('accessibility'),
      bp: score('best-practices'),
      'TBT ms': Math.round(metric('total-blocking-time')),
      CLS: +metric('cumulative-layout-shift').toFixed(3),
      'LCP ms': Math.round(metric('largest-contentful-paint')),
      'all runs (perf/TBT)': lhrs.map((lhr) => `${Math.round(lhr.categories.performance.score * 100)}/${Math.round(lhr.audits['total-blocking-time'].numericValue)}`).join(' '),
    };
    const over =
      row.perf < budget.performance || row.a11y < budget.accessibility || row.bp < budget['best-practices'] || row['TBT ms'] > budget.tbt || row.CLS > budget.cls;
    row.budget = over ? 'OVER' : 'ok';
    failed ||= over;
    rows.push(row);
    if (over) {
      const failing = lhrs.flatMap((lhr) => Object.values(lhr.audits)).filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable');
      console.error(`${path}: ${[...new Set(failing.map((a) => a.id))].slice(0, 8).join(', ')} (in some run)`);
    }
  }
} finally {
  stop();
}
console.table(rows);
console.log(`each figure: its median over ${runs} run(s) per page; budget: performance ≥ ${budget.performance}, accessibility ${budget.accessibility}, best practices ${budget['best-practices']}, TBT ≤ ${budget.tbt} ms, CLS ≤ ${budget.cls}`);
if (failed) {
  console.error('lighthouse: some pages are over budget');
  process.exitCode = 1;
}
