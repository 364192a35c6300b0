// A network file read back into a setup: the engine checks the JSON, this checks that the
// playground can train it (its ends match a dataset, its layers fit the controls). A file the
// playground exported from own data carries those points too (a link holds at most 200).
import { Network, type NetworkJSON } from '@/lib/nn';
import { consistencyProblem, ends, isOwn, isPictures, maxNeurons, outputActivation } from './model';
import { ownSchema, ownValuesSchema, type OwnPoints } from './own';
import { HIDDEN_ACTIVATIONS, LIMITS, PROPS, type HiddenActivation, type PlaygroundState } from './table';

/** Why a file cannot be used: the engine's own message, a shape the playground does not train, or own points it refuses. */
export type ImportProblem =
  | { kind: 'engine'; message: string }
  | { kind: 'shape'; sizes: string }
  | { kind: 'points'; detail: string };

/** The exported file: the network's JSON, and with own data the dataset and its points (x, y, label or value triples). */
export interface NetworkFile extends NetworkJSON {
  dataset?: 'own' | 'ownvalue';
  own?: OwnPoints;
  values?: OwnPoints;
}

/** The file "Download the network" saves: the network, plus the own points when the setup trains on them. */
export function networkFile(network: NetworkJSON, state: PlaygroundState): NetworkFile {
  if (state.dataset !== 'own' && state.dataset !== 'ownvalue') return network;
  return { ...network, dataset: state.dataset, ...(state.own.length ? { own: state.own } : {}), ...(state.values.length ? { values: state.values } : {}) };
}

/** A file's own points, checked as a link's are (the same schemas and limits), or why they are refused. */
function filePoints(json: unknown): { dataset: PlaygroundState['dataset'] | null; own?: OwnPoints; values?: OwnPoints } | { problem: ImportProblem } {
  const file = json as Partial<Record<'dataset' | 'own' | 'values', unknown>>;
  const out: { dataset: PlaygroundState['dataset'] | null; own?: OwnPoints; values?: OwnPoints } = { dataset: null };
  if (file.dataset !== undefined) {
    if (file.dataset !== 'own' && file.dataset !== 'ownvalue') return { problem: { kind: 'points', detail: `unknown dataset "${String(file.dataset).slice(0, 24)}"` } };
    out.dataset = file.dataset;
  }
  for (const [name, schema] of [['own', ownSchema], ['values', ownValuesSchema]] as const) {
    if (file[name] === undefined) continue;
    const parsed = schema().safeParse(file[name]);
    if (!parsed.success) return { problem: { kind: 'points', detail: `${PROPS[name].key}: ${parsed.error.issues[0]?.message ?? ''}` } };
    out[name] = parsed.data;
  }
  return out;
}

/** The setup that trains this network from its weights, or why there is none. */
export function importNetwork(state: PlaygroundState, json: unknown): { state: PlaygroundState } | { problem: ImportProblem } {
  let network: Network;
  try {
    network = Network.fromJSON(json);
  } catch (error) {
    return { problem: { kind: 'engine', message: error instanceof Error ? error.message : String(error) } };
  }
  const valid = json as NetworkJSON;
  const data = filePoints(json);
  if ('problem' in data) return data;
  const sizes = network.sizes;
  const shape = { problem: { kind: 'shape', sizes: `${sizes.join('–')} (${valid.layers.map((l) => l.activation).join(', ')})` } as const };
  const pictures = network.inputSize === ends('dogs').inputs;
  const kind = pictures ? 'dogs' : data.dataset ?? (isPictures(state.dataset) ? 'circle' : state.dataset);
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
    ...(data.own ? { own: data.own } : {}), ...(data.values ? { values: data.values } : {}),
  };
  if (isOwn(kind) && (kind === 'own' ? next.own : next.values).length === 0) return { problem: { kind: 'points', detail: 'no points for own data' } };
  return consistencyProblem(next) ? shape : { state: next };
}
