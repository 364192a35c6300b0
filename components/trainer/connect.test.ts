import { afterEach, describe, expect, it, vi } from 'vitest';
import { driveTrainer } from '../../lib/nn/worker/loop';
import type { TrainerSetup, TrainerRequest, TrainerResponse } from '../../lib/nn/worker/protocol';
import { connectTrainer, type WorkerLike } from './connect';

const setup: TrainerSetup = { lanes: [{
  network: { sizes: [2, 3, 1], activation: 'tanh', outputActivation: 'sigmoid', seed: 1 },
  dataset: { kind: 'xor', n: 40, noise: 0, seed: 2 },
  batchSize: 4,
  optimizer: { kind: 'sgd', lr: 0.1 },
  loss: 'bce',
  seed: 3,
}] };

/** A worker that only records what it is sent; the test decides when it answers or fails. */
function fakeWorker() {
  const sent: TrainerRequest[] = [];
  const worker: WorkerLike & { sent: TrainerRequest[]; terminated: boolean } = {
    sent,
    terminated: false,
    onmessage: null,
    onerror: null,
    postMessage: (request) => sent.push(request),
    terminate: () => void (worker.terminated = true),
  };
  return worker;
}

const fail = (worker: WorkerLike, message: string) => {
  const event = { message, preventDefault: vi.fn() } as unknown as ErrorEvent;
  worker.onerror!(event);
  return event;
};
const mainThread = (onResponse: (r: TrainerResponse) => void) => driveTrainer(onResponse, () => {});
const steps = (responses: TrainerResponse[]) => responses.map((r) => (r.type === 'snapshot' ? r.lanes[0]!.step : r.message));

describe('connectTrainer', () => {
  afterEach(() => vi.useRealTimers());

  it('trains on the main thread, every request sent again, when the worker fails before its first answer', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const worker = fakeWorker();
    const responses: TrainerResponse[] = [];
    const onFailure = vi.fn();
    const driver = connectTrainer((r) => responses.push(r), onFailure, { createWorker: () => worker, mainThread });
    driver.send({ type: 'create', ...setup });
    driver.send({ type: 'train', steps: 5 });
    const event = fail(worker, 'Missing worker bootstrap config');
    expect(event.preventDefault).toHaveBeenCalled(); // not an uncaught error on the page
    expect(worker.terminated).toBe(true);
    expect(steps(responses)).toEqual([0, 5]);
    driver.send({ type: 'step' });
    expect(steps(responses)).toEqual([0, 5, 6]);
    expect(onFailure).not.toHaveBeenCalled();
  });

  it('takes over from a worker that never answers', () => {
    vi.useFakeTimers();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const worker = fakeWorker();
    const responses: TrainerResponse[] = [];
    const driver = connectTrainer((r) => responses.push(r), () => {}, { createWorker: () => worker, mainThread, patienceMs: 500 });
    driver.send({ type: 'create', ...setup });
    vi.advanceTimersByTime(499);
    expect(responses).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(steps(responses)).toEqual([0]);
  });

  it('reports a worker that fails after it has answered, and keeps the answers it gave', () => {
    vi.useFakeTimers();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const worker = fakeWorker();
    const responses: TrainerResponse[] = [];
    const onFailure = vi.fn();
    const driver = connectTrainer((r) => responses.push(r), onFailure, { createWorker: () => worker, mainThread, patienceMs: 500 });
    driver.send({ type: 'create', ...setup });
    const answer = { type: 'error', message: 'refused' } as const;
    worker.onmessage!({ data: answer } as MessageEvent<TrainerResponse>);
    vi.advanceTimersByTime(1000); // the watchdog is off once the worker has answered
    fail(worker, 'out of memory');
    expect(onFailure).toHaveBeenCalledWith('out of memory');
    expect(responses).toEqual([answer]);
  });

  it('uses the main thread where there is no worker', () => {
    const responses: TrainerResponse[] = [];
    const driver = connectTrainer((r) => responses.push(r), () => {}, { createWorker: () => null, mainThread });
    driver.send({ type: 'create', ...setup });
    expect(steps(responses)).toEqual([0]);
  });
});
