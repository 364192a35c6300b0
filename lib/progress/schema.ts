// zod/mini: the validator stays small, and the store fetches it only once the page is up
// (lib/progress/store.ts); nothing here is needed to draw a page.
import * as z from 'zod/mini';

const id = z.string().check(z.maxLength(64));
const slug = z.string().check(z.regex(/^[a-z0-9-]{1,64}$/));
const lang = z.enum(['zh', 'en']);
/** Where the reader was: a chapter in a language, and the section. */
export const place = z.object({ lang, slug, section: z.nullable(id) });
const count = z.int().check(z.minimum(0), z.maximum(1e6));

/** Version 1 (the first release): chapters read and the last place. */
export const progressV1 = z.object({
  version: z.literal(1),
  read: z.array(slug).check(z.maxLength(64)),
  last: z.nullable(place),
});

const check = z.object({ passed: z.boolean(), attempts: count });
const text = z.string().check(z.maxLength(200));
const prediction = z.object({ predicted: text, outcome: z.nullable(text) });

/** One chapter's record. */
export const chapterRecord = z.object({
  /** Section ids the reader has reached. */
  seen: z.array(id).check(z.maxLength(64)),
  read: z.boolean(),
  /** Per question id: passed, and how many tries it took. */
  checks: z.record(id, check),
  /** Per experiment id: what the reader predicted and what happened. */
  predictions: z.record(id, prediction),
});

/** Version 2 (current): per-chapter sections, checks and predictions. */
export const progressV2 = z.object({
  version: z.literal(2),
  chapters: z.record(slug, chapterRecord),
  last: z.nullable(place),
  updatedAt: z.int().check(z.minimum(0)),
});

export type ProgressV1 = z.infer<typeof progressV1>;
export type Progress = z.infer<typeof progressV2>;
export type ChapterRecord = z.infer<typeof chapterRecord>;
export type Place = z.infer<typeof place>;
