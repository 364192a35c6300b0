import type { JsonValue } from '../json';

/**
 * True if `value` has the shape of `template`: the same JSON type, arrays of the same length
 * (or any length if the template is empty) with matching items, objects with the same keys,
 * finite numbers. What arrives from another window is checked against the widget's own
 * initial value, so junk never reaches a widget.
 */
export function sameShape(template: JsonValue, value: unknown): value is JsonValue {
  if (template === null) return value === null;
  if (isList(template)) {
    if (!Array.isArray(value)) return false;
    if (template.length === 0) return value.every((item) => isJson(item));
    return value.length === template.length && template.every((item, i) => sameShape(item, value[i]));
  }
  if (typeof template === 'object') {
    // Not a list (above), so a record of JSON values.
    const record = template as { readonly [key: string]: JsonValue };
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const keys = Object.keys(record);
    return keys.length === Object.keys(value).length && keys.every((key) => key in value && sameShape(record[key]!, (value as Record<string, unknown>)[key]));
  }
  if (typeof template === 'number') return typeof value === 'number' && Number.isFinite(value);
  return typeof value === typeof template;
}

// Array.isArray does not narrow readonly arrays.
const isList = (value: unknown): value is readonly unknown[] => Array.isArray(value);

function isJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isJson);
  return typeof value === 'object' && Object.values(value as object).every(isJson);
}
