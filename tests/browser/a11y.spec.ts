import AxeBuilder from '@axe-core/playwright';
import { loadChapterIndex } from '../../lib/content/chapters';
import { locales } from '../../lib/i18n';
import { test, expect } from './fixtures';

const index = loadChapterIndex();
const pages = ['/', ...locales.flatMap((lang) => [...index[lang].map((c) => `/${lang}/${c.slug}`), ...['glossary', 'search', 'playground'].map((p) => `/${lang}/${p}`)])];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });
    for (const path of pages) {
      test(`${path} has no accessibility violations`, async ({ page }) => {
        await page.goto(path, { waitUntil: 'networkidle' });
        await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
        expect(summary).toEqual([]);
      });
    }
  });
}
