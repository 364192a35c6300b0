import type { Locator, Page } from '@playwright/test';
import { weightedSum } from '../../lib/nn';
import { formatNumber } from '../../lib/format';
import { NEURON } from '../../components/widgets/PictureToNumbers/neuron';
import { SIDE, pictureFor } from '../../components/widgets/PictureToNumbers/recipe';
import { START_INPUTS, createNetwork } from '../../components/widgets/LayerSignals/network';
import { test, expect, reveal } from './fixtures';
import { showStep } from './scene';

// Below 1100 px scrolling does not drive the widgets (steps there have "show me" buttons), so
// these tests start from each widget's own first state; the scene tests below run at 1280 px.
test.use({ viewport: { width: 1000, height: 800 } });

const SLUG = 'where-numbers-come-from';

const words = {
  en: { white: 'White 1', black: 'Black 0', input: 'Input a', next: 'Next step', back: 'Previous step', play: 'Play', reset: 'Reset' },
  zh: { white: '白 1', black: '黑 0', input: '输入 a', next: '下一步', back: '上一步', play: '播放', reset: '重来' },
} as const;

/** The page point at the middle of one cell of the pixel grid. */
async function cellPoint(grid: Locator, row: number, col: number) {
  const box = (await grid.boundingBox())!;
  return { x: box.x + ((col + 0.5) * box.width) / SIDE, y: box.y + ((row + 0.5) * box.height) / SIDE };
}

/** Checks the neuron's sum and the input entry of one pixel against the engine. */
async function expectPixel(widget: Locator, pixels: number[], index: number) {
  const entry = widget.locator(`[data-index="${index + 1}"]`);
  await expect(entry).toContainText(formatNumber(pixels[index]!));
  await expect(entry).toHaveAttribute('data-current', '');
  const z = formatNumber(weightedSum(pixels, NEURON.weights, NEURON.bias));
  await expect(widget.getByTestId('neuron-sum')).toContainText(z);
  await expect(widget.getByTestId('widget-summary')).toContainText(`a${index + 1} = ${formatNumber(pixels[index]!)}`);
  await expect(widget.getByTestId('widget-summary')).toContainText(`z = ${z}`);
}

const open = async (page: Page, lang: string, name: string) => {
  await page.goto(`/${lang}/${SLUG}`);
  const widget = page.locator(`[data-widget="${name}"]`);
  await reveal(widget);
  return widget;
};

for (const lang of ['en', 'zh'] as const) {
  const w = words[lang];

  test(`${lang}: PictureToNumbers turns painted pixels into inputs and the neuron's sum follows the engine`, async ({ page }) => {
    const widget = await open(page, lang, 'PictureToNumbers');
    const pixels = pictureFor(0, 0);
    await expect(widget.getByTestId('neuron-sum')).toContainText(formatNumber(weightedSum(pixels, NEURON.weights, NEURON.bias)));
    const grid = widget.getByTestId('pixel-grid');

    // A click paints one pixel with the white brush; its entry a_k in the column changes.
    const clicked = 6 * SIDE + 9;
    expect(pixels[clicked]).not.toBe(1);
    const point = await cellPoint(grid, 6, 9);
    await page.mouse.click(point.x, point.y);
    pixels[clicked] = 1;
    await expectPixel(widget, pixels, clicked);
    await expect(widget.getByTestId('pixel-readout')).toContainText('1.00');

    // A drag paints every cell it crosses.
    const from = await cellPoint(grid, 11, 2);
    const to = await cellPoint(grid, 11, 5);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 12 });
    await page.mouse.up();
    for (let col = 2; col <= 5; col++) pixels[11 * SIDE + col] = 1;
    await expectPixel(widget, pixels, 11 * SIDE + 5);

    // Keyboard alone: pick the black brush with arrow keys, move the cursor, paint with Space.
    await page.mouse.move(0, 0);
    await widget.getByRole('radio', { name: w.white }).focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(widget.getByRole('radio', { name: w.black })).toBeChecked();
    await grid.focus();
    for (const key of ['ArrowUp', 'ArrowUp', 'ArrowUp', 'ArrowLeft']) await page.keyboard.press(key);
    const typed = 8 * SIDE + 4;
    await page.keyboard.press('Space');
    pixels[typed] = 0;
    await expectPixel(widget, pixels, typed);
    await expect(widget.getByTestId('pixel-readout')).toContainText(`a${typed + 1} = 0.00`);
    // The page did not scroll away while the arrow keys moved the cursor.
    await expect(grid).toBeInViewport();
  });

  test(`${lang}: LayerSignals lights up layer by layer with the engine's sums and outputs`, async ({ page }) => {
    const widget = await open(page, lang, 'LayerSignals');
    const field = widget.getByRole('textbox', { name: `${w.input}2` });
    await field.fill('0.75');
    await field.press('Enter');
    const inputs = [...START_INPUTS];
    inputs[1] = 0.75;
    const trace = createNetwork().forwardTrace(inputs);
    const values = widget.getByTestId('layer-values');
    await expect(values).toContainText('0.75');

    const expectLayer = async (l: number) => {
      await expect(values.getByTestId('z')).toHaveText(trace.sums[l]!.map((z) => formatNumber(z)));
      await expect(values.getByTestId('a')).toHaveText(trace.outputs[l]!.map((a) => formatNumber(a)));
      for (const z of trace.sums[l]!) await expect(widget.locator('svg text', { hasText: `z = ${formatNumber(z)}` })).toHaveCount(1);
      await expect(widget.getByTestId('widget-summary')).toContainText(`z = ${formatNumber(trace.sums[l]![0]!)}`);
    };

    // By keyboard: Enter on the focused "next step" button.
    const next = widget.getByRole('button', { name: w.next });
    await next.focus();
    await page.keyboard.press('Enter');
    await expectLayer(0);
    await page.keyboard.press('Enter');
    await expectLayer(1);
    await expect(next).toBeFocused();
    await widget.getByRole('button', { name: w.back }).click();
    await expectLayer(0);

    // Play lights the rest one layer at a time, then stops at the last layer.
    await widget.getByRole('button', { name: w.reset }).click();
    await expect(values.getByTestId('z')).toHaveCount(0);
    // every summary the play goes through, recorded as it is spoken (checking each on the fly
    // races the play's timer on a busy machine)
    await widget.getByTestId('widget-summary').evaluate((summary) => {
      const heard: string[] = [];
      (window as unknown as { heard: string[] }).heard = heard;
      new MutationObserver(() => heard.push(summary.textContent ?? '')).observe(summary, { childList: true, characterData: true, subtree: true });
    });
    await widget.getByRole('button', { name: w.play }).click();
    await expectLayer(1);
    await expect(widget.getByRole('button', { name: w.play })).toBeVisible();
    const heard = await page.evaluate(() => (window as unknown as { heard: string[] }).heard);
    const at = (l: number) => heard.findIndex((text) => text.includes(`z = ${formatNumber(trace.sums[l]![0]!)}`));
    expect(at(0), 'the first layer is lit on the way').toBeGreaterThanOrEqual(0);
    expect(at(1)).toBeGreaterThan(at(0));
  });
}

test('LayerSignals under reduced motion: play shows the answer at once', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const widget = await open(page, 'en', 'LayerSignals');
  await widget.getByRole('button', { name: 'Play' }).click();
  const trace = createNetwork().forwardTrace([...START_INPUTS]);
  await expect(widget.getByTestId('z')).toHaveText(trace.sums[1]!.map((z) => formatNumber(z)), { timeout: 300 });
});

test.describe('scene forward-pass', () => {
  test.use({ viewport: { width: 1280, height: 900 } });
  // Several steps, each gliding into place: more than the default time on a busy machine.
  test.setTimeout(60_000);

  for (const lang of ['en', 'zh'] as const) {
    test(`${lang}: each step lights the layers the story names, with the engine's numbers; scrolling back restores them`, async ({ page }) => {
      await page.goto(`/${lang}/${SLUG}`);
      const widget = page.locator('[data-widget="LayerSignals"]');
      const values = widget.getByTestId('layer-values');
      const expectLayer = async (inputs: readonly number[], stage: number) => {
        if (stage === 0) {
          await expect(values.getByTestId('z')).toHaveCount(0);
          await expect(values.locator('li')).toHaveText(inputs.map((a, i) => `a${i + 1} = ${formatNumber(a)}`));
          return;
        }
        const trace = createNetwork().forwardTrace([...inputs]);
        await expect(values.getByTestId('z')).toHaveText(trace.sums[stage - 1]!.map((z) => formatNumber(z)));
        await expect(values.getByTestId('a')).toHaveText(trace.outputs[stage - 1]!.map((a) => formatNumber(a)));
      };

      await showStep(page, 'inputs-waiting');
      await expectLayer(START_INPUTS, 0);
      await showStep(page, 'middle-lights-up');
      await expectLayer(START_INPUTS, 1);
      await showStep(page, 'last-lights-up');
      await expectLayer(START_INPUTS, 2);
      // Dabai swaps the first two inputs and presses play: the pass runs by itself to the end.
      const swapped = [0.2, 0.9, 0.6, 0.4];
      await showStep(page, 'swap-and-play');
      await expect(widget.getByRole('button', { name: words[lang].play })).toBeHidden();
      await expectLayer(swapped, 2);
      await expect(widget.getByRole('button', { name: words[lang].play })).toBeVisible();
      // Back up: the original inputs, the middle layer lit, exactly as before.
      await showStep(page, 'middle-lights-up');
      await expectLayer(START_INPUTS, 1);
    });
  }
});
