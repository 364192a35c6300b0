import { activate, activationDerivative } from '@/lib/nn';
import { Z_RANGE, type FunctionName } from './manifest';

export { ALPHA_RANGE, FUNCTIONS, Z_RANGE, type FunctionName } from './manifest';

/**
 * One colour per curve. Orange and blue are kept out on purpose: in this book they
 * mean positive and negative, and a curve's colour only says which function it is.
 */
export const COLOURS: Record<FunctionName, string> = {
  sigmoid: '#8b5cf6',
  tanh: '#2f9e6e',
  relu: '#dc3d63',
  leakyRelu: '#c99a06',
};


/** Lowest and highest value of the function over the slider's range (all four rise monotonically). */
export function meterRange(name: FunctionName, alpha: number): [number, number] {
  return [activate(name, Z_RANGE.min, alpha), activate(name, Z_RANGE.max, alpha)];
}

/** What the function is doing at z, in the needle analogy's words. */
export type Reading = 'silent' | 'faint' | 'full' | 'floor' | 'growing';

/** Below this slope a curve is called saturated: pressing harder barely changes it. */
const FLAT = 0.1;

/** Classifies the engine's value and slope at z; only chooses words, computes nothing new. */
export function reading(name: FunctionName, z: number, alpha: number): Reading {
  const y = activate(name, z, alpha);
  const slope = activationDerivative(name, z, alpha);
  if (y === 0 && slope === 0) return 'silent';
  // At α = 1 leaky ReLU is a straight line: nothing is held back, so it is not 'faint'.
  if (name === 'leakyRelu' && z <= 0 && alpha < 1) return 'faint';
  // Flat at the right end is a ceiling, at the left end a floor (sigmoid's floor is 0, tanh's −1).
  if (slope < FLAT) return z > 0 ? 'full' : 'floor';
  return 'growing';
}
