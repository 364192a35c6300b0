// Screenshots of pages at phone and desktop widths, light and dark, for a person to look at.
// Usage: node scripts/screenshot.mjs http://127.0.0.1:3100 /zh/hello-neuron [/en/...]
// VIEWPORTS=1920x1080,1280x720 takes those sizes instead of phone and desktop (slides on a projector).
import { chromium } from '@playwright/test';
import fs from 'node:fs';

const [base, ...paths] = process.argv.slice(2);
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const args = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const browser = await chromium.launch({ executablePath, args });
fs.mkdirSync('screenshots', { recursive: true });
const full = process.env.FULL === '1';
for (const path of paths) {
  const sizes = process.env.VIEWPORTS
    ? process.env.VIEWPORTS.split(',').map((size) => {
        const [width, height] = size.split('x').map(Number);
        return [size, { width, height }];
      })
    : [['phone', { width: 360, height: 780 }], ['desktop', { width: 1280, height: 800 }]];
  for (const [label, viewport] of sizes) {
    for (const scheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport, colorScheme: scheme });
      await page.goto(base + path, { waitUntil: 'networkidle' });
      if (process.env.SCROLL) await page.evaluate(([s, block]) => document.querySelector(s)?.scrollIntoView({ behavior: 'instant', block }), [process.env.SCROLL, process.env.SCROLL_BLOCK || "start"]);
      await page.waitForTimeout(Number(process.env.WAIT ?? 400));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      const name = `screenshots/${path.replace(/\W+/g, '_') || 'cover'}-${label}-${scheme}.png`;
      await page.screenshot({ path: name, fullPage: full });
      console.log(name, overflow > 0 ? `OVERFLOW ${overflow}px` : 'ok');
      await page.close();
    }
  }
}
await browser.close();
