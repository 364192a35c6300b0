import { loadChapterIndex } from '../../lib/content/chapters';
import { words } from '../../components/playground/words';
import { test, expect } from './fixtures';

/** What a Chinese IME types, and the same number in ASCII. */
const typed = [
  ['０．５', '0.5'],
  ['0。5', '0.5'],
  ['－１', '-1'],
];
const chapters = loadChapterIndex().en.map((c) => c.slug);

for (const slug of chapters) {
  test(`${slug}: every number field reads full-width digits and punctuation as the number they mean`, async ({ page }) => {
    test.setTimeout(90_000);
    // Below 1100 px a scene waits for "show me", so scrolling to a field never sets its value.
    await page.setViewportSize({ width: 1024, height: 800 });
    await page.goto(`/en/${slug}`);
    const fields = page.locator('[data-widget] input[inputmode="decimal"]');
    const count = await fields.count();
    for (let i = 0; i < count; i++) {
      const field = fields.nth(i);
      await field.scrollIntoViewIfNeeded();
      for (const [ime, ascii] of typed) {
        // The ASCII form first: what the field shows for it (within range or clamped).
        await field.fill(ascii!);
        await field.press('Enter');
        const expected = await field.inputValue();
        const message = await page.locator(`[id="${await field.getAttribute('aria-describedby')}"]`).innerText();
        await field.fill('0.25'); // somewhere else, so the IME form has to move it back
        await field.press('Enter');
        await field.fill(ime!);
        await field.press('Enter');
        await expect(field, `${ime} in field ${i}`).toHaveValue(expected);
        await expect(page.locator(`[id="${await field.getAttribute('aria-describedby')}"]`)).toHaveText(message);
      }
    }
  });
}

test('playground: the learning-rate field reads ０．０３ and drops refused text like every field', async ({ page }) => {
  await page.goto('/en/playground');
  const rate = page.getByRole('textbox', { name: words.en.learningRate });
  await expect(rate).toBeEditable();
  await rate.fill('０．０３');
  await rate.press('Enter');
  await expect(rate).toHaveValue('0.03');
  await expect(page.getByRole('combobox', { name: words.en.learningRate })).toHaveValue('0.03');
  await rate.fill('fast please');
  await rate.press('Enter');
  await expect(rate).toHaveValue('0.03');
  await expect(page.locator(`[id="${await rate.getAttribute('aria-describedby')}"]`)).toHaveText('That is not a number; the old value is kept.');
});

test('playground: a message quoting a file quotes at most ~200 characters of it', async ({ page }) => {
  await page.goto('/en/playground');
  const name = 'x'.repeat(4_800_000);
  const network = { layers: [{ weights: [[1, 2]], biases: [0], activation: name }] };
  await page.getByTestId('import-file').setInputFiles({ name: 'long.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(network)) });
  const message = page.getByTestId('file-message');
  await expect(message).toContainText('unknown activation "xxxx');
  const text = await message.innerText();
  expect(text.length).toBeLessThan(400);
  expect(text).toContain('…');
});

test('presentation: "go to slide" reads a full-width number', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/en/hello-neuron/present');
  await expect(page.locator('main[data-ready]')).toBeVisible({ timeout: 20_000 });
  await page.keyboard.press('g');
  const field = page.getByTestId('goto').getByRole('textbox');
  await field.fill('３');
  await field.press('Enter');
  await expect(page).toHaveURL(/#3$/);
});
