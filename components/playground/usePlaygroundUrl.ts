'use client';
// The address's fragment is the one source of truth for the setup: controls write it
// (replaceState, so Back still leaves the page) and the page reads it back through the
// same codec a shared link goes through.
import { useCallback, useSyncExternalStore } from 'react';
import type { Decoded } from '@/lib/playground/codec';
import type { Start } from '@/lib/playground/start';
import type { OwnPoints } from '@/lib/playground/own';
import type { OwnPicture } from '@/lib/nn/datasets/index';
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

type Codec = typeof import('@/lib/playground/codec');
let codec: Codec | null = null;
let fetching: Promise<Codec> | null = null;

/**
 * The codec and its validator (zod), in their own chunk: setting them up as the page
 * hydrated made the playground's longest start-up task on a slow phone. The workbench waits
 * for this (Playground.tsx), so nothing is decoded before it has arrived.
 */
export function fetchCodec(): Promise<Codec> {
  fetching ??= import('@/lib/playground/codec').then(
    (module) => {
      codec = module;
      window.dispatchEvent(new Event(CHANGED));
      return module;
    },
    (error: unknown) => {
      fetching = null; // a later visit may try again
      throw error;
    },
  );
  return fetching;
}

let cache: { hash: string; decoded: Decoded } | null = null;

/**
 * The address carries weights rounded to 6 digits (enough for a shared link); a network
 * imported or edited in this tab keeps its exact weights here, found by its rounded text.
 */
const exact = new Map<string, Start>();

/** Own points (and drawings) too many for the address, kept in this tab by their digest (the address names it: ptsfile, valsfile, drawfile). */
const away = new Map<string, OwnPoints>();
const awayDrawings = new Map<string, OwnPicture[]>();
const keep = <T>(map: Map<string, T>, key: string, value: T) => {
  if (map.size >= 8 && !map.has(key)) map.delete(map.keys().next().value!);
  map.set(key, value);
};

/** The setup in a fragment, decoded once per distinct fragment. */
function decodeCached({ decodeState, writeStart }: Codec, hash: string): Decoded {
  if (cache?.hash !== hash) {
    const decoded = decodeState(hash);
    const start = decoded.state.start && exact.get(writeStart(decoded.state.start));
    const { ownAway, valuesAway, drawingsAway } = decoded.state;
    const own = ownAway && away.get(ownAway.digest);
    const values = valuesAway && away.get(valuesAway.digest);
    const drawings = drawingsAway && awayDrawings.get(drawingsAway.digest);
    cache = { hash, decoded: start || own || values || drawings
      ? { ...decoded, state: { ...decoded.state, ...(start ? { start } : {}), ...(own ? { own } : {}), ...(values ? { values } : {}), ...(drawings ? { drawings } : {}) } }
      : decoded };
  }
  return cache.decoded;
}

/**
 * The setup the address describes (null while the server renders, which has no fragment,
 * and until the codec has arrived), the reason the address was not usable if it was not,
 * and `update`, which applies a change and writes the new setup into the address.
 */
export function usePlaygroundUrl(): {
  decoded: Decoded | null;
  update: (change: (state: PlaygroundState) => PlaygroundState) => void;
} {
  const hash = useSyncExternalStore(subscribe, () => (codec ? window.location.hash : null), () => null);
  const update = useCallback((change: (state: PlaygroundState) => PlaygroundState) => {
    if (!codec) return; // no control is on screen before the codec is
    const current = decodeCached(codec, window.location.hash).state;
    const next = change(current);
    if (next === current) return;
    if (next.start && next.start !== current.start) keep(exact, codec.writeStart(next.start), next.start);
    for (const points of [next.own, next.values]) {
      const left = codec.awayOf(points);
      if (left) keep(away, left.digest, points);
    }
    const drawn = codec.drawingsAwayOf(next.drawings);
    if (drawn) keep(awayDrawings, drawn.digest, next.drawings);
    window.history.replaceState(window.history.state, '', `#${codec.encodeState(next)}`);
    window.dispatchEvent(new Event(CHANGED));
  }, []);
  return { decoded: hash === null || !codec ? null : decodeCached(codec, hash), update };
}
