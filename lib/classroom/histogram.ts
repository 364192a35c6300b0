import { scaleLinear } from 'd3-scale';
import { htmlLang, type Locale } from '@/lib/i18n';
import type { AnswerRecord } from './protocol.mjs';

export interface Bin {
  /** What the bar stands for, as the answers name it: an option ('a'), a number, or a range '0–5'. */
  label: string;
  /** The option's own words, in the teacher's language (a choice), when the deck knows them. */
  text?: string;
  count: number;
}

/** Numeric answers with at most this many different values get one bar each; more are binned. */
const MAX_EXACT = 6;
/** Beyond the far answers, this many different values still get a bar each. */
const MAX_EXACT_MIDDLE = 8;
const BINS = 6;
/** Bins span the middle of the answers; the few far out (a slip of 1e9) share an "under"/"over" bar. */
const TAIL = 0.1;

/**
 * The teacher's view of one question: how many chose each option, or how numbers spread.
 * Anonymous: counts only. With the question's `options` (key, text), every option has a bar
 * in the question's order, chosen or not.
 */
export function histogram(answers: readonly AnswerRecord[], question: string, lang: Locale = 'en', options: readonly [string, string][] = []): Bin[] {
  const values = answers.filter((answer) => answer.question === question).map((answer) => answer.value);
  const numbers = values.filter((value): value is number => typeof value === 'number');
  if (numbers.length > 0 && numbers.length === values.length) return numberBins(numbers, lang);
  const counts = new Map<string, number>();
  for (const value of values) counts.set(String(value), (counts.get(String(value)) ?? 0) + 1);
  const known = options.map(([label, text]): Bin => ({ label, text, count: counts.get(label) ?? 0 }));
  const others = [...counts].filter(([label]) => !options.some(([key]) => key === label)).sort(([a], [b]) => a.localeCompare(b));
  return [...known, ...others.map(([label, count]) => ({ label, count }))];
}

function numberBins(numbers: number[], lang: Locale): Bin[] {
  const format = new Intl.NumberFormat(htmlLang[lang], { maximumSignificantDigits: 6 });
  const sorted = [...numbers].sort((a, b) => a - b);
  const distinct = [...new Set(sorted)];
  const exact = (values: number[]) => values.map((value) => ({ label: format.format(value), count: numbers.filter((n) => n === value).length }));
  if (distinct.length <= MAX_EXACT) return exact(distinct);
  // The middle 80 % of the answers get the bars; the few far out (a slip of 1e9) share an
  // "under" or "over" bar, so one wild answer does not squash the rest into one bar.
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const [low, high] = at(TAIL) < at(1 - TAIL) ? [at(TAIL), at(1 - TAIL)] : [sorted[0]!, sorted[sorted.length - 1]!];
  const middle = distinct.filter((value) => value >= low && value <= high);
  // Few values in the middle (whole numbers of layers, of steps): a bar each, as typed. Otherwise
  // round ranges (d3's nice ticks), so the bins read as 0–5, 5–10 rather than 0.37–4.91.
  const ticks = scaleLinear().domain([low, high]).nice(BINS).ticks(BINS);
  const [first, last] = middle.length <= MAX_EXACT_MIDDLE ? [low, high] : [ticks[0]!, ticks[ticks.length - 1]!];
  const bins: Bin[] = [];
  const words = lang === 'zh' ? { under: '低于', over: '高于' } : { under: 'under', over: 'over' };
  const below = numbers.filter((n) => n < first).length;
  if (below) bins.push({ label: `${words.under} ${format.format(first)}`, count: below });
  if (middle.length <= MAX_EXACT_MIDDLE) bins.push(...exact(middle));
  else
    ticks.slice(0, -1).forEach((edge, i) => {
      const next = ticks[i + 1]!;
      const closed = i === ticks.length - 2;
      bins.push({ label: `${format.format(edge)}–${format.format(next)}`, count: numbers.filter((n) => n >= edge && (closed ? n <= next : n < next)).length });
    });
  const above = numbers.filter((n) => n > last).length;
  if (above) bins.push({ label: `${words.over} ${format.format(last)}`, count: above });
  return bins;
}

/** The questions answered so far, in the order of their first answer. */
export function questionsAnswered(answers: readonly AnswerRecord[]): string[] {
  return [...new Set([...answers].sort((a, b) => a.at - b.at).map((answer) => answer.question))];
}
