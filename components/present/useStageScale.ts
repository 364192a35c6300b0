'use client';

import { useLayoutEffect, useState, type RefObject } from 'react';

/** The logical size of every slide; the deck scales it as a whole to the screen. */
export const STAGE = { width: 960, height: 540 };

/** How much a stage must be scaled to fill the element (letterboxed), or null before it is measured. */
export function useStageScale(ref: RefObject<HTMLElement | null>, active: unknown): number | null {
  const [scale, setScale] = useState<number | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const { width, height } = element.getBoundingClientRect();
      if (width > 0 && height > 0) setScale(Math.min(width / STAGE.width, height / STAGE.height));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, active]);
  return scale;
}
