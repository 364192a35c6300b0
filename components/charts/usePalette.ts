'use client';

import { useSyncExternalStore } from 'react';
import { darkPalette, lightPalette, type Palette } from '@/lib/theme';

function subscribe(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}

const read = () => (document.documentElement.dataset.theme === 'dark' ? darkPalette : lightPalette);

/** The palette of the current theme, for canvas drawing; follows the theme toggle. */
export function usePalette(): Palette {
  return useSyncExternalStore(subscribe, read, () => lightPalette);
}
