import { z } from 'zod';

/** One chapter in one language has one channel: only its own windows talk to each other. */
export const channelName = (lang: string, slug: string) => `neuron-story/present/${lang}/${slug}`;

const index = z.number().int().min(0).max(9999);
const step = z.number().int().min(0).max(999);
const key = z.string().min(1).max(200);
const unit = z.number().min(0).max(1);

/**
 * What the projector and presenter windows tell each other. Anything that arrives is
 * parsed with this schema and dropped if it does not fit.
 */
export const messageSchema = z.discriminatedUnion('kind', [
  /** A window opened and asks where the others are. */
  z.object({ kind: z.literal('hello') }),
  /** The answer to hello: the whole shared state. */
  z.object({ kind: z.literal('sync'), index, step, black: z.boolean(), state: z.record(key, z.json()) }),
  /** The slide, its uncovered steps and the black screen changed. */
  z.object({ kind: z.literal('deck'), index, step, black: z.boolean() }),
  /** One widget value changed (key as in the widget store). */
  z.object({ kind: z.literal('state'), key, value: z.json() }),
  /** The laser pointer over the current slide, as fractions of the slide's width and height. */
  z.object({ kind: z.literal('pointer'), x: unit, y: unit, visible: z.boolean() }),
]);

export type DeckMessage = z.infer<typeof messageSchema>;

/** Largest message accepted, in characters of JSON (widget states are small). */
const MAX_SIZE = 200_000;

/** The message in `data`, or null if it is junk, too big, or not ours. */
export function parseMessage(data: unknown): DeckMessage | null {
  try {
    if (JSON.stringify(data).length > MAX_SIZE) return null;
  } catch {
    return null;
  }
  const parsed = messageSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}
