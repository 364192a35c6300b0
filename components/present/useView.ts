'use client';

import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { DeckView } from './DeckContext';

/** The view asked for in the URL: `?presenter` (or `#5&presenter`), `?handout`, else the projector. */
export function viewFromUrl(): DeckView {
  const asked = `${window.location.search}&${window.location.hash}`;
  if (/[?&#]presenter\b/.test(asked)) return 'presenter';
  if (/[?&#]handout\b/.test(asked)) return 'handout';
  return 'projector';
}

/**
 * Which view this window shows. Printing from any view prints the handout: the layout
 * switches before the browser lays out the pages and comes back afterwards.
 */
export function useView(): DeckView {
  const [view, setView] = useState<DeckView>('projector');
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    // The page is prerendered once for all views, so the URL can only be read here.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- reading the URL after hydration is the point
    setView(viewFromUrl());
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing ? 'handout' : view;
}
