'use client';

import { useLayoutEffect, type RefObject } from 'react';

/** Where the stage is sticky beside the steps (Scene.module.css uses the same width). */
const WIDE = '(min-width: 1100px)';
/** Never shrink a widget below this: its numbers must stay readable. */
const MIN_SCALE = 0.6;

/**
 * On wide screens the scene's widget stays in view beside the steps; one taller than the
 * room below the bars is scaled down to fit (a transform, so its layout and pointer input
 * are unchanged), and its frame takes the scaled height so nothing jumps.
 */
export function useFitHeight(frameRef: RefObject<HTMLElement | null>, contentRef: RefObject<HTMLElement | null>, reserved: number, enabled: boolean) {
  useLayoutEffect(() => {
    const frame = frameRef.current;
    const content = contentRef.current;
    if (!frame || !content || !enabled || typeof ResizeObserver === 'undefined') return;
    const wide = window.matchMedia(WIDE);
    const fit = () => {
      // offsetHeight is the layout height, which a transform does not change: no feedback loop.
      const tall = content.offsetHeight;
      const scale = wide.matches && tall > 0 ? Math.max(MIN_SCALE, Math.min(1, (window.innerHeight - reserved) / tall)) : 1;
      content.style.transform = scale < 1 ? `scale(${scale})` : '';
      frame.style.height = scale < 1 ? `${Math.ceil(tall * scale)}px` : '';
    };
    const observer = new ResizeObserver(fit);
    observer.observe(content);
    window.addEventListener('resize', fit);
    wide.addEventListener('change', fit);
    fit();
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', fit);
      wide.removeEventListener('change', fit);
      content.style.transform = '';
      frame.style.height = '';
    };
  }, [frameRef, contentRef, reserved, enabled]);
}
