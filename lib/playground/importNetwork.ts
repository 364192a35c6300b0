// A network file read back into a setup: the engine checks the JSON, this checks that the
// playground can train it (its ends match a dataset, its layers fit the controls).
import { Network, type NetworkJSON } from '@/lib/nn';
import { consistencyProblem, ends, isPictures, maxNeurons, outputActivation } from './model';
import { HIDDEN_ACTIVATIONS, LIMITS, type HiddenActivation, type PlaygroundState } from './table';

/** Why a file cannot be used: the engine's own message, or a shape the playground does not train. */
export type ImportProblem = { kind: 'engine'; message: string } | { kind: 'shape'; sizes: string };

/** The setup that trains this network from its weights, or why there is none. */
export function importNetwork(state: PlaygroundState, json: unknown): { state: PlaygroundState } | { problem: ImportProblem } {
  let network: Network;
  try {
    network = Network.fromJSON(json);
  } catch (error) {
    return { problem: { kind: 'engine', message: error instanceof Error ? error.message : String(error) } };
  }
  const valid = json as NetworkJSON;
  const sizes = network.sizes;
  const shape = { problem: { kind: 'shape', sizes: `${sizes.join('–')} (${valid.layers.map((l) => l.activation).join(', ')})` } as const };
  const pictures = network.inputSize === ends('dogs').inputs;
  const kind = pictures ? 'dogs' : isPictures(state.dataset) ? 'circle' : state.dataset;
  const { inputs, outputs } = ends(kind, state.features);
  const hidden = sizes.slice(1, -1);
  const activations = valid.layers.slice(0, -1).map((l) => l.activation);
  const fits =
    network.inputSize === inputs && network.outputSize === outputs &&
    valid.layers[valid.layers.length - 1]!.activation === outputActivation(kind) &&
    hidden.length <= LIMITS.layers && hidden.every((n) => n <= maxNeurons(kind)) &&
    activations.every((a) => (HIDDEN_ACTIVATIONS as readonly string[]).includes(a));
  if (!fits) return shape;
  const next: PlaygroundState = {
    ...state, dataset: kind, hidden, activations: activations as HiddenActivation[], start: { network: network.toJSON(), step: 0 },
  };
  return consistencyProblem(next) ? shape : { state: next };
}
