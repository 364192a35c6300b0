import { formatNumber } from '@/lib/format';
import type { Round } from './round';
import type { Said } from './words';

/** The facts a narration line quotes, read off the engine's numbers for this round. */
export function said(round: Round, inputs: number[], target: number, lr: number): Said {
  const f = (v: number) => formatNumber(v, 3);
  const sizes = inputs.map(Math.abs);
  const biggest = Math.max(...sizes);
  const blames = [...round.dWeights, round.dBias].filter((g) => g !== 0);
  const allSign = blames.length > 0 && blames.every((g) => Math.sign(g) === Math.sign(blames[0]!)) ? Math.sign(blames[0]!) : 0;
  return {
    z: f(round.z), a: f(round.a), y: String(target), loss: f(round.loss), dA: f(round.dA), slope: f(round.slope),
    dZ: f(round.dZ), lr: formatNumber(lr, 2), nextLoss: f(round.nextLoss),
    side: Math.sign(round.a - target),
    most: round.dWeights.some((g) => g !== 0) ? sizes.indexOf(biggest) + 1 : 0,
    idle: inputs.flatMap((a, i) => (a === 0 ? [i + 1] : [])),
    allSign,
    change: Math.sign(round.nextLoss - round.loss),
  };
}
