import { Network, activationDerivative } from '../../lib/nn';
import { formatNumber } from '../../lib/format';
import { test, expect, reveal } from './fixtures';
import { scene, showStep } from './scene';

const f3 = (v: number) => formatNumber(v, 3);

const words = {
  en: { w2: /Weight w₂/, x: 'Input x', next: /Next/, target: 'y = 0' },
  zh: { w2: /权重 w₂/, x: '输入 x', next: /下一步/, target: 'y = 0' },
} as const;

/** The 1 → 1 → 1 chain, built here from plain JSON (the widget's example: w₁ 0.5, b₁ −1, b₂ −1.5). */
const chain = (w2: number) => Network.fromJSON({
  layers: [
    { weights: [[0.5]], biases: [-1], activation: 'sigmoid' },
    { weights: [[w2]], biases: [-1.5], activation: 'sigmoid' },
  ],
});

/** Every number each stop shows, in order, from the engine: the trace, σ′ and network.gradients. */
function expected(x: number, w2: number, y: number): [string, number][][] {
  const network = chain(w2);
  const t = network.backwardTrace([x], [y], 'mse');
  const [hidden, out] = network.gradients([[x]], [[y]], 'mse').layers;
  return [
    [['z1', t.sums[0]![0]!]], [['h', t.outputs[0]![0]!]], [['z2', t.sums[1]![0]!]], [['yhat', t.outputs[1]![0]!]], [['loss', t.loss]],
    [['dYhat', t.dOutputs[1]![0]!]], [['dZ2', t.dSums[1]![0]!]], [['dW2', out!.weights[0]![0]!], ['dB2', out!.biases[0]!]],
    [['dH', t.dOutputs[0]![0]!]], [['dZ1', t.dSums[0]![0]!]], [['dW1', hidden!.weights[0]![0]!], ['dB1', hidden!.biases[0]!]],
  ];
}

for (const lang of ['en', 'zh'] as const) {
  const w = words[lang];

  test(`${lang}: BackpropChain steps through two neurons, every number the engine's, by keyboard`, async ({ page }) => {
    await page.goto(`/${lang}/gradient-descent`);
    const widget = page.locator('[data-widget="BackpropChain"]');
    await reveal(widget);
    // A new example of the reader's own: x = 1.5, w₂ = −2, right answer 0.
    for (const [label, value] of [[w.x, '1.5'], [w.w2, '-2']] as const) {
      const field = widget.getByRole('textbox', { name: label });
      await field.fill(value);
      await field.press('Enter');
    }
    await widget.getByRole('radio', { name: w.target }).check();
    await widget.getByRole('button', { name: /^1\./ }).click();

    const next = widget.getByRole('button', { name: w.next });
    await next.focus();
    const stops = expected(1.5, -2, 0);
    // The working at the two blame-on-z stops shows each sigmoid's slope σ′, the factor the blame is multiplied by.
    const [z1, z2] = chain(-2).forwardTrace([1.5]).sums.map((layer) => layer[0]!);
    const slope = (z: number) => f3(activationDerivative('sigmoid', z)).replace(/0+$/, '');
    const slopes: Record<number, string> = { 6: `σ′(z₂) = ŷ(1 − ŷ) = ${slope(z2!)}`, 9: `σ′(z₁) = h(1 − h) = ${slope(z1!)}` };
    for (const [i, shown] of stops.entries()) {
      for (const [key, value] of shown) await expect(widget.getByTestId(`bc-${key}`)).toHaveText(f3(value));
      if (slopes[i]) await expect(widget.getByText(slopes[i])).toBeVisible();
      if (i < stops.length - 1) await page.keyboard.press('Enter');
    }
    // The ledger under it holds all four slopes: network.gradients, layer by layer.
    const [hidden, out] = chain(-2).gradients([[1.5]], [[0]], 'mse').layers;
    await expect(widget.getByTestId('bc-grad-w1')).toContainText(f3(hidden!.weights[0]![0]!));
    await expect(widget.getByTestId('bc-grad-b1')).toContainText(f3(hidden!.biases[0]!));
    await expect(widget.getByTestId('bc-grad-w2')).toContainText(f3(out!.weights[0]![0]!));
    await expect(widget.getByTestId('bc-grad-b2')).toContainText(f3(out!.biases[0]!));
    await expect(next).toBeDisabled();
  });

  test(`${lang}: scene two-neurons stops the chain where the prose's sums are`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/${lang}/gradient-descent`);
    const widget = page.locator('[data-widget="BackpropChain"]');
    const stops = expected(2, 3, 1);
    await showStep(page, 'chain-forwards');
    await expect(scene(page, 'two-neurons')).toHaveAttribute('data-scene-step', 'chain-forwards');
    await expect(widget.getByTestId('bc-loss')).toHaveText(f3(stops[4]![0]![1]));
    await showStep(page, 'chain-output');
    await expect(widget.getByTestId('bc-dW2')).toHaveText(f3(stops[7]![0]![1]));
    await showStep(page, 'chain-passed-back');
    await expect(widget.getByTestId('bc-dH')).toHaveText(f3(stops[8]![0]![1]));
    await showStep(page, 'chain-hidden');
    await expect(widget.getByTestId('bc-dW1')).toHaveText(f3(stops[10]![0]![1]));
    await expect(widget.getByTestId('bc-dB1')).toHaveText(f3(stops[10]![1]![1]));
  });
}
