import { lossTerms, lossValue } from '../../lib/nn';
import { formatNumber } from '../../lib/format';
import { TARGETS } from '../../components/widgets/LossExplorer/examples';
import type { Page } from '@playwright/test';
import { test, expect, reveal } from './fixtures';
import { scene, showStep } from './scene';

const LOSSES = ['mse', 'mae', 'bce'] as const;

/** The five predictions as the widget holds them (each handle's aria-valuenow). */
async function predictionsOf(page: Page): Promise<number[]> {
  const handles = page.locator('[data-widget="LossExplorer"]').getByRole('slider');
  return (await handles.evaluateAll((els) => els.map((el) => Number(el.getAttribute('aria-valuenow')))));
}

async function expectTotals(page: Page) {
  const widget = page.locator('[data-widget="LossExplorer"]');
  const predictions = await predictionsOf(page);
  for (const loss of LOSSES) {
    await expect(widget.getByTestId(`loss-total-${loss}`)).toHaveText(formatNumber(lossValue(loss, predictions, [...TARGETS]), 3));
  }
  return predictions;
}

for (const [lang, prediction] of [
  ['en', (n: number) => `Prediction ŷ for example ${n}`],
  ['zh', (n: number) => `例子 ${n} 的预测 ŷ`],
] as const) {
  test(`${lang}: typed, dragged and keyed predictions give the engine's MSE, MAE and cross-entropy`, async ({ page }) => {
    await page.goto(`/${lang}/loss`);
    const widget = page.locator('[data-widget="LossExplorer"]');
    await reveal(widget);

    // Typed
    const field = widget.getByRole('textbox', { name: prediction(2) });
    await field.fill('0.65');
    await field.press('Enter');
    await expect(widget.getByRole('slider', { name: prediction(2) })).toHaveAttribute('aria-valuenow', '0.65');
    let predictions = await expectTotals(page);
    expect(predictions[1]).toBe(0.65);

    // Dragged: the dot of example 1 pulled down towards 0 (from wherever the story left it)
    const start = predictions[0]!;
    const dot = widget.getByRole('slider', { name: prediction(1) }).locator('circle').nth(1);
    const box = (await dot.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + 90, { steps: 5 });
    await page.mouse.up();
    predictions = await expectTotals(page);
    expect(predictions[0]).toBeLessThan(start - 0.3);
    await expect(widget.getByRole('textbox', { name: prediction(1) })).toHaveValue(formatNumber(predictions[0]!));

    // Keyboard alone: three presses up on example 4's handle
    const fourth = predictions[3]!;
    await widget.getByRole('slider', { name: prediction(4) }).focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowUp');
    predictions = await expectTotals(page);
    expect(predictions[3]).toBeCloseTo(Math.min(1, fourth + 0.03), 10);
    const bce = lossTerms('bce', predictions, [...TARGETS]);
    await expect(widget.getByTestId('loss-term-bce-4')).toHaveText(formatNumber(bce[3]!, 3));
    await expect(widget.getByTestId('widget-summary')).toContainText(formatNumber(lossValue('mse', predictions, [...TARGETS]), 3));
  });

  test(`${lang}: the outlier preset's sentence quotes shares computed from the engine's terms`, async ({ page }) => {
    await page.goto(`/${lang}/loss`);
    const widget = page.locator('[data-widget="LossExplorer"]');
    await reveal(widget);
    await widget.getByRole('button', { name: lang === 'en' ? 'One confident mistake' : '一个又错又自信的预测' }).click();
    const predictions = await expectTotals(page);
    const terms = lossTerms('bce', predictions, [...TARGETS]);
    const share = Math.round((Math.max(...terms) / terms.reduce((a, b) => a + b, 0)) * 100);
    await expect(widget.getByTestId('loss-explain')).toContainText(`${share}%`);
    await widget.getByRole('button', { name: lang === 'en' ? 'Reset' : '重来' }).click();
    await expect(widget.getByTestId('loss-explain')).not.toContainText(lang === 'en' ? 'times' : '倍');
  });
}

// The chapter's scene (content/loss): Loss drags the predictions himself.
const STEPS = {
  'loss-on-target': [1, 0, 1, 0, 1],
  'loss-sliding': [1, 0, 0.3, 0, 1],
  'loss-all-the-way': [1, 0, 0.01, 0, 1],
  'loss-spread': [0.8, 0.2, 0.8, 0.2, 0.8],
} as const;

async function expectStep(page: Page, predictions: readonly number[]) {
  const widget = page.locator('[data-widget="LossExplorer"]');
  for (const loss of LOSSES) {
    await expect(widget.getByTestId(`loss-total-${loss}`)).toHaveText(formatNumber(lossValue(loss, [...predictions], [...TARGETS]), 3));
  }
  // The predictions glide to the step's values; rounded totals can match a moment before they land.
  await expect.poll(() => predictionsOf(page)).toEqual([...predictions]);
}

for (const lang of ['en', 'zh'] as const) {
  test.describe(`${lang}: scene loss-desk`, () => {
    test('each step shows the engine’s totals for its predictions; scrolling back restores them exactly', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`/${lang}/loss`);
      for (const [id, predictions] of Object.entries(STEPS)) {
        await showStep(page, id);
        await expect(scene(page, 'loss-desk')).toHaveAttribute('data-scene-step', id);
        await expectStep(page, predictions);
      }
      await showStep(page, 'loss-sliding');
      await expectStep(page, STEPS['loss-sliding']);
    });

    test('on a phone, "show me" puts the desk into the step', async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(`/${lang}/loss`);
      await page.locator('[data-step="loss-all-the-way"] [data-show-me]').click();
      await expectStep(page, STEPS['loss-all-the-way']);
      await page.locator('[data-step="loss-on-target"] [data-show-me]').click();
      await expectStep(page, STEPS['loss-on-target']);
    });
  });
}
