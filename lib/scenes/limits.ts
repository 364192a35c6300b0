import type { JsonValue } from '../json';

/**
 * The values a widget's state key may take, as plain data: the chapter compiler checks a
 * story's steps against it, and the widget checks what arrives from the store (a step, the
 * other presentation window) against the same limit, so each limit is stated once, in the
 * widget's manifest. Plain data, no library: it ships in the page beside every widget.
 */
export type Limit =
  | { kind: 'number'; min: number; max: number; int?: boolean; step?: number }
  | { kind: 'boolean' }
  | { kind: 'oneOf'; values: readonly (string | number)[] }
  | { kind: 'list'; item: Limit; length?: number | readonly number[]; max?: number; increasing?: boolean }
  | { kind: 'tuple'; items: readonly Limit[] }
  | { kind: 'object'; fields: Readonly<Record<string, Limit>> };

/** A number in [min, max]; `int` whole, `step` a multiple of it (to a millionth of a step). */
export const num = (min: number, max: number, options: { int?: boolean; step?: number } = {}): Limit => ({ kind: 'number', min, max, ...options });
export const bool: Limit = { kind: 'boolean' };
export const oneOf = (...values: readonly (string | number)[]): Limit => ({ kind: 'oneOf', values });
/** A list of `item`s; `length` one exact length or the allowed ones, `max` the longest, `increasing` strictly. */
export const list = (item: Limit, options: { length?: number | readonly number[]; max?: number; increasing?: boolean } = {}): Limit => ({ kind: 'list', item, ...options });
/** A list with one item per limit, each under its own. */
export const tuple = (...items: readonly Limit[]): Limit => ({ kind: 'tuple', items });
/** An object with exactly these keys. */
export const object = (fields: Readonly<Record<string, Limit>>): Limit => ({ kind: 'object', fields });

/** What is wrong with `value` under `limit` (and where, as a path of keys), or null if nothing. */
export function problem(limit: Limit, value: JsonValue | undefined, path: (string | number)[] = []): { path: (string | number)[]; message: string } | null {
  const wrong = (message: string) => ({ path, message });
  switch (limit.kind) {
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return wrong('expected a number');
      if (value < limit.min || value > limit.max) return wrong(`expected a number from ${limit.min} to ${limit.max}`);
      if (limit.int && !Number.isInteger(value)) return wrong('expected a whole number');
      const steps = limit.step ? value / limit.step : 0;
      if (Math.abs(steps - Math.round(steps)) > 1e-6) return wrong(`expected a multiple of ${limit.step}`);
      return null;
    }
    case 'boolean':
      return typeof value === 'boolean' ? null : wrong('expected true or false');
    case 'oneOf':
      return limit.values.includes(value as string | number) ? null : wrong(`expected one of ${limit.values.map((v) => JSON.stringify(v)).join(', ')}`);
    case 'list': {
      if (!Array.isArray(value)) return wrong('expected a list');
      const lengths = typeof limit.length === 'number' ? [limit.length] : limit.length;
      if (lengths && !lengths.includes(value.length)) return wrong(`expected ${lengths.join(' or ')} items`);
      if (limit.max !== undefined && value.length > limit.max) return wrong(`expected at most ${limit.max} items`);
      for (const [i, item] of value.entries()) {
        const found = problem(limit.item, item, [...path, i]);
        if (found) return found;
        if (limit.increasing && i > 0 && !((item as number) > (value[i - 1] as number))) return wrong('expected steps in increasing order');
      }
      return null;
    }
    case 'tuple': {
      if (!Array.isArray(value) || value.length !== limit.items.length) return wrong(`expected a list of ${limit.items.length} items`);
      for (const [i, item] of limit.items.entries()) {
        const found = problem(item, value[i], [...path, i]);
        if (found) return found;
      }
      return null;
    }
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return wrong('expected an object');
      const extra = Object.keys(value).find((key) => !(key in limit.fields));
      if (extra !== undefined) return wrong(`unexpected key "${extra}"`);
      for (const [key, field] of Object.entries(limit.fields)) {
        const found = problem(field, (value as Record<string, JsonValue>)[key], [...path, key]);
        if (found) return found;
      }
      return null;
    }
  }
}

/** A check for useWidgetState: true if `value` keeps within `limit`. */
export const accepts = (limit: Limit) => (value: JsonValue) => problem(limit, value) === null;
