import { weightedSum } from '../../lib/nn';
import { formatNumber } from '../../lib/format';
import { test, expect, reveal } from './fixtures';
import { showStep, swapButton } from './scene';

// Below 1100 px scrolling does not drive the widgets (steps there have "show me" buttons), so
// these tests start from each widget's own first state; the scene tests below run at 1280 px.
test.use({ viewport: { width: 1000, height: 800 } });

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
    await reveal(widget);
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
    // The widget's code loads once it comes near the screen.
    await reveal(widget);
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

// The scene "picnic-calculator": each step's whole state (every earlier step's set, then its own).
const STEPS = [
  { id: 'picnic', ...PICNIC },
  { id: 'rain', ...PICNIC, inputs: [0.5, 0.5, 1] },
  { id: 'all-zero', ...PICNIC, inputs: [0, 0, 0] },
  { id: 'ignore', ...PICNIC, weights: [0, -2, 0.6] },
] as const;

test.describe('scene picnic-calculator', () => {
  test.use({ viewport: { width: 1280, height: 900 } });
  // Several steps, each gliding into place: more than the default time on a busy machine.
  test.setTimeout(60_000);

  for (const lang of ['en', 'zh'] as const) {
    test(`${lang}: scrolling to each step puts its setting in the calculator, and scrolling back restores it`, async ({ page }) => {
      await page.goto(`/${lang}/inside-a-neuron`);
      const widget = page.locator('[data-widget="NeuronCalculator"]');
      const expectStep = async (step: (typeof STEPS)[number]) => {
        await expect(widget.getByTestId('calc-z')).toHaveText(`= ${formatNumber(weightedSum(step.inputs, step.weights, step.bias))}`);
        for (const i of [0, 1, 2]) {
          await expect(widget.getByTestId(`calc-term-${i + 1}`)).toContainText(formatNumber(weightedSum([step.inputs[i]!], [step.weights[i]!], 0)));
        }
      };
      for (const step of STEPS) {
        await showStep(page, step.id);
        await expect(page.locator(`[data-step="${step.id}"]`)).toHaveAttribute('data-active', '');
        await expectStep(step);
      }
      // Back up to the rain: exactly its numbers again.
      await showStep(page, 'rain');
      await expectStep(STEPS[1]);
      await expect(widget.getByRole('button', { name: words[lang].picnic })).toHaveAttribute('aria-pressed', 'false');
      await showStep(page, 'picnic');
      await expectStep(STEPS[0]);
      await expect(widget.getByRole('button', { name: words[lang].picnic })).toHaveAttribute('aria-pressed', 'true');

      // The reader plays (a typed bias hands the widget over), then returns to the story.
      const bias = widget.getByRole('textbox', { name: words[lang].bias });
      await bias.fill('1.5');
      await bias.press('Enter');
      const played = `= ${formatNumber(weightedSum(PICNIC.inputs, PICNIC.weights, 1.5))}`;
      await expect(widget.getByTestId('calc-z')).toHaveText(played);
      // Typing scrolled the page; scrolling while the reader has the widget leaves their play alone.
      await showStep(page, 'rain');
      await showStep(page, 'picnic');
      await expect(page.locator('[data-step="picnic"]')).toHaveAttribute('data-active', '');
      await expect(widget.getByTestId('calc-z')).toHaveText(played);
      // Clicked where it is: scrolling the button into view first could move the story to another step.
      await swapButton(page, 'picnic-calculator').evaluate((button: HTMLElement) => button.click());
      await expect(page.locator('[data-step="picnic"]')).toHaveAttribute('data-active', '');
      await expectStep(STEPS[0]);
    });
  }
});

test.describe('scene picnic-calculator on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const lang of ['en', 'zh'] as const) {
    test(`${lang}: "show me" puts a step's setting in the calculator (at once, under reduced motion)`, async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(`/${lang}/inside-a-neuron`);
      const widget = page.locator('[data-widget="NeuronCalculator"]');
      await reveal(widget);
      // its code arrives as it comes near (beside the service worker's first precaching): the
      // 500 ms below time the step, not the download
      await expect(widget.getByTestId('calc-z')).toBeVisible();
      await page.locator('[data-step="all-zero"] [data-show-me]').click();
      const zero = STEPS[2];
      // No glide under reduced motion: the step's number is there straight away.
      await expect(widget.getByTestId('calc-z')).toHaveText(`= ${formatNumber(weightedSum(zero.inputs, zero.weights, zero.bias))}`, { timeout: 500 });
      await expect(widget).toBeInViewport();
      await page.locator('[data-step="rain"] [data-show-me]').click();
      const rain = STEPS[1];
      await expect(widget.getByTestId('calc-z')).toHaveText(`= ${formatNumber(weightedSum(rain.inputs, rain.weights, rain.bias))}`, { timeout: 500 });
    });
  }
});
