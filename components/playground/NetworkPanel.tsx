import { Button } from '@/components/controls/Button';
import { addLayer, removeLayer } from '@/lib/playground/edit';
import { isPictures, isRegression, maxNeurons } from '@/lib/playground/model';
import { LIMITS, type PlaygroundState } from '@/lib/playground/table';
import { FeaturePicker } from './FeaturePicker';
import { LayerRow } from './LayerRow';
import type { Update } from './update';
import type { PlaygroundWords } from './words';
import styles from './Playground.module.css';

/** The inputs (2-D sets), 0–6 hidden layers, each with its width and activation; the output follows the dataset. */
export function NetworkPanel({ w, state, update }: { w: PlaygroundWords; state: PlaygroundState; update: Update }) {
  const most = maxNeurons(state.dataset);
  const pictures = isPictures(state.dataset);
  return (
    <div className={styles.stack}>
      {pictures ? null : <FeaturePicker w={w} state={state} update={update} />}
      <div className={styles.row}>
        <span className={styles.layerName}>{w.hiddenLayers}</span>
        <Button aria-label={w.removeLayer} disabled={state.hidden.length === 0} onClick={() => update(removeLayer)} data-action="remove-layer">−</Button>
        <output className={styles.width} data-testid="layer-count">{state.hidden.length}</output>
        <Button aria-label={w.addLayer} disabled={state.hidden.length >= LIMITS.layers} onClick={() => update(addLayer)} data-action="add-layer">+</Button>
      </div>
      <ol className={styles.layers}>
        {state.hidden.map((neurons, l) => (
          <LayerRow key={l} w={w} index={l} neurons={neurons} activation={state.activations[l]!} max={most} update={update} />
        ))}
      </ol>
      <p className={styles.hint}>{pictures ? w.outputDogs : isRegression(state.dataset) ? w.outputRegression : w.outputPoints}</p>
    </div>
  );
}
