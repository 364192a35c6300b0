import { loadChapterIndex } from '../../lib/content/chapters';
import { test, expect } from './fixtures';

const junk = ['', '-', '1e999', 'NaN', '1'.repeat(50), '🐶', '<script>alert(1)</script>'];
const chapters = loadChapterIndex().en.map((c) => c.slug);

for (const slug of chapters) {
  test(`${slug}: every number field of every widget survives junk`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(`/en/${slug}`);
    const fields = page.locator('[data-widget] input[inputmode="decimal"]');
    const count = await fields.count();
    for (let i = 0; i < count; i++) {
      const field = fields.nth(i);
      await field.scrollIntoViewIfNeeded();
      for (const text of junk) {
        await field.fill(text);
        await field.press('Enter');
        // The field is still there, shows a number, and says what happened to the input.
        await expect(field).toHaveValue(/^-?\d/);
        const message = page.locator(`[id="${await field.getAttribute('aria-describedby')}"]`);
        await expect(message).not.toBeEmpty();
      }
    }
    // No widget fell into its error boundary, and no NaN is shown anywhere.
    await expect(page.locator('[data-widget-error]')).toHaveCount(0);
    expect(await page.locator('[data-widget]').allInnerTexts()).not.toContainEqual(expect.stringMatching(/\bNaN\b/));
  });
}
