'use client';

import { useEffect } from 'react';

/** The most layout work one slice may do, in ms: well under a long task on a slow phone. */
const SLICE_MS = 6;

/** Set by LazyLayoutScript on a fresh visit: until it goes, off-screen sections skip layout. */
const lazyLayout = () => document.documentElement.hasAttribute('data-lazy-layout');
const endLazyLayout = () => document.documentElement.removeAttribute('data-lazy-layout');

/**
 * On a fresh visit globals.css lets a chapter's plain sections (no widget, no scene) skip
 * layout while off screen, so the first paint lays out only what is on screen: on a
 * formula-rich chapter, laying out every formula first kept the page blank for hundreds of
 * milliseconds on a slow phone. Once the page is up, this lays out the skipped sections for
 * real, a few per slice, top to bottom, so the page's height and every position in it are
 * exact from then on (a skipped section stands in with an estimated height). Throughout, the
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
    let next = 0;
    let timer = 0;

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
    /** Lays out the next sections for `budget` ms, keeping the reader's section in place. */
    const layOut = (budget: number) => {
      const start = performance.now();
      const anchor = anchorOf();
      const before = anchor?.getBoundingClientRect().top;
      for (const section of sections.slice(next)) {
        section.style.contentVisibility = 'visible';
        void section.offsetHeight; // lay it out now
        next++;
        if (performance.now() - start >= budget) break;
      }
      const moved = anchor && before !== undefined ? anchor.getBoundingClientRect().top - before : 0;
      if (Math.abs(moved) >= 0.5) window.scrollBy({ top: moved, behavior: 'instant' });
    };
    const finish = () => {
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
      if (next < sections.length) timer = window.setTimeout(slice, 0);
      else finish();
    };

    if (!lazyLayout()) finish();
    else if (window.scrollY > 0) onScroll();
    else {
      // This keeps the reader's place itself, so the browser's own scroll anchoring is off
      // meanwhile: both correcting the same change could move the page twice.
      root.style.overflowAnchor = 'none';
      window.addEventListener('scroll', onScroll, { passive: true });
      timer = window.setTimeout(slice, 0);
    }
    return finish;
  }, [chapter]);
  return null;
}
