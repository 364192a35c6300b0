'use client';

import { memo, useCallback, useDeferredValue, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Locale } from '@/lib/i18n';
import type { FeatureName, NetworkJSON } from '@/lib/nn';
import { DiagramView } from './DiagramView';
import { neuronMaps } from '@/lib/playground/inspect';
import { NeuronMaps, SMALL, type Picked as Hidden } from './NeuronMaps';
import { neuronWords } from './neuronWords';
import { WeightEditor, type Picked } from './WeightEditor';
import { WeightImages } from './WeightImages';
import type { PlaygroundWords } from './words';
import styles from './Playground.module.css';

type Props = {
  w: PlaygroundWords;
  lang: Locale;
  network: NetworkJSON | null;
  pictures: boolean;
  /** what the network's inputs are (2-D sets) */
  features: readonly FeatureName[];
  onEdit: (edited: NetworkJSON) => void;
};

/**
 * The network drawn, what its neurons see, and one weight to read or change. The workbench
 * renders on every training frame; this part only when the network read from the trainer
 * changes (every 250–500 ms), so `onEdit` is held in a ref instead of being a reason to render.
 */
export function InsideView({ onEdit, network, ...rest }: Props) {
  // A new network is drawn in a render of its own, after the frame that brought it: the first
  // snapshot of the largest dog setup enabled Play and drew six layers of 64 in one task. Play
  // now comes 25 ms after the trainer's answer instead of 237, the longest setup task 92 → 78 ms
  // of CPU (npm run bench:playground, medians of 7 alternated runs, busy machine).
  const drawn = useDeferredValue(network);
  const latest = useRef(onEdit);
  useLayoutEffect(() => {
    latest.current = onEdit;
  });
  const edit = useCallback((edited: NetworkJSON) => latest.current(edited), []);
  // a neuron picked in the diagram is the one the weight editor shows
  const [picked, setPicked] = useState<Picked | null>(null);
  // and, when it is a hidden neuron of a 2-D set, the one its map shows large
  const [large, setLarge] = useState<Hidden | null>(null);
  const pick = useCallback((layer: number, neuron: number) => {
    setPicked((p) => ({ layer, neuron, count: (p?.count ?? 0) + 1 }));
    setLarge({ layer, neuron }); // the output neuron has no map: NeuronMaps shows none for it
  }, []);
  return <InsideParts {...rest} network={drawn} onEdit={edit} picked={picked} onPick={pick} large={large} onLarge={setLarge} />;
}

const InsideParts = memo(function InsideParts({ w, lang, network, pictures, features, onEdit, picked, onPick, large, onLarge }: Props & {
  picked: Picked | null;
  onPick: (layer: number, neuron: number) => void;
  large: Hidden | null;
  onLarge: (large: Hidden | null) => void;
}) {
  // computed once per network reading, for the diagram's circles and the thumbnails alike
  const maps = useMemo(() => (network && !pictures ? neuronMaps(network, SMALL, features) : undefined), [network, pictures, features]);
  if (!network) return <p className={styles.hint}>…</p>;
  return (
    <div className={styles.stack}>
      <DiagramView w={w} network={network} pictures={pictures} features={features} maps={maps} onPick={onPick} />
      {pictures ? <p className={styles.hint}>{w.diagramPictures}</p> : null}
      {pictures ? <WeightImages w={w} network={network} /> : <NeuronMaps words={neuronWords[lang]} network={network} features={features}
        maps={maps} selected={large} onSelect={onLarge} activationName={(a) => (w.activations as Record<string, string>)[a] ?? a} />}
      <WeightEditor w={w} lang={lang} network={network} pictures={pictures} features={features} onEdit={onEdit} picked={picked} />
    </div>
  );
});
