/** The stops of the chain, in order: five forward, three at the output neuron, three passed back. */
export const STAGES = ['z1', 'h', 'z2', 'yhat', 'loss', 'dYhat', 'dZ2', 'out', 'dH', 'dZ1', 'hidden'] as const;
export type Stage = (typeof STAGES)[number];
export type Phase = 'forward' | 'output' | 'hidden';

/** Which part of the chain a stop belongs to (grouping and colour of the progress dots). */
export const PHASE: Record<Stage, Phase> = {
  z1: 'forward', h: 'forward', z2: 'forward', yhat: 'forward', loss: 'forward',
  dYhat: 'output', dZ2: 'output', out: 'output', dH: 'hidden', dZ1: 'hidden', hidden: 'hidden',
};

/** True once the round has reached `stage` (numbers beyond the current stop stay hidden). */
export const reached = (current: number, stage: Stage) => current >= STAGES.indexOf(stage);
