'use client';

import { useEffect } from 'react';
import { katexFacesIn } from './katexFaces';

/** The most layout work one slice may do, in ms: well under a long task on a slow phone. */
const SLICE_MS = 4;
/** How long settling waits for the chapter's fonts before it starts anyway, in ms. */
const FONTS_WAIT_MS = 3000;

/** Set by LazyLayoutScript on a fresh visit: until it goes, off-screen sections skip layout. */
const lazyLayout = () => document.documentElement.hasAttribute('data-lazy-layout');
const endLazyLayout = () => document.documentElement.removeAttribute('data-lazy-layout');

/**
 * On a fresh visit globals.css lets a chapter's plain sections (no widget, no scene) skip
 * layout while off screen, so the first paint lays out only what is on screen: on a
 * formula-rich chapter, laying out every formula first kept the page blank for hundreds of
 * milliseconds on a slow phone. Once the page is up, this lays out the skipped sections for
 * real, top to bottom, in slices of a few milliseconds, so the page's height and every
 * position in it are exact from then on (a skipped section stands in with an estimated
 * height). One section full of formulas can take far longer than a slice, so a skipped
 * section is opened with its blocks still skipping, and then laid out a block at a time.
 * Before that it fetches the fonts the chapter's formulas use: a font arriving halfway
 * through would have the browser restyle every formula laid out so far. Throughout, the
 * section the reader is looking at stays where it is on screen. If the reader (or a link)
 * scrolls before then, the rest is laid out at once: a section coming into view would
 * otherwise swap its estimate for its real height under the reader's eyes. Then, or when the
 * reader leaves the chapter sooner, skipping ends for the rest of the visit. Marks the
 * article `data-settled` when done.
 */
export function SettleSections({ chapter }: { chapter: string }) {
  useEffect(() => {
    const article = document.querySelector<HTMLElement>(`article[data-chapter="${CSS.escape(chapter)}"]`);
    if (!article) return;
    const root = document.documentElement;
    const sections = [...article.querySelectorAll<HTMLElement>(':scope > section')];
    /** What is left to lay out, in order: a section, or a block in an opened section. */
    const queue: HTMLElement[] = [...sections];
    /** Blocks of opened sections, skipping layout until their turn in the queue. */
    const held = new Set<HTMLElement>();
    let timer = 0;
    let done = false;

    /**
     * The section whose place on screen is the reader's: the first to start on screen, else
     * the one reaching down into it from above. (A section only partly on screen may be an
     * estimate about to change height, which would move what follows it.)
     */
    const anchorOf = () =>
      sections.find((section) => {
        const top = section.getBoundingClientRect().top;
        return top >= 0 && top < window.innerHeight;
      }) ?? sections.findLast((section) => section.getBoundingClientRect().top < 0);
    /**
     * Lays out one section or block. A section still skipping its contents is opened with
     * its blocks skipping in turn, and they go to the front of the queue, unless `whole`.
     */
    const layOutOne = (element: HTMLElement, whole: boolean) => {
      if (held.delete(element)) {
        element.style.contentVisibility = '';
        element.style.containIntrinsicSize = '';
      } else {
        const blocks = [...element.children].filter((child) => child instanceof HTMLElement);
        if (!whole && blocks[0] && !blocks[0].checkVisibility({ contentVisibilityAuto: true })) {
          for (const block of blocks) {
            block.style.contentVisibility = 'auto';
            block.style.containIntrinsicSize = 'auto 4rem';
            held.add(block);
          }
          queue.unshift(...blocks);
        }
        element.style.contentVisibility = 'visible';
      }
      void element.offsetHeight; // lay it out now
    };
    /** Lays out what is left for `budget` ms, keeping the reader's section in place. */
    const layOut = (budget: number) => {
      const start = performance.now();
      const anchor = anchorOf();
      const before = anchor?.getBoundingClientRect().top;
      const whole = budget === Infinity;
      while (queue.length > 0) {
        layOutOne(queue.shift()!, whole);
        if (performance.now() - start >= budget) break;
      }
      const moved = anchor && before !== undefined ? anchor.getBoundingClientRect().top - before : 0;
      if (Math.abs(moved) >= 0.5) window.scrollBy({ top: moved, behavior: 'instant' });
    };
    const finish = () => {
      done = true;
      window.clearTimeout(timer);
      window.removeEventListener('scroll', onScroll);
      endLazyLayout();
      root.style.overflowAnchor = '';
      article.dataset.settled = '';
    };
    const onScroll = () => {
      layOut(Infinity);
      finish();
    };
    const slice = () => {
      layOut(SLICE_MS);
      if (queue.length > 0) timer = window.setTimeout(slice, 0);
      else finish();
    };

    if (!lazyLayout()) finish();
    else if (window.scrollY > 0) onScroll();
    else {
      // This keeps the reader's place itself, so the browser's own scroll anchoring is off
      // meanwhile: both correcting the same change could move the page twice.
      root.style.overflowAnchor = 'none';
      window.addEventListener('scroll', onScroll, { passive: true });
      const fonts = Promise.all(katexFacesIn(article).map((font) => document.fonts.load(font)));
      const patience = new Promise((resolve) => window.setTimeout(resolve, FONTS_WAIT_MS));
      void Promise.race([fonts, patience])
        .catch(() => undefined) // a font that fails to load is no reason not to settle
        .then(() => {
          if (done) return;
          performance.mark('settle-sections:start');
          timer = window.setTimeout(slice, 0);
        });
    }
    return finish;
  }, [chapter]);
  return null;
}
