'use client';

import { useEffect } from 'react';
import { hashFor, jumpTo, slideFromHash, type Steps } from '@/lib/present/deck';
import type { DeckState, Signal } from '@/lib/present/signal';

/** The slide number lives in the URL hash (`#5`), so a reload or a shared link lands on it. */
export function useHashSync(deck: Signal<DeckState>, steps: Steps) {
  useEffect(() => {
    const fromHash = () => {
      const index = slideFromHash(window.location.hash, steps);
      if (index !== null && index !== deck.get().index) deck.set({ ...deck.get(), ...jumpTo(index, steps) });
    };
    const toHash = ({ index }: DeckState) => {
      const hash = hashFor(index);
      // Replaced, not pushed: the browser's back button leaves the deck instead of stepping through 30 slides.
      if (window.location.hash !== hash) window.history.replaceState(window.history.state, '', hash);
    };
    fromHash();
    toHash(deck.get());
    const off = deck.subscribe(toHash);
    window.addEventListener('hashchange', fromHash);
    return () => {
      off();
      window.removeEventListener('hashchange', fromHash);
    };
  }, [deck, steps]);
}
