import { test, expect } from './fixtures';

/** Widgets' code arrives only when a widget comes near the screen; a failed fetch can be retried. */

test('a widget far down the chapter is a placeholder of its own height until the reader comes near', async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  const html = await (await page.request.get('/en/training')).text();
  expect(html).toContain('data-widget="TrainingFloor"');
  await page.goto('/en/training');
  const widget = page.locator('[data-widget="TrainingFloor"]');
  await expect(widget).toHaveAttribute('data-widget-pending', 'loading');
  const before = await widget.boundingBox();
  expect(before!.height).toBeGreaterThan(1000);
  await widget.scrollIntoViewIfNeeded();
  await expect(widget).not.toHaveAttribute('data-widget-pending');
  await expect(widget.getByRole('button').first()).toBeVisible();
  const after = await widget.boundingBox();
  // the room kept for it is the room it takes (within 8 %), so nothing below jumps
  expect(Math.abs(after!.height - before!.height) / after!.height).toBeLessThan(0.08);
});

test.describe('a widget whose code cannot be fetched', () => {
  test.use({ allowedConsole: [[/Failed to load resource|ChunkLoadError|Failed to load chunk/], { scope: 'test' }], viewport: { width: 412, height: 823 } });

  test('says so, leaves the chapter standing, and loads on retry', async ({ page }) => {
    await page.goto('/zh/training');
    await page.waitForLoadState('networkidle');
    const widget = page.locator('[data-widget="TrainingFloor"]');
    await expect(widget).toHaveAttribute('data-widget-pending', 'loading');
    let blocked = true;
    await page.route('**/_next/static/chunks/*.js', (route) => (blocked ? route.abort() : route.continue()));
    await widget.scrollIntoViewIfNeeded();
    await expect(widget.getByRole('alert')).toContainText('没能载入');
    await expect(page.locator('h1')).toBeVisible();
    blocked = false;
    await widget.getByRole('button', { name: '再试一次' }).click();
    await expect(widget).not.toHaveAttribute('data-widget-pending');
    await expect(widget.getByRole('button').first()).toBeVisible();
  });
});
