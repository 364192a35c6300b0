/** Where a change came from: this window, or the other one over the channel. */
export type Origin = 'local' | 'remote';

/** One value that several parts of a window watch (the deck position, the laser dot). */
export interface Signal<T> {
  get(): T;
  set(value: T, origin?: Origin): void;
  subscribe(listener: (value: T, origin: Origin) => void): () => void;
}

export function createSignal<T>(initial: T, same: (a: T, b: T) => boolean = Object.is): Signal<T> {
  let value = initial;
  const listeners = new Set<(value: T, origin: Origin) => void>();
  return {
    get: () => value,
    set(next, origin = 'local') {
      if (same(value, next)) return;
      value = next;
      listeners.forEach((listener) => listener(value, origin));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** What both windows show: the slide, its uncovered steps, and whether the projector is blacked out. */
export interface DeckState {
  index: number;
  step: number;
  black: boolean;
}

export const sameDeckState = (a: DeckState, b: DeckState) => a.index === b.index && a.step === b.step && a.black === b.black;

/** The laser dot, as fractions of the current slide's width and height. */
export interface Pointer {
  x: number;
  y: number;
  visible: boolean;
}
