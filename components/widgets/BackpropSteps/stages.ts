/** The stops of one round, in order: three forward, three backward, then the step. */
export const STAGES = ['z', 'a', 'loss', 'dA', 'dZ', 'ledger', 'update'] as const;
export type Stage = (typeof STAGES)[number];

/** Which part of the round a stop belongs to (for the progress bar's grouping and colour). */
export const PHASE: Record<Stage, 'forward' | 'backward' | 'update'> = {
  z: 'forward', a: 'forward', loss: 'forward', dA: 'backward', dZ: 'backward', ledger: 'backward', update: 'update',
};

/** True once the round has reached `stage` (numbers beyond the current stop stay hidden). */
export const reached = (current: number, stage: Stage) => current >= STAGES.indexOf(stage);
