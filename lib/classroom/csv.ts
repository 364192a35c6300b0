import type { AnswerRecord } from './protocol.mjs';

/**
 * One cell: quoted when needed, and a leading = + - @ neutralised, so a spreadsheet opening the
 * export never runs a nickname as a formula.
 */
function cell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The session's answers as CSV: one row per student and question, students numbered in order of appearance. */
export function answersCsv(answers: readonly AnswerRecord[]): string {
  const sorted = [...answers].sort((a, b) => a.at - b.at);
  const numbers = new Map<string, number>();
  for (const answer of sorted) if (!numbers.has(answer.student)) numbers.set(answer.student, numbers.size + 1);
  const rows = sorted.map((answer) => [numbers.get(answer.student)!, answer.nickname, answer.question, answer.value, new Date(answer.at).toISOString()]);
  return [['student', 'nickname', 'question', 'answer', 'time'], ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
