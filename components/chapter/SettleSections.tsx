'use client';

import { useEffect } from 'react';

/** The most layout work one slice may do, in ms: well under a long task on a slow phone. */
const SLICE_MS = 6;

/**
 * globals.css lets a chapter's plain sections (no widget, no scene) skip layout while off
 * screen, so the first paint lays out only what is on screen: on a formula-rich chapter,
 * laying out every formula first kept the page blank for hundreds of milliseconds on a slow
 * phone. Once the page is up, this lays out the skipped sections for real, a few per slice,
 * top to bottom, so the page's height and every position in it are exact from then on (the
 * estimate a skipped section stands in with would otherwise shift what a reader or a link
 * scrolls to); meanwhile the section in view is kept where it is on screen. Marks the
 * article `data-settled` when done.
 */
export function SettleSections({ chapter }: { chapter: string }) {
  useEffect(() => {
    const article = document.querySelector<HTMLElement>(`article[data-chapter="${CSS.escape(chapter)}"]`);
    if (!article) return;
    const sections = [...article.querySelectorAll<HTMLElement>(':scope > section')];
    let next = 0;
    let timer = 0;
    const slice = () => {
      const start = performance.now();
      // What the reader is looking at stays put: sections above it may grow or shrink here.
      const anchor = sections.find((section) => section.getBoundingClientRect().bottom > 0);
      const before = anchor?.getBoundingClientRect().top;
      for (const section of sections.slice(next)) {
        section.style.contentVisibility = 'visible';
        void section.offsetHeight; // lay it out within this slice
        next++;
        if (performance.now() - start >= SLICE_MS) break;
      }
      const moved = anchor && before !== undefined ? anchor.getBoundingClientRect().top - before : 0;
      if (Math.abs(moved) >= 0.5) window.scrollBy({ top: moved, behavior: 'instant' });
      if (next < sections.length) timer = window.setTimeout(slice, 0);
      else article.dataset.settled = '';
    };
    if (sections.length > 0) timer = window.setTimeout(slice, 0);
    else article.dataset.settled = '';
    return () => window.clearTimeout(timer);
  }, [chapter]);
  return null;
}
