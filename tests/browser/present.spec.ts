import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { activate, weightedSum } from '../../lib/nn';
import { formatNumber } from '../../lib/format';
import { BIAS, WEIGHTS } from '../../components/widgets/NeuronSignal/neuron';
import { test, expect } from './fixtures';

const chapters = fs
  .readdirSync(path.join(process.cwd(), 'content'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
  .map((entry) => entry.name)
  .filter((slug) => ['zh', 'en'].every((lang) => fs.existsSync(path.join(process.cwd(), 'content', slug, `${lang}.mdx`))));

const DECK = '/en/hello-neuron/present';

/** Opens a deck and waits until it has measured itself and read the URL. */
async function openDeck(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator('main[data-ready]')).toBeVisible({ timeout: 20_000 });
}

const current = (page: Page) => page.locator('[data-slide][data-current]');
const slideCount = (page: Page) => page.locator('[data-slide]').count();

test('keys move through the slides and the URL follows', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openDeck(page, DECK);
  const total = await slideCount(page);
  await expect(page).toHaveURL(/#1$/);
  await expect(current(page)).toHaveAttribute('data-slide', '0');
  for (const [key, hash] of [['ArrowRight', 2], [' ', 3], ['PageDown', 4], ['ArrowLeft', 3], ['PageUp', 2]] as const) {
    await page.keyboard.press(key === ' ' ? 'Space' : key);
    await expect(page).toHaveURL(new RegExp(`#${hash}$`));
    await expect(current(page)).toHaveAttribute('data-slide', String(hash - 1));
  }
  await page.keyboard.press('End');
  await expect(page).toHaveURL(new RegExp(`#${total}$`));
  await page.keyboard.press('Home');
  await expect(page).toHaveURL(/#1$/);
  await expect(page.getByTestId('slide-counter')).toContainText(`1 / ${total}`);

  // g: a number outside the deck is refused with a message; a good one jumps.
  await page.keyboard.press('g');
  const field = page.getByTestId('goto').getByRole('textbox');
  await field.fill('999');
  await field.press('Enter');
  await expect(page.getByTestId('goto').getByRole('alert')).toContainText(String(total));
  await field.fill('5');
  await field.press('Enter');
  await expect(page).toHaveURL(/#5$/);
  await expect(page.getByTestId('goto')).toHaveCount(0);

  // ? lists the keys; Escape closes the list.
  await page.keyboard.press('?');
  await expect(page.getByTestId('help')).toContainText('Black screen on / off');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('help')).toHaveCount(0);

  // The on-screen buttons do the same.
  await page.getByRole('button', { name: 'Next slide' }).click();
  await expect(page).toHaveURL(/#6$/);

  // A finger swiping left turns to the next slide, swiping right goes back.
  const cdp = await page.context().newCDPSession(page);
  const swipe = async (from: number, to: number) => {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from, y: 300 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: (from + to) / 2, y: 305 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  };
  await swipe(900, 500);
  await expect(page).toHaveURL(/#7$/);
  await swipe(400, 800);
  await expect(page).toHaveURL(/#6$/);
});

test('o shows every slide as a tile and a click jumps; b blacks the screen out and back', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openDeck(page, `${DECK}#3`);
  const total = await slideCount(page);
  await page.keyboard.press('o');
  await expect(page.locator('main[data-overview]')).toHaveCount(1);
  const tiles = page.locator('[data-slide] > button');
  await expect(tiles).toHaveCount(total);
  // Every tile is shown at once, small.
  const box = await page.locator('[data-slide="7"]').boundingBox();
  expect(box!.width).toBeLessThan(300);
  await expect(page.locator('[data-slide="7"]')).toBeVisible();
  await tiles.nth(7).click();
  await expect(page.locator('main[data-overview]')).toHaveCount(0);
  await expect(page).toHaveURL(/#8$/);
  await expect(current(page)).toHaveAttribute('data-slide', '7');

  // Keyboard alone: o, an arrow to the next tile, Enter.
  await page.keyboard.press('o');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(page.locator('main[data-overview]')).toHaveCount(0);
  await expect(page).toHaveURL(/#9$/);

  await page.keyboard.press('b');
  await expect(page.getByTestId('black-screen')).toBeVisible();
  await page.keyboard.press('b');
  await expect(page.getByTestId('black-screen')).toHaveCount(0);
});

test('a reload lands on the same slide; typing in a widget does not turn slides', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openDeck(page, `${DECK}#7`);
  await expect(current(page)).toHaveAttribute('data-slide', '6');
  await page.reload();
  await expect(page.locator('main[data-ready]')).toBeVisible({ timeout: 20_000 });
  await expect(page).toHaveURL(/#7$/);
  await expect(current(page)).toHaveAttribute('data-slide', '6');

  const index = await page.locator('[data-slide]:has([data-widget="NeuronSignal"])').getAttribute('data-slide');
  await page.goto(`${DECK}#${Number(index) + 1}`);
  await expect(page.locator('main[data-ready]')).toBeVisible({ timeout: 20_000 });
  const widget = current(page).locator('[data-widget="NeuronSignal"]');
  const field = widget.getByRole('textbox', { name: 'Input a1' });
  await field.fill('0.5');
  await field.press('ArrowRight');
  await field.press('Space');
  await field.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#${Number(index) + 1}$`));
  // The widget's slide is a scene: it opens on the first step's inputs, [1, 0, 0].
  const z = weightedSum([0.5, 0, 0], [...WEIGHTS], BIAS);
  await expect(widget.getByTestId('neuron-output')).toContainText(formatNumber(activate('sigmoid', z)));
});

test('projector and presenter windows stay in step: slides, a widget, notes, the laser', async ({ page, context }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openDeck(page, DECK);
  const presenter = await context.newPage();
  await presenter.setViewportSize({ width: 1280, height: 800 });
  await openDeck(presenter, `${DECK}?presenter`);
  await expect(presenter.locator('main[data-view="presenter"]')).toHaveCount(1);

  // A slide turned in either window turns in the other within a second.
  await page.keyboard.press('ArrowRight');
  await expect(presenter).toHaveURL(/#2$/, { timeout: 1000 });
  await presenter.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#3$/, { timeout: 1000 });
  await expect(current(page)).toHaveAttribute('data-slide', '2');

  // The presenter sees the section's notes and what comes next.
  await presenter.keyboard.press('ArrowLeft');
  await expect(presenter.getByTestId('presenter-notes')).toContainText('Open by asking the class');
  const nextWords = await page.locator('[data-slide="2"] [data-fit] > p').first().textContent();
  await expect(presenter.getByTestId('next-preview')).toContainText(nextWords!);
  await expect(page.getByTestId('presenter-notes')).toHaveCount(0);

  // A slider moved in the presenter window moves on the projector, and back.
  const index = Number(await page.locator('[data-slide]:has([data-widget="NeuronSignal"])').getAttribute('data-slide'));
  await presenter.keyboard.press('g');
  await presenter.getByTestId('goto').getByRole('textbox').fill(String(index + 1));
  await presenter.getByTestId('goto').getByRole('textbox').press('Enter');
  await expect(page).toHaveURL(new RegExp(`#${index + 1}$`), { timeout: 1000 });
  const there = presenter.locator('[data-slide][data-current] [data-widget="NeuronSignal"]');
  const here = current(page).locator('[data-widget="NeuronSignal"]');
  await there.getByRole('textbox', { name: 'Input a2' }).fill('-0.75');
  await there.getByRole('textbox', { name: 'Input a2' }).press('Enter');
  // The widget's slide is a scene: it opens on the first step's inputs, [1, 0, 0].
  // Chapter 1 shows only what comes out (the inside is revealed on request).
  const z = weightedSum([1, -0.75, 0], [...WEIGHTS], BIAS);
  await expect(here.getByTestId('neuron-output')).toContainText(formatNumber(activate('sigmoid', z)), { timeout: 1000 });
  await expect(here.getByRole('slider', { name: 'Input a2' })).toHaveAttribute('aria-valuetext', formatNumber(-0.75));

  const slider = here.getByRole('slider').first();
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  const moved = weightedSum([0.9, -0.75, 0], [...WEIGHTS], BIAS);
  await expect(there.getByTestId('neuron-output')).toContainText(formatNumber(activate('sigmoid', moved)), { timeout: 1000 });
  await expect(page).toHaveURL(new RegExp(`#${index + 1}$`));

  // The laser: the mouse over the presenter's slide puts a red dot on the projector's slide.
  const stage = presenter.locator('[data-slide][data-current] [data-stage]');
  const box = (await stage.boundingBox())!;
  await presenter.mouse.move(box.x + box.width * 0.25, box.y + box.height * 0.5);
  await presenter.mouse.move(box.x + box.width * 0.75, box.y + box.height * 0.5, { steps: 3 });
  const dot = page.getByTestId('laser');
  await expect(dot).toBeVisible({ timeout: 1000 });
  const target = (await current(page).locator('[data-stage]').boundingBox())!;
  const spot = (await dot.boundingBox())!;
  expect(Math.abs(spot.x + spot.width / 2 - (target.x + target.width * 0.75))).toBeLessThan(12);
  expect(Math.abs(spot.y + spot.height / 2 - (target.y + target.height * 0.5))).toBeLessThan(12);
  await presenter.close();
});

for (const slug of chapters) {
  test(`${slug}: no slide overflows 1280×720, in zh and en`, async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width: 1280, height: 720 });
    for (const lang of ['zh', 'en']) {
      await openDeck(page, `/${lang}/${slug}/present`);
      // Every slide is laid out at once (only the current one is visible), so one look checks them all.
      // The deck refits a slide when late fonts change its size, so the look is repeated until it settles.
      const problems = () => page.evaluate(() => {
        const found: string[] = [];
        const root = document.documentElement;
        if (root.scrollWidth > innerWidth || root.scrollHeight > innerHeight) found.push('the page scrolls');
        for (const slide of document.querySelectorAll<HTMLElement>('[data-slide]')) {
          const n = Number(slide.dataset.slide) + 1;
          const stage = slide.querySelector<HTMLElement>('[data-stage]')!.getBoundingClientRect();
          const fit = slide.querySelector<HTMLElement>('[data-fit]')!;
          const box = fit.getBoundingClientRect();
          if (stage.left < -1 || stage.top < -1 || stage.right > innerWidth + 1 || stage.bottom > innerHeight + 1) found.push(`${n}: stage off screen`);
          if (box.left < stage.left - 1 || box.right > stage.right + 1 || box.bottom > stage.bottom + 1) found.push(`${n}: content leaves the slide`);
          const scale = Number(fit.dataset.fit);
          const widget = fit.querySelector('[data-widget]') !== null;
          if (scale < (widget ? 0.3 : 0.5)) found.push(`${n}: scaled to ${scale}`);
          // A widget's own scrolling list (PictureToNumbers' 256 numbers) is part of its design, not overflow.
          for (const element of fit.querySelectorAll<HTMLElement>(':not([data-widget] *)')) {
            const { overflowX, overflowY } = getComputedStyle(element);
            const scrollsX = /auto|scroll/.test(overflowX) && element.scrollWidth > element.clientWidth + 1;
            const scrollsY = /auto|scroll/.test(overflowY) && element.scrollHeight > element.clientHeight + 1;
            if (scrollsX || scrollsY) found.push(`${n}: a scrollbar in <${element.tagName.toLowerCase()} class="${element.className}">`);
          }
        }
        return found;
      });
      await expect.poll(problems, { message: `/${lang}/${slug}/present`, timeout: 10_000 }).toEqual([]);
    }
  });
}

test('the handout prints two slides per page with their notes', async ({ page }) => {
  await openDeck(page, `${DECK}?handout`);
  const total = await slideCount(page);
  await expect(page.locator('main[data-view="handout"]')).toHaveCount(1);
  const notes = page.locator('[data-slide] [data-notes]');
  await expect(notes.first()).toBeVisible();
  await expect(notes).toHaveCount(7);
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
  expect(pages).toBe(Math.ceil(total / 2));
  // Landscape A4 (the handout's @page): wider than tall.
  const [, width, height] = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)/.exec(pdf.toString('latin1')) ?? [];
  expect(Number(width)).toBeGreaterThan(Number(height));
});
