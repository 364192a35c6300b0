import { Network, activationDerivative } from '@/lib/nn';

/** The two-neuron chain's parameters: the hidden neuron (w₁, b₁) feeds the output neuron (w₂, b₂). */
export interface ChainParams {
  w1: number;
  b1: number;
  w2: number;
  b2: number;
}

/** The worked example of chapter 7's second ledger (numbers chosen so each sum can be done by hand). */
export const START_X = 2;
export const START_PARAMS: ChainParams = { w1: 0.5, b1: -1, w2: 3, b2: -1.5 };
export const START_TARGET = 1;

/** Everything the chain's round shows, each number straight from the engine. */
export interface Chain {
  /** hidden neuron's weighted sum z₁ and output h = σ(z₁) */
  z1: number;
  h: number;
  /** σ′(z₁): how much the hidden neuron passes a change on */
  slope1: number;
  /** output neuron's weighted sum z₂ and output ŷ = σ(z₂) */
  z2: number;
  yhat: number;
  /** σ′(z₂) */
  slope2: number;
  /** (ŷ − y)² */
  loss: number;
  /** ∂L/∂ŷ */
  dYhat: number;
  /** ∂L/∂z₂, the output neuron's blame */
  dZ2: number;
  /** ∂L/∂w₂ and ∂L/∂b₂ */
  dW2: number;
  dB2: number;
  /** ∂L/∂h = w₂ · ∂L/∂z₂, the blame passed back through the weight */
  dH: number;
  /** ∂L/∂z₁ = σ′(z₁) · ∂L/∂h, the hidden neuron's blame */
  dZ1: number;
  /** ∂L/∂w₁ and ∂L/∂b₁ */
  dW1: number;
  dB1: number;
}

/** The 1 → 1 → 1 network (sigmoid in both neurons) holding these parameters. */
export function chainNetwork({ w1, b1, w2, b2 }: ChainParams): Network {
  return Network.fromJSON({
    layers: [
      { weights: [[w1]], biases: [b1], activation: 'sigmoid' },
      { weights: [[w2]], biases: [b2], activation: 'sigmoid' },
    ],
  });
}

/** Forward and backward through the chain on one example with MSE, done by the engine. */
export function runChain(params: ChainParams, x: number, y: number): Chain {
  const net = chainNetwork(params);
  const trace = net.backwardTrace([x], [y], 'mse');
  const [hidden, out] = net.gradients([[x]], [[y]], 'mse').layers;
  const z1 = trace.sums[0]![0]!;
  const z2 = trace.sums[1]![0]!;
  return {
    z1,
    h: trace.outputs[0]![0]!,
    slope1: activationDerivative('sigmoid', z1),
    z2,
    yhat: trace.outputs[1]![0]!,
    slope2: activationDerivative('sigmoid', z2),
    loss: trace.loss,
    dYhat: trace.dOutputs[1]![0]!,
    dZ2: trace.dSums[1]![0]!,
    dW2: out!.weights[0]![0]!,
    dB2: out!.biases[0]!,
    dH: trace.dOutputs[0]![0]!,
    dZ1: trace.dSums[0]![0]!,
    dW1: hidden!.weights[0]![0]!,
    dB1: hidden!.biases[0]!,
  };
}
