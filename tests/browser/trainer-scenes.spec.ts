import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { scene, showStep } from './scene';

// A scene step is a pure function of (seed, step): the trainer is created with the step's whole
// setup, so reaching a step twice trains the same numbers, and nothing is corrected afterwards.
// The page's trainer workers are watched: what each was sent, and the snapshots it answered.

/** One trainer worker as the page used it. */
interface Watched {
  /** the rates its `create` carried, lane by lane */
  created: number[];
  /** the rates each `plan` carried */
  plans: number[][];
  /** the rates its first snapshot reported */
  first: number[];
  /** each lane's training loss by step, added up from the snapshots' new history points */
  loss: Record<number, number>[];
}

async function watchTrainers(page: Page) {
  await page.addInitScript(() => {
    type Log = { sent: { type: string; lanes?: { optimizer: { lr: number } }[]; lr?: number[] }[]; got: unknown[] };
    const logs: Log[] = [];
    (window as unknown as { __trainers: Log[] }).__trainers = logs;
    const Native = window.Worker;
    window.Worker = class extends Native {
      private readonly log: Log = { sent: [], got: [] };
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        logs.push(this.log);
        this.addEventListener('message', (event) => this.log.got.push(event.data));
      }
      postMessage(message: unknown, options?: unknown) {
        this.log.sent?.push(message as Log['sent'][number]);
        super.postMessage(message, options as StructuredSerializeOptions);
      }
    };
  });
}

/** Every trainer the page started with `lanes` lanes, oldest first. */
const trainers = (page: Page, lanes: number): Promise<Watched[]> =>
  page.evaluate((lanes) => {
    type Report = { lr: number; history: { from: number; steps: number[]; train: number[] } };
    type Got = { type: string; lanes?: Report[] };
    const logs = (window as unknown as { __trainers: { sent: { type: string; lanes?: { optimizer: { lr: number } }[]; lr?: number[] }[]; got: Got[] }[] }).__trainers;
    return logs
      .filter((log) => log.sent[0]?.type === 'create' && log.sent[0].lanes?.length === lanes)
      .map((log) => {
        const snapshots = log.got.filter((m) => m.type === 'snapshot');
        const loss = Array.from({ length: lanes }, (_, i) => {
          let steps: number[] = [];
          let train: number[] = [];
          for (const s of snapshots) {
            const h = s.lanes![i]!.history;
            steps = steps.slice(0, h.from).concat(h.steps);
            train = train.slice(0, h.from).concat(h.train);
          }
          return Object.fromEntries(steps.map((step, k) => [step, train[k]!]));
        });
        return {
          created: log.sent[0]!.lanes!.map((lane) => lane.optimizer.lr),
          plans: log.sent.filter((m) => m.type === 'plan').map((m) => m.lr!),
          first: snapshots[0]?.lanes?.map((lane) => lane.lr) ?? [],
          loss,
        };
      });
  }, lanes);

test.use({ viewport: { width: 1280, height: 900 } });

test('the race: a step reached twice trains the same numbers, and the large lane starts at the step’s rate', async ({ page }) => {
  test.setTimeout(120_000);
  await watchTrainers(page);
  await page.goto('/en/learning-rate');
  const widget = page.locator('[data-widget="LearningRateRace"]');
  const stepText = widget.getByTestId('race-step');
  const statuses = () => Promise.all(['small', 'good', 'large'].map((id) => widget.getByTestId(`race-status-${id}`).textContent()));

  // straight to "flat-out" (large rate 3): the race's trainer is created at 3, never at the slider's 0.8
  await showStep(page, 'flat-out');
  await expect(stepText).toContainText('600 / 600', { timeout: 60_000 });
  const [flatOut] = (await trainers(page, 3)).slice(-1);
  expect(flatOut!.created).toEqual([0.003, 0.3, 3]);
  expect(flatOut!.first).toEqual([0.003, 0.3, 3]);
  expect(flatOut!.plans.filter((lr) => lr[2] !== 3)).toEqual([]); // no correction

  // "swing" (back to 0.8, paused at 300), reached twice: the same losses at every step, the same words
  await showStep(page, 'swing');
  await expect(scene(page, 'race-day')).toHaveAttribute('data-scene-step', 'swing');
  await expect(stepText).toContainText('300 / 600', { timeout: 60_000 });
  const once = await statuses();
  await showStep(page, 'start-line');
  await expect(stepText).toContainText('0 / 600', { timeout: 30_000 });
  await showStep(page, 'swing');
  await expect(stepText).toContainText('300 / 600', { timeout: 60_000 });
  expect(await statuses()).toEqual(once);
  // the first time, the "flat-out" trainer went on (the next step changes the live race); the
  // second time, a new trainer was created with the step's rates
  const runs = await trainers(page, 3);
  const [first, second] = runs.filter((run) => run.loss[0]![300] !== undefined).slice(-2);
  expect(second!.created).toEqual([0.003, 0.3, 0.8]);
  expect(second!.first).toEqual([0.003, 0.3, 0.8]);
  expect(second!.loss).toEqual(first!.loss);
  expect(Object.keys(second!.loss[2]!).length).toBeGreaterThan(50); // one point per 4-step frame
});

test('the floor: "floor-faster" reached twice starts its run at rate 1 both times, with the same loss at the same step', async ({ page }) => {
  test.setTimeout(120_000);
  await watchTrainers(page);
  await page.goto('/en/training');
  const widget = page.locator('[data-widget="TrainingFloor"]');
  const steps = async () => Number(await widget.getByTestId('floor-steps').textContent());
  const reach = async () => {
    await showStep(page, 'floor-faster');
    await expect(scene(page, 'floor-run')).toHaveAttribute('data-scene-step', 'floor-faster');
    await expect.poll(steps, { timeout: 30_000 }).toBeGreaterThan(240);
  };
  await reach();
  await showStep(page, 'floor-ready');
  await expect(widget.getByTestId('floor-steps')).toHaveText('0');
  await reach();
  const runs = (await trainers(page, 1)).filter((run) => run.created[0] === 1);
  expect(runs.length).toBeGreaterThanOrEqual(2);
  const [first, second] = runs.slice(-2);
  for (const run of [first!, second!]) {
    expect(run.first).toEqual([1]);
    expect(run.plans.filter((lr) => lr[0] !== 1)).toEqual([]);
  }
  const shared = Object.keys(first!.loss[0]!).filter((step) => step in second!.loss[0]! && Number(step) > 0);
  expect(shared.length).toBeGreaterThan(10);
  for (const step of shared) expect(second!.loss[0]![Number(step)], `step ${step}`).toBe(first!.loss[0]![Number(step)]);
});
