'use client';

import { useCallback, useContext, useSyncExternalStore } from 'react';
import { WidgetStateContext, type JsonValue } from '@/components/widgets/state';
import type { Bin } from '@/lib/classroom/histogram';
import { SCREEN_KEY } from './ClassroomContext';

/**
 * What the projector shows for the class, kept in the deck's widget store so that it travels
 * to the projector window (and to students) like any widget state: the join card, or one
 * question's results.
 */
export type Screen =
  | { show: 'join'; code: string; url: string }
  /** `title`: the question's prompt in the teacher's language; each bin an option's words or a range. */
  | { show: 'results'; question: string; title: string; bins: Bin[] }
  | { show: 'none' };

const NONE: Screen = { show: 'none' };

function asScreen(value: JsonValue | undefined): Screen {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return NONE;
  const screen = value as Record<string, JsonValue>;
  if (screen.show === 'join' && typeof screen.code === 'string' && typeof screen.url === 'string') return value as unknown as Screen;
  if (screen.show === 'results' && typeof screen.question === 'string' && typeof screen.title === 'string' && Array.isArray(screen.bins)) return value as unknown as Screen;
  return NONE;
}

export function useScreen(): [Screen, (screen: Screen) => void] {
  const store = useContext(WidgetStateContext);
  const raw = useSyncExternalStore(store.subscribe, () => store.get(SCREEN_KEY), () => undefined);
  const set = useCallback((screen: Screen) => store.set(SCREEN_KEY, screen as unknown as JsonValue), [store]);
  return [asScreen(raw), set];
}
