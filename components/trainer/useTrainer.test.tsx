// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useTrainer } from '../useTrainer';
import type { TrainerSetup } from '../../lib/nn/worker/protocol';

const setup: TrainerSetup = { lanes: [{
  network: { sizes: [2, 4, 1], activation: 'tanh', outputActivation: 'sigmoid', seed: 1 },
  dataset: { kind: 'circle', n: 100, noise: 0, seed: 2 },
  batchSize: 10,
  optimizer: { kind: 'adam', lr: 0.05 },
  loss: 'bce',
  seed: 3,
}] };

describe('useTrainer (main-thread fallback, no Worker in happy-dom)', () => {
  it('renders snapshots and follows requests', () => {
    expect(typeof Worker).toBe('undefined');
    const { result } = renderHook(() => useTrainer({ ...setup }));
    expect(result.current.snapshot?.step).toBe(0);
    act(() => result.current.send({ type: 'train', steps: 30 }));
    expect(result.current.snapshot).toMatchObject({ step: 30, examples: 300 });
    expect(result.current.snapshot!.trainLoss.at(-1)).toBeLessThan(result.current.snapshot!.trainLoss[0]!);
  });
});
