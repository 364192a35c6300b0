import { factor as n, inFormula as v } from '../stops/numbers';
import type { StopResult } from '../stops/StagePanel';
import type { Chain, ChainParams } from './chain';
import type { Stage } from './stages';

/** The rule in symbols, then the engine's numbers put into it (the results are printed apart). */
export function working(stage: Stage, c: Chain, p: ChainParams, x: number, y: number): string[] {
  switch (stage) {
    case 'z1':
      return ['z₁ = w₁·x + b₁', `= ${n(p.w1)} × ${n(x)} + ${n(p.b1)}`];
    case 'h':
      return ['h = σ(z₁)', `= σ(${v(c.z1)})`];
    case 'z2':
      return ['z₂ = w₂·h + b₂', `= ${n(p.w2)} × ${n(c.h)} + ${n(p.b2)}`];
    case 'yhat':
      return ['ŷ = σ(z₂)', `= σ(${v(c.z2)})`];
    case 'loss':
      return ['L = (ŷ − y)²', `= (${v(c.yhat)} − ${y})²`];
    case 'dYhat':
      return ['∂L/∂ŷ = 2(ŷ − y)', `= 2 × (${v(c.yhat)} − ${y})`];
    case 'dZ2':
      return ['∂L/∂z₂ = ∂L/∂ŷ · σ′(z₂)', `σ′(z₂) = ŷ(1 − ŷ) = ${v(c.slope2)}`, `= ${n(c.dYhat)} × ${n(c.slope2)}`];
    case 'out':
      return ['∂L/∂w₂ = ∂L/∂z₂ · h', `= ${n(c.dZ2)} × ${n(c.h)}`, '∂L/∂b₂ = ∂L/∂z₂'];
    case 'dH':
      return ['∂L/∂h = w₂ · ∂L/∂z₂', `= ${n(p.w2)} × ${n(c.dZ2)}`];
    case 'dZ1':
      return ['∂L/∂z₁ = σ′(z₁) · ∂L/∂h', `σ′(z₁) = h(1 − h) = ${v(c.slope1)}`, `= ${n(c.slope1)} × ${n(c.dH)}`];
    case 'hidden':
      return ['∂L/∂w₁ = ∂L/∂z₁ · x', `= ${n(c.dZ1)} × ${n(x)}`, '∂L/∂b₁ = ∂L/∂z₁'];
  }
}

/** The number(s) each stop arrives at. */
export function results(stage: Stage, c: Chain): StopResult[] {
  const one = (symbol: string, key: keyof Chain): StopResult[] => [{ symbol, key, value: c[key] }];
  switch (stage) {
    case 'z1': return one('z₁', 'z1');
    case 'h': return one('h', 'h');
    case 'z2': return one('z₂', 'z2');
    case 'yhat': return one('ŷ', 'yhat');
    case 'loss': return one('L', 'loss');
    case 'dYhat': return one('∂L/∂ŷ', 'dYhat');
    case 'dZ2': return one('∂L/∂z₂', 'dZ2');
    case 'out': return [...one('∂L/∂w₂', 'dW2'), ...one('∂L/∂b₂', 'dB2')];
    case 'dH': return one('∂L/∂h', 'dH');
    case 'dZ1': return one('∂L/∂z₁', 'dZ1');
    case 'hidden': return [...one('∂L/∂w₁', 'dW1'), ...one('∂L/∂b₁', 'dB1')];
  }
}
