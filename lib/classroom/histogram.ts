import { scaleLinear } from 'd3-scale';
import type { AnswerRecord } from './protocol.mjs';

export interface Bin {
  /** What the bar stands for: an option ('a', 'B'), a number, or a range '0.5–1'. */
  label: string;
  count: number;
}

/** Numeric answers with at most this many different values get one bar each; more are binned. */
const MAX_EXACT = 6;
const BINS = 6;

/** The teacher's view of one question: how many chose each option, or how numbers spread. Anonymous: counts only. */
export function histogram(answers: readonly AnswerRecord[], question: string): Bin[] {
  const values = answers.filter((answer) => answer.question === question).map((answer) => answer.value);
  const numbers = values.filter((value): value is number => typeof value === 'number');
  if (numbers.length > 0 && numbers.length === values.length) return numberBins(numbers);
  const counts = new Map<string, number>();
  for (const value of values) counts.set(String(value), (counts.get(String(value)) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([label, count]) => ({ label, count }));
}

function numberBins(numbers: number[]): Bin[] {
  const distinct = [...new Set(numbers)].sort((a, b) => a - b);
  if (distinct.length <= MAX_EXACT) return distinct.map((value) => ({ label: String(value), count: numbers.filter((n) => n === value).length }));
  // Round edges (d3's nice ticks), so the bins read as 0–5, 5–10 rather than 0.37–4.91.
  const ticks = scaleLinear().domain([distinct[0]!, distinct[distinct.length - 1]!]).nice(BINS).ticks(BINS);
  const edges = ticks.slice(0, -1);
  return edges.map((low, i) => {
    const high = ticks[i + 1]!;
    const last = i === edges.length - 1;
    const count = numbers.filter((n) => n >= low && (last ? n <= high : n < high)).length;
    return { label: `${low}–${high}`, count };
  });
}

/** The questions answered so far, in the order of their first answer. */
export function questionsAnswered(answers: readonly AnswerRecord[]): string[] {
  return [...new Set([...answers].sort((a, b) => a.at - b.at).map((answer) => answer.question))];
}
