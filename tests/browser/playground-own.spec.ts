// Issue 24, "your own data": points clicked onto the plot or pasted as CSV reach the trainer,
// train, are refused with the bad line named, and travel in a copied link.
import fs from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { Network, type NetworkJSON } from '../../lib/nn';
import { engineTrainer } from '../../components/trainer/replay';
import { formatNumber } from '../../lib/format';
import { decodeState, encodeState } from '../../lib/playground/codec';
import { trainerConfig } from '../../lib/playground/config';
import { withDataset } from '../../lib/playground/presets';
import { defaultState, type PlaygroundState } from '../../lib/playground/table';
import { test, expect } from './fixtures';

const counter = (page: Page, id: string) => page.locator(`[data-counter="${id}"] dd`);
const ownState = (): PlaygroundState => ({ ...withDataset(defaultState(), 'own'), testRatio: 0.1 });

async function open(page: Page, lang: 'en' | 'zh', state: PlaygroundState) {
  await page.goto(`/${lang}/playground#${encodeState(state)}`);
  await expect(page.getByTestId('own-plot')).toBeVisible();
  await expect(counter(page, 'train-loss')).not.toHaveText('–', { timeout: 20_000 });
}

/** The setup the page's address holds now. */
const pageState = (page: Page) => decodeState(new URL(page.url()).hash).state;

/** Clicks (or taps) the plot at these fractions of its width and height, from the top left. */
async function addAt(page: Page, spots: [number, number][], tap = false) {
  const plot = page.getByTestId('own-plot');
  const box = (await plot.boundingBox())!;
  for (const [fx, fy] of spots) {
    const position = { x: fx * box.width, y: fy * box.height };
    if (tap) await plot.tap({ position });
    else await plot.click({ position });
  }
}

async function exportedNetwork(page: Page): Promise<NetworkJSON> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="export"]').click()]) as [Download, void];
  return JSON.parse(fs.readFileSync((await download.path())!, 'utf8')) as NetworkJSON;
}

/** Share of the points (playground units) the network puts on the right side of 0.5. */
function accuracyOn(json: NetworkJSON, own: number[]): number {
  const net = Network.fromJSON(json);
  let right = 0;
  for (let k = 0; k < own.length; k += 3) {
    const [score] = net.predict([[own[k]! / 6, own[k + 1]! / 6]])[0]!;
    if ((score! > 0.5 ? 1 : 0) === own[k + 2]) right++;
  }
  return right / (own.length / 3);
}

test('clicked points train: the trainer gets exactly the clicked points, the loss falls and accuracy on them rises', async ({ page }) => {
  // twenty clicks, two exports and 600 steps: 18-26 s alone, over 30 s when the machine is shared
  test.setTimeout(90_000);
  await open(page, 'en', ownState());
  // ten orange points along the top, then ten blue along the bottom (plus the six starter points)
  const row = (fy: number) => Array.from({ length: 10 }, (_, k) => [0.08 + 0.085 * k, fy + 0.04 * (k % 2)] as [number, number]);
  await addAt(page, row(0.15));
  await page.getByRole('radio', { name: 'Blue (0)' }).check();
  await addAt(page, row(0.78));
  await expect(page.getByTestId('own-count')).toHaveText('26 points (at most 5000)');
  await expect.poll(() => pageState(page).own.length).toBe(78);
  const state = pageState(page);
  const labels = state.own.filter((_, k) => k % 3 === 2);
  expect(labels.filter((l) => l === 1)).toHaveLength(13);
  expect(labels.filter((l) => l === 0)).toHaveLength(13);
  // every clicked orange point is above every clicked blue one, in plot units
  const ys = (label: number) => state.own.flatMap((v, k) => (k % 3 === 1 && state.own[k + 1] === label ? [v] : []));
  expect(Math.min(...ys(1).slice(3))).toBeGreaterThan(Math.max(...ys(0).slice(3)));

  // the worker measures the loss lib/nn measures on these points, so it trains on them
  const trainer = engineTrainer({ lanes: [trainerConfig(state, state.lr)] });
  trainer.send({ type: 'snapshot' });
  const first = trainer.getState().snapshot!.trainLoss[0]!;
  await expect(counter(page, 'train-loss')).toHaveText(formatNumber(first, 3));
  const before = accuracyOn(await exportedNetwork(page), state.own);

  await page.locator('[data-action="play"]').click();
  await expect.poll(async () => Number(await counter(page, 'step').textContent()), { timeout: 30_000 }).toBeGreaterThan(600);
  await page.locator('[data-action="play"]').click();
  const loss = Number((await counter(page, 'train-loss').textContent())!.replace(/[^\d.]/g, ''));
  expect(loss).toBeLessThan(first / 2);
  const after = accuracyOn(await exportedNetwork(page), state.own);
  expect(after).toBeGreaterThanOrEqual(0.95);
  expect(after).toBeGreaterThan(before);
});

test('a CSV with a bad line is refused naming the line, and the points in use stay', async ({ page }) => {
  await open(page, 'en', ownState());
  const url = page.url();
  const box = page.getByTestId('csv-text');
  const rows = ['x,y,label', '1,1,1', '2,2,0', '', '3,3,1', '4,4,0', '5,5,2', '0,0,0'];
  await box.fill(rows.join('\n'));
  await page.locator('[data-action="use-csv"]').click();
  await expect(page.getByTestId('csv-message')).toHaveText('line 7: label must be 0 or 1');
  await expect(page.getByTestId('own-count')).toHaveText('6 points (at most 5000)');
  expect(page.url()).toBe(url);
  await expect(box).toHaveValue(rows.join('\n')); // what was typed is kept to fix

  // an opened file is checked the same way; a point off the plot is named too
  await page.getByTestId('csv-file').setInputFiles({ name: 'mine.csv', mimeType: 'text/csv', buffer: Buffer.from('0,0,1\n1,1,0\n9,0,1\n') });
  await expect(page.getByTestId('csv-message')).toHaveText('line 3: x must be between −6 and 6 (the plot\'s range)');
  expect(page.url()).toBe(url);

  // a good one replaces the points and starts a run on them
  await box.fill('x,y,label\n-2,-2,0\n2,2,1\n-3,-1,0\n3,1,1');
  await page.locator('[data-action="use-csv"]').click();
  await expect(page.getByTestId('csv-message')).toHaveText('4 points loaded.');
  await expect(page.getByTestId('own-count')).toHaveText('4 points (at most 5000)');
  expect(pageState(page).own).toEqual([-2, -2, 0, 2, 2, 1, -3, -1, 0, 3, 1, 1]);
});

test('the CSV message is in Chinese on the Chinese page', async ({ page }) => {
  await open(page, 'zh', ownState());
  await page.getByTestId('csv-text').fill('1,1,1\n1,x,0');
  await page.locator('[data-action="use-csv"]').click();
  await expect(page.getByTestId('csv-message')).toHaveText('第 2 行：y 不是数字');
});

test('a copied link restores small own data; a focused point moves with arrows and goes with Delete', async ({ page, browser }) => {
  await open(page, 'en', ownState());
  await addAt(page, [[0.25, 0.25], [0.75, 0.75], [0.5, 0.3]]);
  await expect(page.getByTestId('own-count')).toHaveText('9 points (at most 5000)');
  const points = page.getByTestId('own-plot').locator('circle');
  const last = points.nth(8);
  await last.focus();
  const [x, y] = pageState(page).own.slice(24, 26);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowUp');
  await expect.poll(() => pageState(page).own.slice(24, 26)).toEqual([x! + 0.25, y! + 1]);
  await expect(points.nth(8)).toBeFocused();
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('own-count')).toHaveText('8 points (at most 5000)');

  const link = page.url();
  const labels = await points.evaluateAll((cs) => cs.map((c) => c.getAttribute('aria-label')));
  const other = await browser.newPage();
  await other.goto(link);
  await expect(other.getByTestId('own-count')).toHaveText('8 points (at most 5000)');
  expect(await other.getByTestId('own-plot').locator('circle').evaluateAll((cs) => cs.map((c) => c.getAttribute('aria-label')))).toEqual(labels);
  expect(decodeState(new URL(other.url()).hash).state.own).toEqual(pageState(page).own);
  await other.close();
});

test('a dragged point moves where it is dropped; right-click deletes one', async ({ page }) => {
  await open(page, 'en', ownState());
  const plot = (await page.getByTestId('own-plot').boundingBox())!;
  const at = (x: number, y: number) => [plot.x + ((x + 6) / 12) * plot.width, plot.y + ((6 - y) / 12) * plot.height] as const;
  // the first starter point, orange at (2, 3), dragged to (-4, 1)
  await page.mouse.move(...at(2, 3));
  await page.mouse.down();
  await page.mouse.move(...at(-1, 2), { steps: 4 });
  await page.mouse.move(...at(-4, 1), { steps: 4 });
  await page.mouse.up();
  await expect.poll(() => pageState(page).own.slice(0, 3).map((v) => Math.round(v * 10) / 10)).toEqual([-4, 1, 1]);
  await expect(page.getByTestId('own-count')).toHaveText('6 points (at most 5000)');
  const blue = page.getByTestId('own-plot').locator('circle').nth(4); // the blue starter point at (-3, -2)
  await expect(blue).toHaveAttribute('aria-label', /^Blue point at \(-3, -2\)/);
  await blue.click({ button: 'right' });
  await expect(page.getByTestId('own-count')).toHaveText('5 points (at most 5000)');
  expect(pageState(page).own.filter((_, k) => k % 3 === 0)).toEqual([-4, 3, 3.5, -2, -3.5]); // the point at x = −3 is gone
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  test('a tap adds a point, and the plot fits the screen', async ({ page }) => {
    await open(page, 'en', ownState());
    await addAt(page, [[0.3, 0.6]], true);
    await expect(page.getByTestId('own-count')).toHaveText('7 points (at most 5000)');
    const plot = await page.getByTestId('own-plot').boundingBox();
    expect(plot!.x).toBeGreaterThanOrEqual(0);
    expect(plot!.x + plot!.width).toBeLessThanOrEqual(360);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});

test.describe('own values (regression)', () => {
  const valueState = (): PlaygroundState => ({ ...withDataset(defaultState(), 'ownvalue'), testRatio: 0.1 });
  /** lib/nn's first training loss for a setup: the page's equals it only if the trainer has the same points and targets. */
  const firstLoss = (state: PlaygroundState) => {
    const trainer = engineTrainer({ lanes: [trainerConfig(state, state.lr)] });
    trainer.send({ type: 'snapshot' });
    return formatNumber(trainer.getState().snapshot!.trainLoss[0]!, 3);
  };

  test('en: a click adds a point with the chosen value, it trains as regression, and a copied link restores the values', async ({ page, browser }) => {
    await open(page, 'en', valueState());
    await expect(page.getByTestId('boundary')).toHaveAttribute('data-problem', 'regression');
    await expect(page.getByRole('radio', { name: 'Your own values' })).toBeChecked();
    await expect(counter(page, 'train-loss')).toHaveText(firstLoss(valueState()));
    // −1 chosen by keyboard, then a click at the top left
    await page.getByRole('radio', { name: '1', exact: true }).focus();
    for (let k = 0; k < 4; k++) await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: '−1', exact: true })).toBeChecked();
    await addAt(page, [[0.2, 0.3]]); // about (−3.6, 2.4), away from the starter points
    await expect(page.getByTestId('own-count')).toHaveText('8 points (at most 5000)');
    const state = pageState(page);
    expect(state.dataset).toBe('ownvalue');
    const [x, y, value] = state.values.slice(21);
    expect(Math.abs(x! + 3.6)).toBeLessThan(0.1);
    expect(Math.abs(y! - 2.4)).toBeLessThan(0.1);
    expect(value).toBe(-1);
    await expect(page.getByTestId('own-plot').locator('circle').nth(7)).toHaveAttribute('aria-label', `Point at (${x}, ${y}) with value -1. Arrows move it, Delete removes it.`);
    await expect(counter(page, 'train-loss')).toHaveText(firstLoss(state));

    const other = await browser.newPage();
    await other.goto(page.url());
    await expect(other.getByTestId('own-count')).toHaveText('8 points (at most 5000)');
    expect(decodeState(new URL(other.url()).hash).state.values).toEqual(state.values);
    await expect(other.getByTestId('csv-text')).toHaveValue(/^x,y,value\n3,3,1\n/);
    await other.close();
  });

  test('zh: a CSV of x,y,value with a value outside ±1 is refused naming the line; a good one is used', async ({ page }) => {
    await open(page, 'zh', valueState());
    const url = page.url();
    await page.getByTestId('csv-text').fill('x,y,value\n1,1,0.5\n\n2,2,3');
    await page.locator('[data-action="use-csv"]').click();
    await expect(page.getByTestId('csv-message')).toHaveText('第 4 行：value 必须在 −1 到 1 之间');
    expect(page.url()).toBe(url);
    await page.getByTestId('csv-text').fill('x,y,value\n-2,-2,-0.8\n2,2,0.8\n-3,3,0\n3,-3,0.1');
    await page.locator('[data-action="use-csv"]').click();
    await expect(page.getByTestId('csv-message')).toHaveText('已载入 4 个点。');
    expect(pageState(page).values).toEqual([-2, -2, -0.8, 2, 2, 0.8, -3, 3, 0, 3, -3, 0.1]);
    await expect(counter(page, 'train-loss')).toHaveText(firstLoss(pageState(page)));
  });
});

test('more points than a link carries: the link says they are in the JSON export, and loading that file restores them', async ({ page, browser }) => {
  await open(page, 'en', ownState());
  // 250 points by CSV: more than the 200 a link holds
  const rows = Array.from({ length: 250 }, (_, k) => `${((k * 37) % 1000) / 100 - 5},${((k * 53) % 1000) / 100 - 5},${k % 2}`);
  await page.getByTestId('csv-text').fill(`x,y,label\n${rows.join('\n')}`);
  await page.locator('[data-action="use-csv"]').click();
  await expect(page.getByTestId('own-count')).toHaveText('250 points (at most 5000)');
  await expect(page.getByTestId('long-link')).toContainText('JSON');
  const url = new URL(page.url());
  expect(url.hash).not.toContain('pts=');
  expect(url.hash).toMatch(/ptsfile=250\.[0-9a-f]{8}/);
  // this tab keeps them while the setup changes: a click adds the 251st
  await addAt(page, [[0.5, 0.5]]);
  await expect(page.getByTestId('own-count')).toHaveText('251 points (at most 5000)');
  expect(pageState(page).own).toEqual([]); // not in the address
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="export"]').click()]) as [Download, void];
  const file = (await download.path())!;
  const saved = (JSON.parse(fs.readFileSync(file, 'utf8')) as { dataset: string; own: number[] });
  const round = (v: number) => Math.round(v * 100) / 100;
  expect(saved.dataset).toBe('own');
  expect(saved.own).toHaveLength(3 * 251);
  expect(saved.own.slice(0, 750)).toEqual(rows.flatMap((row) => row.split(',').map((v) => round(Number(v)))));

  // the link alone, in a fresh tab: no points, and a note saying where they are
  const other = await browser.newPage();
  await other.goto(page.url());
  await expect(other.getByTestId('own-away')).toHaveText(/251 points are not in it: they are in the JSON file/);
  await expect(other.getByTestId('own-count')).toHaveText('0 points (at most 5000)');
  await other.getByTestId('import-file').setInputFiles(file);
  await expect(other.getByTestId('own-count')).toHaveText('251 points (at most 5000)');
  await expect(other.getByTestId('own-away')).toHaveCount(0);
  expect(decodeState(new URL(other.url()).hash).state.dataset).toBe('own');
  await other.close();
});
