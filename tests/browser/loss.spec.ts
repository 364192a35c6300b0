import { lossTerms, lossValue } from '../../lib/nn';
import { formatNumber } from '../../lib/format';
import { TARGETS } from '../../components/widgets/LossExplorer/examples';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

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
    await widget.scrollIntoViewIfNeeded();

    // Typed
    const field = widget.getByRole('textbox', { name: prediction(2) });
    await field.fill('0.65');
    await field.press('Enter');
    await expect(widget.getByRole('slider', { name: prediction(2) })).toHaveAttribute('aria-valuenow', '0.65');
    let predictions = await expectTotals(page);
    expect(predictions[1]).toBe(0.65);

    // Dragged: the dot of example 1 pulled down towards 0
    const dot = widget.getByRole('slider', { name: prediction(1) }).locator('circle').nth(1);
    const box = (await dot.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + 90, { steps: 5 });
    await page.mouse.up();
    predictions = await expectTotals(page);
    expect(predictions[0]).toBeLessThan(0.6);
    await expect(widget.getByRole('textbox', { name: prediction(1) })).toHaveValue(formatNumber(predictions[0]!));

    // Keyboard alone: three presses up on example 4's handle
    await widget.getByRole('slider', { name: prediction(4) }).focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowUp');
    predictions = await expectTotals(page);
    expect(predictions[3]).toBeCloseTo(0.23, 10);
    const bce = lossTerms('bce', predictions, [...TARGETS]);
    await expect(widget.getByTestId('loss-term-bce-4')).toHaveText(formatNumber(bce[3]!, 3));
    await expect(widget.getByTestId('widget-summary')).toContainText(formatNumber(lossValue('mse', predictions, [...TARGETS]), 3));
  });

  test(`${lang}: the outlier preset's sentence quotes shares computed from the engine's terms`, async ({ page }) => {
    await page.goto(`/${lang}/loss`);
    const widget = page.locator('[data-widget="LossExplorer"]');
    await widget.getByRole('button', { name: lang === 'en' ? 'One confident mistake' : '一个又错又自信的预测' }).click();
    const predictions = await expectTotals(page);
    const terms = lossTerms('bce', predictions, [...TARGETS]);
    const share = Math.round((Math.max(...terms) / terms.reduce((a, b) => a + b, 0)) * 100);
    await expect(widget.getByTestId('loss-explain')).toContainText(`${share}%`);
    await widget.getByRole('button', { name: lang === 'en' ? 'Reset' : '重来' }).click();
    await expect(widget.getByTestId('loss-explain')).not.toContainText(lang === 'en' ? 'times' : '倍');
  });
}
