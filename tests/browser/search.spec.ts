import { test, expect } from './fixtures';

test('search finds a term in the other language’s chapter too', async ({ page }) => {
  await page.goto('/en/search');
  await page.getByRole('searchbox').fill('gradient descent');
  const hits = page.getByTestId('search-hit');
  await expect(hits.first()).toBeVisible();
  await expect(page.locator('[data-testid="search-hit"][data-lang="zh"][data-slug="gradient-descent"]').first()).toBeVisible();
  await expect(page.locator('[data-testid="search-hit"][data-lang="en"][data-slug="gradient-descent"]').first()).toBeVisible();
});

test('a Chinese query finds Chinese prose, and a result opens its section', async ({ page }) => {
  await page.goto('/zh/search?q=学习速率');
  const hit = page.locator('[data-testid="search-hit"][data-lang="zh"][data-slug="learning-rate"]').first();
  await expect(hit).toBeVisible();
  await hit.getByRole('link').click();
  await expect(page).toHaveURL(/\/zh\/learning-rate#[a-z0-9-]+$/);
});
