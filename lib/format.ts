import type { Locale } from './i18n';

/** A number as the widgets print it: fixed digits, a true minus sign, no "-0". */
export function formatNumber(value: number, digits = 2): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  const rounded = Number(value.toFixed(digits));
  const text = (Object.is(rounded, -0) ? 0 : rounded).toFixed(digits);
  return text.startsWith('-') ? `−${text.slice(1)}` : text;
}

/** Result of reading a number the reader typed. */
export type ParsedNumber =
  | { ok: true; value: number; clamped: boolean }
  | { ok: false; reason: 'empty' | 'not-a-number' };

/**
 * Reads a typed number leniently (a comma or a Unicode minus is accepted) and
 * clamps it into [min, max]; junk is refused rather than guessed at.
 */
export function parseNumberInput(text: string, min: number, max: number): ParsedNumber {
  const cleaned = text.trim().replace(/[−–]/g, '-').replace(',', '.');
  if (cleaned === '' || cleaned === '-' || cleaned === '.') return { ok: false, reason: 'empty' };
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return { ok: false, reason: 'not-a-number' };
  const value = Number(cleaned);
  if (Number.isNaN(value)) return { ok: false, reason: 'not-a-number' };
  const clampedValue = Math.min(max, Math.max(min, value));
  return { ok: true, value: clampedValue, clamped: clampedValue !== value };
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
