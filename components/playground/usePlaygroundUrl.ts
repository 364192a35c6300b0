'use client';
// The address's fragment is the one source of truth for the setup: controls write it
// (replaceState, so Back still leaves the page) and the page reads it back through the
// same codec a shared link goes through.
import { useCallback, useSyncExternalStore } from 'react';
import { decodeState, encodeState, type Decoded } from '@/lib/playground/codec';
import { writeStart, type Start } from '@/lib/playground/start';
import type { PlaygroundState } from '@/lib/playground/table';

const CHANGED = 'playground:hash';

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}

let cache: { hash: string; decoded: Decoded } | null = null;

/**
 * The address carries weights rounded to 6 digits (enough for a shared link); a network
 * imported or edited in this tab keeps its exact weights here, found by its rounded text.
 */
const exact = new Map<string, Start>();

/** The setup in a fragment, decoded once per distinct fragment. */
function decodeCached(hash: string): Decoded {
  if (cache?.hash !== hash) {
    const decoded = decodeState(hash);
    const start = decoded.state.start && exact.get(writeStart(decoded.state.start));
    cache = { hash, decoded: start ? { ...decoded, state: { ...decoded.state, start } } : decoded };
  }
  return cache.decoded;
}

/**
 * The setup the address describes (null while the server renders: it has no fragment), the
 * reason the address was not usable if it was not, and `update`, which applies a change and
 * writes the new setup into the address.
 */
export function usePlaygroundUrl(): {
  decoded: Decoded | null;
  update: (change: (state: PlaygroundState) => PlaygroundState) => void;
} {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash, () => null);
  const update = useCallback((change: (state: PlaygroundState) => PlaygroundState) => {
    const current = decodeCached(window.location.hash).state;
    const next = change(current);
    if (next === current) return;
    if (next.start && next.start !== current.start) {
      if (exact.size >= 8) exact.delete(exact.keys().next().value!);
      exact.set(writeStart(next.start), next.start);
    }
    window.history.replaceState(window.history.state, '', `#${encodeState(next)}`);
    window.dispatchEvent(new Event(CHANGED));
  }, []);
  return { decoded: hash === null ? null : decodeCached(hash), update };
}
