import { weightedSum } from '../../lib/nn';
import { formatNumber } from '../../lib/format';
import { test, expect } from './fixtures';

// The calculator opens on the picnic table of the chapter.
const PICNIC = { inputs: [0.5, 0.2, 1], weights: [0.8, -2, 0.6], bias: -0.5 };

const words = {
  en: { input: 'Input a', weight: 'Weight w', bias: 'Bias b', picnic: 'The picnic table', zero: 'All inputs zero: only the bias is left', junk: 'That is not a number' },
  zh: { input: '输入 a', weight: '权重 w', bias: '偏置 b', picnic: '野餐表格', zero: '输入全为 0：只剩偏置', junk: '这不是一个数' },
} as const;

for (const lang of ['en', 'zh'] as const) {
  const w = words[lang];

  test(`${lang}: NeuronCalculator prints the engine's terms and weighted sum for typed values`, async ({ page }) => {
    await page.goto(`/${lang}/inside-a-neuron`);
    const widget = page.locator('[data-widget="NeuronCalculator"]');
    await widget.scrollIntoViewIfNeeded();
    const inputs = [0.3, -0.9, 0.65];
    const weights = [-1.2, 0.4, 1.8];
    const bias = 0.7;
    const type = async (label: string, value: number) => {
      const field = widget.getByRole('textbox', { name: label });
      await field.fill(String(value));
      await field.press('Enter');
    };
    for (const i of [0, 1, 2]) {
      await type(`${w.input}${i + 1}`, inputs[i]!);
      await type(`${w.weight}${i + 1}`, weights[i]!);
    }
    await type(w.bias, bias);
    const z = weightedSum(inputs, weights, bias);
    await expect(widget.getByTestId('calc-z')).toHaveText(`= ${formatNumber(z)}`);
    for (const i of [0, 1, 2]) {
      await expect(widget.getByTestId(`calc-term-${i + 1}`)).toContainText(formatNumber(weightedSum([inputs[i]!], [weights[i]!], 0)));
    }
    await expect(widget.getByTestId('widget-summary')).toContainText(`z = ${formatNumber(z)}`);

    // Junk is refused with a visible message and the total stays.
    await widget.getByRole('textbox', { name: w.bias }).fill('🙂');
    await widget.getByRole('textbox', { name: w.bias }).press('Enter');
    await expect(widget.getByText(w.junk)).toBeVisible();
    await expect(widget.getByTestId('calc-z')).toHaveText(`= ${formatNumber(z)}`);
  });

  test(`${lang}: NeuronCalculator works by keyboard alone`, async ({ page }) => {
    // The Chinese run also asks for reduced motion: the bars then jump, but every number still follows.
    await page.emulateMedia({ reducedMotion: lang === 'zh' ? 'reduce' : 'no-preference' });
    await page.goto(`/${lang}/inside-a-neuron`);
    const widget = page.locator('[data-widget="NeuronCalculator"]');
    const picnic = widget.getByRole('button', { name: w.picnic });
    await picnic.focus();
    await expect(picnic).toHaveAttribute('aria-pressed', 'true');

    // Tab past the four other presets to the first slider, a1.
    for (let k = 0; k < 5; k++) await page.keyboard.press('Tab');
    const a1 = widget.getByRole('slider', { name: `${w.input}1` });
    await expect(a1).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    let z = weightedSum([0.7, 0.2, 1], PICNIC.weights, PICNIC.bias);
    await expect(widget.getByTestId('calc-z')).toHaveText(`= ${formatNumber(z)}`);
    await expect(picnic).toHaveAttribute('aria-pressed', 'false');

    // Past a1's typed field to w1's slider, and lower w1 by three steps.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(widget.getByRole('slider', { name: `${w.weight}1` })).toBeFocused();
    for (let k = 0; k < 3; k++) await page.keyboard.press('ArrowLeft');
    z = weightedSum([0.7, 0.2, 1], [0.5, -2, 0.6], PICNIC.bias);
    await expect(widget.getByTestId('calc-z')).toHaveText(`= ${formatNumber(z)}`);
    await expect(widget.getByTestId('calc-term-1')).toHaveText(formatNumber(weightedSum([0.7], [0.5], 0)));
    await expect(widget.getByTestId('widget-summary')).toContainText(formatNumber(z));

    // Back to the last preset and press it: with every input 0 only the bias is left.
    for (let k = 0; k < 3; k++) await page.keyboard.press('Shift+Tab');
    const zero = widget.getByRole('button', { name: w.zero });
    await expect(zero).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(zero).toHaveAttribute('aria-pressed', 'true');
    await expect(widget.getByTestId('calc-z')).toHaveText(`= ${formatNumber(weightedSum([0, 0, 0], PICNIC.weights, PICNIC.bias))}`);
  });
}
