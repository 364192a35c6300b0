import { test, expect, reveal } from './fixtures';

const KEY = 'neuron-story:progress';

test('reading is remembered across a reload and a browser restart, and the cover offers to continue', async ({ browser, baseURL }) => {
  const first = await browser.newContext({ baseURL });
  const page = await first.newPage();
  await page.goto('/en/hello-neuron');
  const section = page.locator('main h2[id]').nth(3);
  const id = await section.getAttribute('id');
  await section.evaluate((el) => el.scrollIntoView({ behavior: 'instant', block: 'start' }));
  await expect.poll(() => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').last?.section, KEY)).toBe(id);
  await page.locator('[data-chapter-end]').evaluate((el) => el.scrollIntoView({ behavior: 'instant' }));
  // Reaching the end is noticed a frame later (an IntersectionObserver); reload only once it is stored.
  await expect.poll(() => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').chapters?.['hello-neuron']?.read, KEY)).toBe(true);
  await page.reload();
  await page.goto('/');
  await expect(page.getByTestId('badge-hello-neuron').first()).toContainText(/Read|已读/);
  const state = await first.storageState();
  await first.close();

  // A "restart": a new browser context given the same storage.
  const second = await browser.newContext({ baseURL, storageState: state });
  const again = await second.newPage();
  await again.goto('/');
  await again.getByTestId('continue-en').click();
  await expect(again).toHaveURL(new RegExp(`/en/hello-neuron#${id}$`));
  await second.close();
});

test('a corrupt stored record gives a visible note and a working page', async ({ page }) => {
  await page.addInitScript((key) => localStorage.setItem(key, '{"version":2,"chapters":{"x":{"read":"no"}'), KEY);
  await page.goto('/zh/hello-neuron');
  await expect(page.getByTestId('progress-note')).toBeVisible();
  await expect(page.getByTestId('progress-note')).toHaveAttribute('data-note', 'reset');
  await reveal(page.locator('[data-widget="NeuronSignal"]'));
  const field = page.getByRole('textbox', { name: '输入 a1' });
  await field.fill('0');
  await field.press('Enter');
  await expect(field).toHaveValue('0.00');
  await page.getByTestId('progress-note').getByRole('button').click();
  await expect(page.getByTestId('progress-note')).toHaveCount(0);
});

test('an older record is migrated, keeping what was read', async ({ page }) => {
  await page.addInitScript(
    (key) => localStorage.setItem(key, JSON.stringify({ version: 1, read: ['hello-neuron'], last: null })),
    KEY,
  );
  await page.goto('/');
  await expect(page.getByTestId('progress-note')).toHaveAttribute('data-note', 'migrated');
  await expect(page.getByTestId('badge-hello-neuron').first()).toBeVisible();
});

for (const lang of ['zh', 'en'] as const) {
  test(`${lang}: a wrong answer shows its own hint, the right one passes the check and is kept`, async ({ page }) => {
    await page.goto(`/${lang}/inside-a-neuron`);
    const check = page.locator('[data-check="negative-weight"]');
    await check.scrollIntoViewIfNeeded();
    const choices = check.locator('button[aria-pressed]');
    const count = await choices.count();
    const hints = new Set<string>();
    for (let i = 0; i < count; i++) {
      await choices.nth(i).click();
      const hint = check.getByTestId('check-hint');
      if (await hint.count()) hints.add((await hint.textContent()) ?? '');
    }
    expect(hints.size).toBe(count - 1); // every wrong choice has a hint of its own
    await expect(check).toHaveAttribute('data-passed', '');
    await expect(check.getByTestId('check-explain')).toBeVisible();
    await page.reload();
    await expect(page.locator('[data-check="negative-weight"]')).toHaveAttribute('data-passed', '');
  });
}

test('a number answer: too low and too high get different hints, the right value passes', async ({ page }) => {
  await page.goto('/en/inside-a-neuron');
  const check = page.locator('[data-check="work-out-z"]');
  const field = check.getByRole('textbox');
  await field.fill('-100');
  await field.press('Enter');
  const low = await check.getByTestId('check-hint').textContent();
  await field.fill('100');
  await field.press('Enter');
  const high = await check.getByTestId('check-hint').textContent();
  expect(low).not.toEqual(high);
  await field.fill('0.5');
  await field.press('Enter');
  await expect(check).toHaveAttribute('data-passed', '');
});

/** Reads a chapter as a reader would: the theme toggle and a widget answer, the next chapter opens. */
async function readOn(page: import('@playwright/test').Page) {
  await page.getByRole('button', { name: /Theme/ }).first().click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', /light|dark/);
  await reveal(page.locator('[data-widget="NeuronSignal"]'));
  const field = page.getByRole('textbox', { name: 'Input a1' });
  await field.fill('0');
  await field.press('Enter');
  await expect(field).toHaveValue('0.00');
  await page.getByRole('link', { name: /^Next/ }).first().click();
  await expect(page).toHaveURL(/\/en\/inside-a-neuron/);
  await expect(page.locator('h1')).toBeVisible();
}

test('with storage full, the book reads and the controls work (nothing is remembered, nothing breaks)', async ({ page }) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('filled')) return;
    sessionStorage.setItem('filled', '1');
    // fill to the last byte: large blocks, then ever smaller ones into what is left
    let n = 0;
    for (const size of [262144, 16384, 1024, 64, 1]) {
      try {
        for (let i = 0; i < 1000; i++) localStorage.setItem(`filler-${n++}`, 'x'.repeat(size));
      } catch {
        // full at this size
      }
    }
  });
  await page.goto('/en/hello-neuron');
  expect(await page.evaluate(() => { try { localStorage.setItem('one-more', 'x'.repeat(64)); return 'room'; } catch { return 'full'; } })).toBe('full');
  await readOn(page);
});

test('storage cleared mid-visit: the reader goes on reading, and progress starts again', async ({ page }) => {
  await page.goto('/en/hello-neuron');
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), KEY)).not.toBeNull(); // the visit is remembered
  await page.evaluate(() => localStorage.clear());
  await readOn(page);
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), KEY)).toContain('inside-a-neuron');
});
