import { activate, weightedSum } from '../../lib/nn';
import { formatNumber } from '../../lib/format';
import { BIAS, WEIGHTS as FIXED } from '../../components/widgets/NeuronSignal/neuron';
import { test, expect, reveal } from './fixtures';

const WEIGHTS = [...FIXED];

for (const [lang, label, deepest] of [
  ['en', 'Input a', 'And the last step'],
  ['zh', '输入 a', '再加最后一小步'],
] as const) {
  test(`${lang}: the neuron computes what the engine computes as inputs change`, async ({ page }) => {
    await page.goto(`/${lang}/hello-neuron`);
    const widget = page.locator('[data-widget="NeuronSignal"]');
    await reveal(widget);
    const inputs = [0.5, -0.75, 1];
    for (const [i, value] of inputs.entries()) {
      const field = widget.getByRole('textbox', { name: `${label}${i + 1}` });
      await field.fill(String(value));
      await field.press('Enter');
    }
    const z = weightedSum(inputs, WEIGHTS, BIAS);
    // From outside only the output shows; the inside appears when the reader asks for it.
    await expect(widget.getByTestId('neuron-sum')).toHaveCount(0);
    await expect(widget.getByTestId('neuron-output')).toContainText(formatNumber(activate('sigmoid', z)));
    await widget.getByRole('radio', { name: deepest }).check();
    await expect(widget.getByTestId('neuron-sum')).toContainText(`= ${formatNumber(z)}`);
    await expect(widget.getByTestId('neuron-output')).toContainText(`= ${formatNumber(activate('sigmoid', z))}`);

    // Keyboard alone: the first slider moves by one step per arrow key.
    const slider = widget.getByRole('slider').first();
    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    const moved = weightedSum([0.4, -0.75, 1], WEIGHTS, BIAS);
    await expect(widget.getByTestId('neuron-sum')).toContainText(`= ${formatNumber(moved)}`);
    await expect(widget.getByTestId('widget-summary')).toContainText(formatNumber(moved));
  });
}
