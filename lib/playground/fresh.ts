// A fresh network for a setup. Network.create gives every hidden layer the same activation,
// so a setup with mixed activations takes each layer from its own Network.create (same
// initialisation rule per activation), seeded per layer so the whole stays deterministic.
import { Network, type CreateOptions, type NetworkJSON } from '@/lib/nn';
import { outputActivation, sizesOf } from './model';
import type { PlaygroundState } from './table';

type Setup = Pick<PlaygroundState, 'dataset' | 'hidden' | 'activations' | 'seed' | 'features'>;

/** Seed of the weight initialisation (the data uses `seed`, the batch order `seed + 2`). */
export const initSeed = (state: Setup) => state.seed + 1;

/** Create options when every hidden layer shares one activation (the common case), else null. */
export function createOptions(state: Setup): CreateOptions | null {
  const first = state.activations[0] ?? 'tanh';
  if (state.activations.some((a) => a !== first)) return null;
  return { sizes: sizesOf(state), activation: first, outputActivation: outputActivation(state.dataset), seed: initSeed(state) };
}

/** The setup's initial network as JSON, one layer at a time when activations differ. */
export function freshNetwork(state: Setup): NetworkJSON {
  const same = createOptions(state);
  if (same) return Network.create(same).toJSON();
  const sizes = sizesOf(state);
  const out = outputActivation(state.dataset);
  const layers = sizes.slice(1).map((nOut, l) => {
    const hidden = state.activations[l];
    const one = Network.create({
      sizes: [sizes[l]!, nOut],
      activation: 'tanh', // unused: a one-layer network has only its output layer
      outputActivation: hidden ?? out,
      seed: initSeed(state) * 31 + l,
    });
    return one.toJSON().layers[0]!;
  });
  return { layers };
}
