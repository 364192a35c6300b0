import type { TrainerSnapshot } from '../../lib/nn/worker/protocol';
import { replay } from '../../components/trainer/replay';
import { schoolSetup } from '../../components/widgets/BreedSchool/config';
import { BASE_LR } from '../../components/widgets/BreedSchool/manifest';
import { formatNumber } from '../../lib/format';
import { test, expect } from './fixtures';
import { showStep, swapButton } from './scene';

/** The school's run on the engine: `steps` steps, with Adam's rate `lr` from step `from` on. */
const engine = (steps: number, from = 0, lr = BASE_LR) => replay(schoolSetup({ playing: true, until: 0, lr: { from, value: lr } }), steps)[0]!;

const percent = (s: TrainerSnapshot) => `${formatNumber(100 * s.testAccuracy, 1)} %`;
const stepWords = { en: (n: number) => `after ${n} steps`, zh: (n: number) => `训练了 ${n} 步` };

test.describe('scene school-day', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  for (const lang of ['en', 'zh'] as const) {
    test(`${lang}: each step shows the engine's accuracy at its step; the bigger rate knocks it down; scrolling back replays exactly`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.goto(`/${lang}/epilogue`);
      const widget = page.locator('[data-widget="BreedSchool"]');
      const accuracy = widget.getByTestId('test-accuracy');
      const step = widget.getByTestId('step');
      const [start, sixty, trained, eager] = [engine(0), engine(60), engine(600), engine(800, 600, 0.03)];

      await showStep(page, 'blank-slate');
      await expect(accuracy).toHaveText(percent(start), { timeout: 30_000 });
      await showStep(page, 'first-lessons');
      await expect(step).toHaveText(stepWords[lang](60), { timeout: 60_000 });
      await expect(accuracy).toHaveText(percent(sixty));
      await showStep(page, 'hard-cases');
      await expect(step).toHaveText(stepWords[lang](600), { timeout: 90_000 });
      await expect(accuracy).toHaveText(percent(trained));
      await showStep(page, 'too-eager');
      await expect(step).toHaveText(stepWords[lang](800), { timeout: 60_000 });
      await expect(accuracy).toHaveText(percent(eager));
      expect(eager.testAccuracy).toBeLessThan(trained.testAccuracy - 0.2);
      await expect(widget.getByTestId('rate')).toContainText('0.030');

      // back two steps: trained afresh from the seed, the same sixty steps
      await showStep(page, 'first-lessons');
      await expect(step).toHaveText(stepWords[lang](60), { timeout: 60_000 });
      await expect(accuracy).toHaveText(percent(sixty));
      await expect(widget.getByTestId('rate')).toContainText('0.003');
    });
  }

  test('en: my turn, train on, then back to the story restores the step', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/en/epilogue');
    const widget = page.locator('[data-widget="BreedSchool"]');
    await showStep(page, 'first-lessons');
    await expect(widget.getByTestId('step')).toHaveText('after 60 steps', { timeout: 60_000 });
    await swapButton(page, 'school-day').click();
    await widget.getByRole('button', { name: /Train/ }).click();
    await expect.poll(async () => Number((await widget.getByTestId('step').textContent())!.replace(/\D/g, '')), { timeout: 30_000 }).toBeGreaterThan(60);
    await swapButton(page, 'school-day').click();
    await expect(widget.getByTestId('step')).toHaveText('after 60 steps', { timeout: 60_000 });
    await expect(widget.getByTestId('test-accuracy')).toHaveText(percent(engine(60)));
  });
});
