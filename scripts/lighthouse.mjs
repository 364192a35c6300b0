// Speed budget: Lighthouse (mobile emulation) on every page of the production build.
// Prints a table and fails if a page is over budget.   Usage: npm run lighthouse [-- /en/loss …]
// Each page is measured LIGHTHOUSE_RUNS times (default 3), each in a fresh browser, and judged
// on the median run (Lighthouse's computeMedianRun), as Lighthouse advises: on a 2-core machine
// one run's blocking time varies by a factor of two or more.
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
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
    const { categories, audits } = computeMedianRun(lhrs);
    const row = {
      page: path,
      perf: Math.round(categories.performance.score * 100),
      a11y: Math.round(categories.accessibility.score * 100),
      bp: Math.round(categories['best-practices'].score * 100),
      'TBT ms': Math.round(audits['total-blocking-time'].numericValue),
      CLS: +audits['cumulative-layout-shift'].numericValue.toFixed(3),
      'LCP ms': Math.round(audits['largest-contentful-paint'].numericValue),
      'all runs (perf/TBT)': lhrs.map((lhr) => `${Math.round(lhr.categories.performance.score * 100)}/${Math.round(lhr.audits['total-blocking-time'].numericValue)}`).join(' '),
    };
    const over =
      row.perf < budget.performance || row.a11y < budget.accessibility || row.bp < budget['best-practices'] || row['TBT ms'] > budget.tbt || row.CLS > budget.cls;
    row.budget = over ? 'OVER' : 'ok';
    failed ||= over;
    rows.push(row);
    if (over) {
      const failing = Object.values(audits).filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable');
      console.error(`${path}: ${failing.slice(0, 6).map((a) => a.id).join(', ')}`);
    }
  }
} finally {
  stop();
}
console.table(rows);
console.log(`median of ${runs} run(s) per page; budget: performance ≥ ${budget.performance}, accessibility ${budget.accessibility}, best practices ${budget['best-practices']}, TBT ≤ ${budget.tbt} ms, CLS ≤ ${budget.cls}`);
if (failed) {
  console.error('lighthouse: some pages are over budget');
  process.exitCode = 1;
}
