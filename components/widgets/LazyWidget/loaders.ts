import type { ComponentType } from 'react';
import type { Locale } from '@/lib/i18n';
import type { WidgetName } from '@/components/mdx/names';

export type WidgetComponent = ComponentType<{ lang: Locale }>;

/**
 * Each widget's code behind its own dynamic import, so a chapter's first load carries none of
 * it: the bundler makes one chunk per entry, fetched only when LazyWidget asks for it.
 */
export const widgetLoaders: Record<WidgetName, () => Promise<WidgetComponent>> = {
  NeuronSignal: () => import('../NeuronSignal').then((m) => m.NeuronSignal),
  NeuronCalculator: () => import('../NeuronCalculator').then((m) => m.NeuronCalculator),
  PictureToNumbers: () => import('../PictureToNumbers').then((m) => m.PictureToNumbers),
  LayerSignals: () => import('../LayerSignals').then((m) => m.LayerSignals),
  ActivationExplorer: () => import('../ActivationExplorer').then((m) => m.ActivationExplorer),
  BendTheLine: () => import('../BendTheLine').then((m) => m.BendTheLine),
  TrainingFloor: () => import('../TrainingFloor').then((m) => m.TrainingFloor),
  LossExplorer: () => import('../LossExplorer').then((m) => m.LossExplorer),
  BackpropSteps: () => import('../BackpropSteps').then((m) => m.BackpropSteps),
  BackpropChain: () => import('../BackpropChain').then((m) => m.BackpropChain),
  RollingDownhill: () => import('../RollingDownhill').then((m) => m.RollingDownhill),
  LearningRateRace: () => import('../LearningRateRace').then((m) => m.LearningRateRace),
  BreedSchool: () => import('../BreedSchool').then((m) => m.BreedSchool),
};

/**
 * The height (px) each widget's card takes once drawn, on a phone (< 600 px wide) and wider,
 * measured in both languages: its placeholder holds that room so nothing below it moves.
 * Re-measure when a widget's layout changes a lot (scripts/widget-heights.mjs).
 */
export const widgetHeights: Record<WidgetName, { narrow: number; wide: number }> = {
  NeuronSignal: { narrow: 530, wide: 555 },
  NeuronCalculator: { narrow: 970, wide: 830 },
  PictureToNumbers: { narrow: 1690, wide: 1020 },
  LayerSignals: { narrow: 970, wide: 920 },
  ActivationExplorer: { narrow: 1120, wide: 980 },
  BendTheLine: { narrow: 540, wide: 565 },
  TrainingFloor: { narrow: 1310, wide: 975 },
  LossExplorer: { narrow: 885, wide: 965 },
  BackpropSteps: { narrow: 1210, wide: 1105 },
  BackpropChain: { narrow: 950, wide: 750 },
  RollingDownhill: { narrow: 1230, wide: 1305 },
  LearningRateRace: { narrow: 1140, wide: 1165 },
  BreedSchool: { narrow: 1200, wide: 895 },
};
