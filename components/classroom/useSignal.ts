'use client';

import { useSyncExternalStore } from 'react';
import type { Signal } from '@/lib/present/signal';

/** The current value of a session's state signal, re-rendering when it changes. */
export function useSignal<T>(signal: Signal<T>): T {
  return useSyncExternalStore(signal.subscribe, signal.get, signal.get);
}
