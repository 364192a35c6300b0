'use client';

import { useEffect, type RefObject } from 'react';
import type { Reach } from './SceneContext';

/** Where the page lays the widget beside the steps (Scene.module.css uses the same width). */
const WIDE = '(min-width: 1100px)';

/**
 * On wide screens, reaches a step when it crosses the middle of the viewport, going down or
 * back up. On narrow screens the steps' "show me" buttons do it instead.
 */
export function useStepObserver(rootRef: RefObject<HTMLElement | null>, reach: (index: number, from: Reach) => void, enabled: boolean) {
  useEffect(() => {
    const root = rootRef.current;
    if (!enabled || !root || typeof IntersectionObserver === 'undefined') return;
    const wide = window.matchMedia(WIDE);
    let observer: IntersectionObserver | null = null;
    const watch = () => {
      observer?.disconnect();
      observer = null;
      if (!wide.matches) return;
      observer = new IntersectionObserver(
        (entries) => {
          const crossing = entries.filter((entry) => entry.isIntersecting).at(-1);
          if (crossing) reach(Number((crossing.target as HTMLElement).dataset.index), 'scroll');
        },
        { rootMargin: '-45% 0px -45% 0px' },
      );
      root.querySelectorAll('[data-step]').forEach((step) => observer!.observe(step));
    };
    watch();
    wide.addEventListener('change', watch);
    return () => {
      observer?.disconnect();
      wide.removeEventListener('change', watch);
    };
  }, [rootRef, reach, enabled]);
}
