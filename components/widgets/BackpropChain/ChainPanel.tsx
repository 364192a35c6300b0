import { formatNumber } from '@/lib/format';
import { NeuronAvatar } from '@/components/story/NeuronAvatar';
import type { Result } from './formula';
import styles from './BackpropChain.module.css';

/** One stop: its name, the working, the engine's result(s), and what I (the hidden neuron) make of it. */
export function ChainPanel({ heading, lines, results, narration }: { heading: string; lines: string[]; results: Result[]; narration: string }) {
  return (
    <div className={styles.panel}>
      <h5 className={styles.stageHeading}>{heading}</h5>
      <div className={styles.working}>
        {lines.map((line, i) => <p key={i}>{line}</p>)}
        {results.map((r) => (
          <p key={r.key}>
            {r.symbol} = <output className={styles.result} data-testid={`bc-${r.key}`}>{formatNumber(r.value, 3)}</output>
          </p>
        ))}
      </div>
      <div className={styles.narration}>
        <NeuronAvatar size={40} />
        <p data-testid="bc-narration">{narration}</p>
      </div>
    </div>
  );
}
