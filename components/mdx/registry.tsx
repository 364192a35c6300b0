import type { ComponentProps, ReactNode } from 'react';
import type { Locale } from '@/lib/i18n';
import { t } from '@/lib/i18n';
import { Line } from '@/components/story/Line';
import { Announcement } from '@/components/story/Announcement';
import { Term } from '@/components/story/Term';
import { Figure } from '@/components/story/Figure';
import { MathHtml } from '@/components/story/MathHtml';
import { Notes } from '@/components/story/Notes';
import { Check } from '@/components/check/Check';
import { Choice } from '@/components/check/Choice';
import { NumberAnswer } from '@/components/check/NumberAnswer';
import { Explain } from '@/components/check/Explain';
import { Predict } from '@/components/check/Predict';
import { Option } from '@/components/check/Option';
import { Outcome } from '@/components/check/Outcome';
import { LazyWidget } from '@/components/widgets/LazyWidget';
import { WidgetBoundary } from '@/components/widgets/WidgetBoundary';
import { WidgetSlot } from '@/components/widgets/state/WidgetSlot';
import { Slide } from '@/components/present/Slide';
import { SlideBody } from '@/components/present/SlideBody';
import { SlideBreak } from '@/components/present/SlideBreak';
import { Reveal } from '@/components/present/Reveal';
import { Scene } from '@/components/scene/Scene';
import { SceneStage } from '@/components/scene/SceneStage';
import { SceneSteps } from '@/components/scene/SceneSteps';
import { Step } from '@/components/scene/Step';
import type { KitName } from '@/lib/content/kit';
import { widgetNames, type WidgetName } from '@/components/widgets/widgets';

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
    MathHtml,
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
    Scene: (props: WithoutLang<typeof Scene>) => <Scene {...props} lang={lang} />,
    SceneStage,
    SceneSteps,
    Step,
    // Each widget loads its code when near the screen, inside its error boundary.
    ...(Object.fromEntries(widgetNames.map((name) => [name, () => guard(<LazyWidget name={name} lang={lang} />)])) as Record<WidgetName, () => ReactNode>),
  } satisfies Record<KitName | WidgetName, unknown>;
}
