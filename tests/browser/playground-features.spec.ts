// Issue 24: the playground's input features, L1 beside L2, regression, and the exported
// scripts. Every number the page shows is compared with lib/nn's for the same setup.
import fs from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { Network, featureRow, type NetworkJSON } from '../../lib/nn';
import { engineTrainer } from '../../components/trainer/replay';
import type { TrainerRequest, TrainerSnapshot } from '../../lib/nn/worker/protocol';
import { formatNumber } from '../../lib/format';
import { decodeState, encodeState } from '../../lib/playground/codec';
import { trainerConfig } from '../../lib/playground/config';
import { SAMPLE_POINTS, readScript } from '../../lib/playground/script';
import { defaultState, type PlaygroundState } from '../../lib/playground/table';
import { words } from '../../components/playground/words';
import { columnSizes, diagramLayout } from '../../components/charts/diagramLayout';
import { darkPalette, divergingTable, lightPalette } from '../../lib/theme';
import { test, expect } from './fixtures';

/** lib/nn's run of a setup after these requests, with its network. */
function engineRun(state: PlaygroundState, requests: TrainerRequest[] = []): TrainerSnapshot {
  const trainer = engineTrainer({ lanes: [trainerConfig(state, state.lr)] });
  [...requests, { type: 'snapshot', network: true } as const].forEach(trainer.send);
  const { snapshot, error } = trainer.getState();
  if (error) throw new Error(error);
  return snapshot!;
}
const epochs = (n: number): TrainerRequest[] => Array.from({ length: n }, () => ({ type: 'epoch' }));
const counter = (page: Page, id: string) => page.locator(`[data-counter="${id}"] dd`);
const shownLoss = (s: TrainerSnapshot) => formatNumber(s.trainLoss[s.trainLoss.length - 1]!, 3);
const shownAccuracy = (s: TrainerSnapshot) => `${formatNumber(100 * s.testAccuracy, 1)} %`;

async function open(page: Page, lang: 'en' | 'zh', state: PlaygroundState) {
  await page.goto(`/${lang}/playground#${encodeState(state)}`);
  await expect(page.getByTestId('workbench')).toBeVisible();
  await expect(counter(page, 'train-loss')).not.toHaveText('–', { timeout: 20_000 });
}

async function downloadText(page: Page, action: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-action="${action}"]`).click()]) as [Download, void];
  return fs.readFileSync((await download.path())!, 'utf8');
}

/**
 * The page's engine runs in Chromium's V8, the expected one in Node's: the same arithmetic, but
 * tanh and exp may differ in the last bit, and 125 steps carry that along. Weights agree to 1e-9.
 */
function expectClose(actual: number[], expected: number[], digits = 9) {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((v, k) => expect(v).toBeCloseTo(expected[k]!, digits));
}
const flat = (net: NetworkJSON) => net.layers.flatMap((l) => [...l.weights.flat(), ...l.biases]);

/** The network the page holds once its view has read the weights after the last step. */
async function trainedNetwork(page: Page, expected: NetworkJSON): Promise<NetworkJSON> {
  let got: NetworkJSON | null = null;
  await expect.poll(async () => {
    got = JSON.parse(await downloadText(page, 'export')) as NetworkJSON;
    const a = flat(got);
    const b = flat(expected);
    return a.length === b.length && a.every((v, k) => Math.abs(v - b[k]!) < 1e-9);
  }, { timeout: 10_000 }).toBe(true);
  return got!;
}

async function trainEpochs(page: Page, n: number, stepsPerEpoch: number) {
  for (let k = 1; k <= n; k++) {
    await page.locator('[data-action="epoch"]').click();
    await expect(counter(page, 'step')).toHaveText(String(k * stepsPerEpoch));
  }
}

test('en: switching features changes what trains; x₁² and x₂² alone learn the circle with no hidden layer', async ({ page }) => {
  const w = words.en;
  const start: PlaygroundState = { ...defaultState(), hidden: [], activations: [], lr: 1 };
  await open(page, 'en', start);
  const features = page.getByTestId('features');
  await expect(page.getByTestId('workbench')).toHaveAttribute('data-sizes', '2-1');

  // x₁² on: three inputs; then x₁ and x₂ off: the squares alone (by keyboard for one of them)
  await features.getByRole('button', { name: w.featureToggle(w.featureNames.x1sq, false) }).click();
  await expect(page.getByTestId('workbench')).toHaveAttribute('data-sizes', '3-1');
  await expect(counter(page, 'train-loss')).toHaveText(shownLoss(engineRun({ ...start, features: ['x1', 'x2', 'x1sq'] })));
  await features.getByRole('button', { name: w.featureToggle(w.featureNames.x2sq, false) }).click();
  await features.getByRole('button', { name: w.featureToggle(w.featureNames.x1, true) }).click();
  const x2 = features.getByRole('button', { name: w.featureToggle(w.featureNames.x2, true) });
  await x2.focus();
  await page.keyboard.press('Enter');
  const squares: PlaygroundState = { ...start, features: ['x1sq', 'x2sq'] };
  await expect(page.getByTestId('workbench')).toHaveAttribute('data-sizes', '2-1');
  await expect(page.getByTestId('diagram')).toHaveAttribute('data-sizes', '2-1');
  expect(decodeState(new URL(page.url()).hash).state.features).toEqual(['x1sq', 'x2sq']);

  // the last input on cannot be switched off: a note, and nothing lost
  await features.getByRole('button', { name: w.featureToggle(w.featureNames.x1sq, true) }).click();
  await features.getByRole('button', { name: w.featureToggle(w.featureNames.x2sq, true) }).click();
  await expect(features.getByRole('status')).toHaveText(w.lastFeature);
  await expect(page.getByTestId('workbench')).toHaveAttribute('data-sizes', '1-1');
  await features.getByRole('button', { name: w.featureToggle(w.featureNames.x1sq, false) }).click();
  await expect(page.getByTestId('workbench')).toHaveAttribute('data-sizes', '2-1');

  await trainEpochs(page, 3, 25);
  const trained = engineRun(squares, epochs(3));
  expect(trained.testAccuracy).toBeGreaterThan(0.95);
  // the same network on the plain inputs stays far from it
  expect(engineRun(start, epochs(3)).testAccuracy).toBeLessThan(0.75);
  await expect(counter(page, 'test-accuracy')).toHaveText(shownAccuracy(trained));
  await expect(counter(page, 'train-loss')).toHaveText(shownLoss(trained));
});

test('zh: L1 drives small weights to exactly zero (the downloaded network equals lib/nn\'s)', async ({ page }) => {
  const w = words.zh;
  const start: PlaygroundState = { ...defaultState(), hidden: [4], activations: ['tanh'], lr: 0.3, features: ['x1', 'x2', 'x1sq', 'x2sq', 'x1x2', 'sin1', 'sin2'] };
  await open(page, 'zh', start);
  await page.getByRole('combobox', { name: w.l1 }).selectOption('0.03');
  await expect(page.getByText(w.l1Hint)).toBeVisible();
  const state = { ...start, l1: 0.03 };
  expect(decodeState(new URL(page.url()).hash).state.l1).toBe(0.03);
  await trainEpochs(page, 5, 25);
  const expected = engineRun(state, epochs(5)).network!;
  await expect(page.getByTestId('diagram')).toHaveAttribute('data-sizes', '7-4-1');
  // the view reads the weights a moment after the step: wait until it has the trained ones
  const shown = await trainedNetwork(page, expected);
  const zeros = (net: NetworkJSON) => net.layers.flatMap((l) => l.weights.flat()).filter((x) => x === 0).length;
  expect(zeros(expected)).toBeGreaterThanOrEqual(16); // of 32
  // exactly zero, not merely small, in the page's network too: the same weights
  expect(zeros(shown)).toBe(zeros(expected));
  shown.layers.forEach((l, k) => l.weights.forEach((row, o) => row.forEach((x, i) => expect(x === 0).toBe(expected.layers[k]!.weights[o]![i] === 0))));
  expect(zeros(engineRun({ ...state, l1: 0 }, epochs(5)).network!)).toBe(0);
});

for (const dataset of ['plane', 'multigauss'] as const) {
  test(`en: the ${dataset} regression set trains and draws its prediction on a colour scale`, async ({ page }) => {
    const w = words.en;
    await open(page, 'en', defaultState());
    await page.getByRole('radio', { name: w.problems.regression }).check();
    if (dataset !== 'plane') await page.getByRole('radio', { name: w.datasets[dataset] }).check();
    await expect(page.getByTestId('workbench')).toHaveAttribute('data-dataset', dataset);
    await expect(page.getByText(w.outputRegression)).toBeVisible();
    await expect(page.getByText(w.lossRegression)).toBeVisible();
    const state = decodeState(new URL(page.url()).hash).state;
    expect(state.dataset).toBe(dataset);
    const boundary = page.getByTestId('boundary');
    await expect(boundary).toHaveAttribute('data-problem', 'regression');
    await expect(boundary.getByRole('img', { name: w.regressionMap })).toBeVisible();

    const before = engineRun(state);
    await trainEpochs(page, 4, 25);
    const after = engineRun(state, epochs(4));
    expect(after.trainLoss.at(-1)!).toBeLessThan(before.trainLoss.at(-1)! * 0.8);
    await expect(counter(page, 'train-loss')).toHaveText(shownLoss(after));
    // the picture is the prediction: blue (−1) where the network predicts low, orange (+1) where high
    const net = Network.fromJSON(after.network!);
    const colours = await boundary.locator('canvas').first().evaluate((canvas: HTMLCanvasElement) => {
      const ctx = canvas.getContext('2d')!;
      const at = (fx: number, fy: number) => Array.from(ctx.getImageData(Math.round(fx * (canvas.width - 1)), Math.round(fy * (canvas.height - 1)), 1, 1).data);
      return { lowLeft: at(0.02, 0.98), topRight: at(0.98, 0.02) };
    });
    if (dataset === 'plane') {
      expect(net.predict([[-1, -1]])[0]![0]).toBeLessThan(-0.3);
      expect(net.predict([[1, 1]])[0]![0]).toBeGreaterThan(0.3);
      // orange is redder than blue, blue bluer than orange
      expect(colours.topRight[0]! - colours.topRight[2]!).toBeGreaterThan(40);
      expect(colours.lowLeft[2]! - colours.lowLeft[0]!).toBeGreaterThan(40);
    } else {
      expect(colours.lowLeft).not.toEqual(colours.topRight);
    }
  });
}

for (const kind of ['pytorch', 'keras'] as const) {
  test(`en: the ${kind} script embeds the trained weights and lib/nn's predictions for three points`, async ({ page }) => {
    const state: PlaygroundState = { ...defaultState(), features: ['x1', 'x2', 'x1x2', 'sin1'], hidden: [3, 2], activations: ['relu', 'tanh'] };
    await open(page, 'en', state);
    await trainEpochs(page, 2, 25);
    const shown = await trainedNetwork(page, engineRun(state, epochs(2)).network!);
    const script = readScript(await downloadText(page, `export-${kind}`));
    // the script carries the page's weights digit for digit
    expect(script.weights).toEqual(shown.layers.map((l) => l.weights));
    expect(script.biases).toEqual(shown.layers.map((l) => l.biases));
    // and lib/nn's predictions for its three points (Node's V8 here, Chromium's there: to 12 digits)
    const net = Network.fromJSON(shown);
    const want = SAMPLE_POINTS.map(([a, b]) => net.predict([featureRow(a, b, state.features)])[0]!);
    expect(script.expected).toHaveLength(3);
    script.expected.forEach((row, k) => expectClose(row, want[k]!, 12));
  });
}

test('en: a copied link restores features, regularisation and problem type', async ({ page, context }) => {
  const state: PlaygroundState = { ...defaultState(), dataset: 'multigauss', features: ['x1sq', 'x1x2', 'sin2'], l1: 0.001, l2: 0.003 };
  await open(page, 'en', state);
  await page.locator('[data-action="copy-link"]').click();
  const link = await page.getByTestId('share-link').inputValue();
  expect(decodeState(link.slice(link.indexOf('#'))).state).toEqual(state);
  const fresh = await context.newPage();
  await fresh.goto(link);
  const w = words.en;
  await expect(fresh.getByRole('radio', { name: w.problems.regression })).toBeChecked();
  await expect(fresh.getByRole('radio', { name: w.datasets.multigauss })).toBeChecked();
  for (const f of ['x1sq', 'x1x2', 'sin2'] as const) await expect(fresh.locator(`[data-feature="${f}"]`)).toHaveAttribute('aria-pressed', 'true');
  await expect(fresh.locator('[data-feature="x1"]')).toHaveAttribute('aria-pressed', 'false');
  await expect(fresh.getByRole('combobox', { name: w.l1 })).toHaveValue('0.001');
  await expect(fresh.getByRole('combobox', { name: w.l2 })).toHaveValue('0.003');
  await expect(counter(fresh, 'train-loss')).toHaveText(shownLoss(engineRun(state)));
});

test('zh: a hidden neuron shown large, worked out at a point chosen by keyboard, gives lib/nn\'s output there', async ({ page }) => {
  const state = defaultState();
  await open(page, 'zh', state);
  await trainEpochs(page, 1, 25);
  const shown = await trainedNetwork(page, engineRun(state, epochs(1)).network!);
  const maps = page.getByTestId('neuron-maps');
  // one map per hidden neuron: 4 + 2
  await expect(maps.locator('[data-neuron]')).toHaveCount(6);
  await maps.locator('[data-neuron="0-2"]').click();
  const large = page.getByTestId('neuron-large');
  await expect(large).toHaveAttribute('data-neuron', '0-2');
  await large.getByRole('group').focus();
  for (let k = 0; k < 3; k++) await page.keyboard.press('ArrowLeft'); // (0.5, 0.5) → (0.2, 0.5)
  await page.keyboard.press('ArrowDown'); // → (0.2, 0.4)
  const formula = page.getByTestId('neuron-formula');
  await expect(formula).toContainText('(x₁, x₂) = (0.20, 0.40)');
  const want = Network.fromJSON(shown).forwardTrace([0.2, 0.4]).outputs[0]![2]!;
  expect(Number(await formula.getAttribute('data-output'))).toBeCloseTo(want, 12);
  await expect(formula.getByTestId('neuron-output')).toHaveText(formatNumber(want, 3));
  // the weighted sum is written with today's weights and the point's inputs
  const w0 = shown.layers[0]!.weights[2]!;
  await expect(formula).toContainText(`${w0[0]! < 0 ? `(${formatNumber(w0[0]!, 2)})` : formatNumber(w0[0]!, 2)} × 0.20`);
  // hovering another neuron works that one out at the same point
  await maps.locator('[data-neuron="1-0"]').hover();
  const second = Network.fromJSON(shown).forwardTrace([0.2, 0.4]).outputs[1]![0]!;
  await expect.poll(async () => Number(await formula.getAttribute('data-output'))).toBeCloseTo(second, 12);
});

test('en: pointing at the loss chart (or arrowing through it) reads out the step and lib/nn\'s loss there', async ({ page }) => {
  const w = words.en;
  const state = defaultState();
  await open(page, 'en', state);
  await trainEpochs(page, 2, 25);
  const run = engineRun(state, epochs(2));
  const chart = page.getByTestId('loss-chart');
  const readout = page.getByTestId('loss-readout');
  const show = (k: number) => w.lossReadout(String(run.historySteps[k]), formatNumber(run.trainLoss[k]!, 3), formatNumber(run.testLoss[k]!, 3));
  // the far right of the plot is the last step measured, the left edge step 0
  const plot = chart.locator('svg').first();
  await plot.scrollIntoViewIfNeeded();
  const box = (await plot.boundingBox())!;
  await plot.hover({ position: { x: box.width - 2, y: box.height / 2 } });
  await expect(readout).toHaveText(show(run.historySteps.length - 1));
  await plot.hover({ position: { x: 2, y: box.height / 2 } });
  await expect(readout).toHaveText(show(0));
  await page.mouse.move(0, 0);
  await expect(readout).toHaveText(w.lossHint);
  // by keyboard: End, then one point back
  await chart.focus();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await expect(readout).toHaveText(show(run.historySteps.length - 2));
});

// Every hidden neuron's map, read back from the pixels drawn, against lib/nn's output for that
// neuron at sampled points of the 24 × 24 grid the maps are computed on (tanh: coloured over [−1, 1]).
const GRID = 24;
const SAMPLES = [[2, 3], [20, 5], [12, 12], [6, 19], [17, 21], [23, 0]] as const;
const gridPoint = (col: number, row: number): [number, number] => [-1 + (2 * col) / (GRID - 1), -1 + (2 * row) / (GRID - 1)];
const neuronOutput = (net: NetworkJSON, layer: number, neuron: number, [x, y]: [number, number]) =>
  Network.fromJSON(net).forwardTrace([x, y]).outputs[layer]![neuron]!;
/** The colour a tanh output is painted in (Heatmap's table: 256 steps from blue through paper to orange). */
const colourOf = (table: Uint8ClampedArray, v: number) => {
  const k = Math.round(Math.max(0, Math.min(1, (v + 1) / 2)) * 255) * 3;
  return [table[k]!, table[k + 1]!, table[k + 2]!];
};
/** The tanh output a colour stands for: the nearest entry of the table. */
const valueOf = (table: Uint8ClampedArray, rgb: number[]) => {
  let best = 0;
  let bestDistance = Infinity;
  for (let k = 0; k < 256; k++) {
    const d = (table[3 * k]! - rgb[0]!) ** 2 + (table[3 * k + 1]! - rgb[1]!) ** 2 + (table[3 * k + 2]! - rgb[2]!) ** 2;
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return -1 + (2 * best) / 255;
};
async function pixels(canvas: ReturnType<Page['locator']>, at: [number, number][]): Promise<number[][]> {
  return canvas.evaluate((c: HTMLCanvasElement, spots) => {
    const ctx = c.getContext('2d')!;
    return spots.map(([x, y]) => Array.from(ctx.getImageData(x, y, 1, 1).data.slice(0, 3)));
  }, at);
}
const paletteTable = async (page: Page) =>
  divergingTable((await page.evaluate(() => document.documentElement.dataset.theme)) === 'dark' ? darkPalette : lightPalette);

test('en: each hidden neuron\'s map, shown large, is lib/nn\'s output for that neuron at sampled points', async ({ page }) => {
  const state = defaultState();
  await open(page, 'en', state);
  await trainEpochs(page, 2, 25);
  const shown = await trainedNetwork(page, engineRun(state, epochs(2)).network!);
  const table = await paletteTable(page);
  const maps = page.getByTestId('neuron-maps');
  for (const [layer, count] of [[0, 4], [1, 2]] as const) {
    for (let neuron = 0; neuron < count; neuron++) {
      await maps.locator(`[data-neuron="${layer}-${neuron}"]`).click();
      const large = page.getByTestId('neuron-large');
      await expect(large).toHaveAttribute('data-neuron', `${layer}-${neuron}`);
      const canvas = large.locator('canvas').first();
      const scale = (await canvas.evaluate((c: HTMLCanvasElement) => c.width)) / GRID; // 10 pixels per grid value at a device pixel ratio of 1
      // a pixel just right of a grid value's centre: 95 % that value, 5 % its neighbour (the map is smoothed)
      const got = await pixels(canvas, SAMPLES.map(([col, row]) => [Math.floor((col + 0.5) * scale), Math.floor((GRID - 1 - row + 0.5) * scale)]));
      SAMPLES.forEach(([col, row], k) => {
        const want = neuronOutput(shown, layer, neuron, gridPoint(col, row));
        expect(Math.abs(valueOf(table, got[k]!) - want), `layer ${layer + 1} neuron ${neuron + 1} at ${gridPoint(col, row)}`).toBeLessThan(0.04);
      });
    }
  }
});

test('zh: the maps are drawn in the diagram\'s circles, as lib/nn computes them; clicking a circle (or Enter) shows it large', async ({ page }) => {
  const state = defaultState();
  await open(page, 'zh', state);
  await trainEpochs(page, 1, 25);
  const shown = await trainedNetwork(page, engineRun(state, epochs(1)).network!);
  const table = await paletteTable(page);
  const overlay = page.getByTestId('diagram-maps');
  // the diagram is 460 × 260; each map fills its circle less a 2-pixel rim, one pixel per grid value's colour (not smoothed)
  const layout = diagramLayout(columnSizes(shown.layers), 460, 260);
  const r = layout.radius - 2;
  await expect.poll(() => overlay.evaluate((c: HTMLCanvasElement) => c.width)).toBe(460);
  for (const [layer, count] of [[0, 4], [1, 2]] as const) {
    for (let neuron = 0; neuron < count; neuron++) {
      const [cx, cy] = [layout.x(layer + 1), layout.y(layer + 1, neuron)];
      const spot = (col: number, row: number): [number, number] =>
        [Math.floor(cx - r + ((col + 0.5) * 2 * r) / GRID), Math.floor(cy - r + ((GRID - 1 - row + 0.5) * 2 * r) / GRID)];
      const inside = SAMPLES.filter(([col, row]) => Math.hypot(col + 0.5 - GRID / 2, row + 0.5 - GRID / 2) < GRID / 2 - 1);
      const got = await pixels(overlay, inside.map(([col, row]) => spot(col, row)));
      inside.forEach(([col, row], k) => {
        const want = colourOf(table, neuronOutput(shown, layer, neuron, gridPoint(col, row)));
        got[k]!.forEach((c, i) => expect(Math.abs(c - want[i]!), `layer ${layer + 1} neuron ${neuron + 1} at ${gridPoint(col, row)}`).toBeLessThanOrEqual(2));
      });
    }
  }
  // a click on a circle in the drawing shows that neuron large; so does Enter on a focused one
  // (the map lies over the circle and lets the click through to it)
  await page.getByTestId('diagram').locator('g[data-column="1"]').nth(3).click();
  await expect(page.getByTestId('neuron-large')).toHaveAttribute('data-neuron', '0-3');
  await page.getByTestId('diagram').locator('g[data-column="2"]').nth(1).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('neuron-large')).toHaveAttribute('data-neuron', '1-1');
});
