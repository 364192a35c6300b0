import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { Network } from '../../lib/nn';
import { renderDog } from '../../lib/nn/datasets/index';
import { engineTrainer } from '../../components/trainer/replay';
import type { TrainerConfig, TrainerRequest, TrainerSnapshot } from '../../lib/nn/worker/protocol';
import { formatNumber } from '../../lib/format';
import { decodeState, encodeState } from '../../lib/playground/codec';
import { trainerConfig } from '../../lib/playground/config';
import { challengeState, withDataset } from '../../lib/playground/presets';
import { roundNetwork, writeStart } from '../../lib/playground/start';
import { defaultState, type PlaygroundState } from '../../lib/playground/table';
import { words } from '../../components/playground/words';
import { shareWords } from '../../components/playground/shareWords';
import { pictureWords } from '../../components/playground/pictureWords';
import { BREED_CONFIG } from '../../components/widgets/BreedSchool/config';
import { words as breedWords } from '../../components/widgets/BreedSchool/words';
import { test, expect, reveal } from './fixtures';

/** The run lib/nn trains for a setup, after these requests: what the page must show. */
function engineRun(state: PlaygroundState, requests: TrainerRequest[] = []): TrainerSnapshot {
  return engineRunSetup(trainerConfig(state, state.lr), requests);
}
const shownLoss = (s: TrainerSnapshot) => formatNumber(s.trainLoss[s.trainLoss.length - 1]!, 3);
const counter = (page: Page, id: string) => page.locator(`[data-counter="${id}"] dd`);

async function open(page: Page, lang: 'en' | 'zh', hash = '') {
  await page.goto(`/${lang}/playground${hash}`);
  await expect(page.getByTestId('workbench')).toBeVisible();
  // the placeholder the server sent gives way to the workbench, in its own root
  await expect(page.getByText(words[lang].loading)).toBeHidden();
  // pictures are drawn in the worker first: under load that can take several seconds
  await expect(counter(page, 'train-loss')).not.toHaveText('–', { timeout: 20_000 });
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<unknown> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]) as [Download, void];
  return JSON.parse(fs.readFileSync((await download.path())!, 'utf8'));
}

const hashOf = (link: string) => link.slice(link.indexOf('#'));

for (const lang of ['en', 'zh'] as const) {
  const w = words[lang];
  const s = shareWords[lang];

  test(`${lang}: changing layers, activation, learning rate and dataset changes what trains (numbers from lib/nn)`, async ({ page }) => {
    await open(page, lang);
    let state = defaultState();
    await expect(counter(page, 'train-loss')).toHaveText(shownLoss(engineRun(state)));

    await page.locator('[data-action="add-layer"]').click();
    state = { ...state, hidden: [4, 2, 2], activations: ['tanh', 'tanh', 'tanh'] };
    await expect(page.getByTestId('workbench')).toHaveAttribute('data-sizes', '2-4-2-2-1');
    await expect(page.getByTestId('diagram')).toHaveAttribute('data-sizes', '2-4-2-2-1');
    await expect(counter(page, 'train-loss')).toHaveText(shownLoss(engineRun(state)));

    await page.getByRole('combobox', { name: w.activation(1) }).selectOption('relu');
    state = { ...state, activations: ['relu', 'tanh', 'tanh'] };
    expect(shownLoss(engineRun(state))).not.toBe(shownLoss(engineRun({ ...state, activations: ['tanh', 'tanh', 'tanh'] })));
    await expect(counter(page, 'train-loss')).toHaveText(shownLoss(engineRun(state)));

    // the learning rate changes the live run: one epoch at 0.3 is not one epoch at 0.03
    const rate = page.getByRole('textbox', { name: w.learningRate });
    await rate.fill('0.3');
    await rate.press('Enter');
    await expect(page.getByTestId('workbench')).toHaveAttribute('data-lr', '0.3');
    await page.locator('[data-action="epoch"]').click();
    const fast = engineRun({ ...state, lr: 0.3 }, [{ type: 'epoch' }]);
    expect(shownLoss(fast)).not.toBe(shownLoss(engineRun(state, [{ type: 'epoch' }])));
    await expect(counter(page, 'step')).toHaveText(String(fast.step));
    await expect(counter(page, 'train-loss')).toHaveText(shownLoss(fast));

    await page.getByRole('radio', { name: w.datasets.xor }).check();
    state = { ...state, lr: 0.3, dataset: 'xor' };
    await expect(page.getByTestId('workbench')).toHaveAttribute('data-dataset', 'xor');
    await expect(counter(page, 'step')).toHaveText('0');
    await expect(counter(page, 'train-loss')).toHaveText(shownLoss(engineRun(state)));
  });

  test(`${lang}: a copied link opens the same setup in a fresh page`, async ({ page, context }) => {
    await open(page, lang);
    await page.getByRole('radio', { name: w.datasets.spiral }).check();
    await page.getByRole('radio', { name: w.optimizers.adam }).check();
    await page.locator('[data-action="add-layer"]').click();
    await page.getByRole('combobox', { name: w.activation(3) }).selectOption('leakyRelu');
    const batch = page.getByRole('textbox', { name: w.batch });
    await batch.fill('20');
    await batch.press('Enter');
    await page.getByRole('switch', { name: w.showTest }).focus();
    await page.keyboard.press('Space');
    await page.locator('[data-action="copy-link"]').click();
    const link = await page.getByTestId('share-link').inputValue();
    const { state, problem } = decodeState(hashOf(link));
    expect(problem).toBeNull();
    expect(state).toMatchObject({ dataset: 'spiral', optimizer: 'adam', hidden: [4, 2, 2], activations: ['tanh', 'tanh', 'leakyRelu'], batch: 20, showTest: true });

    const fresh = await context.newPage();
    await fresh.goto(link);
    await expect(fresh.getByTestId('workbench')).toHaveAttribute('data-run', await page.getByTestId('workbench').getAttribute('data-run') ?? '');
    await expect(fresh.getByRole('radio', { name: w.datasets.spiral })).toBeChecked();
    await expect(fresh.getByRole('radio', { name: w.optimizers.adam })).toBeChecked();
    await expect(fresh.getByRole('switch', { name: w.showTest })).toBeChecked();
    await expect(fresh.getByRole('textbox', { name: w.batch })).toHaveValue('20');
    await expect(counter(fresh, 'train-loss')).toHaveText(shownLoss(engineRun(state)));
    await expect(counter(fresh, 'train-loss')).toHaveText((await counter(page, 'train-loss').textContent())!);
  });

  test(`${lang}: a snapshot link opens at the same step with the same weights and the same loss`, async ({ page, context }) => {
    await open(page, lang);
    for (let k = 0; k < 3; k++) await page.locator('[data-action="epoch"]').click();
    await expect(counter(page, 'step')).toHaveText('75'); // 250 training points, batches of 10
    await page.locator('[data-action="copy-snapshot"]').click();
    const link = await page.getByTestId('share-link').inputValue();
    const step = await counter(page, 'step').textContent();
    const trainLoss = await counter(page, 'train-loss').textContent();
    const testLoss = await counter(page, 'test-loss').textContent();
    const original = await downloaded(page, () => page.locator('[data-action="export"]').click());

    const decoded = decodeState(hashOf(link));
    expect(decoded.problem).toBeNull();
    expect(decoded.state.start!.step).toBe(75);
    expect(decoded.state.start!.network).toEqual(roundNetwork(original as never));

    const fresh = await context.newPage();
    await fresh.goto(link);
    await expect(fresh.getByTestId('resumed')).toBeVisible();
    await expect(counter(fresh, 'step')).toHaveText(step!);
    await expect(counter(fresh, 'train-loss')).toHaveText(trainLoss!);
    await expect(counter(fresh, 'test-loss')).toHaveText(testLoss!);
    await expect(counter(fresh, 'train-loss')).toHaveText(shownLoss(engineRun(decoded.state)));
    const restored = await downloaded(fresh, () => fresh.locator('[data-action="export"]').click());
    expect(restored).toEqual(decoded.state.start!.network);
  });

  test(`${lang}: a mangled link opens the defaults with a note`, async ({ page }) => {
    const deep = `{"step":1,"network":${'['.repeat(20000)}${']'.repeat(20000)}}`;
    const mangled = [
      '#v=1&lr=1e308',
      '#v=1&data=<script>alert(1)</script>',
      '#v=1&layers=99999999999&act=tanh',
      `#v=1&net=${Buffer.from(deep).toString('base64url')}`,
      `#v=1&${'x'.repeat(100_000)}`,
      '#v=2&data=xor',
    ];
    const defaults = shownLoss(engineRun(defaultState()));
    for (const hash of mangled) {
      await open(page, lang, hash);
      const problem = decodeState(await page.evaluate(() => location.hash)).problem;
      expect(problem).not.toBeNull();
      await expect(page.getByTestId('link-note')).toContainText(s.note(problem!));
      await expect(page.getByRole('radio', { name: w.datasets.circle })).toBeChecked();
      await expect(page.getByTestId('layer-count')).toHaveText('2');
      await expect(counter(page, 'train-loss')).toHaveText(defaults);
      await expect(page.locator('script:not([src])', { hasText: 'alert(1)' })).toHaveCount(0);
    }
    // a control change writes a valid link again, and the note goes
    await page.getByRole('radio', { name: w.datasets.moons }).check();
    await expect(page.getByTestId('link-note')).toHaveCount(0);
    expect(decodeState(await page.evaluate(() => location.hash)).problem).toBeNull();
  });

  test(`${lang}: 360 px phone: no sideways scrolling, for points and for pictures, panels open`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    for (const hash of ['', `#${encodeState(withDataset(defaultState(), 'dogs'))}`]) {
      await open(page, lang, hash);
      const closed = page.locator('details:not([open]) > summary');
      for (let k = 0; k < 10 && (await closed.count()) > 0; k++) await closed.first().click();
      await expect(closed).toHaveCount(0);
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    }
  });

  test(`${lang}: keyboard only: tab to Play and start, tab to the datasets and switch with the arrow keys`, async ({ page }) => {
    await open(page, lang);
    const focusedAction = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.action ?? document.activeElement?.getAttribute('type'));
    for (let k = 0; k < 30 && (await focusedAction()) !== 'play'; k++) await page.keyboard.press('Tab');
    expect(await focusedAction()).toBe('play');
    await page.keyboard.press('Enter');
    await expect.poll(async () => Number(await counter(page, 'step').textContent())).toBeGreaterThan(0);
    await page.keyboard.press('Enter'); // pause
    for (let k = 0; k < 10 && (await focusedAction()) !== 'radio'; k++) await page.keyboard.press('Tab');
    // the problem type comes first (one tab stop per radio group), then the datasets of that type
    await expect(page.getByRole('radio', { name: w.problems.classification })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('radio', { name: w.datasets.circle })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('workbench')).toHaveAttribute('data-dataset', 'xor');
  });
}

test('en: the dogs network reaches 90 % test accuracy within 30 seconds', async ({ page }) => {
  test.setTimeout(75_000);
  await open(page, 'en');
  await page.getByRole('radio', { name: words.en.datasets.dogs }).check();
  await expect(page.getByTestId('workbench')).toHaveAttribute('data-sizes', '256-16-4');
  await expect(page.locator('[data-action="play"]')).toBeEnabled({ timeout: 20_000 });
  const start = Date.now();
  await page.locator('[data-action="play"]').click();
  await expect.poll(async () => parseFloat((await counter(page, 'test-accuracy').textContent()) ?? '0'), { timeout: 30_000, intervals: [250] })
    .toBeGreaterThanOrEqual(90);
  expect(Date.now() - start).toBeLessThan(30_000);
  // the confusion matrix counts the same test pictures: its diagonal is the accuracy shown
  await page.locator('[data-action="play"]').click();
  await expect.poll(async () => {
    const cells = await page.getByTestId('confusion').locator('tbody td').allTextContents();
    const counts = cells.map(Number);
    const right = [0, 5, 10, 15].reduce((sum, k) => sum + counts[k]!, 0);
    const shown = await counter(page, 'test-accuracy').textContent();
    return `${formatNumber((100 * right) / counts.reduce((a, b) => a + b, 0), 1)} %` === shown;
  }).toBe(true);
});

test('zh: a painted dog gets breed probabilities, the ones lib/nn computes for the trained network', async ({ page }) => {
  const p = pictureWords.zh;
  await open(page, 'zh', `#${encodeState(withDataset(defaultState(), 'dogs'))}`);
  await expect(page.locator('[data-action="epoch"]')).toBeEnabled({ timeout: 20_000 });
  for (let k = 0; k < 3; k++) await page.locator('[data-action="epoch"]').click();
  await expect(counter(page, 'step')).toHaveText('45'); // 960 pictures, batches of 64
  await expect(page.getByTestId('breed-bars')).toBeVisible();
  // keyboard: the cursor starts in the middle (row 8, column 8); Space paints it white
  const grid = page.getByTestId('paint-grid');
  await grid.focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  // pointer: a black pixel at row 2, column 3
  await page.getByRole('radio', { name: p.shades.black }).check();
  const box = (await grid.boundingBox())!;
  await page.mouse.click(box.x + (3.5 / 16) * box.width, box.y + (2.5 / 16) * box.height);
  const pixels = renderDog({ breed: 0, seed: 7 }).pixels;
  pixels[8 * 16 + 8] = 1;
  pixels[8 * 16 + 9] = 1;
  pixels[2 * 16 + 3] = 0;
  await expect(page.getByTestId('breed-verdict')).toBeVisible();
  const network = await downloaded(page, () => page.locator('[data-action="export"]').click());
  const probabilities = Network.fromJSON(network).predict([pixels])[0]!;
  for (const [k, id] of ['corgi', 'husky', 'dalmatian', 'poodle'].entries()) {
    await expect(page.locator(`[data-breed="${id}"]`)).toContainText(`${formatNumber(100 * probabilities[k]!, 1)} %`);
  }
});

test('en: export and import: a bad file shows the engine message, a good one becomes the running network', async ({ page }) => {
  await open(page, 'en');
  const input = page.getByTestId('import-file');
  await input.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"layers": []}') });
  await expect(page.getByTestId('file-message')).toContainText('network: "layers" is empty');
  await input.setInputFiles({ name: 'junk.json', mimeType: 'application/json', buffer: Buffer.from('<script>') });
  await expect(page.getByTestId('file-message')).toHaveText(shareWords.en.notJson);
  const network = Network.create({ sizes: [2, 3, 1], activation: 'relu', outputActivation: 'sigmoid', seed: 9 }).toJSON();
  await input.setInputFiles({ name: 'net.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(network)) });
  await expect(page.getByTestId('workbench')).toHaveAttribute('data-sizes', '2-3-1');
  const state: PlaygroundState = { ...defaultState(), hidden: [3], activations: ['relu'], start: { step: 0, network } };
  await expect(counter(page, 'train-loss')).toHaveText(shownLoss(engineRun(state)));
  expect(await downloaded(page, () => page.locator('[data-action="export"]').click())).toEqual(network);
});

test('zh: typing a weight restarts training from the edited network', async ({ page }) => {
  const p = pictureWords.zh;
  await open(page, 'zh');
  const exported = () => downloaded(page, () => page.locator('[data-action="export"]').click());
  const untrained = JSON.stringify(await exported());
  await page.locator('[data-action="epoch"]').click();
  await expect(counter(page, 'step')).toHaveText('25');
  const editor = page.getByTestId('weight-editor');
  await editor.getByRole('combobox', { name: p.fromInput }).selectOption({ label: p.inputOption(words.zh.input(words.zh.featureNames.x2)) });
  // The weights are read from the trainer at most every 250 ms, so the counter can be ahead of them for a moment.
  await expect.poll(async () => JSON.stringify(await exported())).not.toBe(untrained);
  const before = (await exported()) as PlaygroundState['start'] & object;
  const value = editor.getByTestId('weight-value');
  await value.fill('2.5');
  await value.press('Enter');
  await expect(editor.getByRole('status')).toContainText('2.5000');
  const edited = structuredClone(before) as unknown as { layers: { weights: number[][] }[] };
  edited.layers[0]!.weights[0]![1] = 2.5;
  const hash = await page.evaluate(() => location.hash);
  const { state } = decodeState(hash);
  expect(state.start!.step).toBe(25);
  expect(state.start!.network.layers[0]!.weights[0]![1]).toBe(2.5);
  await expect(counter(page, 'step')).toHaveText('25');
  await expect(counter(page, 'train-loss')).toHaveText(shownLoss(engineRun(state)));
  expect(writeStart(state.start)).toBe(writeStart({ step: 25, network: edited as never }));
});

test('en: a large network is drawn on a canvas; arrow keys read out each neuron with the trainer\'s bias', async ({ page }) => {
  const w = words.en;
  const state: PlaygroundState = { ...withDataset(defaultState(), 'dogs'), hidden: [64, 64], activations: ['relu', 'relu'] };
  await open(page, 'en', `#${encodeState(state)}`);
  const network = (await downloaded(page, () => page.locator('[data-action="export"]').click())) as { layers: { biases: number[] }[] };
  const diagram = page.getByTestId('diagram');
  await expect(diagram.locator('[data-dense] canvas')).toBeVisible();
  const readout = diagram.locator('p[aria-live]');
  const neuron = (layer: string, l: number, n: number) => w.neuronWords(layer, n, formatNumber(network.layers[l]!.biases[n - 1]!, 3), w.activations.relu);
  await diagram.getByRole('group', { name: w.diagram }).focus();
  await expect(readout).toHaveText(neuron(w.layer(1), 0, 1));
  await page.keyboard.press('ArrowDown');
  await expect(readout).toHaveText(neuron(w.layer(1), 0, 2));
  await page.keyboard.press('ArrowRight');
  await expect(readout).toHaveText(neuron(w.layer(2), 1, 2));
  await page.keyboard.press('End');
  await expect(readout).toHaveText(neuron(w.layer(2), 1, 64));
  // Enter picks the neuron for the weight editor, which shows its bias
  await page.keyboard.press('Enter');
  const editor = page.getByTestId('weight-editor');
  await expect(editor.getByRole('combobox', { name: pictureWords.en.toNeuron })).toHaveValue('1:63');
  await expect(editor.getByTestId('weight-value')).toHaveValue(formatNumber(network.layers[1]!.biases[63]!, 4).replace('−', '-'));
  await page.keyboard.press('ArrowRight');
  await expect(readout).toContainText(`${w.outputLayer}, neuron 4:`);
  const axe = await new AxeBuilder({ page }).include('[data-testid="diagram"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test('zh: clicking a neuron in the drawing picks it for the weight editor', async ({ page }) => {
  const p = pictureWords.zh;
  await open(page, 'zh');
  const diagram = page.getByTestId('diagram');
  // the default 2-4-2-1 network is drawn as SVG: the second neuron of layer 1 (column 1)
  await diagram.locator('[data-column="1"]').nth(1).click();
  const editor = page.getByTestId('weight-editor');
  await expect(editor.getByRole('combobox', { name: p.toNeuron })).toHaveValue('0:1');
  // an input is not a neuron with weights: clicking it leaves the editor as it was
  await diagram.locator('[data-column="0"]').first().click();
  await expect(editor.getByRole('combobox', { name: p.toNeuron })).toHaveValue('0:1');
});

test('en: the challenge link shows the goal, and a success banner once it is met', async ({ page }) => {
  test.setTimeout(90_000);
  const w = words.en;
  await open(page, 'en', `#${encodeState(challengeState())}`);
  const challenge = page.getByTestId('challenge');
  await expect(challenge).toContainText('at most 16 hidden neurons');
  await expect(page.getByTestId('challenge-met')).toHaveCount(0);
  await page.getByRole('combobox', { name: w.neuronsIn(1) }).selectOption('16');
  await page.getByRole('combobox', { name: w.activation(1) }).selectOption('leakyRelu');
  await page.getByRole('radio', { name: w.optimizers.adam }).check();
  await page.getByRole('combobox', { name: w.learningRate }).selectOption('0.003');
  const batch = page.getByRole('textbox', { name: w.batch });
  await batch.fill('64');
  await batch.press('Enter');
  await expect(page.getByTestId('workbench')).toHaveAttribute('data-sizes', '256-16-4');
  await expect(page.locator('[data-action="play"]')).toBeEnabled({ timeout: 20_000 });
  await page.locator('[data-action="play"]').click();
  await expect(page.getByTestId('challenge-met')).toBeVisible({ timeout: 45_000 });
  await expect(page.getByTestId('challenge-met')).toContainText('16 hidden neurons');
});

for (const lang of ['en', 'zh'] as const) {
  test(`${lang}: BreedSchool in the epilogue learns the breeds live; its numbers are lib/nn's; its link opens the challenge`, async ({ page }) => {
    test.setTimeout(90_000);
    // Below 1100 px scrolling does not move the epilogue's scene, so the widget is the reader's from the start.
    await page.setViewportSize({ width: 1024, height: 800 });
    await page.goto(`/${lang}/epilogue`);
    const widget = page.locator('[data-widget="BreedSchool"]');
    await reveal(widget);
    const play = widget.locator('[data-action="play"]');
    await expect(play).toBeEnabled({ timeout: 20_000 });
    await play.click();
    const accuracy = widget.getByTestId('test-accuracy');
    await expect.poll(async () => parseFloat((await accuracy.textContent()) ?? '0'), { timeout: 30_000, intervals: [250] }).toBeGreaterThanOrEqual(90);
    await play.click(); // pause
    await expect(widget.getByTestId('widget-summary')).not.toHaveText(breedWords[lang].running);
    // after the pause (and the last answer in flight): the step, the accuracy and the matrix describe one moment
    const stepShown = async () => Number((await widget.getByTestId('step').textContent())!.match(/\d+/)![0]);
    await expect.poll(async () => {
      const before = await stepShown();
      await page.waitForTimeout(400);
      return before === (await stepShown());
    }).toBe(true);
    const step = await stepShown();
    const engine = engineRunConfig([{ type: 'train', steps: step }]);
    const expected = `${formatNumber(100 * engine.testAccuracy, 1)} %`;
    await expect(accuracy).toHaveText(expected);
    await expect.poll(async () => {
      const counts = (await widget.getByTestId('confusion').locator('tbody td').allTextContents()).map(Number);
      const right = [0, 5, 10, 15].reduce((sum, k) => sum + counts[k]!, 0);
      return `${formatNumber((100 * right) / counts.reduce((a, b) => a + b, 0), 1)} %`;
    }).toBe(expected);
    await expect(widget.getByTestId('widget-summary')).toContainText(`${formatNumber(100 * engine.testAccuracy, 1)}`);
    await expect(widget.getByTestId('guesses').locator('li')).toHaveCount(12);

    const link = widget.getByTestId('challenge-link');
    const href = (await link.getAttribute('href'))!;
    expect(decodeState(hashOf(href))).toEqual({ state: challengeState(), problem: null });
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/playground#`));
    await expect(page.getByTestId('challenge')).toContainText(shareWords[lang].challengeGoal(90, 16));
    await expect(page.getByTestId('workbench')).toHaveAttribute('data-sizes', '256-4-4');
  });
}

/** BreedSchool's run in lib/nn after these requests. */
function engineRunConfig(requests: TrainerRequest[]): TrainerSnapshot {
  return engineRunSetup(BREED_CONFIG, requests);
}

/** One run on the engine after these requests; a refused request fails the test. */
function engineRunSetup(config: TrainerConfig, requests: TrainerRequest[]): TrainerSnapshot {
  const trainer = engineTrainer({ lanes: [config] });
  requests.forEach(trainer.send);
  const { snapshot, error } = trainer.getState();
  if (error) throw new Error(error);
  return snapshot!;
}
