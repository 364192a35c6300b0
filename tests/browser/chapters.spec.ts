import { loadChapterIndex } from '../../lib/content/chapters';
import { locales } from '../../lib/i18n';
import { test, expect } from './fixtures';

const index = loadChapterIndex();
const pages = locales.flatMap((lang) => index[lang]);

for (const chapter of pages) {
  test(`${chapter.lang}/${chapter.slug} arrives prerendered with typeset math and renders cleanly`, async ({ page, request }) => {
    const raw = await request.get(`/${chapter.lang}/${chapter.slug}`);
    expect(raw.status()).toBe(200);
    const html = await raw.text();
    expect(html).toContain('class="katex"');
    expect(html).toContain(chapter.title);

    const scripts: string[] = [];
    const reading: Promise<void>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      reading.push(response.text().then((text) => void scripts.push(text), () => undefined));
    });
    await page.goto(`/${chapter.lang}/${chapter.slug}`, { waitUntil: 'networkidle' });
    await Promise.all(reading);
    await expect(page.locator('html')).toHaveAttribute('lang', chapter.lang === 'zh' ? 'zh-CN' : 'en');
    await expect(page.locator('h1')).toHaveText(chapter.title);
    expect(await page.locator('article .katex').count()).toBeGreaterThan(0);
    // The chapter is HTML already: nothing in the page's scripts evaluates code from strings.
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      expect(script).not.toMatch(/new Function\(|[^\w.$]eval\(/);
    }
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 800 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `horizontal overflow at ${width} px`).toBeLessThanOrEqual(0);
    }
  });
}

test('the cover lists every chapter in both languages and starts reading', async ({ page }) => {
  await page.goto('/');
  for (const lang of locales) {
    const links = page.locator(`section[lang="${lang === 'zh' ? 'zh-CN' : 'en'}"] ol a`);
    await expect(links).toHaveCount(index[lang].length);
    for (const [i, chapter] of index[lang].entries()) {
      await expect(links.nth(i)).toHaveAttribute('href', `/${lang}/${chapter.slug}`);
      await expect(links.nth(i)).toContainText(chapter.title);
    }
  }
  await page.getByTestId('start-en').click();
  await expect(page).toHaveURL(new RegExp(`/en/${index.en[0]!.slug}$`));
});

test('the language switch lands on the same chapter and section', async ({ page }) => {
  const slug = index.en[0]!.slug;
  await page.goto(`/en/${slug}`);
  const sections = page.locator('main h2[id]');
  const target = sections.nth(2);
  const id = await target.getAttribute('id');
  await target.evaluate((el) => el.scrollIntoView({ behavior: 'instant', block: 'start' }));
  // By keyboard: a pointer click would let the test runner scroll the page first.
  await page.getByTestId('language-switch').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/zh/${slug}#${id}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator(`h2#${id}`)).toBeInViewport();
});

test('moving the keyboard focus to the top bar leaves the reader where they are', async ({ page }) => {
  await page.goto(`/en/${index.en[0]!.slug}`, { waitUntil: 'networkidle' });
  await page.locator('main h2[id]').nth(2).evaluate((el) => el.scrollIntoView({ behavior: 'instant', block: 'start' }));
  const y = await page.evaluate(() => window.scrollY);
  const controls = page.getByRole('banner').locator('a, button');
  expect(await controls.count()).toBeGreaterThan(3);
  for (const control of await controls.all()) {
    await control.focus();
    await page.waitForTimeout(400); // a smooth scroll would be well under way
    expect(await page.evaluate(() => window.scrollY), await control.getAttribute('aria-label') ?? '').toBe(y);
  }
});

test('jumping deep into the heaviest chapter as soon as it opens, what the reader sees stays put', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { shifts: number }).shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) (window as unknown as { shifts: number }).shifts += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/en/gradient-descent');
  const heading = page.locator('main h2[id]').nth(5);
  await heading.evaluate((el) => el.scrollIntoView({ behavior: 'instant', block: 'start' }));
  const top = await heading.evaluate((el) => el.getBoundingClientRect().top);
  // fonts, formulas, widgets near the place: whatever still arrives must not move the heading
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1000);
  expect(Math.abs((await heading.evaluate((el) => el.getBoundingClientRect().top)) - top)).toBeLessThan(2);
  expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBeLessThan(0.005);
});

test('a reload, or coming back from another site, returns the reader to the very line they left', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/en/gradient-descent', { waitUntil: 'networkidle' });
  const heading = page.locator('main h2[id]').nth(4);
  await heading.evaluate((el) => {
    el.scrollIntoView({ behavior: 'instant', block: 'start' });
    window.scrollBy({ top: 150, behavior: 'instant' });
  });
  const top = await heading.evaluate((el) => el.getBoundingClientRect().top);
  const offBy = async () => Math.abs((await heading.evaluate((el) => el.getBoundingClientRect().top)) - top);
  await page.reload();
  await expect.poll(offBy).toBeLessThan(2);
  // away to another site and back: a new document, which the browser scrolls
  await page.goto('/en/glossary');
  await page.goBack();
  await expect.poll(offBy).toBeLessThan(2);
});

test('back to a chapter from another page of the book lands on the line the reader left, at once', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  // gradient-descent, the heaviest page (~7,000 elements since the two-neuron chain)
  await page.goto('/en/gradient-descent', { waitUntil: 'networkidle' });
  const heading = page.locator('main h2[id]').nth(4);
  const place = async () => {
    await heading.evaluate((el) => {
      el.scrollIntoView({ behavior: 'instant', block: 'start' });
      window.scrollBy({ top: 150, behavior: 'instant' });
    });
    await page.waitForTimeout(200); // the scroll event has been seen
    return heading.evaluate((el) => el.getBoundingClientRect().top);
  };
  const offBy = (top: number) => async () => Math.abs((await heading.evaluate((el) => el.getBoundingClientRect().top)) - top);
  // every position the page passes through once the chapter is back: with smooth scrolling on
  // <html>, the browser restored the place with a glide from the top, through the whole chapter
  const watch = () =>
    page.evaluate(() => {
      const seen: number[] = [];
      (window as unknown as { seen: number[] }).seen = seen;
      window.addEventListener('scroll', () => {
        if (document.querySelector('article[data-chapter]')) seen.push(window.scrollY);
      });
    });
  const passedThrough = () => page.evaluate(() => (window as unknown as { seen: number[] }).seen);
  // links are clicked where they are: Playwright's click would scroll to them first
  const follow = (link: ReturnType<typeof page.locator>) => link.evaluate((a: HTMLElement) => a.click());

  for (const [link, url] of [
    [page.getByRole('banner').getByRole('link', { name: 'Search' }), /\/en\/search$/],
    [page.locator('a[rel="next"]'), /\/en\/learning-rate$/],
  ] as const) {
    const top = await place();
    const y = await page.evaluate(() => window.scrollY);
    await follow(link);
    await expect(page).toHaveURL(url);
    await watch();
    await page.goBack();
    await expect(page).toHaveURL(/\/en\/gradient-descent$/);
    await expect.poll(offBy(top)).toBeLessThan(2);
    await page.waitForTimeout(300);
    for (const seen of await passedThrough()) expect(Math.abs(seen - y)).toBeLessThan(2);
  }
});

test('an unknown chapter is a 404 in the reader’s language', async ({ page }) => {
  const en = await page.goto('/en/no-such-chapter');
  expect(en?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('No such chapter');
  const zh = await page.goto('/zh/no-such-chapter');
  expect(zh?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('这一章不存在');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('dark mode follows the system, the toggle overrides it, and a reload keeps it without a flash', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ colorScheme: 'dark', baseURL });
  const page = await context.newPage();
  await page.goto(`/en/${index.en[0]!.slug}`);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('button', { name: /Theme/ }).click(); // system → light
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  // Before any script of the app runs, the inline theme script has already chosen light.
  await page.route('**/_next/static/**/*.js', (route) => route.abort());
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await context.close();
});

test('a term in a chapter leads to its glossary entry, which links back to where it first appears', async ({ page }) => {
  const slug = index.zh[0]!.slug;
  await page.goto(`/zh/${slug}`);
  const term = page.locator('article a[data-term]').first();
  const id = await term.getAttribute('data-term');
  await term.click();
  await expect(page).toHaveURL(new RegExp(`/zh/glossary#${id}$`));
  const entry = page.locator(`[id="${id}"]`);
  await expect(entry).toBeInViewport();
  await expect(entry.getByRole('link')).toHaveAttribute('href', new RegExp(`^/zh/${slug}#`));
});

test('a term card opens by keyboard focus with the definition and the other language’s name', async ({ page }) => {
  await page.goto('/en/hello-neuron');
  const term = page.locator('article a[data-term="neuron"]');
  await term.focus();
  const card = page.locator(`[id="${await term.getAttribute('aria-describedby')}"]`);
  await expect(card).toBeVisible();
  await expect(card).toContainText('神经元');
  await expect(card).toContainText('smallest unit');
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('a term card deep in a chapter opens beside its term on a phone, whole and uncovered', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/en/activation');
  const term = page.locator('article p:has(.katex) a[data-term="leaky-relu"]');
  await term.scrollIntoViewIfNeeded();
  await term.focus();
  const card = page.locator(`[id="${await term.getAttribute('aria-describedby')}"]`);
  await expect(card).toBeVisible();
  const [link, box] = [(await term.boundingBox())!, (await card.boundingBox())!];
  // Just above the term, or just below it near the top of the screen.
  const gap = box.y + box.height <= link.y + 1 ? link.y - (box.y + box.height) : box.y - (link.y + link.height);
  expect(gap).toBeGreaterThanOrEqual(0);
  expect(gap).toBeLessThan(16);
  // Nothing clips or covers it: each corner of the card is the card.
  const corners = [
    [box.x + 4, box.y + 4],
    [box.x + box.width - 4, box.y + 4],
    [box.x + 4, box.y + box.height - 4],
    [box.x + box.width - 4, box.y + box.height - 4],
  ];
  for (const [x, y] of corners) expect(await card.evaluate((el, [px, py]) => el.contains(document.elementFromPoint(px!, py!)), [x, y])).toBe(true);
});
