'use client';
// The same examples the trainer learns from, built here too so the page can draw them and
// score the network on them. Points are instant; 1200 dog pictures took one task of 0.3-0.9 s
// (Chromium, this machine), so they are drawn a few at a time, in slices of at most SLICE_MS
// between frames, and kept for the next visit to the same setup.
import { useEffect, useMemo, useState } from 'react';
import { createDataset, dogsInSteps, type Dataset, type DatasetSpec } from '@/lib/nn/datasets/index';

const SLICE_MS = 8;
const kept = new Map<string, Dataset>();

function keep(key: string, data: Dataset): Dataset {
  if (kept.size >= 3) kept.delete(kept.keys().next().value!);
  kept.set(key, data);
  return data;
}

const make = (key: string): Dataset => kept.get(key) ?? keep(key, createDataset(JSON.parse(key) as DatasetSpec));

/**
 * The dataset a spec describes, or null while pictures are still being drawn. Pictures wait
 * for `start`: the playground starts them once the trainer has answered, so the trainer,
 * drawing the same pictures, has the CPU to itself until Play is enabled.
 */
export function useDataset(spec: DatasetSpec, start = true): Dataset | null {
  const key = JSON.stringify(spec);
  const instant = spec.kind !== 'dogs' || kept.has(key);
  const now = useMemo(() => (instant ? make(key) : null), [instant, key]);
  const [later, setLater] = useState<{ key: string; data: Dataset } | null>(null);
  useEffect(() => {
    const parsed = JSON.parse(key) as DatasetSpec;
    if (instant || !start || parsed.kind !== 'dogs') return;
    const steps = dogsInSteps(parsed);
    let timer = 0;
    const slice = () => {
      const until = performance.now() + SLICE_MS;
      while (performance.now() < until) {
        const next = steps.next();
        if (next.done) return setLater({ key, data: keep(key, next.value) });
      }
      timer = window.setTimeout(slice, 0);
    };
    timer = window.setTimeout(slice, 30);
    return () => window.clearTimeout(timer);
  }, [instant, start, key]);
  return now ?? (later?.key === key ? later.data : null);
}
