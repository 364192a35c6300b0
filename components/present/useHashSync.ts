'use client';

import { useEffect } from 'react';
import { hashFor, jumpTo, slideFromHash, type Steps } from '@/lib/present/deck';
import type { DeckState, Signal } from '@/lib/present/signal';

/** The slide number lives in the URL hash (`#5`), so a reload or a shared link lands on it. */
export function useHashSync(deck: Signal<DeckState>, steps: Steps) {
  useEffect(() => {
    const fromHash = (hash: string) => {
      const index = slideFromHash(hash, steps);
      if (index !== null && index !== deck.get().index) deck.set({ ...deck.get(), ...jumpTo(index, steps) });
    };
    // The hash the navigation went to, not the URL when the event comes: hashchange is queued, and a
    // slide turned by a key in between writes its own hash first (the deck then stayed where it was).
    const onHashChange = (event: HashChangeEvent) => fromHash(new URL(event.newURL).hash);
    const toHash = ({ index }: DeckState) => {
      const hash = hashFor(index);
      // Replaced, not pushed: the browser's back button leaves the deck instead of stepping through 30 slides.
      if (window.location.hash !== hash) window.history.replaceState(window.history.state, '', hash);
    };
    fromHash(window.location.hash);
    toHash(deck.get());
    const off = deck.subscribe(toHash);
    window.addEventListener('hashchange', onHashChange);
    return () => {
      off();
      window.removeEventListener('hashchange', onHashChange);
    };
  }, [deck, steps]);
}
