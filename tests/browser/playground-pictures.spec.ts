// Issue 24, the pictures: a confusion-matrix cell opens the test pictures in it. Which pictures
// a cell holds is worked out again here with lib/nn from the network the page exports.
import fs from 'node:fs';
import zlib from 'node:zlib';
import type { Download, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { Network, type NetworkJSON } from '../../lib/nn';
import { createDataset, renderDog } from '../../lib/nn/datasets/index';
import type { TrainerRequest } from '../../lib/nn/worker/protocol';
import { engineTrainer } from '../../components/trainer/replay';
import { trainerConfig } from '../../lib/playground/config';
import { roundPixels } from '../../lib/playground/drawings';
import { formatNumber } from '../../lib/format';
import { decodeState, encodeState } from '../../lib/playground/codec';
import { cellMembers, countCells } from '../../lib/playground/inspect';
import { EVAL_SIZE, datasetSpec } from '../../lib/playground/model';
import { withDataset } from '../../lib/playground/presets';
import { defaultState, type PlaygroundState } from '../../lib/playground/table';
import { CELL_SHOWN } from '../../components/playground/CellPictures';
import { pictureWords } from '../../components/playground/pictureWords';
import { test, expect } from './fixtures';

const counter = (page: Page, id: string) => page.locator(`[data-counter="${id}"] dd`);

async function exported(page: Page): Promise<NetworkJSON> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="export"]').click()]) as [Download, void];
  return JSON.parse(fs.readFileSync((await download.path())!, 'utf8')) as NetworkJSON;
}

/** The counts the page's matrix shows, row by row. */
async function shownCounts(page: Page): Promise<number[][]> {
  const cells = await page.getByTestId('confusion').locator('td[data-cell]').evaluateAll((tds) => tds.map((td) => Number(td.textContent)));
  return [0, 1, 2, 3].map((a) => cells.slice(4 * a, 4 * a + 4));
}

test('en: a confusion-matrix cell opens exactly the test pictures lib/nn puts there, each with its scores', async ({ page }) => {
  test.setTimeout(90_000);
  const p = pictureWords.en;
  const state = withDataset(defaultState(), 'dogs');
  await page.goto(`/en/playground#${encodeState(state)}`);
  await expect(counter(page, 'train-loss')).not.toHaveText('–', { timeout: 30_000 });
  await page.locator('[data-action="epoch"]').click();
  await expect(counter(page, 'step')).not.toHaveText('0');

  // lib/nn's verdict for the network the page holds, on the same measured test pictures
  const data = createDataset(datasetSpec(state));
  const inputs = data.test.inputs.slice(0, EVAL_SIZE);
  const labels = data.test.labels.slice(0, EVAL_SIZE);
  let outputs: number[][] = [];
  await expect.poll(async () => {
    outputs = Network.fromJSON(await exported(page)).predict(inputs);
    return JSON.stringify(await shownCounts(page)) === JSON.stringify(countCells(outputs, labels, 4));
  }, { timeout: 15_000 }).toBe(true);
  const counts = countCells(outputs, labels, 4);

  // a mistake if the network makes one, else the fullest cell
  const cells = [0, 1, 2, 3].flatMap((a) => [0, 1, 2, 3].map((g) => [a, g] as const)).filter(([a, g]) => counts[a]![g]! > 0);
  const [a, g] = cells.find(([x, y]) => x !== y) ?? cells.sort((u, v) => counts[v[0]]![v[1]]! - counts[u[0]]![u[1]]!)[0]!;
  const expected = cellMembers(outputs, labels, a, g);
  expect(expected.length).toBe(counts[a]![g]);

  // by keyboard: focus the cell's button and press Enter
  const button = page.locator(`td[data-cell="${a}-${g}"] button`);
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  const panel = page.getByTestId('cell-pictures');
  await expect(panel).toHaveAttribute('data-cell', `${a}-${g}`);
  const shown = panel.locator('button[data-index]');
  await expect(shown).toHaveCount(Math.min(CELL_SHOWN, expected.length));
  const indices = await shown.evaluateAll((bs) => bs.map((b) => Number(b.getAttribute('data-index'))));
  expect(indices).toEqual(expected.slice(0, CELL_SHOWN));

  // one picture clicked: its four scores are lib/nn's probabilities for it
  const k = expected[0]!;
  await shown.first().click();
  const scores = page.getByTestId('cell-picture-scores');
  await expect(scores).toHaveAttribute('data-index', String(k));
  const percents = await scores.locator('[data-breed] > span:last-child').allTextContents();
  expect(percents).toEqual(outputs[k]!.map((v) => `${formatNumber(100 * v, 1)} %`));
  await expect(scores).toContainText(p.scoresOf(k + 1));

  // the same cell again closes it
  await button.click();
  await expect(panel).toHaveCount(0);
});

test('en: on a 360 px phone the matrix and a cell\'s pictures fit the width', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`/en/playground#${encodeState(withDataset(defaultState(), 'dogs'))}`);
  await expect(counter(page, 'train-loss')).not.toHaveText('–', { timeout: 30_000 });
  const first = page.getByTestId('confusion').locator('td[data-cell] button').first();
  await first.click();
  await expect(page.getByTestId('cell-pictures')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
  const box = (await page.getByTestId('cell-pictures').boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(360);
  // the matrix's buttons, the opened pictures and the drawing controls pass axe's WCAG 2.1 AA rules
  const axe = await new AxeBuilder({ page }).include('[data-testid="confusion"]').include('[data-testid="cell-pictures"]')
    .include('[data-testid="own-drawings"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

/** lib/nn's loss after these requests, as the status bar prints it. */
function engineLoss(state: PlaygroundState, requests: TrainerRequest[]): string {
  const trainer = engineTrainer({ lanes: [trainerConfig(state, state.lr)] });
  [...requests, { type: 'snapshot' } as const].forEach(trainer.send);
  const loss = trainer.getState().snapshot!.trainLoss;
  return formatNumber(loss[loss.length - 1]!, 3);
}

test('en: a painted drawing added as a husky trains with the pictures, and a copied link brings it back', async ({ page, context }) => {
  test.setTimeout(120_000);
  const p = pictureWords.en;
  const state = withDataset(defaultState(), 'dogs');
  await page.goto(`/en/playground#${encodeState(state)}`);
  await expect(counter(page, 'train-loss')).not.toHaveText('–', { timeout: 30_000 });
  const own = page.getByTestId('own-drawings');
  await expect(own).toHaveAttribute('data-count', '0');

  // the canvas starts from a drawn corgi; add it as a husky
  await own.getByRole('radio', { name: 'Husky' }).check();
  await own.locator('[data-action="add-drawing"]').click();
  await expect(own).toHaveAttribute('data-count', '1');
  await expect(page.getByTestId('own-message')).toHaveText(p.ownAdded('Husky', 1));
  const drawing = { label: 1, pixels: roundPixels(renderDog({ breed: 0, seed: 7 }).pixels) };
  const withDrawing = { ...state, drawings: [drawing] };
  await expect.poll(() => decodeState(new URL(page.url()).hash).state.drawings).toEqual([drawing]);

  // one epoch over 961 pictures in batches of 64 is 16 steps (960 took 15), and lib/nn's loss for that set
  await expect(counter(page, 'train-loss')).not.toHaveText('–', { timeout: 30_000 });
  await expect(counter(page, 'step')).toHaveText('0');
  await page.locator('[data-action="epoch"]').click();
  await expect(counter(page, 'step')).toHaveText('16', { timeout: 20_000 });
  const epoch: TrainerRequest[] = [{ type: 'epoch' }];
  const expected = engineLoss(withDrawing, epoch);
  expect(expected).not.toBe(engineLoss(state, [...Array.from({ length: 16 }, () => ({ type: 'step' }) as const)]));
  await expect(counter(page, 'train-loss')).toHaveText(expected);

  // the link, opened in a new tab, restores the drawing in the training set
  const again = await context.newPage();
  await again.goto(page.url());
  await expect(again.getByTestId('own-drawings')).toHaveAttribute('data-count', '1', { timeout: 30_000 });
  await expect(again.getByRole('img', { name: p.ownItem(1, 'Husky') })).toBeVisible();
});

test('en: a drawings file with a bad pixel is refused naming the drawing and the pixel, and adds nothing', async ({ page }) => {
  test.setTimeout(90_000);
  const p = pictureWords.en;
  await page.goto(`/en/playground#${encodeState(withDataset(defaultState(), 'dogs'))}`);
  await expect(counter(page, 'train-loss')).not.toHaveText('–', { timeout: 30_000 });
  const pixels = new Array<number>(256).fill(0.5);
  const bad = [...pixels];
  bad[9] = 2;
  const file = (drawings: unknown) => ({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ drawings })) });
  await page.getByTestId('open-drawings').setInputFiles(file([{ breed: 'poodle', pixels }, { breed: 'poodle', pixels: bad }]));
  await expect(page.getByTestId('own-message')).toHaveText(p.ownProblem({ kind: 'value', item: 2, pixel: 10 }));
  await expect(page.getByTestId('own-drawings')).toHaveAttribute('data-count', '0');
  await page.getByTestId('open-drawings').setInputFiles(file([{ breed: 'poodle', pixels }]));
  await expect(page.getByTestId('own-drawings')).toHaveAttribute('data-count', '1');
  await expect(page.getByTestId('own-message')).toHaveText(p.ownOpened(1));
});

/** A PNG file of a width × height greyscale image (8 bits), grey(x, y) in 0..255: built here so the test knows every pixel. */
function png(width: number, height: number, grey: (x: number, y: number) => number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale, no interlace
  const rows = Buffer.alloc(height * (width + 1));
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) rows[y * (width + 1) + 1 + x] = grey(x, y);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

test('en: a PNG opens as a 16 × 16 grey drawing; a non-picture or a huge file is refused; one drawing can be removed, and more than a link holds stay', async ({ page }) => {
  test.setTimeout(120_000);
  const p = pictureWords.en;
  await page.goto(`/en/playground#${encodeState(withDataset(defaultState(), 'dogs'))}`);
  await expect(counter(page, 'train-loss')).not.toHaveText('–', { timeout: 30_000 });
  const own = page.getByTestId('own-drawings');
  const message = page.getByTestId('picture-message');
  // 64 × 64: white on the left half, black on the right, but the top quarter mid-grey
  const half = png(64, 64, (x, y) => (y < 16 ? 128 : x < 32 ? 255 : 0));
  await page.getByTestId('open-picture').setInputFiles({ name: 'half.png', mimeType: 'image/png', buffer: half });
  await expect(message).toHaveText(p.pictureOpened('half.png'));
  await own.getByRole('radio', { name: 'Poodle' }).check();
  await own.locator('[data-action="add-drawing"]').click();
  await expect(own).toHaveAttribute('data-count', '1');
  const want = Array.from({ length: 256 }, (_, k) => (Math.floor(k / 16) < 4 ? 30 / 60 : k % 16 < 8 ? 1 : 0));
  await expect.poll(() => decodeState(new URL(page.url()).hash).state.drawings).toEqual([{ label: 3, pixels: want }]);

  // not a picture, or far too large: a message, and the canvas and the drawings stay
  await page.getByTestId('open-picture').setInputFiles({ name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('not a picture at all') });
  await expect(message).toHaveText(p.pictureProblem({ kind: 'not-image' }));
  await page.getByTestId('open-picture').setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer: Buffer.alloc(5_000_000, 1) });
  await expect(message).toHaveText(p.pictureProblem({ kind: 'too-big', bytes: 5_000_000 }));
  await expect(own).toHaveAttribute('data-count', '1');

  // five drawings: more than a link holds; they stay while the setup changes
  for (let k = 2; k <= 5; k++) {
    await own.locator('[data-action="add-drawing"]').click();
    await expect(own).toHaveAttribute('data-count', String(k));
  }
  await expect(page.getByTestId('own-not-in-link')).toBeVisible();
  expect(new URL(page.url()).hash).toMatch(/drawfile=5\.[0-9a-f]{8}/);
  await page.locator('[data-action="regenerate"]').click();
  await expect(own).toHaveAttribute('data-count', '5');

  // the second one removed by its own button (from the keyboard): four left, back in the link
  await own.getByRole('button', { name: p.ownRemoveOne(2, 'Poodle') }).focus();
  await page.keyboard.press('Enter');
  await expect(own).toHaveAttribute('data-count', '4');
  await expect(page.getByTestId('own-message')).toHaveText(p.ownRemovedOne(2, 4));
  await expect(own.getByRole('button', { name: p.ownRemoveOne(2, 'Poodle') })).toBeFocused();
  await expect.poll(() => decodeState(new URL(page.url()).hash).state.drawings.length).toBe(4);
});
