import { engineTrainer } from '../../components/trainer/replay';
import type { TrainerSnapshot } from '../../lib/nn/worker/protocol';
import { formatNumber } from '../../lib/format';
import { SIDES, sideConfig, type Side } from '../../components/widgets/BendTheLine/config';
import { test, expect, reveal } from './fixtures';

/** What the engine gives one side after `steps` steps (chunking does not change the weights). */
function engine(side: Side, steps: number): TrainerSnapshot {
  const trainer = engineTrainer({ lanes: [sideConfig(side)] });
  if (steps > 0) trainer.send({ type: 'train', steps });
  return trainer.getState().snapshot!;
}

for (const [lang, play, pause, step] of [
  ['en', 'Play', 'Pause', 'One step'],
  ['zh', '播放', '暂停', '一步'],
] as const) {
  test(`${lang}: BendTheLine — tanh's loss falls below the straight line's, numbers from the engine`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(`/${lang}/activation`);
    const widget = page.locator('[data-widget="BendTheLine"]');
    await reveal(widget);
    const shownStep = async () => Number((await widget.getByTestId('bend-step').textContent())!.replace(/\D/g, ''));
    const loss = (side: Side) => widget.getByTestId(`bend-loss-${side}`);

    // The runs exist once both sides show their first loss (before that they show '…').
    for (const side of SIDES) await expect(loss(side)).toHaveText(/\d/);
    // one step by keyboard: both sides show exactly what the engine computes
    await widget.getByRole('button', { name: step }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(shownStep).toBe(1);
    for (const side of SIDES) await expect(loss(side)).toHaveText(formatNumber(engine(side, 1).testLoss.at(-1)!, 3));

    await widget.getByRole('button', { name: play }).click();
    await expect.poll(shownStep, { timeout: 60_000 }).toBeGreaterThanOrEqual(400);
    await widget.getByRole('button', { name: pause }).click();
    // a chunk already sent still lands: wait until the step count holds still
    let previous = -1;
    await expect.poll(async () => previous === (previous = await shownStep()), { intervals: [400] }).toBe(true);
    const n = await shownStep();
    const [identity, tanh] = SIDES.map((side) => engine(side, n));
    await expect(loss('identity')).toHaveText(formatNumber(identity!.testLoss.at(-1)!, 3));
    await expect(loss('tanh')).toHaveText(formatNumber(tanh!.testLoss.at(-1)!, 3));
    await expect(widget.getByTestId('bend-accuracy-tanh')).toHaveText(`${formatNumber(tanh!.testAccuracy * 100, 0)}%`);
    const shown = async (side: Side) => Number(await loss(side).textContent());
    expect(await shown('tanh')).toBeLessThan(await shown('identity'));
    await expect(widget.getByTestId('widget-summary')).toContainText(formatNumber(tanh!.testLoss.at(-1)!, 3));
  });
}
