// The trained network as a short Python script (PyTorch or Keras) that rebuilds the same
// layers with the same weights and prints its predictions for three sample inputs, with
// lib/nn's predictions for them written beside as comments: a reader can check that the
// network they trained here is the network they run there.
import { Network, featureRow, type FeatureName, type LayerJSON, type NetworkJSON } from '@/lib/nn';
import { DEFAULT_ALPHA } from '@/lib/nn/activations';

export type ScriptKind = 'pytorch' | 'keras';

/** Three points of the input square every 2-D script predicts (inside, on the edge, across). */
export const SAMPLE_POINTS: readonly (readonly [number, number])[] = [[0.25, -0.5], [-0.75, 0.5], [0.9, 0.9]];

/** What the script predicts: each sample's raw input (a point, or a picture's pixels) and the network's input row for it. */
export interface ScriptSample {
  /** shown in the comment: "(0.25, -0.5)" or "test picture 1" */
  name: string;
  /** the network's input row (the features of a point, or 256 pixels) */
  inputs: number[];
}

/** The samples for a 2-D set: the three points through the chosen features. */
export const pointSamples = (features: readonly FeatureName[]): ScriptSample[] =>
  SAMPLE_POINTS.map(([x1, x2]) => ({ name: `(${x1}, ${x2})`, inputs: featureRow(x1, x2, features) }));

/** A number exactly as JavaScript prints it: Python's float() reads it back to the same double. */
const num = (x: number) => (Number.isInteger(x) ? `${x}.0` : String(x));
const list = (xs: readonly number[]) => `[${xs.map(num).join(', ')}]`;
const matrix = (rows: readonly (readonly number[])[]) => `[${rows.map(list).join(', ')}]`;

/** Python's code for the input features, so the script computes them as the playground did. */
const FEATURE_CODE: Record<FeatureName, string> = {
  x1: 'x1', x2: 'x2', x1sq: 'x1 * x1', x2sq: 'x2 * x2', x1x2: 'x1 * x2', sin1: 'math.sin(math.pi * x1)', sin2: 'math.sin(math.pi * x2)',
};

const torchActivation = (layer: LayerJSON): string | null => {
  switch (layer.activation) {
    case 'sigmoid': return 'nn.Sigmoid()';
    case 'tanh': return 'nn.Tanh()';
    case 'relu': return 'nn.ReLU()';
    case 'leakyRelu': return `nn.LeakyReLU(${num(layer.alpha ?? DEFAULT_ALPHA)})`;
    case 'softmax': return 'nn.Softmax(dim=-1)';
    case 'identity': return null;
  }
};

const kerasActivation = (layer: LayerJSON): string => {
  switch (layer.activation) {
    case 'identity': return 'activation="linear"';
    case 'leakyRelu': return 'activation=None';
    default: return `activation="${layer.activation}"`;
  }
};

/** The head both scripts share: what it is, how to run it, and the weights as literals. */
function head(kind: ScriptKind, json: NetworkJSON, about: string): string[] {
  const sizes = [json.layers[0]!.weights[0]!.length, ...json.layers.map((l) => l.biases.length)];
  const install = kind === 'pytorch' ? 'pip install torch' : 'pip install tensorflow';
  return [
    `# Neuron Story playground: a ${sizes.join('-')} network (${json.layers.map((l) => l.activation).join(', ')}), ${about}.`,
    `# Run it with Python 3: ${install}, then python3 this_file.py`,
    '# It rebuilds the network with these exact weights and prints its predictions for three inputs;',
    '# the numbers the playground computed for them are written below as comments.',
    'import math',
    '',
    '# WEIGHTS[l][o][i]: layer l, from input i to neuron o; BIASES[l][o]',
    `WEIGHTS = [${json.layers.map((l) => matrix(l.weights)).join(',\n           ')}]`,
    `BIASES = [${json.layers.map((l) => list(l.biases)).join(',\n          ')}]`,
  ];
}

/** The samples' input rows and, beside them, lib/nn's outputs for them. */
function samplesBlock(network: Network, samples: readonly ScriptSample[], features: readonly FeatureName[] | null): string[] {
  const expected = network.predict(samples.map((s) => s.inputs));
  const lines = features
    ? [
        '',
        '# the network does not see the point (x1, x2) itself but these features of it',
        'def features(x1, x2):',
        `    return [${features.map((f) => FEATURE_CODE[f]).join(', ')}]`,
        '',
        `POINTS = [${SAMPLE_POINTS.map(([a, b]) => `(${num(a)}, ${num(b)})`).join(', ')}]`,
        'INPUTS = [features(x1, x2) for x1, x2 in POINTS]',
      ]
    : ['', `INPUTS = [${samples.map((s) => list(s.inputs)).join(',\n          ')}]`];
  lines.push('', '# expected predictions (computed by the playground, lib/nn):');
  samples.forEach((s, k) => lines.push(`# EXPECTED ${s.name}: ${list(expected[k]!)}`));
  return lines;
}

/**
 * The script for a network. `features` names a 2-D network's inputs (null for pictures,
 * whose samples are given pixel rows); `about` says where the weights come from.
 */
export function networkScript(kind: ScriptKind, json: NetworkJSON, samples: readonly ScriptSample[], features: readonly FeatureName[] | null, about: string): string {
  const network = Network.fromJSON(json);
  const lines = head(kind, json, about);
  lines.push(...samplesBlock(network, samples, features), '');
  if (kind === 'pytorch') {
    lines.push(
      'import torch',
      'from torch import nn',
      '',
      'layers = []',
      ...json.layers.flatMap((layer, l) => {
        const act = torchActivation(layer);
        return [`layers.append(nn.Linear(${layer.weights[0]!.length}, ${layer.biases.length}))`, ...(act ? [`layers.append(${act})  # layer ${l + 1}`] : [])];
      }),
      'model = nn.Sequential(*layers).double()',
      'with torch.no_grad():',
      '    for linear, w, b in zip([m for m in model if isinstance(m, nn.Linear)], WEIGHTS, BIASES):',
      '        linear.weight.copy_(torch.tensor(w, dtype=torch.float64))',
      '        linear.bias.copy_(torch.tensor(b, dtype=torch.float64))',
      '    predictions = model(torch.tensor(INPUTS, dtype=torch.float64))',
      'for row in predictions.tolist():',
      '    print([round(v, 6) for v in row])',
    );
  } else {
    lines.push(
      'import numpy as np',
      'import keras',
      '',
      'keras.backend.set_floatx("float64")  # the playground computes in 64-bit floats',
      `model = keras.Sequential([keras.Input(shape=(${json.layers[0]!.weights[0]!.length},))])`,
      ...json.layers.flatMap((layer) => [
        `model.add(keras.layers.Dense(${layer.biases.length}, ${kerasActivation(layer)}))`,
        ...(layer.activation === 'leakyRelu' ? [`model.add(keras.layers.LeakyReLU(negative_slope=${num(layer.alpha ?? DEFAULT_ALPHA)}))`] : []),
      ]),
      '# a Keras kernel is [input][neuron]: the transpose of WEIGHTS[l]',
      'model.set_weights([a for w, b in zip(WEIGHTS, BIASES) for a in (np.array(w).T, np.array(b))])',
      'for row in model.predict(np.array(INPUTS), verbose=0).tolist():',
      '    print([round(v, 6) for v in row])',
    );
  }
  return `${lines.join('\n')}\n`;
}

/** What a test reads back from a script: its weights, biases, input rows and expected predictions. */
export function readScript(text: string): { weights: number[][][]; biases: number[][]; expected: number[][] } {
  const literal = (name: string) => {
    const match = new RegExp(`^${name} = (\\[[\\s\\S]*?\\])$`, 'm').exec(text.replace(/\]\,\n\s+\[/g, '], ['));
    if (!match) throw new Error(`no ${name} in the script`);
    return JSON.parse(match[1]!) as unknown;
  };
  const expected = [...text.matchAll(/^# EXPECTED .*?: (\[.*\])$/gm)].map((m) => JSON.parse(m[1]!) as number[]);
  return { weights: literal('WEIGHTS') as number[][][], biases: literal('BIASES') as number[][], expected };
}
