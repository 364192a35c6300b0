// Measures each chapter widget's card height (px) on a phone and on a wide screen, in both
// languages, for the placeholders: each widget's manifest.ts (`height`).
// Usage: start the production build, then  node scripts/widget-heights.mjs http://127.0.0.1:3000
import fs from 'node:fs';
import { chromium } from '@playwright/test';

const base = process.argv[2] ?? 'http://127.0.0.1:3000';
const slugs = fs.readdirSync('content', { withFileTypes: true }).filter((d) => d.isDirectory() && !d.name.startsWith('_')).map((d) => d.name);
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const heights = {};
for (const [size, width] of [['narrow', 412], ['wide', 1280]]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  for (const lang of ['zh', 'en']) {
    for (const slug of slugs) {
      await page.goto(`${base}/${lang}/${slug}`, { waitUntil: 'networkidle' });
      for (const widget of await page.locator('[data-widget]').all()) {
        await widget.scrollIntoViewIfNeeded();
        await page.waitForFunction((el) => !el.hasAttribute('data-widget-pending'), await widget.elementHandle());
        const name = await widget.getAttribute('data-widget');
        const box = await widget.boundingBox();
        ((heights[name] ??= {})[size] ??= []).push(Math.round(box?.height ?? 0));
      }
    }
  }
  await page.close();
}
await browser.close();
for (const [name, sizes] of Object.entries(heights)) {
  console.log(name.padEnd(20), Object.entries(sizes).map(([size, hs]) => `${size} ${Math.min(...hs)}–${Math.max(...hs)}`).join('   '));
}
