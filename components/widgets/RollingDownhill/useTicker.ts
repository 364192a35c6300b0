'use client';

import { useEffect, useRef } from 'react';

/** Calls `onTick` every `ms` milliseconds while `running`; the latest callback is always used. */
export function useTicker(running: boolean, onTick: () => void, ms: number): void {
  const latest = useRef(onTick);
  useEffect(() => {
    latest.current = onTick;
  });
  useEffect(() => {
    if (!running) return;
    const id = window.setInterval(() => latest.current(), ms);
    return () => window.clearInterval(id);
  }, [running, ms]);
}
