'use client';

import { createContext } from 'react';
import type { Position } from '@/lib/present/deck';

/** How this window shows the deck. */
export type DeckView = 'projector' | 'presenter' | 'handout';

/** What a slide needs from the deck around it; absent on the reading page. */
export interface DeckContextValue {
  position: Position;
  view: DeckView;
  overview: boolean;
  /** Go to slide `index` (from the overview). */
  pick(index: number): void;
}

export const DeckContext = createContext<DeckContextValue | null>(null);

/** The slide being rendered: its number in the deck and, for continuation slides, the section title. */
export interface SlideContextValue {
  index: number;
  part: number;
  title: string;
}

export const SlideContext = createContext<SlideContextValue | null>(null);
