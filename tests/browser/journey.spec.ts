// The reader's journey: the whole book, as a reader's browser really is (service worker on, a
// second visit with the worker in control, then offline, a phone, site data blocked). Every page
// is scrolled through, every training widget is set running, and anything a reader would notice
// going wrong fails the test.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, test, expect, type Page } from '@playwright/test';
import { chromiumLaunch } from '../../playwright.config';
import { loadChapterIndex } from '../../lib/content/chapters';
import { bookKept, readingOrder, visit, watchContext } from './journey';

const index = loadChapterIndex();
// Below 1100 px a chapter's scene waits for "show me" rather than driving its widget as the page
// scrolls, so a widget's run control does what the reader pressed and nothing else.
const laptop = { width: 1024, height: 800 };
const phone = { width: 360, height: 780 };

/** The search page finds formula-heavy sections and shows them without raw TeX. */
async function searchShowsFormulasAsText(page: Page, query: string) {
  await page.goto(`${new URL(page.url()).origin}${new URL(page.url()).pathname}`);
  await page.locator('#search-input').fill(query);
  const results = page.getByTestId('search-hit');
  await expect(results.first()).toBeVisible();
  const text = (await results.allTextContents()).join('\n');
  expect(text).not.toMatch(/\$|\\[a-zA-Z]+/);
}

async function readEverything(page: Page, lang: 'zh' | 'en', { controlled }: { controlled: boolean }) {
  let trained = 0;
  for (const url of readingOrder(lang)) {
    trained += await visit(page, url);
    if (controlled) expect(await page.evaluate(() => navigator.serviceWorker.controller !== null), `${url} is served by the service worker`).toBe(true);
    if (url.endsWith('/search')) await searchShowsFormulasAsText(page, lang === 'zh' ? '学习速率' : 'learning rate');
  }
  // the training floor, the two networks, the race, the breed school and the playground
  expect(trained).toBe(5);
}

for (const lang of ['zh', 'en'] as const) {
  test(`${lang}: a reader reads the whole book, comes back, then reads and trains offline`, async ({ browser, baseURL }) => {
    test.setTimeout(480_000);
    const context = await browser.newContext({ baseURL, viewport: laptop });
    const { problems, state } = await watchContext(context);
    const page = await context.newPage();

    await visit(page, '/', { train: false });
    await bookKept(page);
    await readEverything(page, lang, { controlled: true });

    // a second visit, in a fresh tab: everything now comes through the service worker
    const again = await context.newPage();
    await page.close();
    await visit(again, '/', { train: false });
    await readEverything(again, lang, { controlled: true });

    await context.setOffline(true);
    state.offline = true;
    for (const chapter of index[lang]) {
      await again.goto(`/${lang}/${chapter.slug}`);
      await expect(again.locator('h1')).toHaveText(chapter.title);
      await again.goto(`/${lang}/${chapter.slug}/present`);
      await expect(again.locator('main, [role="application"], section').first()).toBeVisible();
    }
    await again.goto(`/${lang}/glossary`);
    await expect(again.locator('h1')).toBeVisible();
    // the training floor and the playground train offline too
    await visit(again, `/${lang}/training`);
    await visit(again, `/${lang}/playground`);
    // a trailing slash still finds the chapter; an unknown page gets the book's offline page
    await again.goto(`/${lang}/loss/`);
    await expect(again.locator('h1')).toHaveText(index[lang].find((c) => c.slug === 'loss')!.title);
    await again.goto(`/${lang}/no-such-page`);
    await expect(again.getByTestId('offline')).toBeVisible();
    await context.setOffline(false);

    expect(problems).toEqual([]);
    await context.close();
  });
}

test('zh on a 360 px phone: the whole book twice, every widget training', async ({ browser, baseURL }) => {
  test.setTimeout(360_000);
  const context = await browser.newContext({ baseURL, viewport: phone, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  const { problems } = await watchContext(context);
  const page = await context.newPage();
  await visit(page, '/', { train: false });
  await bookKept(page);
  await readEverything(page, 'zh', { controlled: true });
  await readEverything(page, 'zh', { controlled: true });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  expect(problems).toEqual([]);
  await context.close();
});

test('site data blocked (as many schools set it): every page reads in both languages, the widgets train, only remembering is off', async ({ baseURL }) => {
  test.setTimeout(300_000);
  // Chromium's own setting, as a school's policy sets it: no cookies, storage or service worker.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'ns-blocked-'));
  fs.mkdirSync(path.join(profile, 'Default'));
  fs.writeFileSync(path.join(profile, 'Default', 'Preferences'), JSON.stringify({ profile: { default_content_setting_values: { cookies: 2 } } }));
  const context = await chromium.launchPersistentContext(profile, { ...chromiumLaunch, baseURL, viewport: laptop });
  try {
    const { problems } = await watchContext(context);
    const page = context.pages()[0] ?? (await context.newPage());
    await visit(page, '/', { train: false });
    expect(await page.evaluate(() => { try { return localStorage.length >= 0; } catch { return 'blocked'; } })).toBe('blocked');
    await expect(page.getByTestId('progress-note')).toHaveAttribute('data-note', 'unremembered');
    await page.getByRole('button', { name: /Theme/ }).click(); // the theme still changes, for this visit
    let trained = 0;
    for (const url of readingOrder('en')) trained += await visit(page, url);
    expect(trained).toBe(5);
    // and every Chinese page reads too (their widgets train as the English ones do)
    for (const url of readingOrder('zh')) await visit(page, url, { train: false });
    expect(problems).toEqual([]);
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
});
