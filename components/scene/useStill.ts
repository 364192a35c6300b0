'use client';

import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

const subscribe = (onChange: () => void) => {
  const query = window.matchMedia(QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
};

/**
 * True if the reader asked for reduced motion. framer-motion's hook does the same, but the
 * scene is on every chapter's first load and framer-motion need not be.
 */
export const useStill = () => useSyncExternalStore(subscribe, () => window.matchMedia(QUERY).matches, () => false);
