/** A value that survives JSON: what widget state may hold, so it can cross windows and links. */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * `T` itself if it is made of JSON values only, else `never`: lets a widget keep its own
 * interfaces and readonly tuples while typed arrays, functions, Maps and Sets are refused.
 */
export type Json<T> = T extends string | number | boolean | null
  ? T
  : T extends ArrayBufferView | ((...args: never[]) => unknown) | ReadonlyMap<unknown, unknown> | ReadonlySet<unknown>
    ? never
    : T extends object
      ? { [K in keyof T]: Json<T[K]> }
      : never;
