'use client';

import { useContext, type ReactNode } from 'react';
import { DeckContext, SlideContext } from './DeckContext';
import styles from './Deck.module.css';

/**
 * A part of a slide uncovered by one press of "next" (the compiler numbers the steps).
 * Space is kept for it while hidden, so the slide does not jump. The reading page shows it all.
 */
export function Reveal({ step, children }: { step?: string; children: ReactNode }) {
  const deck = useContext(DeckContext);
  const slide = useContext(SlideContext);
  if (!deck || !slide) return <>{children}</>;
  const hidden = deck.position.index === slide.index && Number(step ?? 0) > deck.position.step && !deck.overview && deck.view !== 'handout';
  return (
    <div className={styles.reveal} data-reveal={step} data-hidden={hidden ? '' : undefined}>
      {children}
    </div>
  );
}
