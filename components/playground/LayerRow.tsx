import { Button } from '@/components/controls/Button';
import { setActivation, setNeurons } from '@/lib/playground/edit';
import { HIDDEN_ACTIVATIONS, type HiddenActivation } from '@/lib/playground/table';
import type { Update } from './update';
import type { PlaygroundWords } from './words';
import styles from './Playground.module.css';

/** One hidden layer: its width (− / +) and its activation. */
export function LayerRow({ w, index, neurons, activation, max, update }: {
  w: PlaygroundWords;
  index: number;
  neurons: number;
  activation: HiddenActivation;
  max: number;
  update: Update;
}) {
  const n = index + 1;
  return (
    <li className={styles.layerRow} data-layer={n}>
      <span className={styles.layerName}>{w.layer(n)}</span>
      <span className={styles.stepper}>
        <Button aria-label={w.fewerNeurons(n)} disabled={neurons <= 1} onClick={() => update(setNeurons(index, neurons - 1))}>−</Button>
        {max > 8 ? (
          // up to 64 for pictures: a list is quicker than 60 presses
          <select className={styles.select} aria-label={w.neuronsIn(n)} value={neurons} data-testid={`neurons-${n}`}
            onChange={(event) => update(setNeurons(index, Number(event.target.value)))}>
            {Array.from({ length: max }, (_, k) => <option key={k} value={k + 1}>{k + 1}</option>)}
          </select>
        ) : (
          <output className={styles.width} data-testid={`neurons-${n}`}>{neurons}</output>
        )}
        <Button aria-label={w.moreNeurons(n)} disabled={neurons >= max} onClick={() => update(setNeurons(index, neurons + 1))}>+</Button>
        <span className={styles.muted}>{w.neurons}</span>
      </span>
      <select
        className={styles.select}
        aria-label={w.activation(n)}
        value={activation}
        onChange={(event) => update(setActivation(index, event.target.value as HiddenActivation))}
      >
        {HIDDEN_ACTIVATIONS.map((a) => (
          <option key={a} value={a}>{w.activations[a]}</option>
        ))}
      </select>
    </li>
  );
}
