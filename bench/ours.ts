import { createOptimizer, Network, predictGrid, toFlat } from '../lib/nn/index';
import { GRID, type Workload } from './workloads';

/** Our engine: batches copied in order from flat arrays, as the trainer worker does. */
export function oursTrainer(w: Workload): (steps: number) => void {
  const net = Network.fromJSON(w.json);
  const options = { loss: w.loss, optimizer: createOptimizer(w.optimizer) };
  const nIn = w.sizes[0]!;
  const k = w.sizes[w.sizes.length - 1]!;
  const x = toFlat(w.inputs, nIn, 'input');
  const y = toFlat(w.targets, k, 'target');
  const n = w.inputs.length;
  const xb = new Float64Array(w.batchSize * nIn);
  const yb = new Float64Array(w.batchSize * k);
  let cursor = 0;
  return (steps) => {
    for (let s = 0; s < steps; s++) {
      for (let b = 0; b < w.batchSize; b++) {
        const e = cursor;
        cursor = cursor + 1 === n ? 0 : cursor + 1;
        for (let i = 0; i < nIn; i++) xb[b * nIn + i] = x[e * nIn + i]!;
        for (let j = 0; j < k; j++) yb[b * k + j] = y[e * k + j]!;
      }
      if (net.trainStepFlat(xb, yb, w.batchSize, options).diverged) throw new Error('diverged');
    }
  };
}

/** One 100×100 decision-boundary grid through the network. */
export function oursGrid(w: Workload): () => void {
  const net = Network.fromJSON(w.json);
  const out = new Float64Array(GRID.nx * GRID.ny);
  return () => predictGrid(net, GRID, out);
}
