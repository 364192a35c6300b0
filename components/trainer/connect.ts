// Opens a trainer for the store: a Web Worker where the browser has one, else the same trainer on
// the main thread in small slices. A worker that fails before its first answer (a script that did
// not load, a blocked or broken worker) is replaced by the main-thread trainer, which is sent every
// request again: the reader meets a slower widget, never a dead one.
import { driveTrainer, type TrainerDriver } from '../../lib/nn/worker/loop';
import type { TrainerRequest, TrainerResponse } from '../../lib/nn/worker/protocol';

/** The part of a Worker the trainer uses (a fake in tests). */
export interface WorkerLike {
  postMessage(request: TrainerRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<TrainerResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export interface ConnectOptions {
  /** A new trainer worker, or null where there is none. */
  createWorker?: () => WorkerLike | null;
  /** The main-thread trainer (at the same pace as the worker's). */
  mainThread?: (onResponse: (response: TrainerResponse) => void) => TrainerDriver;
  /** How long a worker may take to answer its first request before the main thread takes over. */
  patienceMs?: number;
}

const defaultWorker = (): WorkerLike | null =>
  typeof Worker === 'undefined' ? null : (new Worker(new URL('../../lib/nn/worker/entry.ts', import.meta.url), { type: 'module' }) as WorkerLike);


/**
 * A trainer answering through `onResponse`. `onFailure` hears, with the reason, of a trainer that
 * stopped after it had started (a worker that crashed mid-run): the widget then offers a retry.
 */
export function connectTrainer(
  onResponse: (response: TrainerResponse) => void,
  onFailure: (reason: string) => void,
  { createWorker = defaultWorker, mainThread = driveTrainer, patienceMs = 10_000 }: ConnectOptions = {},
): TrainerDriver {
  let worker: WorkerLike | null = null;
  try {
    worker = createWorker();
  } catch (error) {
    console.warn('trainer: no worker, training on the main thread', error);
  }
  if (!worker) return mainThread(onResponse);

  let fallback: TrainerDriver | null = null;
  /** requests sent before the worker's first answer, to send again if it never gives one */
  let unanswered: TrainerRequest[] | null = [];
  const takeOver = (reason: string) => {
    console.warn(`trainer: the worker did not start (${reason}); training on the main thread instead`);
    clearTimeout(watchdog);
    worker?.terminate();
    worker = null;
    fallback = mainThread(onResponse);
    const again = unanswered ?? [];
    unanswered = null;
    again.forEach((request) => fallback!.send(request));
  };
  const watchdog = setTimeout(() => takeOver(`no answer in ${patienceMs} ms`), patienceMs);
  worker.onmessage = (event) => {
    if (unanswered) {
      unanswered = null;
      clearTimeout(watchdog);
    }
    onResponse(event.data);
  };
  worker.onerror = (event) => {
    event.preventDefault(); // reported here, in words, rather than as an uncaught error
    const reason = event.message || 'the trainer worker failed';
    if (unanswered) return takeOver(reason);
    console.error(`trainer: ${reason}`);
    worker?.terminate();
    onFailure(reason);
  };
  return {
    send(request) {
      if (fallback) return fallback.send(request);
      unanswered?.push(request);
      worker?.postMessage(request);
    },
    dispose() {
      clearTimeout(watchdog);
      worker?.terminate();
      fallback?.dispose();
    },
  };
}
