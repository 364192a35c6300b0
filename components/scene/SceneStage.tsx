'use client';

import { useContext, useRef, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { SceneContext } from './SceneContext';
import { useFitHeight } from './useFitHeight';
import { words } from './words';
import styles from './Scene.module.css';

// The sticky top bar and the scene's own bar, with the gaps around them (px).
const RESERVED = 150;

// Keys that move focus or scroll the page, not the widget: they do not take it over.
const PASSIVE_KEYS = new Set(['Tab', 'Shift', 'Control', 'Alt', 'Meta', 'Escape', 'PageUp', 'PageDown', 'Home', 'End']);

/**
 * The scene's widget, with a bar that says who is moving it and offers to swap. Any change the
 * reader makes in the widget hands it to the reader, so scrolling on will not undo their play.
 */
export function SceneStage({ children }: { children: ReactNode }) {
  const scene = useContext(SceneContext);
  const frameRef = useRef<HTMLDivElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  useFitHeight(frameRef, contentRef, RESERVED, scene !== null && scene.deck === null);
  if (!scene) return <>{children}</>;
  const w = words[scene.lang];
  const { mode, active, plan, generation, stageRef, takeOver, backToStory } = scene;
  const label = mode === 'reader' ? w.yours : active === null ? w.waiting : w.following(active + 1, plan.steps.length);
  const take = () => takeOver();
  return (
    <div ref={stageRef} className={styles.stage} data-scene-stage="" data-mode={mode}>
      <div className={styles.bar}>
        <div className={styles.mode} aria-live="polite" data-scene-label="">
          <span className={styles.dot} aria-hidden="true" />
          {/* A new key per label: the new words slide in (CSS), saying the widget moved on. */}
          <span key={label} className={styles.label}>
            {label}
          </span>
        </div>
        <button type="button" className={styles.swap} onClick={mode === 'story' ? take : backToStory} data-scene-swap="">
          {mode === 'story' ? w.myTurn : w.backToStory}
        </button>
      </div>
      <div ref={frameRef}>
        <div ref={contentRef} className={styles.fit}>
          <div
            key={generation}
            className={styles.widget}
            onPointerDownCapture={(event: PointerEvent) => event.pointerType !== 'touch' && take()}
            onClickCapture={take}
            onInputCapture={take}
            onKeyDownCapture={(event: KeyboardEvent) => !PASSIVE_KEYS.has(event.key) && take()}
          >
            {children}
          </div>
        </div>
      </div>
    </div>
  );
}
