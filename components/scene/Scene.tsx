'use client';

import { useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { Locale } from '@/lib/i18n';
import type { ScenePlan } from '@/lib/scenes/remark';
import { DeckContext, SlideContext } from '@/components/present/DeckContext';
import { SceneContext, type SceneContextValue } from './SceneContext';
import { useSceneDriver } from './useSceneDriver';
import { useStepObserver } from './useStepObserver';
import { useStill } from './useStill';
import styles from './Scene.module.css';

interface SceneProps {
  id: string;
  /** The ScenePlan as JSON (lib/scenes/remark.ts writes it). */
  plan: string;
  /** The widget's instance in the page's widget store (lib/content/slides.ts adds it). */
  instance?: string;
  lang: Locale;
  children: ReactNode;
}

/**
 * A widget the story drives, with the steps that drive it (see lib/scenes). Reading, steps are
 * reached by scrolling (wide screens, the widget sticky beside them), by "show me" (phones) or
 * by the narration; in the presentation each step is one press of "next".
 */
export function Scene({ id, plan: json, instance, lang, children }: SceneProps) {
  const plan = useMemo(() => JSON.parse(json) as ScenePlan, [json]);
  const deck = useContext(DeckContext);
  const slide = useContext(SlideContext);
  const still = useStill();
  const driver = useSceneDriver(plan, instance, !still && !deck);
  const rootRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<HTMLDivElement>(null);
  const { active, mode, generation, reach, takeOver, backToStory } = driver;

  useStepObserver(rootRef, reach, deck === null);

  // In the deck, the slide's reveal step is the scene's step (its slide opens on the first).
  const deckStep = deck && slide && deck.position.index === slide.index ? deck.position.step : null;
  useEffect(() => {
    if (deckStep !== null) reach(Math.min(deckStep, plan.steps.length - 1), 'deck');
  }, [deckStep, plan.steps.length, reach]);

  // Read-aloud tells the page where the narration is (components/readaloud).
  useEffect(() => {
    const root = rootRef.current;
    const heard = (event: Event) => {
      const step = (event.target as Element).closest<HTMLElement>('[data-step]');
      if (step && root?.contains(step)) reach(Number(step.dataset.index), 'narration');
    };
    root?.addEventListener('story:reach', heard);
    return () => root?.removeEventListener('story:reach', heard);
  }, [reach]);

  const value = useMemo<SceneContextValue>(
    () => ({ lang, plan, stageRef, deck: deck ? (deck.view === 'handout' ? 'handout' : 'slides') : null, active, mode, generation, reach, takeOver, backToStory }),
    [lang, plan, deck, active, mode, generation, reach, takeOver, backToStory],
  );
  const step = active === null ? undefined : plan.steps[active]?.id;
  return (
    <SceneContext value={value}>
      <div ref={rootRef} className={styles.scene} data-scene={id} data-scene-mode={mode} data-scene-step={step} data-deck={deck ? '' : undefined}>
        {children}
      </div>
    </SceneContext>
  );
}
