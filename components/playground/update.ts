import type { PlaygroundState } from '@/lib/playground/table';

/** Applies a change to the setup (and so to the address). */
export type Update = (change: (state: PlaygroundState) => PlaygroundState) => void;
