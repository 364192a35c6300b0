import type { Page } from '@playwright/test';
import { formatNumber } from '../../lib/format';
import { Network } from '../../lib/nn';
import { replay } from '../../components/trainer/replay';
import { trainerConfig } from '../../lib/playground/config';
import { defaultState } from '../../lib/playground/table';
import { words } from '../../components/playground/words';
import { test, expect } from './fixtures';

const w = words.en;
const counter = (page: Page, id: string) => page.locator(`[data-counter="${id}"] dd`);
const play = (page: Page) => page.locator('[data-action="play"]');

async function open(page: Page) {
  await page.goto('/en/playground');
  await expect(counter(page, 'train-loss')).not.toHaveText('–', { timeout: 20_000 });
}

test('en: playing draws every epoch it trains: one accuracy point per epoch, and after a pause the numbers lib/nn computes', async ({ page }) => {
  await open(page);
  await play(page).click();
  await expect(page.getByTestId('summary')).toHaveText(w.training);
  await expect.poll(async () => Number(await counter(page, 'step').textContent())).toBeGreaterThanOrEqual(250);
  await play(page).click();
  await expect(play(page)).toHaveAttribute('aria-pressed', 'false');
  // the answer in flight when the pause came is still drawn: wait until the step stays put
  await expect.poll(async () => {
    const before = await counter(page, 'step').textContent();
    await page.waitForTimeout(300);
    return before === (await counter(page, 'step').textContent());
  }).toBe(true);
  const step = Number(await counter(page, 'step').textContent());
  const epoch = 25; // 250 training points, batches of 10: the play loop asks for one epoch at a time
  expect(step % epoch).toBe(0);

  const state = defaultState();
  const last = replay({ lanes: [trainerConfig(state, state.lr)], stepsPerFrame: epoch }, step)[0]!;
  await expect(counter(page, 'train-loss')).toHaveText(formatNumber(last.trainLoss.at(-1)!, 3));
  await expect(counter(page, 'test-loss')).toHaveText(formatNumber(last.testLoss.at(-1)!, 3));
  await expect(counter(page, 'test-accuracy')).toHaveText(`${formatNumber(100 * last.testAccuracy, 1)} %`);
  await expect(page.getByTestId('summary')).toContainText(`Step ${step},`);
  // the accuracy curve has a point for step 0 and one for every epoch played
  const line = page.getByRole('img', { name: w.accuracyChart }).locator('path').first();
  await expect.poll(async () => ((await line.getAttribute('d')) ?? '').match(/[ML]/g)?.length).toBe(step / epoch + 1);
});

test('en: a network whose numbers overflow: playing says it diverged and stops by itself', async ({ page }) => {
  await open(page);
  const network = Network.create({ sizes: [2, 4, 2, 1], activation: 'identity', outputActivation: 'sigmoid', seed: 9 }).toJSON();
  for (const layer of network.layers) layer.weights = layer.weights.map((row) => row.map((v) => v * 1e120));
  await page.getByTestId('import-file').setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(network)) });
  await expect(page.getByTestId('workbench')).toHaveAttribute('data-sizes', '2-4-2-1');
  await expect(play(page)).toBeEnabled();
  await play(page).click();
  await expect(page.getByTestId('workbench').getByRole('alert')).toHaveText(w.divergedNote);
  await expect(play(page)).toHaveAttribute('aria-pressed', 'false');
  await expect(counter(page, 'train-loss')).toHaveText(w.diverged);
  await expect(page.getByTestId('summary')).not.toHaveText(w.training);
});
