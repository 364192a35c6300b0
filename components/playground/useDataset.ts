'use client';
// The same examples the trainer learns from, built here too so the page can draw them and
// score the network on them. Points are instant; 1200 dog pictures take a moment, so they
// are drawn after the page has painted, and kept for the next visit to the same setup.
import { useEffect, useMemo, useState } from 'react';
import { createDataset, type Dataset, type DatasetSpec } from '@/lib/nn/datasets/index';

const kept = new Map<string, Dataset>();

function make(key: string): Dataset {
  let data = kept.get(key);
  if (!data) {
    data = createDataset(JSON.parse(key) as DatasetSpec);
    if (kept.size >= 3) kept.delete(kept.keys().next().value!);
    kept.set(key, data);
  }
  return data;
}

/** The dataset a spec describes, or null while pictures are still being drawn. */
export function useDataset(spec: DatasetSpec): Dataset | null {
  const key = JSON.stringify(spec);
  const instant = spec.kind !== 'dogs' || kept.has(key);
  const now = useMemo(() => (instant ? make(key) : null), [instant, key]);
  const [later, setLater] = useState<{ key: string; data: Dataset } | null>(null);
  useEffect(() => {
    if (instant) return;
    const timer = setTimeout(() => setLater({ key, data: make(key) }), 30);
    return () => clearTimeout(timer);
  }, [instant, key]);
  return now ?? (later?.key === key ? later.data : null);
}
