// The Web Worker: wires the trainer to postMessage. Bundled by Next.js through
// new Worker(new URL('../lib/nn/worker/entry.ts', import.meta.url), { type: 'module' }).
import { driveTrainer } from './loop';
import type { TrainerRequest, TrainerResponse } from './protocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<TrainerRequest>) => void) | null;
  postMessage(message: TrainerResponse): void;
};

const driver = driveTrainer((response) => scope.postMessage(response));

scope.onmessage = (event) => driver.send(event.data);
