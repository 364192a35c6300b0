'use client';

import { useRef, type KeyboardEvent } from 'react';
import styles from './stops.module.css';

/**
 * A walkthrough's stops as numbered dots under their phases (forward, backward, …), each phase
 * as wide as its stops. A dot jumps to its stop; with focus on the row, ←/→/Home/End step.
 */
export function StageProgress<S extends string, P extends string>({ stages, phaseOf, current, label, names, phases, onGo }: {
  stages: readonly S[];
  phaseOf: Record<S, P>;
  current: number;
  label: string;
  names: Record<S, string>;
  phases: Record<P, string>;
  onGo: (index: number) => void;
}) {
  const list = useRef<HTMLOListElement>(null);
  const order = [...new Set(stages.map((s) => phaseOf[s]))];
  const last = stages.length - 1;
  const onKeyDown = (event: KeyboardEvent) => {
    const target = ({ ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: last } as Record<string, number>)[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = Math.max(0, Math.min(last, target));
    onGo(next);
    list.current?.querySelectorAll('button')[next]?.focus();
  };
  return (
    <nav aria-label={label} className={styles.progress}>
      <div className={styles.phases} aria-hidden="true"
        style={{ gridTemplateColumns: order.map((p) => `${stages.filter((s) => phaseOf[s] === p).length}fr`).join(' ') }}>
        {order.map((phase) => <span key={phase} data-phase={phase}>{phases[phase]}</span>)}
      </div>
      {/* Past eight stops the dots shrink, so that a row of eleven still fits a 360 px phone. */}
      <ol ref={list} className={styles.dots} onKeyDown={onKeyDown} data-many={stages.length > 8 ? '' : undefined}
        style={{ gridTemplateColumns: `repeat(${stages.length}, 1fr)` }}>
        {stages.map((stage, i) => (
          <li key={stage} data-phase={phaseOf[stage]}>
            <button
              type="button"
              className={styles.dot}
              aria-label={`${i + 1}. ${phases[phaseOf[stage]]}: ${names[stage]}`}
              aria-current={i === current ? 'step' : undefined}
              data-done={i < current ? '' : undefined}
              tabIndex={i === current ? 0 : -1}
              onClick={() => onGo(i)}
            >
              {i + 1}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
