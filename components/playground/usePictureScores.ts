'use client';

import { useMemo } from 'react';
import { Network, argmax, type NetworkJSON } from '@/lib/nn';
import type { Dataset } from '@/lib/nn/datasets/index';
import { confusionMatrix } from '@/lib/playground/inspect';
import { EVAL_SIZE } from '@/lib/playground/model';
import type { Guess } from './GuessGrid';

/**
 * The network scored on the test pictures the trainer measures (the first EVAL_SIZE), so the
 * matrix's diagonal adds up to the test accuracy shown; and its guesses for the first few.
 */
export function usePictureScores(network: NetworkJSON | null, data: Dataset | null, shown: number) {
  return useMemo(() => {
    if (!network || !data || network.layers[0]!.weights[0]!.length !== data.test.inputs[0]?.length) return null;
    const net = Network.fromJSON(network);
    const inputs = data.test.inputs.slice(0, EVAL_SIZE);
    const labels = data.test.labels.slice(0, EVAL_SIZE);
    const counts = confusionMatrix(net, inputs, labels, 4);
    const guesses: Guess[] = net.predict(inputs.slice(0, shown)).map((output, k) => ({ pixels: inputs[k]!, label: labels[k]!, guess: argmax(output) }));
    return { counts, guesses, net };
  }, [network, data, shown]);
}
