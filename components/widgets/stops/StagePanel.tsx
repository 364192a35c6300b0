import { formatNumber } from '@/lib/format';
import { NeuronAvatar } from '@/components/story/NeuronAvatar';
import styles from './stops.module.css';

/** One number a stop arrives at: its symbol, the key its test id ends in, and the engine's value. */
export interface StopResult {
  symbol: string;
  key: string;
  value: number;
}

/**
 * One stop of a walkthrough: its name, the working (rule, then numbers), the engine's
 * result(s) and what the neuron makes of it. A minimum height (lower with `short`, for stops
 * of at most three lines) keeps the page from jumping as the reader steps.
 */
export function StagePanel({ heading, lines, results, narration, testPrefix, warning, short }: {
  heading: string;
  lines: string[];
  results: StopResult[];
  narration: string;
  /** test ids: `${testPrefix}-${result.key}` and `${testPrefix}-narration` */
  testPrefix: string;
  warning?: string;
  short?: boolean;
}) {
  return (
    <div className={styles.panel} data-short={short ? '' : undefined}>
      <h5 className={styles.stageHeading}>{heading}</h5>
      <div className={styles.working}>
        {lines.map((line, i) => <p key={i}>{line}</p>)}
        {results.map((r) => (
          <p key={r.key}>
            {r.symbol} = <output className={styles.result} data-testid={`${testPrefix}-${r.key}`}>{formatNumber(r.value, 3)}</output>
          </p>
        ))}
      </div>
      <div className={styles.narration}>
        <NeuronAvatar size={40} />
        <p data-testid={`${testPrefix}-narration`}>{narration}</p>
      </div>
      {warning ? <p className={styles.warning} role="alert">{warning}</p> : null}
    </div>
  );
}
