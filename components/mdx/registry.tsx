import type { ComponentProps, ReactNode } from 'react';
import type { Locale } from '@/lib/i18n';
import { t } from '@/lib/i18n';
import { Line } from '@/components/story/Line';
import { Announcement } from '@/components/story/Announcement';
import { Term } from '@/components/story/Term';
import { Figure } from '@/components/story/Figure';
import { Notes } from '@/components/story/Notes';
import { Check } from '@/components/check/Check';
import { Choice } from '@/components/check/Choice';
import { NumberAnswer } from '@/components/check/NumberAnswer';
import { Explain } from '@/components/check/Explain';
import { Predict } from '@/components/check/Predict';
import { Option } from '@/components/check/Option';
import { Outcome } from '@/components/check/Outcome';
import { NeuronSignal } from '@/components/widgets/NeuronSignal';
import { NeuronCalculator } from '@/components/widgets/NeuronCalculator';
import { PictureToNumbers } from '@/components/widgets/PictureToNumbers';
import { LayerSignals } from '@/components/widgets/LayerSignals';
import { ActivationExplorer } from '@/components/widgets/ActivationExplorer';
import { BendTheLine } from '@/components/widgets/BendTheLine';
import { TrainingFloor } from '@/components/widgets/TrainingFloor';
import { LossExplorer } from '@/components/widgets/LossExplorer';
import { BackpropSteps } from '@/components/widgets/BackpropSteps';
import { RollingDownhill } from '@/components/widgets/RollingDownhill';
import { LearningRateRace } from '@/components/widgets/LearningRateRace';
import { BreedSchool } from '@/components/widgets/BreedSchool';
import { WidgetBoundary } from '@/components/widgets/WidgetBoundary';
import { WidgetSlot } from '@/components/widgets/state/WidgetSlot';
import { Slide } from '@/components/present/Slide';
import { SlideBody } from '@/components/present/SlideBody';
import { SlideBreak } from '@/components/present/SlideBreak';
import { Reveal } from '@/components/present/Reveal';
import type { MdxName } from './names';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component's props
type WithoutLang<C extends (props: any) => ReactNode> = Omit<ComponentProps<C>, 'lang'>;

/**
 * The names chapters use, bound to the page's language and chapter. Defines no component of its
 * own: each entry only passes `lang` on, and puts each widget in its error boundary.
 */
export function mdxComponents(lang: Locale, chapter: string) {
  const guard = (widget: ReactNode) => <WidgetBoundary lang={lang}>{widget}</WidgetBoundary>;
  return {
    Line: (props: WithoutLang<typeof Line>) => <Line {...props} lang={lang} />,
    Announcement: (props: { children: ReactNode }) => <Announcement {...props} label={t(lang, 'announcement')} />,
    Term: (props: WithoutLang<typeof Term>) => <Term {...props} lang={lang} />,
    Figure,
    Notes: (props: WithoutLang<typeof Notes>) => <Notes {...props} lang={lang} />,
    Check: (props: Omit<ComponentProps<typeof Check>, 'lang' | 'chapter'>) => <Check {...props} lang={lang} chapter={chapter} />,
    Choice,
    NumberAnswer,
    Explain,
    Predict: (props: Omit<ComponentProps<typeof Predict>, 'lang' | 'chapter'>) => <Predict {...props} lang={lang} chapter={chapter} />,
    Option,
    Outcome,
    Slide,
    SlideBody,
    SlideBreak,
    Reveal,
    WidgetSlot,
    NeuronSignal: () => guard(<NeuronSignal lang={lang} />),
    NeuronCalculator: () => guard(<NeuronCalculator lang={lang} />),
    PictureToNumbers: () => guard(<PictureToNumbers lang={lang} />),
    LayerSignals: () => guard(<LayerSignals lang={lang} />),
    ActivationExplorer: () => guard(<ActivationExplorer lang={lang} />),
    BendTheLine: () => guard(<BendTheLine lang={lang} />),
    TrainingFloor: () => guard(<TrainingFloor lang={lang} />),
    LossExplorer: () => guard(<LossExplorer lang={lang} />),
    BackpropSteps: () => guard(<BackpropSteps lang={lang} />),
    RollingDownhill: () => guard(<RollingDownhill lang={lang} />),
    LearningRateRace: () => guard(<LearningRateRace lang={lang} />),
    BreedSchool: () => guard(<BreedSchool lang={lang} />),
  } satisfies Record<MdxName, unknown>;
}
