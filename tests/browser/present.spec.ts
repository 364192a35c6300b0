import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { activate, weightedSum } from '../../lib/nn';
import { formatNumber } from '../../lib/format';
import { BIAS, WEIGHTS } from '../../components/widgets/NeuronSignal/neuron';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { test, expect } from './fixtures';

const chapters = fs
  .readdirSync(path.join(process.cwd(), 'content'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
  .map((entry) => entry.name)
  .filter((slug) => ['zh', 'en'].every((lang) => fs.existsSync(path.join(process.cwd(), 'content', slug, `${lang}.mdx`))));

const DECK = '/en/hello-neuron/present';

/** Opens a deck and waits until it has measured itself and read the URL. */
async function openDeck(page: Page, url: string) {
  // A fresh load each time, so each test starts from a deck that has just read its URL (going to
  // the same deck with only another hash is a hashchange: tested on its own below).
  if (page.url().split('#')[0] === new URL(url, page.url() === 'about:blank' ? 'http://x' : page.url()).href.split('#')[0]) await page.goto('about:blank');
  await page.goto(url);
  await expect(page.locator('main[data-ready]')).toBeVisible({ timeout: 20_000 });
  const slide = url.match(/#(\d+)$/)?.[1];
  if (slide) await expect(page.locator('[data-slide][data-current]')).toHaveAttribute('data-slide', String(Number(slide) - 1));
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

test('a hash changed by hand takes the deck there, even when a key turned the slide just before', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openDeck(page, `${DECK}#3`);
  // By hand, with no reload: the address bar's hash.
  await page.evaluate(() => (window.location.hash = '#6'));
  await expect(current(page)).toHaveAttribute('data-slide', '5');
  // The hash changes, and a key turns the slide before the browser tells the page (its hashchange
  // is queued): the hash typed last wins. On a busy machine this order happened by itself, 6 times in
  // 40 (a key, then a hash), and the deck stayed on the key's slide, the URL rewritten to match it.
  await page.evaluate(() => {
    window.location.hash = '#9';
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
  });
  await expect(current(page)).toHaveAttribute('data-slide', '8');
  await expect(page).toHaveURL(/#9$/);
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

  // A focused slider is set with ↑ ↓ (← → turn slides, as a clicker's keys do).
  const slider = here.getByRole('slider').first();
  await slider.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
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
  // (the dot shows at the first point the mouse passed, then follows it to where it stopped)
  const off = async () => {
    const spot = (await dot.boundingBox())!;
    return Math.max(Math.abs(spot.x + spot.width / 2 - (target.x + target.width * 0.75)), Math.abs(spot.y + spot.height / 2 - (target.y + target.height * 0.5)));
  };
  await expect.poll(off, { timeout: 2000 }).toBeLessThan(12);
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

test('clicker keys turn the slide after a slider and a button were used; Esc gives the focus back', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openDeck(page, DECK);
  const index = Number(await page.locator('[data-slide]:has([data-widget="NeuronSignal"])').getAttribute('data-slide'));
  // The widget's slide is a scene whose steps "next" walks through first; coming back from the
  // slide after it shows it whole (its last step), so from there every "next" turns the slide.
  await openDeck(page, `${DECK}#${index + 2}`);
  await page.keyboard.press('PageUp');
  const here = new RegExp(`#${index + 1}$`);
  const after = new RegExp(`#${index + 2}$`);
  await expect(page).toHaveURL(here);
  const widget = page.locator(`[data-slide="${index}"] [data-widget="NeuronSignal"]`);
  const slider = widget.getByRole('slider', { name: 'Input a1' });
  const value = () => slider.getAttribute('aria-valuetext');

  // The slider is set with the mouse; it keeps the focus, and the clicker's keys still turn slides
  // (before, the slider took them and moved instead).
  const box = (await slider.boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.25, box.y + box.height / 2);
  await expect(slider).toBeFocused();
  for (const key of ['PageDown', 'ArrowRight']) {
    await slider.focus();
    await page.keyboard.press(key);
    await expect(page, `${key} with the slider focused`).toHaveURL(after);
    await page.keyboard.press('PageUp');
    await expect(page).toHaveURL(here);
  }
  // The slider is still usable from the keyboard: ↑ ↓ set it, the slide stays.
  await slider.focus();
  const set = await value();
  await page.keyboard.press('ArrowDown');
  await expect.poll(value).not.toBe(set);
  await expect(page).toHaveURL(here);

  // Esc: the slider lets go and the deck has the focus.
  await page.keyboard.press('Escape');
  await expect(page.locator('main#main')).toBeFocused();
  // Back, from the slide's first step, is the slide before.
  for (const key of ['PageUp', 'ArrowLeft']) {
    await openDeck(page, `${DECK}#${index + 2}`);
    await openDeck(page, `${DECK}#${index + 1}`);
    await slider.focus();
    await page.keyboard.press(key);
    await expect(page, `${key} with the slider focused`).toHaveURL(new RegExp(`#${index}$`));
  }
  await openDeck(page, `${DECK}#${index + 2}`);
  await page.keyboard.press('PageUp');
  await expect(page).toHaveURL(here);

  // A button is clicked ("My turn"); Space then turns the slide instead of pressing it again.
  const scene = page.locator(`[data-slide="${index}"] [data-scene]`);
  // (Touching the slider already took the scene over, so this click may hand it back: either way it toggles.)
  const swap = scene.locator('[data-scene-swap]');
  const before = (await scene.getAttribute('data-scene-mode'))!;
  await swap.click();
  await expect(scene).not.toHaveAttribute('data-scene-mode', before);
  const clicked = (await scene.getAttribute('data-scene-mode'))!;
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(after);
  await expect(scene, 'Space did not press the clicked button again').toHaveAttribute('data-scene-mode', clicked);
  await page.keyboard.press('PageUp');
  await expect(page).toHaveURL(here);

  // A button reached with the keyboard is still pressed by Space (keyboard users keep their
  // buttons). Esc first: the clicked button may still hold the focus, and focus that does not move
  // is not new keyboard focus.
  await page.keyboard.press('Escape');
  await swap.focus();
  await page.keyboard.press('Space');
  await expect(scene).not.toHaveAttribute('data-scene-mode', clicked);
  await expect(page).toHaveURL(here);

  // The help says how the keys behave with a control.
  await page.keyboard.press('Escape');
  await page.keyboard.press('?');
  await expect(page.getByTestId('help')).toContainText('A slider with the focus moves with ↑ ↓');
});

test('a glossary term on a slide opens as a card in the deck, not the glossary page', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openDeck(page, DECK);
  const index = Number(await page.locator('[data-slide]:has(a[data-term])').first().getAttribute('data-slide'));
  await openDeck(page, `${DECK}#${index + 1}`);
  const term = current(page).locator('a[data-term]').first();
  const name = (await term.textContent())!.trim();
  await term.click();
  const card = page.getByTestId('term-dialog');
  await expect(card).toBeVisible();
  await expect(card.getByRole('heading')).toHaveText(name);
  // The definition is the glossary's, and the other language's name is given.
  const definition = (await current(page).locator('a[data-term] + [role="tooltip"]').first().locator('span').last().textContent())!;
  await expect(card).toContainText(definition.trim());
  await expect(card.locator('[lang="zh-CN"]')).not.toBeEmpty();
  await expect(page).toHaveURL(new RegExp(`/present#${index + 1}$`));
  // While the card is open the keys do not turn the slide; Escape closes it.
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(new RegExp(`#${index + 1}$`));
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(new RegExp(`#${index + 2}$`));
});

test('the presenter shows the live slide large, to use its widget, and the bar keeps clear of the buttons', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openDeck(page, DECK);
  const index = Number(await page.locator('[data-slide]:has([data-widget="NeuronSignal"])').getAttribute('data-slide'));
  await openDeck(page, `${DECK}?presenter#${index + 1}`);
  const stage = current(page).locator('[data-stage]');
  const before = (await stage.boundingBox())!;
  const large = page.getByTestId('presenter-large');
  await large.click();
  await expect(large).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('presenter-notes')).toHaveCount(0);
  await expect.poll(async () => (await stage.boundingBox())!.width).toBeGreaterThan(before.width * 1.4);
  // Nothing in the bar lies under the deck's buttons.
  const nav = (await page.getByRole('navigation').boundingBox())!;
  for (const item of await page.locator('[data-testid="timer"], [data-testid="countdown"], [data-testid="presenter-large"]').all()) {
    const box = (await item.boundingBox())!;
    const apart = box.x + box.width <= nav.x || nav.x + nav.width <= box.x || box.y + box.height <= nav.y || nav.y + nav.height <= box.y;
    expect(apart, `${await item.getAttribute('data-testid')} clear of the buttons`).toBe(true);
  }
  // The widget, large, is used with the mouse and keyboard like the reading page's.
  const widget = current(page).locator('[data-widget="NeuronSignal"]');
  await widget.getByRole('textbox', { name: 'Input a2' }).fill('-0.75');
  await widget.getByRole('textbox', { name: 'Input a2' }).press('Enter');
  const z = weightedSum([1, -0.75, 0], [...WEIGHTS], BIAS);
  await expect(widget.getByTestId('neuron-output')).toContainText(formatNumber(activate('sigmoid', z)));
  await large.click();
  await expect(page.getByTestId('presenter-notes')).toBeVisible();
});

for (const lang of ['en', 'zh'] as const) {
  test(`${lang}: the presenter's countdown is set by the teacher, per chapter or per slide, and says when time is up`, async ({ page }) => {
    const w = { en: { minutes: 'Countdown (minutes)', up: 'Time is up', start: 'Start', scope: 'Countdown for' }, zh: { minutes: '倒计时（分钟）', up: '时间到', start: '开始', scope: '倒计时范围' } }[lang];
    await page.clock.install({ time: new Date('2026-12-07T09:00:00Z') });
    await page.setViewportSize({ width: 1280, height: 800 });
    await openDeck(page, `/${lang}/hello-neuron/present?presenter`);
    const countdown = page.getByTestId('countdown');
    const time = page.getByTestId('countdown-time');
    await expect(time).toHaveText('05:00');
    const field = countdown.getByLabel(w.minutes);

    // Junk is refused with a message and the minutes in use stay.
    await field.fill('soon');
    await field.press('Enter');
    await expect(countdown.getByRole('alert')).not.toBeEmpty();
    await expect(time).toHaveText('05:00');
    await field.fill('1');
    await field.press('Enter');
    await expect(countdown.getByRole('alert')).toHaveCount(0);
    await expect(time).toHaveText('01:00');

    // The test's clock moves only when told to, so the times below are exact.
    await page.clock.pauseAt(new Date('2026-12-07T09:10:00Z'));
    // Started from the keyboard: Tab to the button, Space presses it.
    await countdown.getByRole('button', { name: w.start }).focus();
    await page.keyboard.press('Space');
    await page.clock.runFor(30_000);
    await expect(time).toHaveText('00:30');
    await expect(countdown).not.toHaveAttribute('data-over', /.*/);
    await page.clock.runFor(31_000);
    await expect(countdown).toHaveAttribute('data-over', '');
    await expect(countdown).toContainText(w.up);
    await expect(time).toHaveText('+00:01');

    // Per slide: turning the slide starts it again.
    await countdown.getByLabel(w.scope).selectOption('slide');
    await page.locator('main#main').focus();
    await page.keyboard.press('PageDown');
    await expect(page).toHaveURL(/#2$/);
    await page.clock.runFor(1_000);
    await expect(countdown).not.toHaveAttribute('data-over', /.*/);
    await expect(time).toHaveText(/^00:5\d$/);
  });
}

/** The words of a PDF, every page, in order (pdf.js, as a reader's viewer would extract them). */
async function pdfText(pdf: Buffer) {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const pages: { text: string; lowest: number; height: number }[] = [];
  for (let n = 1; n <= document.numPages; n += 1) {
    const page = await document.getPage(n);
    const content = await page.getTextContent();
    const items = content.items.filter((item) => 'str' in item && item.str.trim() !== '') as { str: string; transform: number[] }[];
    pages.push({ text: items.map((item) => item.str).join(' '), lowest: Math.min(...items.map((item) => item.transform[5]!)), height: page.view[3]! });
  }
  return pages;
}

/** Text as compared: NFKC, lower case (titles print in capitals), without spaces (lines break differently). */
const squeeze = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[\s\u200b\u00ad]+/g, '');

for (const [format, size] of [['A4', [595, 842]], ['Letter', [612, 792]]] as const) {
  test(`the handout, opened from the deck, prints on ${format} portrait every slide's text with its notes`, async ({ page, context }) => {
    test.slow();
    await page.setViewportSize({ width: 1280, height: 720 });
    await openDeck(page, DECK);
    const opened = context.waitForEvent('page');
    await page.getByRole('button', { name: 'Handout (print)' }).click();
    const handout = await opened;
    await expect(handout.locator('main[data-view="handout"]')).toHaveCount(1, { timeout: 20_000 });
    // Every widget is drawn (a still picture of its state), none left waiting.
    await expect(handout.locator('[data-widget-pending]')).toHaveCount(0, { timeout: 20_000 });
    const total = await slideCount(handout);
    const slides = await handout.locator('[data-slide]').evaluateAll((all) =>
      all.map((slide) => {
        const parts: string[] = [];
        const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement!;
          if (parent.closest('.katex-mathml, .visually-hidden, [role="tooltip"], style, script')) continue;
          const style = getComputedStyle(parent);
          if (style.display === 'none' || style.visibility !== 'visible' || parent.getClientRects().length === 0) continue;
          if (node.textContent?.trim()) parts.push(node.textContent);
        }
        return parts;
      }),
    );
    expect(slides).toHaveLength(total);
    expect(slides.filter((parts) => parts.length === 0)).toEqual([]);

    const pdf = await handout.pdf({ format, printBackground: true });
    const [, width, height] = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)/.exec(pdf.toString('latin1')) ?? [];
    // Portrait, the paper asked for (Chromium rounds A4 to whole hundredths of an inch).
    expect(Math.abs(Number(width) - size[0])).toBeLessThan(2);
    expect(Math.abs(Number(height) - size[1])).toBeLessThan(2);
    const pages = await pdfText(pdf);
    const all = squeeze(pages.map((page) => page.text).join(''));
    const missing = slides.flatMap((parts, n) => parts.filter((part) => !all.includes(squeeze(part))).map((part) => `slide ${n + 1}: ${part.trim().slice(0, 60)}`));
    expect(missing, 'slide text missing from the PDF').toEqual([]);
    expect(all).not.toContain(squeeze('Getting the widget ready'));
    // The notes are printed too (they are in each slide's text above); the first is there.
    expect(all).toContain(squeeze('Open by asking the class'));
    // No half-empty page: every page but the last has text in its lower third.
    const short = pages.slice(0, -1).map((page, n) => ({ n: n + 1, lowest: page.lowest / page.height })).filter(({ lowest }) => lowest > 1 / 3);
    expect(short, 'pages whose text stops before the lower third').toEqual([]);
  });
}
