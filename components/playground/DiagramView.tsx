'use client';

import { memo, useMemo } from 'react';
import { DenseDiagram } from '@/components/charts/DenseDiagram';
import { NetworkDiagram } from '@/components/charts/NetworkDiagram';
import { formatNumber } from '@/lib/format';
import type { FeatureName, NetworkJSON } from '@/lib/nn';
import type { NeuronMap } from '@/lib/playground/inspect';
import { DiagramMaps } from './DiagramMaps';
import type { PlaygroundWords } from './words';
import styles from './Playground.module.css';

/**
 * Past this many drawn weights the diagram is a canvas. As SVG, one element per weight is
 * restyled whenever the weights change: the largest 2-D setup (six layers of 8, 344
 * weights) spent 100-140 ms per redraw in style recalculation (trace, Chromium, busy
 * 2-core machine); six layers of 64 on the pictures (20,736 weights) froze the tab for
 * seconds (issue 23). Up to 100 weights (the default 2-4-2-1 has 18) stay SVG circles
 * and lines, a tab stop per neuron.
 */
export const DENSE_WEIGHTS = 100;
/**
 * Lines a canvas diagram draws into each layer: its strongest weights. All 20,736 of six
 * 64-neuron layers were a solid wall of colour, and rasterising them cost ~135 ms of
 * main-thread CPU per redraw (software canvas, trace of 5 s of play); 256 per layer: ~35 ms.
 */
export const DENSE_KEEP = 256;

/** Names of the diagram's columns and a neuron's words, for points (inputs drawn) or pictures (not). */
export function layerName(w: PlaygroundWords, jsonLayer: number, layers: number): string {
  return jsonLayer === layers - 1 ? w.outputLayer : w.layer(jsonLayer + 1);
}

/**
 * The network as circles and lines. For pictures the 256 inputs would be a wall of lines,
 * so the drawing starts at the first hidden layer. Drawn again only when the network
 * changes, not on every training frame.
 */
export const DiagramView = memo(function DiagramView({ w, network, pictures, features, maps, onPick }: {
  w: PlaygroundWords;
  network: NetworkJSON;
  pictures: boolean;
  /** the input column's features (2-D sets): each input is named by its feature */
  features: readonly FeatureName[];
  /** each hidden neuron's map (2-D sets), painted inside its circle */
  maps?: readonly (readonly NeuronMap[])[];
  /** a neuron picked in the drawing: its layer in the network's JSON and its index */
  onPick: (layer: number, neuron: number) => void;
}) {
  const layers = useMemo(() => (pictures ? network.layers.slice(1) : network.layers), [network, pictures]);
  if (layers.length === 0) return null;
  const first = pictures ? 1 : 0; // the JSON layer drawn as column 1
  const describe = (column: number, index: number) => {
    if (column === 0 && !pictures) return w.input(features[index] ? w.featureNames[features[index]] : `x${index + 1}`);
    const l = pictures ? column : column - 1;
    const layer = network.layers[l]!;
    return w.neuronWords(layerName(w, l, network.layers.length), index + 1, formatNumber(layer.biases[index]!, 3), w.activations[layer.activation as keyof PlaygroundWords['activations']] ?? layer.activation);
  };
  // the inputs of a 2-D set (column 0) are not neurons with weights of their own
  const pick = (column: number, index: number) => (pictures ? onPick(column, index) : column > 0 && onPick(column - 1, index));
  const weights = layers.reduce((sum, layer) => sum + layer.biases.length * (layer.weights[0]?.length ?? 0), 0);
  const height = pictures ? 300 : 260;
  const dense = weights > DENSE_WEIGHTS;
  return (
    <div className={styles.diagram} data-testid="diagram" data-sizes={[network.layers[0]!.weights[0]!.length, ...network.layers.map((l) => l.biases.length)].join('-')} data-first={first}>
      {dense ? (
        <>
          <DenseDiagram keep={DENSE_KEEP} onPick={pick} layers={layers} label={w.diagram} describe={describe} width={460} height={height} />
          <p className={styles.hint}>
            {layers.some((layer) => layer.biases.length * (layer.weights[0]?.length ?? 0) > DENSE_KEEP) ? w.diagramStrongest(DENSE_KEEP) : ''}
            {w.diagramKeys}
          </p>
        </>
      ) : <NetworkDiagram onPick={pick} layers={layers} label={w.diagram} describe={describe} width={460} height={height} />}
      {/* over a dense diagram the maps stay inside its focus ring (3 px outside its 6 px dots) */}
      {maps && !pictures ? <DiagramMaps network={network} maps={maps} width={460} height={height} most={dense ? 7 : Infinity} /> : null}
      {maps && !pictures ? <p className={styles.hint}>{w.diagramMaps}</p> : null}
    </div>
  );
});
