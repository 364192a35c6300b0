import { shuffle, type Rng } from '../rng';

/** Labelled examples: inputs[k] is one point or picture, labels[k] its class. */
export interface LabelledSet {
  /** one row of numbers per example */
  inputs: number[][];
  /** class of each example: 0/1 for the 2-D sets, 0..3 for dogs */
  labels: number[];
}

/** A dataset split into examples to learn from and examples held back to test on. */
export interface Dataset {
  train: LabelledSet;
  test: LabelledSet;
}

/** Which of n examples go to each side: a shuffle of 0..n−1, the first round(n · testRatio) held back for testing. */
export function splitOrder(n: number, testRatio: number, rng: Rng): { train: number[]; test: number[] } {
  if (!(testRatio >= 0 && testRatio < 1)) throw new Error(`testRatio must be in [0, 1), got ${testRatio}`);
  const order = shuffle(rng, Array.from({ length: n }, (_, k) => k));
  const nTest = Math.round(n * testRatio);
  return { train: order.slice(nTest), test: order.slice(0, nTest) };
}

/** Shuffles the examples and holds back round(n · testRatio) of them as the test set. */
export function splitSet(inputs: number[][], labels: number[], testRatio: number, rng: Rng): Dataset {
  const { train, test } = splitOrder(inputs.length, testRatio, rng);
  const pick = (ks: number[]): LabelledSet => ({ inputs: ks.map((k) => inputs[k]!), labels: ks.map((k) => labels[k]!) });
  return { train: pick(train), test: pick(test) };
}
