'use client';

import { createContext, type RefObject } from 'react';
import type { Locale } from '@/lib/i18n';
import type { ScenePlan } from '@/lib/scenes/remark';

/** Who moves the widget: the story (scrolling, narration, the deck) or the reader. */
export type SceneMode = 'story' | 'reader';

/** Where a step was reached from: each decides whether the widget follows (see useSceneDriver). */
export type Reach = 'scroll' | 'narration' | 'deck' | 'show';

export interface SceneContextValue {
  lang: Locale;
  plan: ScenePlan;
  /** The step the story is at (null before the first one). */
  active: number | null;
  mode: SceneMode;
  /** Changes when the widget must mount afresh (a move back on a widget that trains). */
  generation: number;
  /** In the presentation: steps are reveal steps and only the current one is shown. */
  deck: 'slides' | 'handout' | null;
  stageRef: RefObject<HTMLDivElement | null>;
  reach(index: number, from: Reach): void;
  takeOver(): void;
  backToStory(): void;
}

export const SceneContext = createContext<SceneContextValue | null>(null);
