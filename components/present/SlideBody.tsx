'use client';

import { useContext, useLayoutEffect, useRef, type ReactNode } from 'react';
import { DeckContext, SlideContext } from './DeckContext';
import styles from './Deck.module.css';

/** The fit of a slide's content is kept at least this large; the deck test holds slides to it. */
export const MIN_FIT = 0.5;

/**
 * The projector layouts a widget slide may take: the widget across the slide, its parts
 * (cards, charts, controls: the widget's own children) flowing into 1 to 4 columns, and the
 * story's narration below it or in a column beside it. A widget was drawn for a tall reading
 * column; shrinking that column onto a wide screen made its text 7-18 px at 1080p, so every
 * layout is tried and the one that needs the least scaling wins (fewer columns on a tie).
 */
const LAYOUTS = [1, 2, 3, 4].flatMap((columns) => (['below', 'beside'] as const).map((narration) => ({ columns, narration })));
type Layout = (typeof LAYOUTS)[number];

/**
 * True if a part of the widget, or the narration, is wider than the column it was given: it
 * would run into the next column (a row of fields, a displayed formula), so the layout is refused.
 */
function spillsOver(content: HTMLElement): boolean {
  // Scaling cannot cure a layout wider than the slide (a table wider than its column widens it all).
  if (content.scrollWidth > content.clientWidth + 1) return true;
  const parts = content.querySelectorAll<HTMLElement>('[data-widget], [data-widget] > *, [data-scene] > *');
  // (A visually hidden note for screen readers is 1 px wide on purpose.)
  return [...parts].some((part) => part.clientWidth > 1 && part.scrollWidth > part.clientWidth + 1);
}

/** A chart label on a widget slide is drawn at least this large on the 960×540 stage (18 px at 1080p). */
const MIN_LABEL = 9;

/**
 * Tells each chart of a widget slide how large its labels must be in its own units: an SVG's
 * text is scaled by its viewBox, so 11 units in a chart drawn at half its width are 5.5 px on
 * the stage. The size is a custom property (--label-min) the deck's CSS applies to the chart's
 * text, so labels a chart draws later (new ticks while training) get it too. Chart boxes do not
 * depend on their text, so this cannot change the layout or the fit.
 */
function sizeChartLabels(stage: HTMLElement, content: HTMLElement) {
  const stageScale = stage.getBoundingClientRect().width / Math.max(1, stage.offsetWidth);
  // A slide not laid out yet (no box) is sized when it is: the observer calls again.
  if (!(stageScale > 0)) return;
  for (const svg of content.querySelectorAll<SVGSVGElement>('[data-widget] svg')) {
    const viewBox = svg.viewBox.baseVal;
    const drawn = svg.getBoundingClientRect().width / Math.max(1e-6, stageScale);
    if (!viewBox?.width || drawn < 1) continue;
    svg.style.setProperty('--label-min', `${Math.ceil(((MIN_LABEL * viewBox.width) / drawn) * 10) / 10}px`);
  }
}

function applyLayout(content: HTMLElement, layout: Layout | null) {
  if (!layout) {
    delete content.dataset.columns;
    delete content.dataset.narration;
    content.style.removeProperty('--columns');
    return;
  }
  content.dataset.columns = String(layout.columns);
  content.dataset.narration = layout.narration;
  content.style.setProperty('--columns', String(layout.columns));
}

/**
 * What a slide shows (its notes sit beside it, outside). On the reading page it adds no
 * markup; in the deck it is the 960×540 stage, and content taller or wider than the stage
 * is scaled down to fit it, so nothing ever scrolls on a projector.
 */
export function SlideBody({ children }: { children: ReactNode }) {
  const deck = useContext(DeckContext);
  const slide = useContext(SlideContext);
  const frame = useRef<HTMLDivElement>(null);
  const fit = useRef<HTMLDivElement>(null);
  const inDeck = deck !== null && slide !== null;

  useLayoutEffect(() => {
    const box = frame.current;
    const content = fit.current;
    if (!box || !content) return;
    // The stage has a fixed logical size, so the scale found here holds on every screen and on paper.
    const scaleNow = () =>
      Math.min(1, box.clientWidth / Math.max(1, content.scrollWidth), box.clientHeight / Math.max(1, content.scrollHeight));
    // The layout is chosen again only when the widget itself changes (its code arrived) or the
    // stage does (a late font): a widget's numbers changing while it trains must not make it jump.
    let chosenFor: string | null = null;
    const widgetKey = () => {
      const widget = content.querySelector<HTMLElement>('[data-widget]');
      return widget ? `${widget.dataset.widget}:${widget.dataset.widgetPending ?? 'ready'}:${box.clientWidth}x${box.clientHeight}` : null;
    };
    const chooseLayout = () => {
      // CSS multi-column does the flowing, so no widget needs to know; the trial layouts are
      // measured synchronously, before anything is painted.
      const layouts = content.querySelector('[data-scene]') ? LAYOUTS : LAYOUTS.filter((layout) => layout.narration === 'below');
      // A scene shows one step's narration at a time, and a later step may be longer than the
      // first (a table, a speech bubble): each layout is judged by its worst step, each step
      // shown in turn (then put back as React left it), so no step is squeezed by a layout
      // chosen for another. The layout then holds for every step: the widget does not jump.
      const steps = [...content.querySelectorAll<HTMLElement>('[data-scene] [data-step]')];
      const hidden = steps.map((step) => step.hidden);
      const eachStep = steps.length > 1 ? steps : [null];
      let best = { layout: layouts[0]!, scale: 0 };
      for (const layout of layouts) {
        applyLayout(content, layout);
        let worst = Infinity;
        for (const shown of eachStep) {
          if (shown) for (const step of steps) step.hidden = step !== shown;
          worst = spillsOver(content) ? 0 : Math.min(worst, scaleNow());
          if (worst === 0) break;
        }
        if (worst > best.scale + 0.01) best = { layout, scale: worst };
      }
      steps.forEach((step, i) => (step.hidden = hidden[i]!));
      applyLayout(content, best.layout);
    };
    const measure = () => {
      const key = widgetKey();
      if (key !== chosenFor) {
        if (key) chooseLayout();
        else applyLayout(content, null);
        chosenFor = key;
      }
      const scale = scaleNow();
      const value = Math.max(MIN_FIT / 2, Math.floor(scale * 1000) / 1000);
      content.style.setProperty('--fit', String(value));
      content.dataset.fit = String(value);
      if (content.dataset.columns) sizeChartLabels(box.parentElement!, content);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(content);
    observer.observe(box);
    // A chart drawn once its run has data (the race's, the training floor's) arrives without
    // resizing anything: size its labels when it comes. Ticks changing inside a chart do not call this.
    const charts = new MutationObserver((changes) => {
      const addsChart = changes.some((change) => [...change.addedNodes].some((node) => node instanceof Element && (node.matches('svg') || node.querySelector('svg'))));
      if (addsChart && content.dataset.columns) sizeChartLabels(box.parentElement!, content);
    });
    charts.observe(content, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      charts.disconnect();
    };
  }, [inDeck]);

  if (!deck || !slide) return <>{children}</>;
  return (
    <div className={styles.stage} data-stage="">
      {slide.part > 1 && slide.title ? (
        <p className={styles.runningHead} aria-hidden="true">
          {slide.title}
        </p>
      ) : null}
      <div className={styles.frame} ref={frame}>
        <div className={`${styles.fit} ${slide.index === 0 ? styles.titleFit : ''}`} ref={fit} data-fit="1">
          {children}
        </div>
      </div>
    </div>
  );
}
