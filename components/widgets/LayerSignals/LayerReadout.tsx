import type { ForwardTrace, NetworkJSON } from '@/lib/nn';
import { formatNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n';
import { words } from './words';
import styles from './LayerSignals.module.css';

/** "0.8×0.90 − 0.4×0.20 + 0.1": one neuron's weighted sum written out, signs folded in. */
function written(weights: readonly number[], inputs: readonly number[], bias: number): string {
  const terms = weights.map((w, i) => `${formatNumber(Math.abs(w), 1)}×${formatNumber(inputs[i]!)}`);
  const signs = [...weights, bias].map((v, k) => (v < 0 ? (k === 0 ? '−' : ' − ') : k === 0 ? '' : ' + '));
  return [...terms, formatNumber(Math.abs(bias), 1)].map((t, k) => signs[k] + t).join('');
}

/**
 * The current stage in words and numbers: a sentence saying what happens, then every
 * number of the layer just computed, for screen readers and for phones where the
 * circles are small. Sums and outputs come straight from the engine's forward trace.
 */
export function LayerReadout({
  stage,
  inputs,
  trace,
  network,
  lang,
}: {
  stage: number;
  inputs: readonly number[];
  trace: ForwardTrace;
  network: NetworkJSON;
  lang: Locale;
}) {
  const w = words[lang];
  const layer = network.layers[stage - 1];
  const below = stage >= 2 ? trace.outputs[stage - 2]! : inputs;
  return (
    <div className={styles.readout}>
      <p className={styles.narration} data-testid="layer-narration">
        {w.narration[stage]}
      </p>
      <ul className={styles.values} data-testid="layer-values">
        {layer
          ? layer.biases.map((bias, j) => (
              <li key={j} data-neuron={j + 1}>
                <span className={styles.who}>{w.neuron(j + 1)}:</span> <i>z</i> ={' '}
                <span className={styles.sum} data-testid="z">{formatNumber(trace.sums[stage - 1]![j]!)}</span> → {w.passes}{' '}
                <span className={styles.out} data-testid="a">{formatNumber(trace.outputs[stage - 1]![j]!)}</span>
                <span className={styles.written}>
                  <i>z</i> = {written(layer.weights[j]!, below, bias)}
                </span>
              </li>
            ))
          : inputs.map((a, i) => (
              <li key={i} data-input={i + 1}>
                a<sub>{i + 1}</sub> = <span className={styles.out}>{formatNumber(a)}</span>
              </li>
            ))}
      </ul>
    </div>
  );
}
