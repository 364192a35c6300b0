'use client';

import { useContext, useLayoutEffect, useRef, type ReactNode } from 'react';
import { DeckContext, SlideContext } from './DeckContext';
import styles from './Deck.module.css';

/** The fit of a slide's content is kept at least this large; the deck test holds slides to it. */
export const MIN_FIT = 0.5;
/** Below this scale a widget is tried in two columns. */
const WIDE_BELOW = 0.85;

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
    const measure = () => {
      delete content.dataset.columns;
      let scale = scaleNow();
      // A widget drawn for a tall reading column flows into two columns on a wide slide when that
      // lets it be shown larger (CSS multi-column: no widget needs to know).
      if (scale < WIDE_BELOW && content.querySelector('[data-widget]')) {
        content.dataset.columns = '2';
        const wide = scaleNow();
        if (wide > scale * 1.08) scale = wide;
        else delete content.dataset.columns;
      }
      const value = Math.max(MIN_FIT / 2, Math.floor(scale * 1000) / 1000);
      content.style.setProperty('--fit', String(value));
      content.dataset.fit = String(value);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(content);
    observer.observe(box);
    return () => observer.disconnect();
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
