// Own data a link leaves out (more points or drawings than it carries): the link says how many
// and gives a digest of them, by which this tab finds them again; the data itself travels in a file.
import * as z from 'zod/mini';

/** Data a link left out: how much of it, and a digest of it. */
export interface Away {
  count: number;
  digest: string;
}

/** FNV-1a (32 bits, 8 hex digits) of a text: enough to tell one reader's sets apart, not a security measure. */
export function digest(text: string): string {
  let hash = 0x811c9dc5;
  for (let k = 0; k < text.length; k++) hash = Math.imul(hash ^ text.charCodeAt(k), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** "523.9f3a2b1c" ('' for none). */
export const writeAway = (away: Away | null): string => (away ? `${away.count}.${away.digest}` : '');

/** URL text to an unchecked note; the schema decides. */
export function readAway(text: string): unknown {
  if (text === '') return null;
  const parts = text.split('.', 3);
  const [count, hash] = parts.length === 2 ? parts : ['', ''];
  return { count: /^\d{1,6}$/.test(count ?? '') ? Number(count) : NaN, digest: hash };
}

/** A note of between `least` and `most` items left out. */
export const awaySchema = (least: number, most: number) => () => z.nullable(z.object({
  count: z.int().check(z.minimum(least), z.maximum(most)),
  digest: z.string().check(z.regex(/^[0-9a-f]{8}$/, 'a digest of 8 hex digits')),
})) as unknown as z.ZodMiniType<Away | null>;
