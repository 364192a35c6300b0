import type { BrowserContext, Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';

// Issue 22, part 1 item 2: one run per trainer, owned by the presenter window; the projector
// draws the presenter's snapshots and trains no copy. Every action, from either window, reaches
// the one run, and both windows then show the same numbers.

const floor = {
  en: { play: 'Play', pause: 'Pause', step: 'One step', epoch: 'One epoch', reset: 'Reset', myTurn: 'My turn', back: 'Back to the story' },
  zh: { play: '播放', pause: '暂停', step: '一步', epoch: '一轮', reset: '重置', myTurn: '我来试试', back: '回到故事' },
};
const race = {
  en: { start: 'Start', pause: 'Pause', reset: 'Reset' },
  zh: { start: '开跑', pause: '暂停', reset: '重置' },
};

/** Opens a deck and waits until it has measured itself and read the URL. */
async function openDeck(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator('main[data-ready]')).toBeVisible({ timeout: 20_000 });
}

/** The trainer workers a window starts, each with the moment it started. */
function watchWorkers(page: Page) {
  const started: number[] = [];
  page.on('worker', () => started.push(Date.now()));
  return { since: (t: number) => started.filter((at) => at >= t).length, all: () => started.length };
}

/**
 * The projector, then its presenter window beside it (two pages of one browser, as a teacher
 * opens them), both on the slide that holds `widget`, loaded.
 */
async function openPair(page: Page, context: BrowserContext, deck: string, widget: string) {
  await page.setViewportSize({ width: 1280, height: 720 });
  const projectorWorkers = watchWorkers(page);
  await openDeck(page, deck);
  const presenter = await context.newPage();
  const presenterWorkers = watchWorkers(presenter);
  await presenter.setViewportSize({ width: 1280, height: 800 });
  await openDeck(presenter, `${deck}?presenter`);
  // the projector has heard that the presenter window owns the runs: from now on it trains nothing
  await expect(presenter.locator('main[data-runs="own"]')).toHaveCount(1, { timeout: 10_000 });
  await expect(page.locator('main[data-runs="mirror"]')).toHaveCount(1, { timeout: 10_000 });
  const ready = Date.now();
  const index = Number(await page.locator(`[data-slide]:has([data-widget="${widget}"])`).first().getAttribute('data-slide'));
  await presenter.keyboard.press('g');
  await presenter.getByTestId('goto').getByRole('textbox').fill(String(index + 1));
  await presenter.getByTestId('goto').getByRole('textbox').press('Enter');
  await expect(page).toHaveURL(new RegExp(`#${index + 1}$`), { timeout: 5000 });
  const inProjector = page.locator(`[data-slide][data-current] [data-widget="${widget}"]`);
  const inPresenter = presenter.locator(`[data-slide][data-current] [data-widget="${widget}"]`);
  for (const w of [inProjector, inPresenter]) await expect(w).not.toHaveAttribute('data-widget-pending', /.*/, { timeout: 20_000 });
  return { presenter, inProjector, inPresenter, projectorWorkers, presenterWorkers, ready };
}

/** Both windows show the same numbers (allowing a moment for the snapshot to cross); `after` names the action in a failure. */
async function same(projector: Locator, presenter: Locator, ids: string[], after = ''): Promise<string[]> {
  let shown: (string | null)[] = [];
  const quick = (widget: Locator) => Promise.all(ids.map((id) => widget.getByTestId(id).textContent({ timeout: 1000 })));
  try {
    await expect(async () => {
      shown = await quick(presenter);
      expect(await quick(projector)).toEqual(shown);
    }).toPass({ timeout: 5000 });
  } catch {
    // say what each window showed, and which of them was playing
    const state = async (widget: Locator) => [...(await quick(widget).catch(() => ['(no numbers)'])), await widget.getByRole('button').first().textContent({ timeout: 1000 }).catch(() => '?')];
    throw new Error(`after ${after}: projector ${JSON.stringify(await state(projector))} ≠ presenter ${JSON.stringify(await state(presenter))}`);
  }
  return shown as string[];
}

/**
 * Presses a widget's button, found by its words, in one window: focused, then Enter, as a
 * keyboard does (a playing widget redraws every frame, so it never holds still for a click).
 */
const press = (widget: Locator, name: string) => widget.getByRole('button', { name }).press('Enter');

const FLOOR_NUMBERS = ['floor-examples', 'floor-steps', 'floor-epochs', 'floor-rate', 'floor-loss'];
const RACE_NUMBERS = ['race-step', 'race-rate-small', 'race-rate-good', 'race-rate-large', 'race-status-small', 'race-status-good', 'race-status-large'];

for (const lang of ['en', 'zh'] as const) {
  const t = floor[lang];

  test(`${lang}: the training floor is one run in both windows: play, reset, step, epoch and "my turn", from either window`, async ({ page, context }) => {
    test.setTimeout(90_000);
    const { presenter, inProjector: here, inPresenter: there, projectorWorkers, presenterWorkers, ready } = await openPair(page, context, `/${lang}/training/present`, 'TrainingFloor');

    // Play in the presenter window, pause a moment later: the projector shows the very same run.
    await press(there, t.play);
    await expect.poll(async () => Number(await here.getByTestId('floor-steps').textContent()), { timeout: 10_000 }).toBeGreaterThan(5);
    await press(there, t.pause);
    const played = await same(here, there, FLOOR_NUMBERS, 'play, pause');
    expect(Number(played[1])).toBeGreaterThan(5);

    // Reset and one step from the projector, one epoch from the presenter.
    await press(here, t.reset);
    expect((await same(here, there, FLOOR_NUMBERS, 'reset (projector)'))[1]).toBe('0');
    await press(here, t.step);
    expect((await same(here, there, FLOOR_NUMBERS, 'one step (projector)'))[1]).toBe('1');
    await press(there, t.epoch);
    const epoch = await same(here, there, FLOOR_NUMBERS, 'one epoch (presenter)');
    expect(Number(epoch[1])).toBeGreaterThan(1);

    // Pressing the widget handed it to the teacher ("Your turn") in both windows. Back to the
    // story (presenter) puts the story's step into the widget in both; "My turn" (projector)
    // takes it again in both; a step from the projector then moves the one run both draw.
    const swap = presenter.locator('[data-slide][data-current] [data-scene-swap]');
    const swapHere = page.locator('[data-slide][data-current] [data-scene-swap]');
    await expect(swap).toHaveText(t.back);
    await expect(swapHere).toHaveText(t.back);
    await swap.click();
    await expect(swap).toHaveText(t.myTurn);
    await expect(swapHere).toHaveText(t.myTurn);
    await same(here, there, FLOOR_NUMBERS, 'back to the story (presenter)');
    await swapHere.click();
    await expect(swap).toHaveText(t.back);
    await expect(swapHere).toHaveText(t.back);
    const before = await same(here, there, FLOOR_NUMBERS, 'my turn (projector)');
    await press(here, t.step);
    const mine = await same(here, there, FLOOR_NUMBERS, 'one step after my turn (projector)');
    expect(Number(mine[1])).toBe(Number(before[1]) + 1);
    await press(there, t.play);
    await expect.poll(async () => Number(await here.getByTestId('floor-steps').textContent()), { timeout: 10_000 }).toBeGreaterThan(Number(mine[1]) + 3);
    await press(here, t.pause);
    await same(here, there, FLOOR_NUMBERS, 'play (presenter), pause (projector)');

    // The presenter trained it; the projector started no trainer of its own.
    expect(presenterWorkers.all()).toBeGreaterThan(0);
    expect(projectorWorkers.since(ready)).toBe(0);
    await presenter.close();
  });

  test(`${lang}: the learning-rate race is one run in both windows, started from either`, async ({ page, context }) => {
    test.setTimeout(90_000);
    const r = race[lang];
    const { presenter, inProjector: here, inPresenter: there, projectorWorkers, presenterWorkers, ready } = await openPair(page, context, `/${lang}/learning-rate/present`, 'LearningRateRace');
    const steps = () => here.getByTestId('race-step').textContent().then((text) => Number(text!.split('/')[0]!.replace(/\D/g, '')));

    await press(here, r.start);
    await expect.poll(steps, { timeout: 10_000 }).toBeGreaterThan(3);
    await press(there, r.pause);
    await same(here, there, RACE_NUMBERS);
    expect(await steps()).toBeGreaterThan(3);

    await press(there, r.reset);
    await same(here, there, RACE_NUMBERS);
    expect(await steps()).toBe(0);
    await press(there, r.start);
    await expect.poll(steps, { timeout: 10_000 }).toBeGreaterThan(3);
    await press(here, r.pause);
    await same(here, there, RACE_NUMBERS);

    expect(presenterWorkers.all()).toBeGreaterThan(0);
    expect(projectorWorkers.since(ready)).toBe(0);
    await presenter.close();
  });
}

test('when the presenter window closes, the projector takes the run over at the step it showed', async ({ page, context }) => {
  test.setTimeout(90_000);
  const t = floor.en;
  const { presenter, inProjector: here, inPresenter: there, projectorWorkers } = await openPair(page, context, '/en/training/present', 'TrainingFloor');
  await press(there, t.epoch);
  const before = await same(here, there, FLOOR_NUMBERS);
  const workers = projectorWorkers.all();
  await presenter.close();
  // the projector now trains the run itself, on from where it was
  await expect.poll(() => projectorWorkers.all(), { timeout: 10_000 }).toBeGreaterThan(workers);
  await press(here, t.step);
  await expect(here.getByTestId('floor-steps')).toHaveText(String(Number(before[1]) + 1), { timeout: 10_000 });
  await expect(here.getByTestId('floor-examples')).not.toHaveText(before[0]!);
});

test('a presenter window opened after the projector started a run picks that run up where the class saw it', async ({ page, context }) => {
  test.setTimeout(90_000);
  const t = floor.en;
  await page.setViewportSize({ width: 1280, height: 720 });
  await openDeck(page, '/en/training/present');
  const index = Number(await page.locator('[data-slide]:has([data-widget="TrainingFloor"])').first().getAttribute('data-slide'));
  await page.keyboard.press('g');
  await page.getByTestId('goto').getByRole('textbox').fill(String(index + 1));
  await page.getByTestId('goto').getByRole('textbox').press('Enter');
  const here = page.locator('[data-slide][data-current] [data-widget="TrainingFloor"]');
  await expect(here).not.toHaveAttribute('data-widget-pending', /.*/, { timeout: 20_000 });
  // the projector alone trains the run: an epoch and two steps
  await expect(page.locator('main[data-runs="own"]')).toHaveCount(1, { timeout: 10_000 });
  await press(here, t.epoch);
  await expect.poll(async () => Number(await here.getByTestId('floor-steps').textContent()), { timeout: 10_000 }).toBeGreaterThan(1);
  await press(here, t.step);
  await press(here, t.step);
  await page.waitForTimeout(300);
  const seen = await Promise.all(FLOOR_NUMBERS.map((id) => here.getByTestId(id).textContent()));

  // Every step count the projector shows from now on (a takeover that restarted would show 0)
  await here.getByTestId('floor-steps').evaluate((counter) => {
    const shown: string[] = [];
    (window as unknown as { shownSteps: string[] }).shownSteps = shown;
    new MutationObserver(() => shown.push(counter.textContent ?? '')).observe(counter, { childList: true, characterData: true, subtree: true });
  });
  // The teacher opens the presenter window now: it takes the run over, at the step the class saw
  const presenter = await context.newPage();
  await presenter.setViewportSize({ width: 1280, height: 800 });
  await openDeck(presenter, `/en/training/present?presenter#${index + 1}`);
  const there = presenter.locator('[data-slide][data-current] [data-widget="TrainingFloor"]');
  await expect(presenter.locator('main[data-runs="own"]')).toHaveCount(1, { timeout: 10_000 });
  await expect(page.locator('main[data-runs="mirror"]')).toHaveCount(1, { timeout: 10_000 });
  await expect(there).not.toHaveAttribute('data-widget-pending', /.*/, { timeout: 20_000 });
  expect(await same(here, there, FLOOR_NUMBERS, 'the presenter took over')).toEqual(seen);
  // …and the projector never went back to step 0 meanwhile
  const shownSteps = await page.evaluate(() => (window as unknown as { shownSteps: string[] }).shownSteps);
  expect(shownSteps.filter((shown) => shown !== seen[1])).toEqual([]);
  // and the run goes on from there, trained by the presenter window, from either window
  await press(there, t.step);
  expect((await same(here, there, FLOOR_NUMBERS, 'one step (presenter)'))[1]).toBe(String(Number(seen[1]) + 1));
  await press(here, t.step);
  expect((await same(here, there, FLOOR_NUMBERS, 'one step (projector)'))[1]).toBe(String(Number(seen[1]) + 2));
  await presenter.close();
});
