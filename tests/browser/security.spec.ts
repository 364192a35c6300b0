import { test, expect } from './fixtures';

for (const path of ['/', '/en/hello-neuron', '/zh/glossary']) {
  test(`${path} is sent with a strict policy and no unsafe-eval`, async ({ request }) => {
    const response = await request.get(path);
    const headers = response.headers();
    const csp = headers['content-security-policy'] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(headers['x-powered-by']).toBeUndefined();
  });
}

test('chapter pages work under the policy: widgets hydrate and respond', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto('/en/hello-neuron');
  await page.locator('[data-widget="NeuronSignal"]').scrollIntoViewIfNeeded(); // its code loads near the viewport
  const field = page.getByRole('textbox', { name: 'Input a1' });
  await field.fill('0');
  await field.press('Enter');
  await expect(field).toHaveValue('0.00');
  expect(violations).toEqual([]);
});
