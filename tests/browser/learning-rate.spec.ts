import { replay } from '../../components/trainer/replay';
import type { Announcement } from '../../lib/nn/schedules';
import type { TrainerSnapshot } from '../../lib/nn/worker/protocol';
import { formatNumber } from '../../lib/format';
import { CHUNK, LANES, RACE_STEPS, laneConfig } from '../../components/widgets/LearningRateRace/config';
import { test, expect, reveal } from './fixtures';
import { showStep } from './scene';

/** One lane on the engine for a whole race at a constant rate (stops where it diverges). */
const engine = (lr: number): TrainerSnapshot => lane(lr, RACE_STEPS);

const text = {
  en: { start: 'Start', again: 'Race again', large: 'Large lane η', converged: 'converged, loss ', notConverged: 'did not converge', diverged: (n: number) => `diverged at step ${n}`, best: 'Your largest converging rate so far: ' },
  zh: { start: '开跑', again: '再跑一次', large: '大跑道 η', converged: '收敛了，损失 ', notConverged: '没收敛', diverged: (n: number) => `第 ${n} 步发散了`, best: '你找到的最大收敛学习速率：' },
};

// The reader's own races: below the wide layout (1100 px) the story moves the widget only when
// a step's "show me" is pressed, so these start from the widget's defaults.
test.use({ viewport: { width: 1024, height: 800 } });

for (const lang of ['en', 'zh'] as const) {
  const t = text[lang];
  test(`${lang}: LearningRateRace — in lockstep, small is slower than good, large fails, and a typed rate diverges where the engine does`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(`/${lang}/learning-rate`);
    const widget = page.locator('[data-widget="LearningRateRace"]');
    await reveal(widget);
    const status = (id: string) => widget.getByTestId(`race-status-${id}`);
    const [small, good] = LANES.slice(0, 2).map((lane) => engine(lane.initial));

    await widget.getByRole('button', { name: t.start }).click();
    await expect(widget.getByTestId('race-step')).toContainText(`${RACE_STEPS} / ${RACE_STEPS}`, { timeout: 30_000 });
    await expect(status('good')).toHaveText(t.converged + formatNumber(good!.trainLoss.at(-1)!, 3));
    await expect(status('small')).toContainText(formatNumber(small!.trainLoss.at(-1)!, 3));
    expect(small!.trainLoss.at(-1)!).toBeGreaterThan(good!.trainLoss.at(-1)!);
    await expect(status('large')).toContainText(t.notConverged);

    // the reader types a rate at the top of the large slider: it diverges at the engine's step
    const top = engine(3);
    expect(top.diverged).toBe(true);
    const field = widget.getByRole('textbox', { name: t.large });
    await field.fill('3');
    await field.press('Enter');
    await widget.getByRole('button', { name: t.start }).click();
    await expect(status('large')).toHaveText(t.diverged(top.step + 1), { timeout: 30_000 });
    await expect(widget.locator('svg text', { hasText: lang === 'en' ? 'diverged' : '发散' })).toBeVisible();
    await expect(widget.getByTestId('race-step')).toContainText(`${RACE_STEPS} / ${RACE_STEPS}`, { timeout: 30_000 });
    await expect(widget).not.toContainText('NaN');

    // the challenge keeps a converging rate
    await field.fill('0.6');
    await field.press('Enter');
    await widget.getByRole('button', { name: t.start }).click();
    await expect(widget.getByTestId('race-best')).toHaveText(`${t.best}0.60`, { timeout: 30_000 });
  });
}

for (const [lang, decay, announce, start] of [
  ['en', 'Decay the large lane’s rate', 'The programmers changed the learning rate!', 'Start'],
  ['zh', '给大跑道加学习速率衰减', '程序员调学习速率了！', '开跑'],
] as const) {
  test(`${lang}: LearningRateRace — decay lets the large start settle; the loudspeaker changes the rate mid-run`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(`/${lang}/learning-rate`);
    const widget = page.locator('[data-widget="LearningRateRace"]');
    await reveal(widget);
    const step = async () => Number((await widget.getByTestId('race-step').textContent())!.split('/')[0]!.replace(/\D/g, ''));

    await widget.getByRole('switch', { name: decay }).press('Space');
    await widget.getByRole('button', { name: start }).click();
    await expect.poll(step, { timeout: 30_000 }).toBe(RACE_STEPS);
    await expect(widget.getByTestId('race-status-large')).toContainText(lang === 'en' ? 'converged, loss' : '收敛了');

    await widget.getByRole('switch', { name: decay }).press('Space');
    await widget.getByRole('button', { name: start }).click();
    await expect.poll(step, { timeout: 30_000 }).toBeGreaterThan(80);
    await widget.getByRole('button', { name: announce }).click();
    await expect(widget.getByTestId('race-rate-large')).toHaveText('η = 0.20');
    await expect(widget.locator('svg text', { hasText: 'η 0.80→0.20' })).toBeVisible();
  });
}

/** One lane raced on the engine, CHUNK steps per snapshot as the widget's trainer does, its rate changed by `announcements`. */
function lane(lr: number, steps: number, announcements: Announcement[] = []): TrainerSnapshot {
  return replay({ lanes: [{ ...laneConfig(lr), announcements }], stepsPerFrame: CHUNK }, steps)[0]!;
}
const lossText = (s: TrainerSnapshot) => formatNumber(s.trainLoss.at(-1)!, 3);

test.describe('scene race-day', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  for (const lang of ['en', 'zh'] as const) {
    const t = text[lang];
    test(`${lang}: Dabai's rate 3 diverges where the engine does, the halfway pause and the loudspeaker's cut give the engine's losses; scrolling back replays exactly`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.goto(`/${lang}/learning-rate`);
      const widget = page.locator('[data-widget="LearningRateRace"]');
      const status = (id: string) => widget.getByTestId(`race-status-${id}`);
      const stepText = widget.getByTestId('race-step');
      const top = lane(3, RACE_STEPS);
      const good = lane(0.3, RACE_STEPS);
      const [half, halfLarge] = [lane(0.3, 300), lane(0.8, 300)];
      const cut = lane(0.8, RACE_STEPS, [{ at: 300, lr: 0.2 }]);

      await showStep(page, 'start-line');
      await expect(stepText).toContainText(`0 / ${RACE_STEPS}`);
      await expect(widget.getByTestId('race-rate-large')).toHaveText('η = 0.80');

      await showStep(page, 'flat-out');
      await expect(status('large')).toHaveText(t.diverged(top.step + 1), { timeout: 30_000 });
      await expect(stepText).toContainText(`${RACE_STEPS} / ${RACE_STEPS}`, { timeout: 30_000 });
      await expect(status('good')).toHaveText(t.converged + lossText(good));

      await showStep(page, 'swing');
      await expect(stepText).toContainText(`300 / ${RACE_STEPS}`, { timeout: 30_000 });
      await expect(status('good')).toContainText(lossText(half));
      await expect(status('large')).toContainText(lossText(halfLarge));
      await expect(widget.getByTestId('race-rate-large')).toHaveText('η = 0.80');

      await showStep(page, 'quarter');
      await expect(widget.getByTestId('race-rate-large')).toHaveText('η = 0.20', { timeout: 30_000 });
      await expect(widget.locator('svg text', { hasText: 'η 0.80→0.20' })).toBeVisible();
      await expect(stepText).toContainText(`${RACE_STEPS} / ${RACE_STEPS}`, { timeout: 30_000 });
      await expect(status('large')).toHaveText(t.converged + lossText(cut));
      await showStep(page, 'calmer');
      await expect(status('large')).toHaveText(t.converged + lossText(cut));

      // back two steps: the race is replayed from its seed and pauses at the same numbers
      await showStep(page, 'swing');
      await expect(stepText).toContainText(`300 / ${RACE_STEPS}`, { timeout: 30_000 });
      await expect(status('large')).toContainText(lossText(halfLarge));
      await expect(widget.getByTestId('race-rate-large')).toHaveText('η = 0.80');
      await expect(widget).not.toContainText('NaN');
    });
  }
});
