'use client';

import { useContext, type ReactNode } from 'react';
import { SceneContext } from './SceneContext';
import { words } from './words';
import styles from './Scene.module.css';

interface StepProps {
  id: string;
  /** Its place in the scene (the compiler writes it). */
  index: string;
  /** 'announcement' when a loudspeaker block is the step. */
  kind?: string;
  children: ReactNode;
}

/**
 * One beat of a scene: the prose that moves the widget into this step's state. On phones it
 * ends with "show me"; in the presentation only the current step is shown.
 */
export function Step({ id, index, kind, children }: StepProps) {
  const scene = useContext(SceneContext);
  const at = Number(index);
  if (!scene) return <div data-step={id}>{children}</div>;
  const w = words[scene.lang];
  const active = scene.active === at;
  const hidden = scene.deck === 'slides' && (scene.active ?? 0) !== at;
  const showMe = () => {
    scene.reach(at, 'show');
    const stage = scene.stageRef.current;
    if (!stage) return;
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    stage.scrollIntoView({ block: 'start', behavior: still ? 'auto' : 'smooth' });
    if (still) return;
    // A glide aims at where the widget was when it began; if something above changed height
    // meanwhile (a font arriving, say), it ends beside the widget. Then put it in view.
    const check = () => {
      window.clearTimeout(timer);
      const { top, bottom } = stage.getBoundingClientRect();
      if (bottom <= 0 || top >= window.innerHeight) stage.scrollIntoView({ block: 'start', behavior: 'instant' });
    };
    window.addEventListener('scrollend', check, { once: true });
    const timer = window.setTimeout(() => window.removeEventListener('scrollend', check), 3000);
  };
  return (
    <div className={styles.step} data-step={id} data-index={at} data-kind={kind} data-active={active ? '' : undefined} hidden={hidden}>
      {/* Not a <p>: read-aloud reads a step's paragraphs, not its number. */}
      <div className={styles.stepLabel} aria-hidden="true">
        {w.stepLabel(at + 1, scene.plan.steps.length)}
      </div>
      {children}
      {scene.deck === null && (
        <button type="button" className={styles.showMe} onClick={showMe} data-show-me="">
          <span aria-hidden="true">▶</span> {w.showMe}
        </button>
      )}
    </div>
  );
}
