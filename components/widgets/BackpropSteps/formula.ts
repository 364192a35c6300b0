import { factor as n, inFormula as v } from '../stops/numbers';
import type { Params, Round } from './round';
import type { Stage } from './stages';

const sub = (i: number) => '₁₂₃₄₅₆₇₈₉'[i] ?? String(i + 1);

/**
 * The lines of working shown at one stop: the rule in symbols, then the engine's numbers
 * put into it. The result itself is printed separately (it is the engine's output too).
 */
export function working(stage: Stage, round: Round, params: Params, inputs: number[], target: number, lr: number): string[] {
  switch (stage) {
    case 'z':
      return [
        `z = ${params.weights.map((_, i) => `w${sub(i)}a${sub(i)}`).join(' + ')} + b`,
        `= ${params.weights.map((w, i) => `${n(w)}×${n(inputs[i]!)}`).join(' + ')} + ${n(params.bias)}`,
      ];
    case 'a':
      return ['ŷ = σ(z) = 1 / (1 + e⁻ᶻ)', `= σ(${v(round.z)})`];
    case 'loss':
      return ['L = (ŷ − y)²', `= (${v(round.a)} − ${target})²`];
    case 'dA':
      return ['∂L/∂ŷ = 2(ŷ − y)', `= 2 × (${v(round.a)} − ${target})`];
    case 'dZ':
      return ['∂L/∂z = ∂L/∂ŷ · σ′(z),  σ′(z) = ŷ(1 − ŷ)', `= ${n(round.dA)} × ${n(round.slope)}`];
    case 'ledger':
      return [
        '∂L/∂wᵢ = ∂L/∂z · aᵢ',
        ...params.weights.map((_, i) => `∂L/∂w${sub(i)} = ${n(round.dZ)} × ${n(inputs[i]!)} = ${v(round.dWeights[i]!)}`),
        `∂L/∂b = ∂L/∂z = ${v(round.dBias)}`,
      ];
    case 'update':
      return [
        `w ← w − η · ∂L/∂w,   η = ${n(lr)}`,
        `w${sub(0)}: ${v(params.weights[0]!)} − ${n(lr)} × ${n(round.dWeights[0]!)} = ${v(round.next.weights[0]!)}`,
      ];
  }
}
