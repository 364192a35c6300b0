import { z } from 'zod';

/** One chapter in one language has one channel: only its own windows talk to each other. */
export const channelName = (lang: string, slug: string) => `neuron-story/present/${lang}/${slug}`;

const index = z.number().int().min(0).max(9999);
const step = z.number().int().min(0).max(999);
const key = z.string().min(1).max(200);
const unit = z.number().min(0).max(1);

/** A run's name, the same in every window: `<chapter>/<n>#<run key hash>` (components/trainer/host.ts). */
const runId = z.string().regex(/^[a-z0-9-]{1,40}\/\d{1,3}#[0-9a-z]{1,13}$/);
/** A number as JSON can carry it: a trainer's losses may be NaN or infinite after a run diverged. */
const wireNumber = z.union([z.number(), z.enum(['NaN', 'Infinity', '-Infinity'])]);
const points = z.array(wireNumber).max(5000);
const laneSchema = z.object({
  step: z.number().int().min(0),
  examples: z.number().min(0),
  epoch: z.number().min(0),
  history: z.object({ from: z.number().int().min(0), steps: z.array(z.number().int().min(0)).max(5000), train: points, test: points }),
  trainAccuracy: unit,
  testAccuracy: unit,
  diverged: z.boolean(),
  lr: wireNumber,
  /** the engine checks a network's shape when it reads one */
  network: z.json().optional(),
  grid: z
    .object({ xMin: z.number(), xMax: z.number(), yMin: z.number(), yMax: z.number(), nx: z.number().int().min(1).max(200), ny: z.number().int().min(1).max(200), values: z.array(wireNumber).max(40_000) })
    .optional(),
});
/** A TrainerResponse as it crosses a link (components/trainer/wire.ts turns one into the other). */
export const runResponseSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('snapshot'), lanes: z.array(laneSchema).min(1).max(8) }),
  z.object({ type: z.literal('error'), message: z.string().max(500) }),
]);
/**
 * What another window may ask of a run it does not own: the intents of the widgets' buttons,
 * never `create` (a run is made only by its owner, from its own setup) nor a `plan` (plans
 * follow the widget state, which the deck already syncs).
 */
export const runRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('step') }),
  z.object({ type: z.literal('epoch') }),
  z.object({ type: z.literal('train'), steps: z.number().int().min(1).max(10_000) }),
  z.object({ type: z.literal('reset'), playing: z.boolean().optional() }),
  z.object({ type: z.literal('snapshot'), network: z.boolean().optional() }),
]);
/** How much a window may own the deck's runs: the highest present owns them (0: never). */
const priority = z.number().int().min(0).max(3);
/** When the window opened (its performance.timeOrigin): of two equal windows, the older owns. */
const since = z.number().min(0).max(1e15);

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
  /**
   * A window that may own runs is here (sent every second, and at once to a newcomer it outranks),
   * with the runs whose state it holds for the others: the ones it trains, and the ones it trained
   * until another window took them over and has not yet sent on.
   */
  z.object({ kind: z.literal('run-here'), priority, since, runs: z.array(runId).max(64).optional() }),
  /** That window is closing: the next in rank takes its runs over. */
  z.object({ kind: z.literal('run-bye'), priority, since }),
  /** The owner's trainer answered (a history delta, or the whole history when `from` is 0). */
  z.object({ kind: z.literal('run'), id: runId, response: runResponseSchema }),
  /** A mirror asks the owner for a run's whole state (it opened late or missed a delta). */
  z.object({ kind: z.literal('run-hello'), id: runId }),
  /** A mirror's widget asks the owner's run for something (a button was pressed there). */
  z.object({ kind: z.literal('run-request'), id: runId, request: runRequestSchema }),
]);

export type DeckMessage = z.infer<typeof messageSchema>;
export type RunResponseWire = z.infer<typeof runResponseSchema>;
export type RunRequestWire = z.infer<typeof runRequestSchema>;

/** Largest message accepted, in characters of JSON (widget states are small). */
const MAX_SIZE = 200_000;
/** A run's whole state (three lanes of 1000 loss points, a 50 × 50 boundary, a network) is larger. */
const MAX_RUN_SIZE = 1_000_000;

/** The message in `data`, or null if it is junk, too big, or not ours. */
export function parseMessage(data: unknown): DeckMessage | null {
  try {
    const size = JSON.stringify(data).length;
    const isRun = typeof data === 'object' && data !== null && (data as { kind?: unknown }).kind === 'run';
    if (size > (isRun ? MAX_RUN_SIZE : MAX_SIZE)) return null;
  } catch {
    return null;
  }
  const parsed = messageSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}
