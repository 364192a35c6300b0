import type { Page } from '@playwright/test';
import { encodeState } from '../../lib/playground/codec';
import { sizesOf, trainSizeOf } from '../../lib/playground/model';
import { FEATURES, LIMITS, defaultState, type PlaygroundState } from '../../lib/playground/table';
import { test, expect } from './fixtures';
import { mainThreadTasks } from './mainThread';

// Issue 23: one link (six layers of 64 on the dog pictures) froze the tab: 15 s before Play
// was enabled, then tasks of 14.9 s, 76 s and 12.5 s, the network diagram being an SVG of
// 42,248 elements redrawn on every snapshot.

/** The largest setups the table allows: as many layers as allowed, each as wide as allowed, the most training examples (and, for points, every input feature). */
const deepest = (dataset: 'dogs' | 'spiral', batch: number): PlaygroundState => ({
  ...defaultState(),
  dataset,
  features: dataset === 'dogs' ? defaultState().features : [...FEATURES],
  hidden: Array.from({ length: LIMITS.layers }, () => (dataset === 'dogs' ? LIMITS.neurons.dogs : LIMITS.neurons.points)),
  activations: Array.from({ length: LIMITS.layers }, () => 'relu' as const),
  testRatio: LIMITS.testRatio.min,
  optimizer: 'adam',
  lr: 0.003,
  batch,
});

/** Whether a screenshot shows orange (positive) and blue (negative) lines: at least 200 strongly coloured pixels of each. */
async function lineColours(page: Page, png: Buffer) {
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const ctx = Object.assign(document.createElement('canvas'), { width: image.width, height: image.height }).getContext('2d')!;
    ctx.drawImage(image, 0, 0);
    const pixels = ctx.getImageData(0, 0, image.width, image.height).data;
    let orange = 0;
    let blue = 0;
    for (let k = 0; k < pixels.length; k += 4) {
      if (pixels[k]! - pixels[k + 2]! > 60) orange++;
      if (pixels[k + 2]! - pixels[k]! > 60) blue++;
    }
    return { orange: orange >= 200, blue: blue >= 200 };
  }, png.toString('base64'));
}

for (const [name, state] of [['pictures', deepest('dogs', 10)], ['points', deepest('spiral', LIMITS.batch.min)]] as const) {
  test(`en: the largest playground setup for ${name} opens and plays 5 s with no main-thread task over 200 ms @perf`, async ({ page, browser }) => {
    test.setTimeout(60_000);
    await page.goto(`/en/playground#${encodeState(state)}`);
    const play = page.locator('[data-action="play"]');
    await expect(page.getByTestId('workbench')).toHaveAttribute('data-sizes', sizesOf(state).join('-'));
    // pictures: 45 s before the fix on a busy machine, about 1 s after on an idle one; 10 s
    // catches that regression without failing under load
    await expect(play).toBeEnabled({ timeout: 10_000 });
    // the weights are a canvas, not one element per weight
    const canvas = page.locator('[data-testid="diagram"] [data-dense] canvas');
    await expect(canvas).toBeVisible();
    expect(await page.getByTestId('diagram').locator('*').count()).toBeLessThan(20);
    // drawn by the diagram's own worker (a canvas handed to a worker has no context here), and
    // drawn: orange and blue lines on the screen
    expect(await canvas.evaluate((c: HTMLCanvasElement) => { try { c.getContext('2d'); return 'page'; } catch { return 'worker'; } })).toBe('worker');
    await expect.poll(async () => lineColours(page, await canvas.screenshot())).toEqual({ orange: true, blue: true });

    await page.waitForTimeout(500);
    const tasks = await mainThreadTasks(browser, page, async () => {
      await play.click();
      await page.waitForTimeout(5_000);
      await play.click();
      await expect(play).toHaveAttribute('aria-pressed', 'false');
    });
    // it really trained meanwhile, one epoch a frame: at least three epochs
    const epoch = Math.ceil(trainSizeOf(state) / state.batch);
    expect(Number(await page.locator('[data-counter="step"] dd').textContent())).toBeGreaterThanOrEqual(3 * epoch);
    const longest = [...tasks].sort((a, b) => b.cpuMs - a.cpuMs).slice(0, 3);
    test.info().annotations.push({ type: 'longest tasks (wall/cpu ms)', description: longest.map((t) => `${t.wallMs}/${t.cpuMs}`).join(', ') });
    expect(tasks.length, 'the trace saw the main thread').toBeGreaterThan(100);
    // 200 ms is the bound; measured since the dense diagram has its own worker: longest
    // 11 ms of CPU for pictures, 26-35 ms for points (load 6; before the fix: over 10 s)
    expect(tasks.filter((t) => t.cpuMs > 200), 'main-thread tasks with over 200 ms of work while playing').toEqual([]);
  });
}

test('en: where a canvas cannot be handed to a worker, the dense diagram is drawn on the page', async ({ page }) => {
  // browsers before OffscreenCanvas (Safari before 16.4) have no transferControlToOffscreen
  await page.addInitScript(() => {
    delete (HTMLCanvasElement.prototype as Partial<HTMLCanvasElement>).transferControlToOffscreen;
  });
  await page.goto(`/en/playground#${encodeState(deepest('dogs', 10))}`);
  await expect(page.locator('[data-action="play"]')).toBeEnabled({ timeout: 10_000 });
  const canvas = page.locator('[data-testid="diagram"] [data-dense] canvas');
  const drawn = () => canvas.evaluate((c: HTMLCanvasElement) => {
    const pixels = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let orange = 0;
    let blue = 0;
    for (let k = 0; k < pixels.length; k += 4) {
      if (pixels[k + 3]! > 0 && pixels[k]! - pixels[k + 2]! > 60) orange++;
      if (pixels[k + 3]! > 0 && pixels[k + 2]! - pixels[k]! > 60) blue++;
    }
    return { orange: orange >= 200, blue: blue >= 200 };
  });
  await expect.poll(drawn).toEqual({ orange: true, blue: true });
});
