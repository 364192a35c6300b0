'use client';
// Snapshots carry the network's JSON only when asked. This asks as a run starts, and again
// whenever it has moved on, at most once per `everyMs`, and keeps the latest network it got
// (with its step).
import { useEffect, useRef, useState } from 'react';
import type { NetworkJSON } from '@/lib/nn';
import type { TrainerRequest, TrainerSnapshot } from '@/lib/nn/worker/protocol';

/** The network as the trainer last sent it. */
export interface NetworkView {
  runKey: string;
  /** the run's step when the weights were read */
  step: number;
  network: NetworkJSON;
  /** counts every new reading, so a reader can wait for the next one */
  version: number;
}

export function useNetworkView(
  snapshot: TrainerSnapshot | null,
  send: (request: TrainerRequest) => void,
  runKey: string,
  everyMs: number,
): NetworkView | null {
  const [view, setView] = useState<NetworkView | null>(null);
  const [seen, setSeen] = useState<TrainerSnapshot | null>(null);
  // keep the network of a snapshot that carried one (adjusting state while rendering)
  if (snapshot !== seen) {
    setSeen(snapshot);
    if (snapshot?.network) setView({ runKey, step: snapshot.step, network: snapshot.network, version: (view?.version ?? 0) + 1 });
  }
  const current = view?.runKey === runKey ? view : null;
  const lastAsked = useRef(-Infinity);
  // a run with no reading yet asks at once, with the run's first requests (the store then
  // draws their answers together)
  const stale = current === null || (snapshot !== null && current.step !== snapshot.step);
  const step = snapshot?.step;
  useEffect(() => {
    if (!stale) return;
    const ask = () => {
      lastAsked.current = performance.now();
      send({ type: 'snapshot', network: true });
    };
    const wait = Math.max(0, lastAsked.current + everyMs - performance.now());
    if (wait === 0) {
      ask();
      return;
    }
    const timer = setTimeout(ask, wait);
    return () => clearTimeout(timer);
  }, [stale, step, send, everyMs]);
  return current;
}
