'use client';

import { useLayoutEffect, useRef, useState } from 'react';
import type { Locale } from '@/lib/i18n';
import type { Position, Steps } from '@/lib/present/deck';
import { useStageScale } from './useStageScale';
import { words } from './words';
import styles from './Presenter.module.css';

/** A still copy of a slide's stage: no ids, no test hooks, every step shown, canvases painted. */
function stillCopy(source: HTMLElement): HTMLElement {
  const copy = source.cloneNode(true) as HTMLElement;
  for (const attribute of ['id', 'data-widget', 'data-testid', 'data-fit', 'data-hidden', 'data-stage']) {
    copy.removeAttribute(attribute);
    copy.querySelectorAll(`[${attribute}]`).forEach((element) => element.removeAttribute(attribute));
  }
  const canvases = source.querySelectorAll('canvas');
  copy.querySelectorAll('canvas').forEach((canvas, i) => {
    const original = canvases[i];
    if (original && original.width > 0 && original.height > 0) canvas.getContext('2d')?.drawImage(original, 0, 0);
  });
  // Pinned to the preview's corner and scaled to its width, whatever the stage's own placement.
  Object.assign(copy.style, { top: '0', left: '0', transformOrigin: '0 0', transform: 'scale(var(--s))' });
  return copy;
}

/**
 * What comes next in the presenter window: the rest of this slide if a step is still
 * hidden, else the next slide. A copy of the deck's own slide, so nothing renders twice.
 */
export function NextPreview({ lang, position, steps }: { lang: Locale; position: Position; steps: Steps }) {
  const box = useRef<HTMLDivElement>(null);
  const scale = useStageScale(box, null);
  const [label, setLabel] = useState('');
  const w = words[lang];
  const pending = position.step < (steps[position.index] ?? 0);
  const target = pending ? position.index : position.index + 1;

  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const source = document.querySelector<HTMLElement>(`#main [data-slide="${target}"] [data-stage]`);
    element.replaceChildren(...(source ? [stillCopy(source)] : []));
    setLabel(source ? (pending ? w.nextStep : w.upNext) : w.end);
  }, [target, pending, w]);

  return (
    <section className={styles.next} aria-label={w.upNext}>
      <h2 className={styles.paneTitle}>{label || w.upNext}</h2>
      <div className={`prose ${styles.preview}`} ref={box} inert style={{ '--s': scale ?? 0.3 } as React.CSSProperties} data-testid="next-preview" />
    </section>
  );
}
