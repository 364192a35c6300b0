'use client';

import { useCallback, useContext, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { Json, JsonValue } from '@/lib/json';
import { sameShape } from '@/lib/state/shape';
import { WidgetInstanceContext, WidgetStateContext } from './WidgetStateContext';

type SetState<T> = (next: T | ((old: T) => T)) => void;

/**
 * Like useState, but the value lives in the page's widget store under this widget instance
 * and `key`, so the presenter window and the projector show the same state (and a story
 * scene can set it). Values must be JSON; a stored value that does not have the shape of
 * `initial` (or fails `accept`) is ignored. Outside a chapter (a unit test, a page without
 * a WidgetSlot) it is plain local state.
 */
export function useWidgetState<T>(
  key: string,
  initial: T,
  // A value that is not JSON (a typed array, a function) asks for an argument of type never: a type error.
  ...rest: [T] extends [Json<T>] ? [accept?: (value: JsonValue) => boolean] : [notJson: never]
): [T, SetState<T>] {
  const accept = rest[0];
  const instance = useContext(WidgetInstanceContext);
  const store = useContext(WidgetStateContext);
  const [local, setLocal] = useState<T>(initial);
  const first = useRef({ initial, accept });
  const name = instance === null ? null : `${instance}:${key}`;

  const read = useCallback((): T => {
    const { initial: fallback, accept: check } = first.current;
    const stored = name === null ? undefined : store.get(name);
    return stored !== undefined && sameShape(fallback as JsonValue, stored) && (check?.(stored) ?? true) ? (stored as T) : fallback;
  }, [name, store]);

  useEffect(() => {
    if (name !== null) store.define(name, first.current.initial as JsonValue);
  }, [name, store]);

  const shared = useSyncExternalStore(
    store.subscribe,
    read,
    () => first.current.initial,
  );

  const set = useCallback<SetState<T>>(
    (next) => {
      if (name === null) return setLocal(next);
      store.set(name, (typeof next === 'function' ? (next as (old: T) => T)(read()) : next) as JsonValue);
    },
    [name, read, store],
  );

  return [name === null ? local : shared, set];
}
