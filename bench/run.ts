// npm run bench: our engine against TensorFlow.js (CPU and WASM backends) and brain.js
// on the same workloads, then a dogs classifier trained to 90% test accuracy.
import { dogs } from '../lib/nn/datasets/index';
import { accuracy, adam, createRng, Network, oneHot, shuffle, toFlat } from '../lib/nn/index';
import { brainGrid, brainTrainer } from './brainjs';
import { cpuMs, examplesPerSecond, msPerCall } from './measure';
import { oursGrid, oursTrainer } from './ours';
import { tfGrid, tfTrainer, switchBackend } from './tfjs';
import { dogsWorkload, spiralWorkload, type Workload } from './workloads';

const fmtRate = (r: number) => (r >= 1e6 ? `${(r / 1e6).toFixed(2)} M/s` : `${(r / 1e3).toFixed(1)} k/s`);
const pad = (s: string, n: number) => s.padEnd(n);
const print = (line: string) => console.log(line);

type Engine = 'lib/nn' | 'tfjs cpu' | 'tfjs wasm' | 'brain.js';
const ENGINES: Engine[] = ['lib/nn', 'tfjs cpu', 'tfjs wasm', 'brain.js'];

/** A trainer of workload w on one engine (switching TensorFlow.js's backend as needed). */
async function trainer(engine: Engine, w: Workload): Promise<(steps: number) => void> {
  if (engine === 'lib/nn') return oursTrainer(w);
  if (engine === 'brain.js') return brainTrainer(w);
  await switchBackend(engine === 'tfjs cpu' ? 'cpu' : 'wasm');
  return tfTrainer(w);
}

/** One grid call of workload w on one engine. */
async function gridder(engine: Engine, w: Workload): Promise<() => void> {
  if (engine === 'lib/nn') return oursGrid(w);
  if (engine === 'brain.js') return brainGrid(w);
  await switchBackend(engine === 'tfjs cpu' ? 'cpu' : 'wasm');
  return tfGrid(w);
}

function printSpeeds(w: Workload, rates: Map<Engine, number>, note: Partial<Record<Engine, string>>): void {
  const ours = rates.get('lib/nn')!;
  print(w.label);
  for (const [name, rate] of rates) {
    const ratio = name === 'lib/nn' ? '' : `ours/theirs ${(ours / rate).toFixed(1)}x`;
    print(`  ${pad(name, 10)} ${pad(fmtRate(rate), 12)} ${pad(ratio, 22)}${note[name] ?? ''}`);
  }
}

function printGrid(times: Map<Engine, number>): void {
  const ours = times.get('lib/nn')!;
  print('(c) 100x100 decision-boundary grid through (a)');
  for (const [name, ms] of times) {
    const ratio = name === 'lib/nn' ? '' : `ours/theirs ${(ms / ours).toFixed(1)}x faster`;
    print(`  ${pad(name, 10)} ${pad(`${ms.toFixed(2)} ms/grid`, 14)} ${ratio}`);
  }
}

/** Trains 256-64-4 on dogs until 90% test accuracy; returns seconds and accuracy. */
function dogsToNinety(data: ReturnType<typeof dogs>): { seconds: number; cpuSeconds: number; accuracy: number; epochs: number } {
  const net = Network.create({ sizes: [256, 64, 4], activation: 'relu', outputActivation: 'softmax', seed: 2 });
  const options = { loss: 'softmaxCrossEntropy' as const, optimizer: adam({ lr: 0.002 }) };
  const x = toFlat(data.train.inputs, 256, 'input');
  const y = toFlat(oneHot(data.train.labels, 4), 4, 'target');
  const xb = new Float64Array(32 * 256);
  const yb = new Float64Array(32 * 4);
  const order = data.train.inputs.map((_, k) => k);
  const rng = createRng(3);
  const start = performance.now();
  const startCpu = cpuMs();
  let acc = 0;
  let epochs = 0;
  while (acc < 0.9 && performance.now() - start < 30_000) {
    shuffle(rng, order);
    for (let s = 0; s + 32 <= order.length; s += 32) {
      for (let b = 0; b < 32; b++) {
        const e = order[s + b]!;
        xb.set(x.subarray(e * 256, e * 256 + 256), b * 256);
        yb.set(y.subarray(e * 4, e * 4 + 4), b * 4);
      }
      net.trainStepFlat(xb, yb, 32, options);
    }
    epochs++;
    acc = accuracy(net.predict(data.test.inputs), data.test.labels);
  }
  return { seconds: (performance.now() - start) / 1000, cpuSeconds: (cpuMs() - startCpu) / 1000, accuracy: acc, epochs };
}

async function main() {
  const began = performance.now();
  console.log(`Node ${process.version}; medians of 5 windows after warm-up, timed in CPU seconds of this process. Higher examples/s is better.`);
  console.log('Engines run one after another, ours first, before TensorFlow.js allocates anything.\n');
  const a = spiralWorkload();
  const genStart = performance.now();
  const dogData = dogs({ n: 4000, seed: 1, testRatio: 0.2 });
  const genSeconds = (performance.now() - genStart) / 1000;
  const b = dogsWorkload(dogData.train);
  const run = dogsToNinety(dogData);
  const ra = new Map<Engine, number>();
  const rb = new Map<Engine, number>();
  const rc = new Map<Engine, number>();
  for (const engine of ENGINES) {
    const tf = engine.startsWith('tfjs');
    ra.set(engine, examplesPerSecond(await trainer(engine, a), a.batchSize));
    rb.set(engine, examplesPerSecond(await trainer(engine, b), b.batchSize, tf || engine === 'brain.js' ? { warmupMs: 400, windowMs: 600, runs: 3 } : {}));
    const grid = await gridder(engine, a);
    rc.set(engine, engine === 'lib/nn' ? msPerCall(grid, { warmup: 50, runs: 9, callsPerRun: 20 }) : msPerCall(grid, { warmup: 5, runs: 5, callsPerRun: 5 }));
  }
  printSpeeds(a, ra, { 'brain.js': '(online, batch 1)' });
  printSpeeds(b, rb, { 'brain.js': '(online, batch 1, its own MSE)' });
  printGrid(rc);
  print(`(d) dogs 256-64-4, Adam lr 0.002, batch 32: ${(run.accuracy * 100).toFixed(1)}% test accuracy after ${run.epochs} epochs in ${run.seconds.toFixed(2)} s wall, ${run.cpuSeconds.toFixed(2)} s CPU (${dogData.train.inputs.length} train / ${dogData.test.inputs.length} test pictures, drawn in ${genSeconds.toFixed(2)} s)`);
  const targets = [
    [`(a) >= 30x tfjs cpu`, ra.get('lib/nn')! / ra.get('tfjs cpu')! >= 30],
    [`(b) >= 5x tfjs cpu`, rb.get('lib/nn')! / rb.get('tfjs cpu')! >= 5],
    [`(b) faster than tfjs wasm`, rb.get('lib/nn')! > rb.get('tfjs wasm')!],
    [`(c) < 4 ms per grid`, rc.get('lib/nn')! < 4],
    [`(d) >= 90% in < 10 s`, run.accuracy >= 0.9 && run.cpuSeconds < 10],
  ] as const;
  console.log(`\ntargets: ${targets.map(([t, ok]) => `${t}: ${ok ? 'yes' : 'NO'}`).join('; ')}`);
  console.log(`bench took ${((performance.now() - began) / 1000).toFixed(0)} s`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
