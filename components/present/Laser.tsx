'use client';

import { useEffect, useRef, type RefObject } from 'react';
import type { Pointer, Signal } from '@/lib/present/signal';
import styles from './Presenter.module.css';

const currentStage = (screen: HTMLElement) => screen.querySelector<HTMLElement>('[data-slide][data-current] [data-stage]');

/**
 * The laser pointer: a red dot on the current slide at the place the presenter points to.
 * With `follow` (the presenter window) the mouse over the slide moves it; both windows draw
 * it, placed by fractions of the slide so it lands on the same word on any screen size.
 */
export function Laser({ pointer, screen, follow }: { pointer: Signal<Pointer>; screen: RefObject<HTMLElement | null>; follow: boolean }) {
  const dot = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const draw = ({ x, y, visible }: Pointer) => {
      const element = dot.current;
      const area = screen.current;
      const stage = area && currentStage(area);
      if (!element || !area || !stage) return;
      const box = area.getBoundingClientRect();
      const slide = stage.getBoundingClientRect();
      element.style.transform = `translate(${slide.left - box.left + x * slide.width}px, ${slide.top - box.top + y * slide.height}px)`;
      element.hidden = !visible;
    };
    return pointer.subscribe(draw);
  }, [pointer, screen]);

  useEffect(() => {
    const area = screen.current;
    if (!follow || !area) return;
    const onMove = (event: PointerEvent) => {
      const stage = currentStage(area);
      if (!stage) return;
      const slide = stage.getBoundingClientRect();
      const x = (event.clientX - slide.left) / slide.width;
      const y = (event.clientY - slide.top) / slide.height;
      const inside = x >= 0 && x <= 1 && y >= 0 && y <= 1;
      pointer.set({ x: Math.min(1, Math.max(0, x)), y: Math.min(1, Math.max(0, y)), visible: inside });
    };
    const onLeave = () => pointer.set({ ...pointer.get(), visible: false });
    area.addEventListener('pointermove', onMove);
    area.addEventListener('pointerleave', onLeave);
    return () => {
      area.removeEventListener('pointermove', onMove);
      area.removeEventListener('pointerleave', onLeave);
    };
  }, [follow, pointer, screen]);

  return <div ref={dot} className={styles.laser} hidden aria-hidden="true" data-testid="laser" />;
}
