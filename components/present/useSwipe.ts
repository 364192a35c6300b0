'use client';

import { useRef, type TouchEvent } from 'react';

/** A horizontal swipe this long (px), clearly more sideways than down, turns the slide. */
const MIN_SWIPE = 60;
/** Touches that start on these belong to the widget (a slider, a canvas to paint on). */
const OWN_TOUCH = 'input, textarea, select, button, canvas, svg, [role="slider"], [data-widget]';

/** Touch handlers for the deck: swipe left for the next slide, right for the previous one. */
export function useSwipe(turn: (direction: 'next' | 'previous') => void) {
  const start = useRef<{ x: number; y: number } | null>(null);
  return {
    onTouchStart(event: TouchEvent) {
      const touch = event.touches[0];
      const owned = event.target instanceof Element && event.target.closest(OWN_TOUCH);
      start.current = touch && event.touches.length === 1 && !owned ? { x: touch.clientX, y: touch.clientY } : null;
    },
    onTouchEnd(event: TouchEvent) {
      const from = start.current;
      const touch = event.changedTouches[0];
      start.current = null;
      if (!from || !touch) return;
      const dx = touch.clientX - from.x;
      const dy = touch.clientY - from.y;
      if (Math.abs(dx) >= MIN_SWIPE && Math.abs(dx) > 1.5 * Math.abs(dy)) turn(dx < 0 ? 'next' : 'previous');
    },
  };
}
