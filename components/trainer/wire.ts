// A trainer's answers as they cross a deck link (lib/present/messages.ts): JSON only, so a
// BroadcastChannel and a classroom's socket carry the same thing. NaN and ±Infinity (a lane
// that blew up) travel as words; the boundary's Float64Array as a plain array.
import type { NetworkJSON } from '../../lib/nn/json';
import type { LaneReport, TrainerResponse, TrainerSnapshot } from '../../lib/nn/worker/protocol';
import type { RunResponseWire } from '../../lib/present/messages';

type WireNumber = number | 'NaN' | 'Infinity' | '-Infinity';
type LaneWire = Extract<RunResponseWire, { type: 'snapshot' }>['lanes'][number];

const toWireNumber = (x: number): WireNumber => (Number.isFinite(x) ? x : Number.isNaN(x) ? 'NaN' : x > 0 ? 'Infinity' : '-Infinity');
const fromWireNumber = (x: WireNumber): number => (typeof x === 'number' ? x : Number(x));
const toWireNumbers = (xs: ArrayLike<number>): WireNumber[] => Array.from(xs, toWireNumber);

function laneToWire(lane: LaneReport): LaneWire {
  const { history, grid, network, lr, ...rest } = lane;
  return {
    ...rest,
    lr: toWireNumber(lr),
    history: { from: history.from, steps: history.steps, train: toWireNumbers(history.train), test: toWireNumbers(history.test) },
    ...(grid ? { grid: { ...grid, values: toWireNumbers(grid.values) } } : {}),
    ...(network ? { network: network as unknown as NonNullable<LaneWire['network']> } : {}),
  };
}

/** A response ready to post on a link. */
export function responseToWire(response: TrainerResponse): RunResponseWire {
  if (response.type === 'error') return { type: 'error', message: response.message.slice(0, 500) };
  return { type: 'snapshot', lanes: response.lanes.map(laneToWire) };
}

/** A response that arrived (already checked against the schema) as the trainer sent it. */
export function responseFromWire(wire: RunResponseWire): TrainerResponse {
  if (wire.type === 'error') return wire;
  return {
    type: 'snapshot',
    lanes: wire.lanes.map(({ history, grid, network, lr, ...rest }) => ({
      ...rest,
      lr: fromWireNumber(lr),
      history: { from: history.from, steps: history.steps, train: history.train.map(fromWireNumber), test: history.test.map(fromWireNumber) },
      ...(grid ? { grid: { ...grid, values: Float64Array.from(grid.values, fromWireNumber) } } : {}),
      ...(network !== undefined ? { network: network as unknown as NetworkJSON } : {}),
    })),
  };
}

/** A store's lanes as one response with their whole history (`from` 0): what a late mirror is sent. */
export function wholeResponse(lanes: TrainerSnapshot[]): TrainerResponse {
  return {
    type: 'snapshot',
    lanes: lanes.map(({ historySteps, trainLoss, testLoss, ...rest }) => ({ ...rest, history: { from: 0, steps: historySteps, train: trainLoss, test: testLoss } })),
  };
}
