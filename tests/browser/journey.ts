// A reader's visit, as the journey tests make it: every page in order, scrolled through so every
// widget loads, each training widget set running, and everything a reader would notice going
// wrong collected (page errors, console errors, a widget showing an error, a trainer that had to
// leave its worker).
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { reveal } from './fixtures';
import { loadChapterIndex } from '../../lib/content/chapters';
import type { Locale } from '../../lib/i18n';

const index = loadChapterIndex();

/** The pages of one language, in reading order. */
export function readingOrder(lang: Locale): string[] {
  return [...index[lang].map((chapter) => `/${lang}/${chapter.slug}`), `/${lang}/glossary`, `/${lang}/search`, `/${lang}/playground`];
}

/** A training widget: its run control and the numbers that must move once it runs. */
interface Trainer {
  widget: string;
  step: string;
  loss: string;
}

/** Every widget that trains a network, with the counters that show it training. */
export const TRAINERS: Trainer[] = [
  { widget: '[data-widget="BendTheLine"]', step: '[data-testid="bend-step"]', loss: '[data-testid="bend-loss-tanh"]' },
  { widget: '[data-widget="TrainingFloor"]', step: '[data-testid="floor-steps"]', loss: '[data-testid="floor-loss"]' },
  { widget: '[data-widget="LearningRateRace"]', step: '[data-testid="race-step"]', loss: '[data-testid^="race-status-"]' },
  { widget: '[data-widget="BreedSchool"]', step: '[data-testid="step"]', loss: '[data-testid="test-accuracy"]' },
  { widget: '[data-testid="workbench"]', step: '[data-counter="step"] dd', loss: '[data-counter="train-loss"] dd' },
];

/**
 * Collects what a reader would notice going wrong on every page of a context (and any policy
 * violation, which a reader would notice as something missing). Failed loads are
 * expected only while `offline` says the network is gone (a prefetch, a link the page tries).
 */
export async function watchContext(context: BrowserContext, state = { offline: false }) {
  const problems: string[] = [];
  // a Content-Security-Policy violation is never expected, online or off
  await context.exposeFunction('__cspViolation', (text: string) => problems.push(`policy violation: ${text}`));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __cspViolation: (text: string) => void }).__cspViolation;
      report(`${location.pathname}: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} ${event.sample}`);
    });
  });
  const watch = (page: Page) => {
    page.on('pageerror', (error) => problems.push(`${page.url()}: page error: ${error.message}`));
    page.on('console', (message) => {
      const text = message.text();
      if (message.type() === 'error' && !(state.offline && /net::ERR_|Failed to fetch|Failed to load resource/.test(text))) problems.push(`${page.url()}: console error: ${text}`);
      // the main-thread fallback works, but a reader with a working browser should never need it
      if (/trainer: the worker did not start/.test(text)) problems.push(`${page.url()}: ${text}`);
    });
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  return { problems, state };
}

/** Scrolls from top to bottom a screen at a time, so every widget on the way loads. */
export async function scrollThrough(page: Page) {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const screen = page.viewportSize()?.height ?? 800;
  for (let y = 0; y < height; y += screen * 0.9) {
    await page.evaluate((top) => window.scrollTo({ top, behavior: 'instant' }), y);
    await page.waitForTimeout(60);
  }
  await expect(page.locator('[data-widget-pending="loading"]'), 'every widget has loaded').toHaveCount(0, { timeout: 15_000 });
}

/** No widget on the page says it broke or could not load. */
export async function expectNoWidgetError(page: Page) {
  await expect(page.locator('[data-widget-error], [data-widget-pending="failed"]'), `${page.url()}: a widget shows an error`).toHaveCount(0);
}

/** The first number in a counter's text ("Step 40 / 600" → 40). */
const number = (text: string | null) => Number((text ?? '').match(/\d+(?:\.\d+)?/)?.[0] ?? NaN);

/** Presses each training widget's run control: its step counter must move and its loss change within 5 s. */
export async function trainEach(page: Page) {
  let trained = 0;
  for (const trainer of TRAINERS) {
    const widget = page.locator(trainer.widget).first();
    if ((await widget.count()) === 0) continue;
    await reveal(widget);
    const run = widget.getByRole('button', { name: /^▶/ }).first();
    await expect(run, `${page.url()}: the run control of ${trainer.widget}`).toBeEnabled({ timeout: 10_000 });
    const step = widget.locator(trainer.step).first();
    const loss = widget.locator(trainer.loss);
    const lossBefore = (await loss.allTextContents()).join(' | ');
    const stepBefore = number(await step.textContent());
    await run.click();
    await expect.poll(async () => number(await step.textContent()), { message: `${page.url()}: ${trainer.widget} steps`, timeout: 5_000 }).toBeGreaterThan(Number.isNaN(stepBefore) ? 0 : stepBefore);
    await expect.poll(async () => (await loss.allTextContents()).join(' | '), { message: `${page.url()}: ${trainer.widget} loss`, timeout: 5_000 }).not.toBe(lossBefore);
    const pause = widget.getByRole('button', { name: /^❚❚/ }).first();
    if (await pause.isVisible()) await pause.click();
    trained++;
  }
  return trained;
}

/** Opens a page as a reader would, scrolls through it and checks its widgets (training them if asked). */
export async function visit(page: Page, url: string, { train = true } = {}) {
  const response = await page.goto(url);
  expect(response?.status() ?? 200, `${url} answers`).toBeLessThan(400);
  await expect(page.locator('main, [data-testid="workbench"]').first()).toBeVisible();
  await scrollThrough(page);
  const trained = train ? await trainEach(page) : 0;
  await expectNoWidgetError(page);
  return trained;
}

/** Waits until the service worker has kept the book (installed, active and in control). */
export async function bookKept(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 }).toBe(true);
}
