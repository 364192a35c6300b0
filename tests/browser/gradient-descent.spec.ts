import { Network, createOptimizer, sgd } from '../../lib/nn';
import { formatNumber } from '../../lib/format';
import { bowl, curve } from '../../components/widgets/RollingDownhill/landscape';
import { RACERS } from '../../components/widgets/RollingDownhill/descend';
import { test, expect, reveal } from './fixtures';
import { scene, showStep } from './scene';

const f3 = (v: number) => formatNumber(v, 3);

const words = {
  en: { input: 'Input a2', target: 'y = 0', next: /Next/, again: /Another round/, step: 'Step', weight: 'Weight w', lr: 'Learning rate η' },
  zh: { input: '输入 a2', target: 'y = 0', next: /下一步/, again: /再来一轮/, step: '走一步', weight: '权重 w', lr: '学习速率 η' },
} as const;

for (const lang of ['en', 'zh'] as const) {
  const w = words[lang];

  test(`${lang}: BackpropSteps shows the engine's trace, gradients and SGD step, stop by stop, by keyboard`, async ({ page }) => {
    await page.goto(`/${lang}/gradient-descent`);
    const widget = page.locator('[data-widget="BackpropSteps"]');
    await reveal(widget);
    const field = widget.getByRole('textbox', { name: w.input });
    await field.fill('0');
    await field.press('Enter');
    await widget.getByRole('radio', { name: w.target }).check();
    // The chapter's scene may have moved the round on; the first dot goes back to its first stop.
    await widget.getByRole('button', { name: /^1\./ }).click();

    const inputs = [0.8, 0, 0.2];
    const network = Network.fromJSON({ layers: [{ weights: [[0.5, -1, 0.5]], biases: [-0.1], activation: 'sigmoid' }] });
    const trace = network.backwardTrace(inputs, [0], 'mse');
    const grads = network.gradients([inputs], [[0]], 'mse').layers[0]!;
    const expected: [string, number][] = [
      ['bp-z', trace.sums[0]![0]!], ['bp-a', trace.outputs[0]![0]!], ['bp-loss', trace.loss],
      ['bp-dA', trace.dOutputs[0]![0]!], ['bp-dZ', trace.dSums[0]![0]!],
    ];
    const next = widget.getByRole('button', { name: w.next });
    await next.focus();
    for (const [id, value] of expected) {
      await expect(widget.getByTestId(id)).toHaveText(f3(value));
      await page.keyboard.press('Enter');
    }
    // The ledger: each weight's blame is the engine's gradient; a2 = 0 leaves w2 blameless.
    for (const [i, g] of grads.weights[0]!.entries()) await expect(widget.getByTestId(`bp-grad-w${i + 1}`)).toContainText(f3(g));
    await expect(widget.getByTestId('bp-grad-w2')).toContainText('0.000');
    await expect(widget.getByTestId('bp-grad-b')).toContainText(f3(grads.biases[0]!));
    await page.keyboard.press('Enter');

    const stepped = network.clone();
    stepped.trainStep([inputs], [[0]], { loss: 'mse', optimizer: sgd({ lr: 0.5 }) });
    const layer = stepped.toJSON().layers[0]!;
    for (const [i, value] of layer.weights[0]!.entries()) await expect(widget.getByTestId(`bp-next-w${i + 1}`)).toHaveText(f3(value));
    await expect(widget.getByTestId('bp-next-b')).toHaveText(f3(layer.biases[0]!));
    const newLoss = stepped.loss([inputs], [[0]], 'mse');
    await expect(widget.getByTestId('bp-update')).toHaveText(f3(newLoss));
    expect(newLoss).toBeLessThan(trace.loss);

    // Another round starts from the stepped weights; the loss record shows the fall.
    await widget.getByRole('button', { name: w.again }).press('Enter');
    await expect(widget.getByTestId('bp-z')).toHaveText(f3(stepped.forwardTrace(inputs).sums[0]![0]!));
    await expect(widget.getByTestId('bp-history')).toContainText(`${f3(trace.loss)} → ${f3(newLoss)}`);
  });

  test(`${lang}: RollingDownhill steps with the engine's SGD and its paths follow a start moved by keyboard`, async ({ page }) => {
    await page.goto(`/${lang}/gradient-descent`);
    const widget = page.locator('[data-widget="RollingDownhill"]');
    await reveal(widget);
    for (const [label, value] of [[w.weight, '-0.5'], [w.lr, '0.3']] as const) {
      const field = widget.getByRole('textbox', { name: label });
      await field.fill(value);
      await field.press('Enter');
    }
    await widget.getByRole('button', { name: w.step, exact: true }).first().click();
    const p = Float64Array.of(-0.5);
    sgd({ lr: 0.3 }).update([p], [Float64Array.of(curve.slope(-0.5))], [false]);
    await expect(widget.getByTestId('curve-w')).toHaveText(f3(p[0]!));
    await expect(widget.getByTestId('curve-loss')).toHaveText(f3(curve.loss(p[0]!)));

    // The contour map: two steps, then the start moves left twice and up once by keyboard.
    const mapStep = widget.getByRole('button', { name: w.step, exact: true }).nth(1);
    await mapStep.click();
    await mapStep.click();
    const before = await widget.locator('[data-path="sgd"] polyline').getAttribute('points');
    await widget.getByTestId('bowl-start').focus();
    for (const key of ['ArrowLeft', 'ArrowLeft', 'ArrowUp']) await page.keyboard.press(key);
    await expect(widget.locator('[data-path="sgd"] polyline')).not.toHaveAttribute('points', before!);
    for (const racer of RACERS) {
      const optimizer = createOptimizer(racer);
      const params = Float64Array.of(-4.2, 1.6);
      for (let k = 0; k < 2; k++) optimizer.update([params], [Float64Array.from(bowl.gradient(params[0]!, params[1]!))], [false]);
      await expect(widget.getByTestId(`bowl-${racer.id}-w1`)).toHaveText(formatNumber(params[0]!, 2));
      await expect(widget.getByTestId(`bowl-${racer.id}-w2`)).toHaveText(formatNumber(params[1]!, 2));
      await expect(widget.getByTestId(`bowl-${racer.id}-loss`)).toHaveText(f3(bowl.loss(params[0]!, params[1]!)));
    }
  });
}

// The chapter's scene (content/gradient-descent): the device stops where the worked example's sums are.
const worked = () => Network.fromJSON({ layers: [{ weights: [[0.5, -1, 0.5]], biases: [-0.1], activation: 'sigmoid' }] });
const EXAMPLE = [0.8, 0.4, 0.2];

for (const lang of ['en', 'zh'] as const) {
  test.describe(`${lang}: scene one-round`, () => {
    test('each step stops the round at the sums beside it; scrolling back restores the stop exactly', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`/${lang}/gradient-descent`);
      const widget = page.locator('[data-widget="BackpropSteps"]');
      const trace = worked().backwardTrace(EXAMPLE, [1], 'mse');
      const grads = worked().gradients([EXAMPLE], [[1]], 'mse').layers[0]!;
      const stepped = worked();
      stepped.trainStep([EXAMPLE], [[1]], { loss: 'mse', optimizer: sgd({ lr: 0.5 }) });

      const forwards = async () => {
        await showStep(page, 'round-forwards');
        await expect(scene(page, 'one-round')).toHaveAttribute('data-scene-step', 'round-forwards');
        await expect(widget.getByTestId('bp-loss')).toHaveText(f3(trace.loss));
      };
      await forwards();
      await showStep(page, 'round-backwards');
      await expect(widget.getByTestId('bp-dZ')).toHaveText(f3(trace.dSums[0]![0]!));
      await showStep(page, 'round-ledger');
      for (const [i, g] of grads.weights[0]!.entries()) await expect(widget.getByTestId(`bp-grad-w${i + 1}`)).toContainText(f3(g));
      await expect(widget.getByTestId('bp-grad-b')).toContainText(f3(grads.biases[0]!));
      await showStep(page, 'round-step');
      await expect(widget.getByTestId('bp-next-w1')).toHaveText(f3(stepped.toJSON().layers[0]!.weights[0]![0]!));
      await expect(widget.getByTestId('bp-update')).toHaveText(f3(stepped.loss([EXAMPLE], [[1]], 'mse')));
      await forwards();
    });
  });
}
