// The classroom's messages, defined once for the server (server/classroom.mjs, plain Node) and
// the browser (lib/classroom/*.ts): each end validates what it receives with these schemas.
// A plain JS module so that `node server.mjs` can import it without a build; TypeScript reads
// its types through allowJs.
import { z } from 'zod';

/** Join codes: 6 letters and digits without look-alikes (0/O, 1/I/L): 31^6 ≈ 8.9e8 codes. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CODE_LENGTH = 6;
/** Largest Socket.IO packet the server accepts, in bytes (a deck 'sync' with every widget's state). */
export const MAX_PACKET = 256 * 1024;
/** Where Socket.IO answers, on the book's own origin. */
export const SOCKET_PATH = '/classroom/';

export const codeSchema = z
  .string()
  .transform((text) => text.trim().toUpperCase())
  .pipe(z.string().length(CODE_LENGTH).regex(new RegExp(`^[${CODE_ALPHABET}]+$`)));
const lang = z.enum(['zh', 'en']);
const slug = z.string().regex(/^[a-z0-9-]{1,60}$/);
const token = z.string().regex(/^[A-Za-z0-9_-]{32,64}$/);
const student = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);
/** Shown to the teacher only, always as text. Control characters are refused. */
const nickname = z
  .string()
  .max(40)
  .transform((text) => text.trim())
  .refine((text) => !/[\u0000-\u001f\u007f]/.test(text));

/** Teacher: start a session for this chapter. */
export const startSchema = z.object({ slug, lang });
/** Teacher: take the session back after a reload or a lost connection (or a restarted server). */
export const teachSchema = z.object({ code: codeSchema, token, slug, lang });
/** Student: join by code; `student` is the id the server gave on an earlier join (resume). */
export const joinSchema = z.object({ code: codeSchema, nickname: nickname.optional(), student: student.optional() });
/**
 * Teacher: one deck message for the students. The server checks only its envelope (an object
 * with a kind); each receiving deck parses it fully (lib/present/messages.ts parseMessage), so
 * kinds added to the deck later are relayed without changing the server.
 */
export const driveSchema = z.looseObject({ kind: z.string().regex(/^[a-z][a-z-]{0,31}$/) });
/** Question ids: 'check:<id>' or 'predict:<id>', as in the chapter's MDX. */
export const questionSchema = z.string().regex(/^(check|predict):[a-z0-9-]{1,60}$/);
/** Student: an answer. A choice is its option (a letter for a check, the option's id for a prediction). */
export const answerSchema = z.object({
  question: questionSchema,
  value: z.union([z.string().regex(/^[a-z0-9-]{1,20}$/), z.number().finite().min(-1e12).max(1e12)]),
});

/**
 * @typedef {z.infer<typeof answerSchema>} Answer
 * @typedef {{ student: string, nickname: string, question: string, value: string | number, at: number }} AnswerRecord
 * @typedef {{ student: string, nickname: string }} RosterEntry
 * @typedef {{ ok: true } & Record<string, unknown> | { ok: false, error: ErrorCode }} Ack
 * @typedef {'invalid' | 'not-found' | 'not-teacher' | 'too-many' | 'ended'} ErrorCode
 */

/**
 * The parsed payload, or null. Nothing that does not fit reaches the session.
 * @template T
 * @param {z.ZodType<T>} schema
 * @param {unknown} data
 * @returns {T | null}
 */
export function parse(schema, data) {
  const parsed = schema.safeParse(data);
  return parsed.success ? parsed.data : null;
}
