// "Your own data": 2-D points a reader clicks onto the plot or pastes as CSV (x,y,label, or
// x,y,value for regression).
// Points are kept in playground units (the plot spans ±RANGE on both axes, as
// tensorflow/playground's) as one flat list of x, y, label triples, which is also how they
// travel in the link and to the trainer.
import * as z from 'zod/mini';
import type { Locale } from '@/lib/i18n';
import { awaySchema, digest, type Away } from './away';

/** Bounds of own data: the plot's half-width, rows a CSV may have, and decimals kept. */
export const OWN = {
  /** x and y lie within ±range (the plot's edges) */
  range: 6,
  /** most points a set may have (CSV rows and clicks alike) */
  maxPoints: 5000,
  /** points with up to this many go into a link comfortably; more make a long link (a note says so) */
  linkPoints: 200,
  /** a value to predict lies within ±value (as the regression sets' labels do) */
  value: 1,
} as const;

/** Flat x, y, label triples in playground units; label 0 (blue) or 1 (orange), or a value in [−1, 1] for regression. */
export type OwnPoints = number[];

/** What the third number of an own point is: a class (0 or 1) or a value to predict. */
export type OwnKind = 'label' | 'value';

/** Why a CSV was refused: the 1-based line and what is wrong there. */
export type CsvError =
  | { kind: 'empty' }
  | { kind: 'too-many'; rows: number }
  | { kind: 'columns'; line: number; found: number; third: OwnKind }
  | { kind: 'number'; line: number; column: 'x' | 'y' | OwnKind }
  | { kind: 'label'; line: number }
  | { kind: 'value'; line: number }
  | { kind: 'range'; line: number; column: 'x' | 'y' };

/** Two decimals: a hundredth of a unit is a fraction of a pixel on the plot, and keeps links short. */
const round = (v: number) => Math.round(v * 100) / 100;

/** Plain decimal numbers only (no hex, no "Infinity"), as the URL table reads them. */
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
const HEADER = /^\s*"?x"?\s*[,;\t]\s*"?y"?\s*[,;\t]\s*"?(label|class|y?_?label|value)"?\s*$/i;

/**
 * A CSV of x,y,label rows (x,y,value for `kind` "value"; comma, semicolon or tab; an optional
 * header line; blank lines skipped) to points, or the first problem found, naming its line.
 */
export function parseCsv(text: string, kind: OwnKind = 'label'): { points: OwnPoints } | { error: CsvError } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const points: OwnPoints = [];
  let rows = 0;
  for (let k = 0; k < lines.length; k++) {
    const line = k + 1;
    const raw = lines[k]!.trim();
    if (raw === '' || (rows === 0 && points.length === 0 && HEADER.test(raw))) continue;
    rows++;
    if (rows > OWN.maxPoints) return { error: { kind: 'too-many', rows: countRows(lines) } };
    const cells = raw.split(/\s*[,;\t]\s*/);
    if (cells.length !== 3) return { error: { kind: 'columns', line, found: cells.length, third: kind } };
    const names = ['x', 'y', kind] as const;
    const values: number[] = [];
    for (let c = 0; c < 3; c++) {
      const cell = cells[c]!.replace(/^"(.*)"$/, '$1');
      if (!NUMBER.test(cell)) return { error: { kind: 'number', line, column: names[c]! } };
      values.push(Number(cell));
    }
    const [x, y, label] = values as [number, number, number];
    if (Math.abs(x) > OWN.range) return { error: { kind: 'range', line, column: 'x' } };
    if (Math.abs(y) > OWN.range) return { error: { kind: 'range', line, column: 'y' } };
    if (kind === 'label' && label !== 0 && label !== 1) return { error: { kind: 'label', line } };
    if (kind === 'value' && Math.abs(label) > OWN.value) return { error: { kind: 'value', line } };
    points.push(round(x), round(y), round(label));
  }
  return points.length === 0 ? { error: { kind: 'empty' } } : { points };
}

const countRows = (lines: string[]) => lines.filter((l) => l.trim() !== '').length;

/** The CSV a set of points is (with a header), for the reader to copy or edit. */
export function writeCsv(points: OwnPoints, kind: OwnKind = 'label'): string {
  const rows = [`x,y,${kind}`];
  for (let k = 0; k + 2 < points.length; k += 3) rows.push(`${points[k]},${points[k + 1]},${points[k + 2]}`);
  return rows.join('\n');
}

/** A CSV problem in the reader's language, naming the line. */
export function csvMessage(lang: Locale, error: CsvError): string {
  const en = lang === 'en';
  switch (error.kind) {
    case 'empty':
      return en ? 'No rows found: write one point per line as x,y,label (or x,y,value).' : '没有找到数据行：每行写一个点，格式为 x,y,label（或 x,y,value）。';
    case 'too-many':
      return en ? `Too many rows (${error.rows}): at most ${OWN.maxPoints}.` : `行数太多（${error.rows} 行）：最多 ${OWN.maxPoints} 行。`;
    case 'columns':
      return en ? `line ${error.line}: expected 3 numbers (x,y,${error.third}), found ${error.found}` : `第 ${error.line} 行：应有 3 个数（x,y,${error.third}），实际有 ${error.found} 个`;
    case 'number':
      return en ? `line ${error.line}: ${error.column} is not a number` : `第 ${error.line} 行：${error.column} 不是数字`;
    case 'label':
      return en ? `line ${error.line}: label must be 0 or 1` : `第 ${error.line} 行：label 必须是 0 或 1`;
    case 'value':
      return en ? `line ${error.line}: value must be between −${OWN.value} and ${OWN.value}` : `第 ${error.line} 行：value 必须在 −${OWN.value} 到 ${OWN.value} 之间`;
    case 'range':
      return en ? `line ${error.line}: ${error.column} must be between −${OWN.range} and ${OWN.range} (the plot's range)`
        : `第 ${error.line} 行：${error.column} 必须在 −${OWN.range} 到 ${OWN.range} 之间（图的范围）`;
  }
}

// Link codec: "x,y,label,x,y,label,…" with two decimals and no trailing zeros. Commas stay
// readable in the fragment (codec.ts keeps them), so 200 points take about 2,500 characters.

const joined = (points: OwnPoints): string => points.map((v) => String(round(v))).join(',');

/** Points as URL text ('' for none, and '' for more than a link carries: those go in the JSON export, see Away). */
export const writeOwn = (points: OwnPoints): string => (pointCount(points) > OWN.linkPoints ? '' : joined(points));

/** A digest of the points as the link would write them (the tab keeps points it leaves out by it). */
export const digestOf = (points: OwnPoints): string => digest(joined(points));

/** What a link says about points too many for it (null when the link carries them). */
export const awayOf = (points: OwnPoints): Away | null =>
  (pointCount(points) > OWN.linkPoints ? { count: pointCount(points), digest: digestOf(points) } : null);

/** The note of points left out: more than a link carries, at most a set's worth. */
export const ownAwaySchema = awaySchema(OWN.linkPoints + 1, OWN.maxPoints);

/** URL text to an unchecked list of numbers (NaN marks a cell that is not one); the schema decides. */
export function readOwn(text: string): unknown {
  if (text === '') return [];
  const cells = text.split(',', 3 * OWN.maxPoints + 1);
  return cells.map((c) => (NUMBER.test(c) ? Number(c) : NaN));
}

/** At most maxPoints whole triples, x and y within the plot, labels 0 or 1 (or values within ±OWN.value). */
const schemaFor = (kind: OwnKind) => () => z.array(z.number()).check(
  z.maxLength(3 * OWN.maxPoints, `at most ${OWN.maxPoints} points`),
  z.refine((list) => list.length % 3 === 0, `points come as x,y,${kind} triples`),
  z.refine((list) => list.every((v, k) => (k % 3 !== 2 ? Math.abs(v) <= OWN.range : kind === 'label' ? v === 0 || v === 1 : Math.abs(v) <= OWN.value)),
    kind === 'label' ? `x and y within ±${OWN.range}, labels 0 or 1` : `x and y within ±${OWN.range}, values within ±${OWN.value}`),
) as unknown as z.ZodMiniType<OwnPoints>;
export const ownSchema = schemaFor('label');
/** Own points for regression: x, y and a value to predict. */
export const ownValuesSchema = schemaFor('value');

/** Number of points in a flat list. */
export const pointCount = (points: OwnPoints) => Math.floor(points.length / 3);

/** A point clamped into the plot and rounded as stored. */
export const clampPoint = (x: number, y: number): [number, number] =>
  [round(Math.max(-OWN.range, Math.min(OWN.range, x))), round(Math.max(-OWN.range, Math.min(OWN.range, y)))];
