'use client';

import { useRef, type KeyboardEvent } from 'react';
import { PHASE, STAGES, type Phase, type Stage } from './stages';
import styles from './BackpropChain.module.css';

/**
 * The chain's eleven stops as numbered dots, grouped forwards / output neuron / back to me.
 * A dot jumps to its stop; with focus on the row, ←/→ step (as Back/Next do).
 */
export function ChainProgress({ current, label, names, phases, onGo }: {
  current: number;
  label: string;
  names: Record<Stage, string>;
  phases: Record<Phase, string>;
  onGo: (index: number) => void;
}) {
  const list = useRef<HTMLOListElement>(null);
  const go = (index: number) => {
    const next = Math.max(0, Math.min(STAGES.length - 1, index));
    onGo(next);
    list.current?.querySelectorAll('button')[next]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: STAGES.length - 1 };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    go(target);
  };
  return (
    <nav aria-label={label} className={styles.progress}>
      <div className={styles.phases} aria-hidden="true">
        {(['forward', 'output', 'hidden'] as const).map((phase) => <span key={phase} data-phase={phase}>{phases[phase]}</span>)}
      </div>
      <ol ref={list} className={styles.dots} onKeyDown={onKeyDown}>
        {STAGES.map((stage, i) => (
          <li key={stage} data-phase={PHASE[stage]}>
            <button
              type="button"
              className={styles.dot}
              aria-label={`${i + 1}. ${phases[PHASE[stage]]}: ${names[stage]}`}
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
