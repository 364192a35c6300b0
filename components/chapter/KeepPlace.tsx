'use client';

import { useLayoutEffect } from 'react';

/** Where the reader was in each chapter they have opened in this tab: scrollY, by path. */
const places = new Map<string, number>();

/** Where the last step back or forward went, until a chapter there has taken it up. */
let steppedTo: string | null = null;
if (typeof window !== 'undefined') {
  window.addEventListener('popstate', () => {
    steppedTo = window.location.href;
  });
}

/**
 * Back (or forward) to a chapter from another page of the book returns the reader to where
 * they were, at once. Left to the browser, the step showed the chapter from its top and
 * glided down to the old place (9,000 px over about a second, measured), through the whole
 * chapter. So each chapter notes where the reader is, and puts them back there when a step
 * through history brings it up again, before it is painted. A fresh load (a reload, another
 * site and back) is left to the browser, which lands there directly.
 */
export function KeepPlace() {
  useLayoutEffect(() => {
    const path = window.location.pathname;
    const saved = places.get(path);
    if (steppedTo === window.location.href && saved !== undefined && Math.abs(window.scrollY - saved) >= 1) {
      window.scrollTo({ top: saved, behavior: 'instant' });
    }
    steppedTo = null;
    const onScroll = () => places.set(path, window.scrollY);
    // a step between two places in this chapter (its #sections) is the browser's to restore
    const onStep = () => {
      if (window.location.pathname === path) steppedTo = null;
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('popstate', onStep);
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('popstate', onStep);
    };
  }, []);
  return null;
}
