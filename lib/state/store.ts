import type { JsonValue } from '../json';

/** Where a change came from: this window, or another window over the presentation channel. */
export type Origin = 'local' | 'remote';

export type WidgetStoreListener = (key: string, value: JsonValue | undefined, origin: Origin) => void;

/**
 * The widget state of one page, keyed `<instance>:<name>` (instance = `<chapter>/<n>`, the
 * n-th widget of the chapter). Plain and React-free like zustand's vanilla store, so the
 * presentation can sync it between windows and a story "scene" can set a widget's state.
 */
export interface WidgetStore {
  get(key: string): JsonValue | undefined;
  set(key: string, value: JsonValue, origin?: Origin): void;
  /** Forgets every key of one widget instance (or all keys), back to the widgets' initial values. */
  clear(instance?: string): void;
  /** Records the value a widget starts from when nothing is stored (what a scene glides away from). */
  define(key: string, initial: JsonValue): void;
  /** The stored value, else the widget's starting value, else undefined. */
  current(key: string): JsonValue | undefined;
  /** Gives one widget instance exactly these values (by key name), forgetting its other keys. */
  replace(instance: string, values: Readonly<Record<string, JsonValue>>): void;
  /** Every key and value, for a window that joins late. */
  snapshot(): Record<string, JsonValue>;
  subscribe(listener: WidgetStoreListener): () => void;
}

export function createWidgetStore(initial: Record<string, JsonValue> = {}): WidgetStore {
  const values = new Map<string, JsonValue>(Object.entries(initial));
  const defaults = new Map<string, JsonValue>();
  const listeners = new Set<WidgetStoreListener>();
  const emit = (key: string, value: JsonValue | undefined, origin: Origin) => listeners.forEach((listener) => listener(key, value, origin));
  return {
    get: (key) => values.get(key),
    set(key, value, origin = 'local') {
      if (Object.is(values.get(key), value)) return;
      values.set(key, value);
      emit(key, value, origin);
    },
    clear(instance) {
      for (const key of [...values.keys()]) {
        if (instance !== undefined && !key.startsWith(`${instance}:`)) continue;
        values.delete(key);
        emit(key, undefined, 'local');
      }
    },
    define: (key, value) => void defaults.set(key, value),
    current: (key) => values.get(key) ?? defaults.get(key),
    replace(instance, next) {
      for (const key of [...values.keys()]) {
        if (!key.startsWith(`${instance}:`) || key.slice(instance.length + 1) in next) continue;
        values.delete(key);
        emit(key, undefined, 'local');
      }
      for (const [name, value] of Object.entries(next)) this.set(`${instance}:${name}`, value);
    },
    snapshot: () => Object.fromEntries(values),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
