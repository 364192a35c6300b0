'use client';

import { useId, useLayoutEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import styles from './Term.module.css';

/**
 * The term link and its card. Hover or keyboard focus shows the card; on a touch
 * screen the first tap shows it and a second tap follows the link. Escape hides it.
 *
 * The open card is a popover in the top layer, placed against the screen: no ancestor that
 * clips, scrolls or contains its content (a scene's stage, a slide, a scrolled table) can cut
 * it off or move it.
 */
export function TermCard({
  id,
  href,
  definition,
  otherName,
  otherLang,
  children,
}: {
  id: string;
  href: string;
  definition: string;
  otherName: string;
  otherLang: string;
  children: ReactNode;
}) {
  const cardId = useId();
  const [place, setPlace] = useState<CSSProperties | null>(null);
  const [touch, setTouch] = useState(false);
  const link = useRef<HTMLAnchorElement>(null);
  const card = useRef<HTMLSpanElement>(null);
  const open = place !== null;

  useLayoutEffect(() => {
    const element = card.current;
    if (!element?.isConnected || typeof element.showPopover !== 'function') return;
    const shown = element.matches(':popover-open');
    if (open && !shown) element.showPopover();
    if (!open && shown) element.hidePopover();
  }, [open]);

  /** Opens the card above the term (below it near the top), kept inside the viewport. */
  function show() {
    const rect = link.current?.getBoundingClientRect();
    if (!rect) return;
    const width = Math.min(288, window.innerWidth - 16);
    const left = Math.max(8, Math.min(window.innerWidth - width - 8, rect.left + rect.width / 2 - width / 2));
    const above = rect.top > 140;
    setPlace(above ? { left, width, bottom: window.innerHeight - rect.top + 6 } : { left, width, top: rect.bottom + 6 });
  }
  const hide = () => setPlace(null);

  return (
    <span className={styles.wrap} onMouseEnter={show} onMouseLeave={hide}>
      <a
        ref={link}
        className={styles.term}
        href={href}
        data-term={id}
        aria-describedby={cardId}
        onFocus={show}
        onBlur={hide}
        onKeyDown={(event) => event.key === 'Escape' && hide()}
        onPointerDown={(event) => setTouch(event.pointerType === 'touch')}
        onClick={(event) => {
          if (touch && !open) {
            event.preventDefault();
            show();
          }
        }}
      >
        {children}
      </a>
      <span ref={card} id={cardId} role="tooltip" popover="manual" className={styles.card} style={place ?? undefined} data-open={open ? '' : undefined} data-testid="term-card">
        <span className={styles.other} lang={otherLang}>
          {otherName}
        </span>
        <span className={styles.definition}>{definition}</span>
      </span>
    </span>
  );
}
