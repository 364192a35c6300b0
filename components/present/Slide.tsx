'use client';

import { useContext, useMemo, type ReactNode } from 'react';
import { DeckContext, SlideContext } from './DeckContext';
import styles from './Deck.module.css';

interface SlideProps {
  /** Position in the deck (0 is the title slide); strings because the compiler writes them. */
  index: string;
  section: string;
  title: string;
  part: string;
  steps?: string;
  children: ReactNode;
}

/**
 * One slide (lib/content/slides.ts wraps each in the chapter). On the reading page a plain
 * `<section>`; in the deck, one screen that is shown when current, or a tile of the overview.
 */
export function Slide({ index, section, title, part, children }: SlideProps) {
  const deck = useContext(DeckContext);
  const slide = useMemo(() => ({ index: Number(index), part: Number(part), title }), [index, part, title]);
  if (!deck) return <section>{children}</section>;

  const current = deck.position.index === slide.index;
  const tile = deck.overview && deck.view !== 'handout';
  const shown = current || tile || deck.view === 'handout';
  return (
    <SlideContext value={slide}>
      <section
        className={styles.slide}
        data-slide={slide.index}
        data-section={section}
        data-current={current ? '' : undefined}
        aria-hidden={shown ? undefined : true}
        aria-label={title || undefined}
      >
        <div className={styles.content} inert={!current || tile || deck.view === 'handout'}>
          {children}
        </div>
        {tile ? (
          <button type="button" className={styles.tileButton} onClick={() => deck.pick(slide.index)} aria-current={current ? 'true' : undefined}>
            <span className={styles.tileNumber}>{slide.index + 1}</span>
            <span className="visually-hidden">{title}</span>
          </button>
        ) : null}
      </section>
    </SlideContext>
  );
}
