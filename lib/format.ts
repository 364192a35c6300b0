import type { Locale } from './i18n';

/** From here on a number is printed with an exponent: its later digits are noise anyway. */
const EXPONENT_FROM = 1e15;

/**
 * A number as the widgets print it: fixed digits, a true minus sign, no "-0". Beyond 10^15
 * (a diverging run) it is shortened to digits + 1 significant figures with an exponent:
 * 9.6e+299, not the 9.599999999999977e+299 that toFixed gives there.
 */
export function formatNumber(value: number, digits = 2): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  const text =
    Math.abs(value) >= EXPONENT_FROM
      ? value.toExponential(digits).replace(/\.?0+e/, 'e')
      : (Object.is(Number(value.toFixed(digits)), -0) ? 0 : Number(value.toFixed(digits))).toFixed(digits);
  return text.startsWith('-') ? `−${text.slice(1)}` : text;
}

/**
 * A number as typed by anyone, in any IME, in the plain ASCII form it means: full-width
 * digits and signs (０．５, －１, ＋３, １ｅ－３) become 0.5, -1, +3, 1e-3 (Unicode NFKC); the
 * ideographic full stop a Chinese IME types for "." (0。5) and a decimal comma (0,5 or 0，5)
 * become "."; the true minus and dashes become "-".
 */
export function normalizeNumberText(text: string): string {
  return text
    .normalize('NFKC')
    .trim()
    .replace(/[。｡]/g, '.')
    .replace(/[−–‐‑]/g, '-')
    .replace(',', '.');
}

/** Result of reading a number the reader typed. */
export type ParsedNumber =
  | { ok: true; value: number; clamped: boolean }
  | { ok: false; reason: 'empty' | 'not-a-number' };

/**
 * Reads a typed number leniently (see normalizeNumberText: full-width forms, a comma, a
 * Unicode minus) and clamps it into [min, max]; junk is refused rather than guessed at.
 * Every number field of the book reads through this one function.
 */
export function parseNumberInput(text: string, min: number, max: number): ParsedNumber {
  const cleaned = normalizeNumberText(text);
  if (cleaned === '' || cleaned === '-' || cleaned === '.') return { ok: false, reason: 'empty' };
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return { ok: false, reason: 'not-a-number' };
  const value = Number(cleaned);
  if (Number.isNaN(value)) return { ok: false, reason: 'not-a-number' };
  const clampedValue = Math.min(max, Math.max(min, value));
  return { ok: true, value: clampedValue, clamped: clampedValue !== value };
}

/**
 * Text from outside (a link's key, a file's field, an engine message quoting a file) as a
 * message may quote it: at most `max` characters, then "…". A 4.8-million-character value
 * stays out of the status line.
 */
export function clip(text: string, max = 200): string {
  if (text.length <= max) return text;
  // By code points, so an emoji or a rare CJK character is never cut in half.
  return `${Array.from(text.slice(0, max * 2)).slice(0, max).join('')}…`;
}

const messages = {
  empty: { zh: '请输入一个数；保留了原来的值。', en: 'Type a number; the old value is kept.' },
  'not-a-number': { zh: '这不是一个数，保留了原来的值。', en: 'That is not a number; the old value is kept.' },
  clamped: { zh: '超出范围，已改为 {value}（范围 {min} 到 {max}）。', en: 'Out of range, so set to {value} (range {min} to {max}).' },
} as const;

/** The message shown under a field after a typed value was refused or clamped. */
export function inputMessage(lang: Locale, kind: keyof typeof messages, vars: Record<string, string> = {}): string {
  return messages[kind][lang].replace(/\{(\w+)\}/g, (_, name: string) => vars[name] ?? '');
}
