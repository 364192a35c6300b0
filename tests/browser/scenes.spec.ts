import { activate, weightedSum } from '../../lib/nn';
import { formatNumber } from '../../lib/format';
import { test, expect } from './fixtures';
import { scene, showStep, swapButton } from './scene';
import { stubSpeech } from './speech';
import { BIAS, WEIGHTS as FIXED } from '../../components/widgets/NeuronSignal/neuron';

// The first chapter's scene: Dabai pushes one input at a time (content/hello-neuron).
const WEIGHTS = [...FIXED];
// Chapter 1 shows what comes out (the inside only on request): "Passed on: 0.78".
const output = (inputs: number[]) => formatNumber(activate('sigmoid', weightedSum(inputs, WEIGHTS, BIAS)));
const STEPS = { 'only-first': [1, 0, 0], 'only-second': [0, 1, 0], 'only-third': [0, 0, 1] } as const;

const words = {
  en: { input: 'Input a', following: 'step 2 of 3', yours: 'Your turn' },
  zh: { input: '输入 a', following: '第 2/3 步', yours: '轮到你了' },
} as const;

for (const lang of ['en', 'zh'] as const) {
  test.describe(`${lang}: a scene drives its widget`, () => {
    test('scrolling reaches each step, and scrolling back restores the earlier one exactly', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`/${lang}/hello-neuron`);
      const out = page.locator('[data-widget="NeuronSignal"]').getByTestId('neuron-output');
      for (const [id, inputs] of Object.entries(STEPS)) {
        await showStep(page, id);
        await expect(scene(page, 'first-signals')).toHaveAttribute('data-scene-step', id);
        await expect(out).toContainText(output([...inputs]));
      }
      await expect(scene(page, 'first-signals').locator('[data-scene-label]')).toContainText(words[lang].following.replace('2', '3'));
      await showStep(page, 'only-second');
      await expect(out).toContainText(output([...STEPS['only-second']]));
      await expect(scene(page, 'first-signals').locator('[data-scene-label]')).toContainText(words[lang].following);
      // The widget stays in view beside the steps while they scroll.
      const box = await page.locator('[data-scene-stage]').boundingBox();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y).toBeLessThan(900);
    });

    test('"my turn" frees the widget; "back to the story" restores the step', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`/${lang}/hello-neuron`);
      const widget = page.locator('[data-widget="NeuronSignal"]');
      const out = widget.getByTestId('neuron-output');
      await showStep(page, 'only-second');
      await expect(out).toContainText(output([...STEPS['only-second']]));
      await swapButton(page, 'first-signals').click();
      await expect(scene(page, 'first-signals')).toHaveAttribute('data-scene-mode', 'reader');
      await expect(scene(page, 'first-signals').locator('[data-scene-label]')).toContainText(words[lang].yours);
      const field = widget.getByRole('textbox', { name: `${words[lang].input}1` });
      await field.fill('0.5');
      await field.press('Enter');
      await expect(out).toContainText(output([0.5, 1, 0]));
      // While it is the reader's, the story scrolling on leaves it alone.
      await showStep(page, 'only-third');
      await expect(scene(page, 'first-signals')).toHaveAttribute('data-scene-step', 'only-third');
      await expect(out).toContainText(output([0.5, 1, 0]));
      await swapButton(page, 'first-signals').click();
      await expect(scene(page, 'first-signals')).toHaveAttribute('data-scene-mode', 'story');
      await expect(out).toContainText(output([...STEPS['only-third']]));
      // Touching the widget also hands it over.
      await widget.getByRole('slider').first().focus();
      await page.keyboard.press('ArrowLeft');
      await expect(scene(page, 'first-signals')).toHaveAttribute('data-scene-mode', 'reader');
    });

    test('on a phone each step has "show me", which does the same', async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(`/${lang}/hello-neuron`);
      const out = page.locator('[data-widget="NeuronSignal"]').getByTestId('neuron-output');
      // Reading past a step on a phone does not move the widget…
      await showStep(page, 'only-third');
      await page.waitForTimeout(300);
      await expect(scene(page, 'first-signals')).not.toHaveAttribute('data-scene-step', /./);
      // …its button does, and brings the widget into view.
      await page.locator('[data-step="only-third"] [data-show-me]').click();
      await expect(out).toContainText(output([...STEPS['only-third']]));
      await expect(out).toBeInViewport();
      await page.locator('[data-step="only-first"] [data-show-me]').click();
      await expect(out).toContainText(output([...STEPS['only-first']]));
      await expect(page.locator('[data-widget="NeuronSignal"]')).toBeInViewport();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
}

/** Every distinct text the output shows while the page moves from the first step to the third. */
async function outputsWhileMoving(page: import('@playwright/test').Page) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/en/hello-neuron');
  const out = page.locator('[data-widget="NeuronSignal"]').getByTestId('neuron-output');
  await showStep(page, 'only-first');
  await expect(out).toContainText(output([...STEPS['only-first']]));
  await page.waitForTimeout(900);
  await out.evaluate((element) => {
    const seen = new Set<string>();
    (window as unknown as { seen: Set<string> }).seen = seen;
    new MutationObserver(() => seen.add(element.textContent ?? '')).observe(element, { subtree: true, characterData: true, childList: true });
  });
  await showStep(page, 'only-third');
  await expect(out).toContainText(output([...STEPS['only-third']]));
  await page.waitForTimeout(900);
  return page.evaluate(() => [...(window as unknown as { seen: Set<string> }).seen]);
}

test('the widget glides between steps, and with reduced motion it jumps straight there', async ({ page }) => {
  const gliding = await outputsWhileMoving(page);
  expect(gliding.length, `values shown while gliding: ${gliding.join(' | ')}`).toBeGreaterThan(2);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const still = await outputsWhileMoving(page);
  expect(still, 'with reduced motion only the step’s own value appears').toEqual([expect.stringContaining(output([...STEPS['only-third']]))]);
});

test('read-aloud moves the widget when the narration reaches a step (no scrolling by the reader)', async ({ page }) => {
  // A phone: steps are not reached by scrolling there, so only the narration can move the widget.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.addInitScript(stubSpeech, 15);
  await page.goto('/en/hello-neuron');
  await page.locator('[data-scene="first-signals"]').evaluate((root) => {
    const steps: string[] = [];
    (window as unknown as { steps: string[] }).steps = steps;
    new MutationObserver(() => steps.push(root.getAttribute('data-scene-step') ?? '')).observe(root, { attributes: true, attributeFilter: ['data-scene-step'] });
  });
  await page.getByTestId('read-aloud').getByRole('button').click();
  await expect(scene(page, 'first-signals')).toHaveAttribute('data-scene-step', 'only-third', { timeout: 20_000 });
  await expect(page.locator('[data-widget="NeuronSignal"]').getByTestId('neuron-output')).toContainText(output([...STEPS['only-third']]));
  expect(await page.evaluate(() => (window as unknown as { steps: string[] }).steps)).toEqual(['only-first', 'only-second', 'only-third']);
});

test('in the presentation each step is one press of "next"', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/en/hello-neuron/present');
  await expect(page.locator('main[data-ready]')).toBeVisible({ timeout: 20_000 });
  const slide = page.locator('[data-slide]').filter({ has: page.locator('[data-scene="first-signals"]') });
  const index = Number(await slide.getAttribute('data-slide'));
  await page.evaluate((n) => (window.location.hash = `#${n + 1}`), index);
  await expect(slide).toHaveAttribute('data-current', '');
  const out = slide.getByTestId('neuron-output');
  const shown = slide.locator('[data-step]:not([hidden])');
  for (const [i, [id, inputs]] of Object.entries(STEPS).entries()) {
    if (i > 0) await page.keyboard.press('ArrowRight');
    await expect(shown).toHaveAttribute('data-step', id);
    await expect(out).toContainText(output([...inputs]));
  }
  await page.keyboard.press('ArrowLeft');
  await expect(shown).toHaveAttribute('data-step', 'only-second');
  await expect(out).toContainText(output([...STEPS['only-second']]));
});
