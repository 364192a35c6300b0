import { Network, activationDerivative, sgd } from '@/lib/nn';

/** The neuron's parameters at the start of a round. */
export interface Params {
  weights: number[];
  bias: number;
}

/** The worked example of chapter 7: inputs, weights, bias, answer and step size. */
export const START_INPUTS = [0.8, 0.4, 0.2];
export const START_PARAMS: Params = { weights: [0.5, -1, 0.5], bias: -0.1 };
export const START_TARGET = 1;
export const START_ETA = 0.5;

/** Everything one round shows, each number straight from the engine. */
export interface Round {
  /** weighted sum z */
  z: number;
  /** output ŷ = σ(z) */
  a: number;
  /** loss (ŷ − y)² of this example */
  loss: number;
  /** ∂L/∂ŷ */
  dA: number;
  /** σ'(z), the sigmoid's slope at z */
  slope: number;
  /** ∂L/∂z, the blame on z */
  dZ: number;
  /** ∂L/∂wᵢ */
  dWeights: number[];
  /** ∂L/∂b */
  dBias: number;
  /** parameters after one SGD step with learning rate η */
  next: Params;
  /** loss on the same example with the new parameters */
  nextLoss: number;
  /** true if the step produced a non-finite number and was refused */
  diverged: boolean;
}

/** The one-neuron network (sigmoid output) holding these parameters. */
export function neuron({ weights, bias }: Params): Network {
  return Network.fromJSON({ layers: [{ weights: [weights], biases: [bias], activation: 'sigmoid' }] });
}

/** Forward, backward and one SGD step on one example with MSE, done by the engine. */
export function runRound(params: Params, inputs: number[], target: number, lr: number): Round {
  const net = neuron(params);
  const trace = net.backwardTrace(inputs, [target], 'mse');
  const stepped = net.clone();
  const { diverged } = stepped.trainStep([inputs], [[target]], { loss: 'mse', optimizer: sgd({ lr: lr }) });
  const layer = stepped.toJSON().layers[0]!;
  const z = trace.sums[0]![0]!;
  return {
    z,
    a: trace.outputs[0]![0]!,
    loss: trace.loss,
    dA: trace.dOutputs[0]![0]!,
    slope: activationDerivative('sigmoid', z),
    dZ: trace.dSums[0]![0]!,
    dWeights: trace.grads[0]!.weights[0]!,
    dBias: trace.grads[0]!.biases[0]!,
    next: { weights: layer.weights[0]!, bias: layer.biases[0]! },
    nextLoss: stepped.loss([inputs], [[target]], 'mse'),
    diverged,
  };
}
