// brain.js 1.6.1: online training (one example per update, batch size fixed at 1) and
// its own initial weights, so its figures are only indicative.
import brain from 'brain.js';
import { GRID, type Workload } from './workloads';

interface BrainNet {
  train(data: { input: number[]; output: number[] }[], options: Record<string, unknown>): unknown;
  run(input: number[]): ArrayLike<number>;
}

function create(w: Workload): { net: BrainNet; data: { input: number[]; output: number[] }[] } {
  const Net = (brain as unknown as { NeuralNetwork: new (o: Record<string, unknown>) => BrainNet }).NeuralNetwork;
  const net = new Net({ hiddenLayers: w.sizes.slice(1, -1), activation: w.hidden });
  const data = w.inputs.map((input, k) => ({ input, output: w.targets[k]! }));
  return { net, data };
}

/** Steps are counted as examples / batch size, so the rate is in examples per second. */
export function brainTrainer(w: Workload): (steps: number) => void {
  const { net, data } = create(w);
  const options = { iterations: 1, errorThresh: 1e-12, learningRate: w.optimizer.lr, momentum: 1e-9, log: false };
  const iterationSteps = data.length / w.batchSize;
  let owed = 0;
  return (steps) => {
    owed += steps;
    while (owed > 0) {
      net.train(data, options); // one pass over all examples
      owed -= iterationSteps;
    }
  };
}

/** A 100×100 grid, one run() per point. */
export function brainGrid(w: Workload): () => void {
  const { net, data } = create(w);
  net.train(data, { iterations: 1, errorThresh: 1e-12, log: false });
  return () => {
    for (let row = 0; row < GRID.ny; row++) {
      for (let col = 0; col < GRID.nx; col++) net.run([GRID.xMin + (col * 2) / (GRID.nx - 1), GRID.yMin + (row * 2) / (GRID.ny - 1)]);
    }
  };
}
