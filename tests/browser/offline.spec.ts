import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { test, expect, reveal } from './fixtures';

test.describe('offline', () => {
  // Link prefetches fail while offline; the page must work regardless.
  test.use({ allowedConsole: [/net::ERR_(FAILED|INTERNET_DISCONNECTED)/] });

  test('after one visit the book reads offline, widgets included', async ({ page, context }) => {
    // Below 1100 px the chapter's scene waits for "show me": the widget keeps its own start.
    await page.setViewportSize({ width: 1024, height: 800 });
    await page.goto('/en/hello-neuron');
    // The worker is active once it has kept every page the build lists.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('h1')).toHaveText('I am a neuron');
    await page.goto('/zh/inside-a-neuron');
    await expect(page.locator('article .katex').first()).toBeVisible();
    await page.goto('/en/hello-neuron');
    await reveal(page.locator('[data-widget="NeuronSignal"]'));
    const field = page.getByRole('textbox', { name: 'Input a1' });
    await field.fill('-1');
    await field.press('Enter');
    // Chapter 1 shows only what comes out: σ(0.9·(−1) − 0.6·0.3 + 0.4·0.5 + 0.5) = σ(−0.38).
    await expect(page.getByTestId('neuron-output')).toContainText('0.41');
    await context.setOffline(false);
  });
});

test.describe('the static export', () => {
  let server: ChildProcess | undefined;
  const port = 3290;
  test.skip(!fs.existsSync('out/index.html'), 'run `npm run export` first (npm test does)');
  test.beforeAll(async () => {
    // Any static server will do; Python's own is on every machine CI runs on.
    server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', 'out'], { stdio: 'ignore' });
    for (let i = 0; i < 50; i++) {
      if (await fetch(`http://127.0.0.1:${port}/`).then((r) => r.ok, () => false)) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });
  test.afterAll(() => void server?.kill());

  test.use({ allowedConsole: [/net::ERR_(FAILED|INTERNET_DISCONNECTED)/] });

  test('serves every chapter with typeset math and working widgets, and keeps them offline', async ({ page, context }) => {
    await page.setViewportSize({ width: 1024, height: 800 }); // the scene leaves the widget alone below 1100 px
    await page.goto(`http://127.0.0.1:${port}/zh/hello-neuron/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.locator('article .katex').first()).toBeVisible();
    await reveal(page.locator('[data-widget="NeuronSignal"]'));
    const field = page.getByRole('textbox', { name: '输入 a1' });
    await field.fill('-1');
    await field.press('Enter');
    await expect(page.getByTestId('neuron-output')).toContainText('0.41');
    await page.getByRole('link', { name: /下一章/ }).click();
    await expect(page).toHaveURL(/\/zh\/inside-a-neuron\/?$/);
    await expect(page.locator('h1')).toHaveText('神经元的结构');
    // the export keeps the book offline too (its pages end in a slash)
    await page.evaluate(() => navigator.serviceWorker.ready);
    await context.setOffline(true);
    await page.goto(`http://127.0.0.1:${port}/en/loss/`);
    await expect(page.locator('h1')).toHaveText('Loss');
    await page.goto(`http://127.0.0.1:${port}/en/nowhere/`);
    await expect(page.getByTestId('offline')).toBeVisible();
    await context.setOffline(false);
  });
});
