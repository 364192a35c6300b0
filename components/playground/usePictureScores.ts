'use client';

import { useMemo } from 'react';
import { Network, argmax, type NetworkJSON } from '@/lib/nn';
import type { Dataset } from '@/lib/nn/datasets/index';
import { countCells } from '@/lib/playground/inspect';
import { EVAL_SIZE } from '@/lib/playground/model';
import type { Guess } from './GuessGrid';

/** The network's scores on the test pictures the trainer measures, kept so a matrix cell can list its pictures. */
export interface PictureScores {
  counts: number[][];
  guesses: Guess[];
  net: Network;
  /** the measured test pictures, their true breeds, and the network's probabilities for each */
  inputs: number[][];
  labels: number[];
  outputs: number[][];
}

/**
 * The network scored on the test pictures the trainer measures (the first EVAL_SIZE), so the
 * matrix's diagonal adds up to the test accuracy shown; and its guesses for the first few.
 */
export function usePictureScores(network: NetworkJSON | null, data: Dataset | null, shown: number): PictureScores | null {
  return useMemo(() => {
    if (!network || !data || network.layers[0]!.weights[0]!.length !== data.test.inputs[0]?.length) return null;
    const net = Network.fromJSON(network);
    const inputs = data.test.inputs.slice(0, EVAL_SIZE);
    const labels = data.test.labels.slice(0, EVAL_SIZE);
    // one forward pass for the matrix, the guesses and any cell opened later
    const outputs = net.predict(inputs);
    const counts = countCells(outputs, labels, 4);
    const guesses: Guess[] = outputs.slice(0, shown).map((output, k) => ({ pixels: inputs[k]!, label: labels[k]!, guess: argmax(output) }));
    return { counts, guesses, net, inputs, labels, outputs };
  }, [network, data, shown]);
}
