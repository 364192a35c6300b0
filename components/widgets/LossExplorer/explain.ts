import { lossTerms, lossValue, type LossName } from '@/lib/nn';

/** The three losses the explorer compares, in display order. */
export const LOSSES = ['mse', 'mae', 'bce'] as const satisfies readonly LossName[];
export type ShownLoss = (typeof LOSSES)[number];

/** Per-loss terms (one per example) and totals (their means), all from lib/nn. */
export interface LossTable {
  terms: Record<ShownLoss, number[]>;
  totals: Record<ShownLoss, number>;
}

/** What the sentence under the table says, as numbers; words.ts turns it into prose. */
export type Explanation =
  | { kind: 'perfect' }
  | {
      kind: 'worst';
      /** index of the example furthest from its answer */
      index: number;
      /** that example's share of each loss's total, 0..1 */
      shares: Record<ShownLoss, number>;
      /** each total divided by the same total for the starting guesses, or null at the start */
      ratios: Record<ShownLoss, number> | null;
    };

/**
 * Which example dominates and by how much: presentation arithmetic on terms the engine
 * computed (shares of a sum, ratios of two totals), no loss formula of its own.
 */
export function explain(table: LossTable, start: LossTable, atStart: boolean): Explanation {
  const mae = table.terms.mae;
  if (mae.every((t) => t === 0)) return { kind: 'perfect' };
  // With y = 0 or 1 every term grows with |ŷ − y|, so the worst example is the same under all three.
  const index = mae.reduce((best, t, i) => (t > mae[best]! ? i : best), 0);
  const share = (loss: ShownLoss) => {
    const sum = table.terms[loss].reduce((a, b) => a + b, 0);
    return sum === 0 ? 0 : table.terms[loss][index]! / sum;
  };
  const ratio = (loss: ShownLoss) => table.totals[loss] / start.totals[loss];
  return {
    kind: 'worst',
    index,
    shares: { mse: share('mse'), mae: share('mae'), bce: share('bce') },
    ratios: atStart ? null : { mse: ratio('mse'), mae: ratio('mae'), bce: ratio('bce') },
  };
}

/** Every example's term and the batch's mean under each of the three losses, from lib/nn. */
export function measure(predictions: readonly number[], targets: readonly number[]): LossTable {
  const terms = (loss: ShownLoss) => lossTerms(loss, predictions, targets);
  const totals = (loss: ShownLoss) => lossValue(loss, predictions, targets);
  return {
    terms: { mse: terms('mse'), mae: terms('mae'), bce: terms('bce') },
    totals: { mse: totals('mse'), mae: totals('mae'), bce: totals('bce') },
  };
}
