import type { JsonValue } from '../json';

/**
 * The values a widget's state key may take, as plain data stated once in the widget's manifest:
 * the chapter compiler checks a story's steps against it, and the widget what arrives from the
 * store (a step, the other presentation window). No library: it ships in every chapter page.
 */
export type Limit =
  | { kind: 'number'; min: number; max: number; int?: boolean; step?: number }
  | { kind: 'boolean' }
  | { kind: 'oneOf'; values: readonly (string | number)[] }
  /** `item` for every item, or `items` one per position; `length` the allowed lengths; `increasing` strictly. */
  | { kind: 'list'; item?: Limit; items?: readonly Limit[]; length?: readonly number[]; max?: number; increasing?: boolean }
  | { kind: 'object'; fields: Readonly<Record<string, Limit>> };

/** A number in [min, max]; `int` whole, `step` a multiple of it (to a millionth of a step). */
export const num = (min: number, max: number, options: { int?: boolean; step?: number } = {}): Limit => ({ kind: 'number', min, max, ...options });
export const bool: Limit = { kind: 'boolean' };
export const oneOf = (...values: readonly (string | number)[]): Limit => ({ kind: 'oneOf', values });
export const list = (item: Limit, options: { length?: number | readonly number[]; max?: number; increasing?: boolean } = {}): Limit =>
  ({ kind: 'list', item, ...options, length: typeof options.length === 'number' ? [options.length] : options.length });
export const tuple = (...items: readonly Limit[]): Limit => ({ kind: 'list', items, length: [items.length] });
/** An object with exactly these keys. */
export const object = (fields: Readonly<Record<string, Limit>>): Limit => ({ kind: 'object', fields });

type Problem = { path: (string | number)[]; message: string } | null;

/** What is wrong with `value` under `limit`, and where (a path of keys), or null if nothing. */
export function problem(limit: Limit, value: JsonValue | undefined, path: (string | number)[] = []): Problem {
  const wrong = (message: string) => ({ path, message });
  const first = (checks: Iterable<Problem>) => [...checks].find((found) => found !== null) ?? null;
  switch (limit.kind) {
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return wrong('expected a number');
      if (value < limit.min || value > limit.max) return wrong(`expected a number from ${limit.min} to ${limit.max}`);
      if (limit.int && !Number.isInteger(value)) return wrong('expected a whole number');
      const steps = limit.step ? value / limit.step : 0;
      return Math.abs(steps - Math.round(steps)) > 1e-6 ? wrong(`expected a multiple of ${limit.step}`) : null;
    }
    case 'boolean':
      return typeof value === 'boolean' ? null : wrong('expected true or false');
    case 'oneOf':
      return limit.values.includes(value as string | number) ? null : wrong(`expected one of ${limit.values.map((v) => JSON.stringify(v)).join(', ')}`);
    case 'list': {
      if (!Array.isArray(value)) return wrong('expected a list');
      if (limit.length && !limit.length.includes(value.length)) return wrong(`expected ${limit.length.join(' or ')} items`);
      if (limit.max !== undefined && value.length > limit.max) return wrong(`expected at most ${limit.max} items`);
      if (limit.increasing && value.some((at, i) => i > 0 && !((at as number) > (value[i - 1] as number)))) return wrong('expected steps in increasing order');
      return first(value.map((item, i) => problem((limit.items?.[i] ?? limit.item)!, item, [...path, i])));
    }
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return wrong('expected an object');
      const extra = Object.keys(value).find((key) => !(key in limit.fields));
      if (extra !== undefined) return wrong(`unexpected key "${extra}"`);
      return first(Object.entries(limit.fields).map(([key, field]) => problem(field, (value as Record<string, JsonValue>)[key], [...path, key])));
    }
  }
}

/** A check for useWidgetState: true if `value` keeps within `limit`. */
export const accepts = (limit: Limit) => (value: JsonValue) => problem(limit, value) === null;
