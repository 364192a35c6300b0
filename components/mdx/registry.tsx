import type { ComponentProps, ReactNode } from 'react';
import type { Locale } from '@/lib/i18n';
import { t } from '@/lib/i18n';
import { Line } from '@/components/story/Line';
import { Announcement } from '@/components/story/Announcement';
import { Term } from '@/components/story/Term';
import { Figure } from '@/components/story/Figure';
import { Notes } from '@/components/story/Notes';
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
import type { MdxName } from './names';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component's props
type WithoutLang<C extends (props: any) => ReactNode> = Omit<ComponentProps<C>, 'lang'>;

/**
 * The names chapters use, bound to the page's language. Defines no component of its
 * own: each entry only passes `lang` on.
 */
export function mdxComponents(lang: Locale) {
  return {
    Line: (props: WithoutLang<typeof Line>) => <Line {...props} lang={lang} />,
    Announcement: (props: { children: ReactNode }) => <Announcement {...props} label={t(lang, 'announcement')} />,
    Term: (props: WithoutLang<typeof Term>) => <Term {...props} lang={lang} />,
    Figure,
    Notes: (props: WithoutLang<typeof Notes>) => <Notes {...props} lang={lang} />,
    NeuronSignal: () => <NeuronSignal lang={lang} />,
    NeuronCalculator: () => <NeuronCalculator lang={lang} />,
    PictureToNumbers: () => <PictureToNumbers lang={lang} />,
    LayerSignals: () => <LayerSignals lang={lang} />,
    ActivationExplorer: () => <ActivationExplorer lang={lang} />,
    BendTheLine: () => <BendTheLine lang={lang} />,
    TrainingFloor: () => <TrainingFloor lang={lang} />,
    LossExplorer: () => <LossExplorer lang={lang} />,
    BackpropSteps: () => <BackpropSteps lang={lang} />,
    RollingDownhill: () => <RollingDownhill lang={lang} />,
    LearningRateRace: () => <LearningRateRace lang={lang} />,
  } satisfies Record<MdxName, unknown>;
}
