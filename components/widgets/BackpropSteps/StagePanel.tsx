import { NeuronAvatar } from '@/components/story/NeuronAvatar';
import styles from './BackpropSteps.module.css';

/**
 * One stop: its name, the working (rule, then numbers), the result the engine gave, and
 * what the neuron makes of it. Fixed minimum height, so stepping does not make the page jump.
 */
export function StagePanel({
  heading, lines, result, resultId, narration, warning,
}: {
  heading: string;
  lines: string[];
  /** the stop's one number (absent at the ledger, whose numbers fill the table) */
  result: { symbol: string; value: string } | null;
  resultId: string;
  narration: string;
  warning?: string;
}) {
  return (
    <div className={styles.panel}>
      <h5 className={styles.stageHeading}>{heading}</h5>
      <div className={styles.working}>
        {lines.map((line, i) => (
          <p key={i}>{line}</p>
        ))}
        {result ? (
          <p>
            {result.symbol} = <output className={styles.result} data-testid={resultId}>{result.value}</output>
          </p>
        ) : null}
      </div>
      <div className={styles.narration}>
        <NeuronAvatar size={40} />
        <p data-testid="bp-narration">{narration}</p>
      </div>
      {warning ? <p className={styles.warning} role="alert">{warning}</p> : null}
    </div>
  );
}
