import { activate, activationDerivative } from '../../lib/nn';
import { formatNumber } from '../../lib/format';
import { test, expect, reveal } from './fixtures';
import { showStep } from './scene';

// Below 1100 px scrolling does not drive the widgets (steps there have "show me" buttons), so
// these tests start from each widget's own first state; the scene tests below run at 1280 px.
test.use({ viewport: { width: 1000, height: 800 } });

const FUNCTIONS = ['sigmoid', 'tanh', 'relu', 'leakyRelu'] as const;
/** The widget's starting leaky slope. */
const ALPHA = 0.1;

const words = {
  en: { z: 'Input z', alpha: 'Leaky ReLU slope α', derivatives: 'Show derivatives (dashed)', silent: 'stays silent', saturated: 'saturated' },
  zh: { z: '输入 z', alpha: 'leaky ReLU 的斜率 α', derivatives: '显示导数（虚线）', silent: '一声不吭', saturated: '饱和' },
} as const;

for (const lang of ['en', 'zh'] as const) {
  const w = words[lang];

  test(`${lang}: ActivationExplorer by keyboard: arrow keys move z, Space shows the slopes`, async ({ page }) => {
    await page.goto(`/${lang}/activation`);
    const widget = page.locator('[data-widget="ActivationExplorer"]');
    // The widget's code loads once it comes near the screen.
    await reveal(widget);
    const slider = widget.getByRole('slider', { name: w.z });
    await slider.focus();
    // From the starting z = 1.5, five steps of 0.1 up.
    for (let k = 0; k < 5; k++) await page.keyboard.press('ArrowRight');
    for (const fn of FUNCTIONS) {
      await expect(widget.getByTestId(`f-${fn}`)).toHaveText(formatNumber(activate(fn, 2, ALPHA), 3));
    }
    await expect(widget.getByTestId('widget-summary')).toContainText(`z = ${formatNumber(2)}`);

    // Tab past z's typed field and the α slider and field to the derivatives switch; Space turns it on.
    for (let k = 0; k < 4; k++) await page.keyboard.press('Tab');
    const toggle = widget.getByRole('switch', { name: w.derivatives });
    await expect(toggle).toBeFocused();
    await expect(widget.getByTestId('df-sigmoid')).toBeHidden();
    await page.keyboard.press('Space');
    await expect(toggle).toBeChecked();
    for (const fn of FUNCTIONS) {
      await expect(widget.getByTestId(`df-${fn}`)).toHaveText(formatNumber(activationDerivative(fn, 2, ALPHA), 3));
    }
    await expect(widget.locator('[data-curve$="-der"]')).toHaveCount(4);

    // Sigmoid drives the meter at first; at z = 5 it is saturated.
    await slider.focus();
    await page.keyboard.press('End');
    await expect(widget.getByTestId('meter-reading')).toContainText(w.saturated);
    await expect(widget.getByTestId('meter-value')).toHaveText(formatNumber(activate('sigmoid', 5)));
  });

  test(`${lang}: ActivationExplorer: typed z and α give the engine's values; ReLU is silent below 0`, async ({ page }) => {
    await page.goto(`/${lang}/activation`);
    const widget = page.locator('[data-widget="ActivationExplorer"]');
    await reveal(widget);
    const zField = widget.getByRole('textbox', { name: w.z });
    await zField.fill('-3.2');
    await zField.press('Enter');
    const alphaField = widget.getByRole('textbox', { name: w.alpha });
    await alphaField.fill('0.35');
    await alphaField.press('Enter');
    for (const fn of FUNCTIONS) {
      await expect(widget.getByTestId(`f-${fn}`)).toHaveText(formatNumber(activate(fn, -3.2, 0.35), 3));
    }

    // Choose ReLU for the meter with arrow keys in the radio group.
    await widget.getByRole('radio', { name: 'sigmoid' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(widget.getByRole('radio', { name: 'ReLU', exact: true })).toBeChecked();
    await expect(widget.getByTestId('meter-value')).toHaveText(formatNumber(activate('relu', -3.2)));
    await expect(widget.getByTestId('meter-reading')).toContainText(w.silent);
    await expect(widget.getByTestId('widget-summary')).toContainText(formatNumber(activate('leakyRelu', -3.2, 0.35), 3));
  });
}

// The scene "needle": each step's whole state (the widget's start, every earlier step's set, then its own).
const START = { z: 1.5, alpha: ALPHA, derivatives: false, meterFn: 'sigmoid' as (typeof FUNCTIONS)[number] };
const STEPS = [
  { id: 'light-touch', ...START, z: -3 },
  { id: 'press-harder', ...START, z: 0 },
  { id: 'full-press', ...START, z: 3 },
  { id: 'no-ceiling', ...START, z: 3, meterFn: 'relu' as const },
  { id: 'steepest', ...START, z: 0, meterFn: 'relu' as const, derivatives: true },
];

test.describe('scene needle', () => {
  test.use({ viewport: { width: 1280, height: 900 } });
  // Several steps, each gliding into place: more than the default time on a busy machine.
  test.setTimeout(60_000);

  for (const lang of ['en', 'zh'] as const) {
    test(`${lang}: each step presses the needle as the story says, with the engine's values; scrolling back restores them`, async ({ page }) => {
      await page.goto(`/${lang}/activation`);
      const widget = page.locator('[data-widget="ActivationExplorer"]');
      const expectStep = async (step: (typeof STEPS)[number]) => {
        await expect(widget.getByTestId('meter-value')).toHaveText(formatNumber(activate(step.meterFn, step.z, step.alpha)));
        for (const fn of FUNCTIONS) await expect(widget.getByTestId(`f-${fn}`)).toHaveText(formatNumber(activate(fn, step.z, step.alpha), 3));
        await expect(widget.getByRole('switch', { name: words[lang].derivatives })).toBeChecked({ checked: step.derivatives });
        if (step.derivatives) {
          for (const fn of FUNCTIONS) await expect(widget.getByTestId(`df-${fn}`)).toHaveText(formatNumber(activationDerivative(fn, step.z, step.alpha), 3));
        }
      };
      for (const step of STEPS) {
        await showStep(page, step.id);
        await expectStep(step);
      }
      await expect(widget.getByTestId('df-sigmoid')).toHaveText(formatNumber(0.25, 3));
      // Back up to the full press: sigmoid reads the meter again, saturated, and the slopes are gone.
      await showStep(page, 'full-press');
      await expectStep(STEPS[2]!);
      await expect(widget.getByTestId('meter-reading')).toContainText(words[lang].saturated);
      await showStep(page, 'light-touch');
      await expectStep(STEPS[0]!);
    });
  }
});
