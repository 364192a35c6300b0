import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

// Widget slides on a projector (issue 22, item 1). Everything is measured as it is drawn on the
// screen: a text's computed font size times every scale above it (the stage's fit to the screen,
// the slide's fit of its content, an SVG's viewBox), and the boxes of what is shown.

const chapters = fs
  .readdirSync(path.join(process.cwd(), 'content'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
  .map((entry) => entry.name)
  .filter((slug) => ['zh', 'en'].every((lang) => fs.existsSync(path.join(process.cwd(), 'content', slug, `${lang}.mdx`))));

/** The rule, stated at 1080p: text at least 24 px, chart labels at least 18 px. */
const MIN_TEXT = 24;
const MIN_LABEL = 18;

/**
 * The epilogue's school trains live from its second step on. Its slide meets every rule at every
 * step whatever the run's state (fit 0.82-0.86, smallest text 24.6 px, the "η → 0.030" mark inside
 * its chart), at 1080p and at 720p, and keeps its layout at 720p. Only the last check, each text at
 * the same place at 720p, is not made: it pairs equal words, and the run changes which cells of the
 * confusion matrix read "0" or "1" (and which pictures read "✓ Dalmatian") between the looks, so a
 * count paired with another cell's would be reported as moved.
 */
const LIVE_UNSETTLED = new Set(['zh', 'en'].flatMap((lang) => [2, 3, 4].map((step) => `${lang}/BreedSchool/${step}`)));

interface Look {
  problems: string[];
  /** Texts below the size rule (kind, on-screen px, the words). */
  small: string[];
  /** The smallest text and the smallest chart label, on screen. */
  smallest: string;
  /** The layout SlideBody chose and the slide's fit. */
  layout: string;
  /** Each shown text and where it starts, relative to the stage (in stage widths and heights). */
  boxes: { words: string; x: number; y: number }[];
  stageWidth: number;
  /** The widget's name (data-widget). */
  widget: string;
}

/** Looks at one slide as the projector shows it (run in the page). */
function look(index: number): Look {
  // (Repeated from above: this runs in the page, which sees nothing of this file.)
  const [MIN_TEXT, MIN_LABEL] = [24, 18];
  const slide = document.querySelector<HTMLElement>(`[data-slide="${index}"]`)!;
  const stage = slide.querySelector<HTMLElement>('[data-stage]')!;
  const fit = slide.querySelector<HTMLElement>('[data-fit]')!;
  const frame = stage.getBoundingClientRect();
  const problems: string[] = [];
  // What of an element can be seen: its box cut by every ancestor that clips (a scrolling list).
  const seenBox = (element: Element): DOMRect | null => {
    const style = getComputedStyle(element);
    if (style.visibility !== 'visible' || Number(style.opacity) === 0) return null;
    let { left, top, right, bottom } = element.getBoundingClientRect();
    for (let at = element.parentElement; at && at !== stage; at = at.parentElement) {
      const { overflowX, overflowY } = getComputedStyle(at);
      if (overflowX === 'visible' && overflowY === 'visible') continue;
      const clip = at.getBoundingClientRect();
      left = Math.max(left, clip.left);
      top = Math.max(top, clip.top);
      right = Math.min(right, clip.right);
      bottom = Math.min(bottom, clip.bottom);
    }
    return right - left > 2 && bottom - top > 2 ? new DOMRect(left, top, right - left, bottom - top) : null;
  };
  const shown = (element: Element) => seenBox(element) !== null;
  // The scale an HTML element is drawn at: its box on screen over its layout width.
  const scaleOf = (element: Element) => {
    let at: Element | null = element;
    while (at && !(at instanceof HTMLElement && at.offsetWidth > 0)) at = at.parentElement;
    return at instanceof HTMLElement ? at.getBoundingClientRect().width / at.offsetWidth : 1;
  };
  const hasText = (element: Element) => [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && /[^\s\u200b]/.test(node.textContent ?? ''));

  // Every piece of text shown; a formula (KaTeX stacks its glyphs on purpose) counts as one.
  const texts: { element: Element; px: number; label: boolean; words: string; box: DOMRect; lines: DOMRect[] }[] = [];
  const seen = new Set<Element>();
  for (const element of stage.querySelectorAll('*')) {
    const formula = element.closest('.katex');
    const unit = formula ?? element;
    if (seen.has(unit)) continue;
    const svg = element.closest('svg');
    if (svg && !/^(text|tspan)$/i.test(element.tagName)) continue;
    if (!formula && !hasText(element)) continue;
    if (formula && !formula.textContent?.trim()) continue;
    if (!shown(unit)) continue;
    seen.add(unit);
    const size = parseFloat(getComputedStyle(unit).fontSize);
    const viewBox = svg?.viewBox.baseVal;
    const px = svg && viewBox?.width ? size * (svg.getBoundingClientRect().width / viewBox.width) : size * scaleOf(unit);
    // An inline formula or phrase that wraps is one box per line, not the box around both lines.
    const lines = [...unit.getClientRects()].filter((rect) => rect.width > 1 && rect.height > 1);
    texts.push({ element: unit, px, label: svg !== null, words: (unit.textContent ?? '').trim().slice(0, 40), box: seenBox(unit)!, lines });
  }
  const small = texts
    .filter(({ px, label }) => px < (label ? MIN_LABEL : MIN_TEXT) - 0.05)
    .map(({ px, label, words }) => `${label ? 'label' : 'text'} ${px.toFixed(1)} px: ${words}`);

  for (const [i, a] of texts.entries()) {
    if (a.box.left < frame.left - 1 || a.box.right > frame.right + 1 || a.box.top < frame.top - 1 || a.box.bottom > frame.bottom + 1) problems.push(`outside the slide: ${a.words}`);
    for (const b of texts.slice(i + 1)) {
      if (a.element.contains(b.element) || b.element.contains(a.element)) continue;
      // Labels inside one chart (a tick and the axis name) are the chart's own drawing, the same
      // on the reading page; what is checked here is the slide's layout.
      if (a.label && b.label && a.element.closest('svg') === b.element.closest('svg')) continue;
      const meet = (p: DOMRect, q: DOMRect) =>
        Math.min(p.right, q.right) - Math.max(p.left, q.left) > 2 && Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top) > 2;
      const shownLines = (text: typeof a) => text.lines.filter((line) => meet(line, text.box));
      if (meet(a.box, b.box) && shownLines(a).some((p) => shownLines(b).some((q) => meet(p, q)))) problems.push(`overlap: "${a.words}" and "${b.words}"`);
    }
  }
  // A chart or drawing squeezed to nothing (the training slide's loss chart was 0×0).
  for (const drawing of stage.querySelectorAll<Element>('[data-widget] svg:not(button svg, [aria-hidden="true"]), [data-widget] canvas')) {
    const box = drawing.getBoundingClientRect();
    // (one left out of the slide on purpose, display: none, has no box at all)
    if (drawing.getClientRects().length > 0 && getComputedStyle(drawing).visibility === 'visible' && (box.width < 24 || box.height < 24)) problems.push(`a chart drawn ${Math.round(box.width)}×${Math.round(box.height)}`);
  }
  // A widget's part split across two columns (the race's "Large" lane card was).
  for (const part of stage.querySelectorAll('[data-widget] > *')) {
    if (part.getClientRects().length > 1) problems.push(`split across columns: ${(part.textContent ?? '').trim().slice(0, 40)}`);
  }
  // A word or number broken over two lines ("Exampl es seen", "30.0 / 0"). CJK text may break anywhere.
  const walker = document.createTreeWalker(stage, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('svg, .katex') || !shown(parent)) continue;
    for (const match of (node.textContent ?? '').matchAll(/[A-Za-z0-9][A-Za-z0-9.,]*[A-Za-z0-9]/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const lines = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
      if (lines.size > 1) problems.push(`a word broken over two lines: ${match[0]}`);
    }
  }
  // Where texts and charts sit. A chart's own labels are left to the chart: a live chart's axis
  // rescales between two looks (its ticks move), while the chart's box must stay put.
  const place = (words: string, box: DOMRect) => ({ words, x: (box.left - frame.left) / frame.width, y: (box.top - frame.top) / frame.height });
  const charts = [...stage.querySelectorAll('[data-widget] svg:not(button svg, [aria-hidden="true"]), [data-widget] canvas')].filter(shown);
  const boxes = [
    ...texts.filter(({ label }) => !label).map(({ words, box }) => place(words, box)),
    ...charts.map((chart, i) => place(`chart ${i + 1}`, chart.getBoundingClientRect())),
  ];
  const layout = `columns ${fit.dataset.columns ?? '-'}, narration ${fit.dataset.narration ?? '-'}, fit ${fit.dataset.fit}`;
  const least = (label: boolean) => Math.min(...texts.filter((text) => text.label === label).map(({ px }) => px));
  const smallest = `text ${least(false).toFixed(1)} px, label ${Number.isFinite(least(true)) ? least(true).toFixed(1) : '-'} px`;
  const widget = stage.querySelector<HTMLElement>('[data-widget]')?.dataset.widget ?? '';
  return { problems, small, smallest, layout, boxes, stageWidth: frame.width, widget };
}

/**
 * How many presses of "next" a slide takes before the following slide (lib/content/slides.ts
 * counts them the same way): each `<Reveal>`, and each step of a scene after its first.
 */
function stepsOf(index: number): number {
  const slide = document.querySelector(`[data-slide="${index}"]`)!;
  const scenes = [...slide.querySelectorAll('[data-scene]')].map((scene) => scene.querySelectorAll('[data-step]').length - 1);
  return slide.querySelectorAll('[data-reveal]').length + scenes.reduce((sum, n) => sum + n, 0);
}

/** How many of those the slide shows uncovered: reveals shown, and the scenes' current steps. */
function uncovered(index: number): number {
  const slide = document.querySelector(`[data-slide="${index}"]`)!;
  const steps = [...slide.querySelectorAll<HTMLElement>('[data-scene] [data-step]:not([hidden])')].map((step) => Number(step.dataset.index));
  return slide.querySelectorAll('[data-reveal]:not([data-hidden])').length + steps.reduce((sum, n) => sum + n, 0);
}

/**
 * Opens a slide with a fresh load (a hash-only change twice left the deck where it was under
 * load), then presses → to reach its `step`, as a teacher's clicker does.
 */
async function openSlide(page: Page, url: string, index: number, step: number) {
  // (Going to the same deck with only the hash changed would not reload it.)
  await page.goto('about:blank');
  await page.goto(url);
  await expect(page.locator('main[data-ready]')).toBeVisible({ timeout: 20_000 });
  const widget = page.locator('[data-slide][data-current] [data-widget]');
  await expect(widget.first()).not.toHaveAttribute('data-widget-pending', /.*/, { timeout: 20_000 });
  for (let press = 0; press < step; press++) await page.keyboard.press('ArrowRight');
  await expect.poll(() => page.evaluate(uncovered, index), { message: `${url}: step ${step}` }).toBe(step);
  await expect(page.locator(`[data-slide="${index}"]`)).toHaveAttribute('data-current', '');
  // A widget still making its data (the epilogue draws 1200 dog pictures) says so with aria-busy;
  // its texts change when the data comes, so the two looks below wait for it.
  await expect(page.locator('[data-slide][data-current] [data-widget] [aria-busy="true"]')).toHaveCount(0, { timeout: 20_000 });
}

/** Looks until two looks agree (late fonts refit a slide), then returns the last. */
async function settledLook(page: Page, index: number): Promise<Look> {
  let last = '';
  let result: Look | null = null;
  await expect
    .poll(
      async () => {
        result = await page.evaluate(look, index);
        const now = JSON.stringify([result.layout, result.boxes.length, result.stageWidth]);
        const same = now === last;
        last = now;
        return same;
      },
      { timeout: 15_000, intervals: [300] },
    )
    .toBe(true);
  return result!;
}

for (const lang of ['zh', 'en'] as const) {
  for (const slug of chapters) {
    test(`${lang}/${slug}: widget slides are readable and whole at every step, at 1920×1080 and 1280×720`, async ({ page }) => {
      await page.goto(`/${lang}/${slug}/present`);
      await expect(page.locator('main[data-ready]')).toBeVisible({ timeout: 20_000 });
      const indexes = await page.locator('[data-slide]:has([data-widget])').evaluateAll((slides) => slides.map((slide) => Number((slide as HTMLElement).dataset.slide)));
      // Every step of every widget slide (a scene's later steps hold longer narration, a table).
      const positions = (await Promise.all(indexes.map(async (index) => ({ index, steps: await page.evaluate(stepsOf, index) })))).flatMap(({ index, steps }) =>
        Array.from({ length: steps + 1 }, (_, step) => ({ index, step, steps })),
      );
      // About 5 s a position on a quiet machine; CI shares two cores.
      test.setTimeout(30_000 + positions.length * 20_000);
      for (const { index, step, steps } of positions) {
        await page.setViewportSize({ width: 1920, height: 1080 });
        await openSlide(page, `/${lang}/${slug}/present#${index + 1}`, index, step);
        const big = await settledLook(page, index);
        const where = `/${lang}/${slug}/present#${index + 1} step ${step + 1}/${steps + 1} (${big.widget}; ${big.layout})`;
        const known = `${lang}/${big.widget}/${step + 1}`;
        expect.soft(big.problems, `${where} at 1920×1080`).toEqual([]);
        // Every check is soft, so one run names every slide and step that breaks one. The size rule is
        // checked here; at 720p the same layout is drawn at 2/3 (below).
        test.info().annotations.push({ type: 'sizes at 1920×1080', description: `${where}: smallest ${big.smallest}` });
        expect.soft(big.small.filter((entry) => entry.startsWith('label')), `${where}: chart labels under ${MIN_LABEL} px at 1920×1080`).toEqual([]);
        const smallText = big.small.filter((entry) => entry.startsWith('text'));
        expect.soft(smallText, `${where}: texts under ${MIN_TEXT} px at 1920×1080`).toEqual([]);

        // 720p: the same layout, scaled by 2/3 as a whole, and still whole.
        await page.setViewportSize({ width: 1280, height: 720 });
        await expect.poll(async () => (await page.evaluate(look, index)).stageWidth).toBeCloseTo((big.stageWidth * 2) / 3, 0);
        const small = await settledLook(page, index);
        expect.soft(small.problems, `${where} at 1280×720`).toEqual([]);
        expect.soft(small.layout, `${where}: the layout at 720p`).toBe(big.layout);
        if (LIVE_UNSETTLED.has(known)) {
          test.info().annotations.push({ type: 'places at 720p not compared (LIVE_UNSETTLED)', description: where });
          continue;
        }
        // Back at 1080p, a second look: a live widget (a run training, a signal on its way) may
        // change between looks, and what it changes moves what follows it. The texts and charts that
        // sat still from one 1080p look to the other are the slide's layout; each must be shown at
        // 720p (paired in order by its words, any number as any number: a count may tick meanwhile)
        // at the same place on the slide.
        await page.setViewportSize({ width: 1920, height: 1080 });
        await expect.poll(async () => (await page.evaluate(look, index)).stageWidth).toBeCloseTo(big.stageWidth, 0);
        const again = await settledLook(page, index);
        const shape = (words: string) => words.replace(/\d+/g, '#');
        const pair = (from: Look['boxes'], to: Look['boxes'], same: (a: string, b: string) => boolean) => {
          const unpaired = [...to];
          return from.flatMap((box) => {
            const at = unpaired.findIndex((other) => same(other.words, box.words));
            return at < 0 ? [] : [[box, unpaired.splice(at, 1)[0]!] as const];
          });
        };
        // (The same words first, so a "5" on a button is not taken for a count that changed to 5.)
        const pairAll = (from: Look['boxes'], to: Look['boxes']) => {
          const exact = pair(from, to, (a, b) => a === b);
          const rest = (boxes: Look['boxes'], side: 0 | 1) => boxes.filter((box) => !exact.some((p) => p[side] === box));
          return [...exact, ...pair(rest(from, 0), rest(to, 1), (a, b) => shape(a) === shape(b))];
        };
        const apart = ([a, b]: readonly [Look['boxes'][number], Look['boxes'][number]]) => Math.abs(a.x - b.x) > 0.004 || Math.abs(a.y - b.y) > 0.004;
        const still = pair(big.boxes, again.boxes, (a, b) => a === b).filter((p) => !apart(p)).map(([a]) => a);
        expect.soft(still.length, `${where}: texts that stay put at 1080p (a widget still settling?)`).toBeGreaterThanOrEqual(big.boxes.length * 0.4);
        const pairs = pairAll(still, small.boxes);
        expect.soft(pairs.length, `${where}: texts shown at both sizes`).toBeGreaterThanOrEqual(still.length * 0.9);
        const moved = pairs.filter(apart).map(([a]) => a.words);
        expect.soft(moved, `${where}: texts placed differently at 720p`).toEqual([]);
      }
    });
  }
}
