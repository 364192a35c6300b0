'use client';

import { useCallback, useContext, useEffect, useRef, useState } from 'react';
import { WidgetStateContext, type JsonValue } from '@/components/widgets/state';
import { planMove } from '@/lib/scenes/move';
import type { ScenePlan } from '@/lib/scenes/remark';
import type { Reach, SceneMode } from './SceneContext';

/**
 * The widget store key that says the reader has the widget (`true`), so the deck's other window
 * (useDeckChannel syncs the store) shows "Your turn" too. A story step replaces the instance's
 * keys, which removes it: back with the story.
 */
const turnKey = (instance: string) => `${instance}:@reader`;

/**
 * The scene's state machine. The story reaches steps (scrolling, narration, the deck, "show
 * me"); while the story has the widget, each reached step is put into the page's widget store
 * (lib/scenes/move.ts says how). The reader can take the widget over and give it back, which
 * restores the step the story is at.
 */
export function useSceneDriver(plan: ScenePlan, instance: string | undefined, animate: boolean) {
  const store = useContext(WidgetStateContext);
  const [active, setActive] = useState<number | null>(null);
  const [mode, setMode] = useState<SceneMode>('story');
  const [generation, setGeneration] = useState(0);
  // Read inside callbacks that outlive a render: what the widget shows, and the latest choices.
  const shown = useRef<number | null>(null);
  const latest = useRef({ mode, active, animate });
  const gliding = useRef<{ stop(): void } | null>(null);
  const ticket = useRef(0);
  useEffect(() => {
    latest.current = { mode, active, animate };
  });

  const move = useCallback(
    (target: number | null) => {
      if (instance === undefined) return;
      gliding.current?.stop();
      gliding.current = null;
      const turn = ++ticket.current;
      const from = shown.current;
      shown.current = target;
      if (target === null) {
        // Back to the story before its first step: the widget's own start.
        store.replace(instance, {});
        if (plan.restart) setGeneration((g) => g + 1);
        return;
      }
      const current = (key: string) => store.current(`${instance}:${key}`);
      const next = planMove(plan, target, from, { animate: latest.current.animate, current });
      const put = (key: string, value: JsonValue) => store.set(`${instance}:${key}`, value);
      if (next.kind === 'remount') {
        store.replace(instance, next.state);
        setGeneration((g) => g + 1);
      } else if (next.kind === 'continue') {
        Object.entries(next.values).forEach(([key, value]) => put(key, value));
      } else {
        store.replace(instance, { ...next.state, ...Object.fromEntries(next.glide.map(({ key, from: start }) => [key, start])) });
        if (next.glide.length === 0) return;
        void import('./glide').then(({ glide }) => {
          if (turn === ticket.current) gliding.current = glide(next.glide, put);
        });
      }
    },
    [instance, plan, store],
  );

  const reach = useCallback(
    (index: number, from: Reach) => {
      setActive(index);
      latest.current.active = index;
      if (from === 'show') {
        setMode('story');
        latest.current.mode = 'story';
      }
      if (latest.current.mode === 'story' && (shown.current !== index || from === 'show')) move(index);
    },
    [move],
  );

  /** Reader or story, as this window or (`remote`) the deck's other window decided. */
  const enter = useCallback((next: SceneMode) => {
    setMode(next);
    latest.current.mode = next;
    if (next === 'reader') shown.current = null;
  }, []);

  const takeOver = useCallback(() => {
    if (latest.current.mode === 'reader') return;
    enter('reader');
    if (instance !== undefined) store.set(turnKey(instance), true);
  }, [enter, instance, store]);

  const backToStory = useCallback(() => {
    enter('story');
    if (instance !== undefined) store.set(turnKey(instance), false);
    move(latest.current.active);
  }, [enter, instance, move, store]);

  // The other window's "My turn" and "Back to the story" (it also sends the story's state).
  useEffect(() => {
    if (instance === undefined) return;
    return store.subscribe((key, value, origin) => {
      if (origin !== 'remote' || key !== turnKey(instance)) return;
      const next: SceneMode = value === true ? 'reader' : 'story';
      if (next !== latest.current.mode) enter(next);
    });
  }, [enter, instance, store]);

  useEffect(() => () => gliding.current?.stop(), []);

  return { active, mode, generation, reach, takeOver, backToStory };
}
