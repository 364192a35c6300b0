// Speed budget: Lighthouse (mobile emulation) on every page of the production build.
// Prints a table and fails if a page is over budget.   Usage: npm run lighthouse
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { allPages, serveBuild } from './serve-build.mjs';

const budget = { performance: 95, accessibility: 100, 'best-practices': 100, tbt: 150, cls: 0.02 };
const flags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const only = process.argv.slice(2);
const pages = only.length ? only : allPages();

const { url, stop } = await serveBuild(Number(process.env.LIGHTHOUSE_PORT ?? 3600));
const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH || '/usr/bin/chromium', chromeFlags: flags });
const rows = [];
let failed = false;
try {
  for (const path of pages) {
    const result = await lighthouse(url + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] });
    const { categories, audits } = result.lhr;
    const row = {
      page: path,
      perf: Math.round(categories.performance.score * 100),
      a11y: Math.round(categories.accessibility.score * 100),
      bp: Math.round(categories['best-practices'].score * 100),
      'TBT ms': Math.round(audits['total-blocking-time'].numericValue),
      CLS: +audits['cumulative-layout-shift'].numericValue.toFixed(3),
      'LCP ms': Math.round(audits['largest-contentful-paint'].numericValue),
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
  await chrome.kill();
  stop();
}
console.table(rows);
console.log(`budget: performance ≥ ${budget.performance}, accessibility ${budget.accessibility}, best practices ${budget['best-practices']}, TBT ≤ ${budget.tbt} ms, CLS ≤ ${budget.cls}`);
if (failed) {
  console.error('lighthouse: some pages are over budget');
  process.exitCode = 1;
}
