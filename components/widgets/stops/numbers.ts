import { formatNumber } from '@/lib/format';

/** A number inside a formula: up to three decimals, no trailing zeros. */
export function inFormula(x: number): string {
  const text = formatNumber(x, 3);
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}

/** A factor in a formula: in brackets when negative, so "× (−1)" reads right. */
export function factor(x: number): string {
  const text = inFormula(x);
  return text.startsWith('−') ? `(${text})` : text;
}

/** The book's colour for a value's sign (blame, inputs). */
export const signColour = (v: number) => (v > 0 ? 'var(--pos)' : v < 0 ? 'var(--neg)' : 'var(--muted)');
