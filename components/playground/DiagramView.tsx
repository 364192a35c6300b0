'use client';

import { NetworkDiagram } from '@/components/charts/NetworkDiagram';
import { formatNumber } from '@/lib/format';
import type { NetworkJSON } from '@/lib/nn';
import type { PlaygroundWords } from './words';

/** Names of the diagram's columns and a neuron's words, for points (inputs drawn) or pictures (not). */
export function layerName(w: PlaygroundWords, jsonLayer: number, layers: number): string {
  return jsonLayer === layers - 1 ? w.outputLayer : w.layer(jsonLayer + 1);
}

/**
 * The network as circles and lines. For pictures the 256 inputs would be a wall of lines,
 * so the drawing starts at the first hidden layer.
 */
export function DiagramView({ w, network, pictures }: { w: PlaygroundWords; network: NetworkJSON; pictures: boolean }) {
  const layers = pictures ? network.layers.slice(1) : network.layers;
  if (layers.length === 0) return null;
  const first = pictures ? 1 : 0; // the JSON layer drawn as column 1
  const describe = (column: number, index: number) => {
    if (column === 0 && !pictures) return w.input(index + 1);
    const l = pictures ? column : column - 1;
    const layer = network.layers[l]!;
    return w.neuronWords(layerName(w, l, network.layers.length), index + 1, formatNumber(layer.biases[index]!, 3), w.activations[layer.activation as keyof PlaygroundWords['activations']] ?? layer.activation);
  };
  return (
    <div data-testid="diagram" data-sizes={[network.layers[0]!.weights[0]!.length, ...network.layers.map((l) => l.biases.length)].join('-')} data-first={first}>
      <NetworkDiagram layers={layers} label={w.diagram} describe={describe} width={460} height={pictures ? 300 : 260} />
    </div>
  );
}
