import { z } from 'zod';

const slug = z.string().regex(/^[a-z0-9-]{1,64}$/);
const lang = z.enum(['zh', 'en']);
const place = z.object({ lang, slug, section: z.string().max(64).nullable() });

/** Version 1 (the first release): chapters read and the last place. */
export const progressV1 = z.object({
  version: z.literal(1),
  read: z.array(slug).max(64),
  last: place.nullable(),
});

const check = z.object({ passed: z.boolean(), attempts: z.number().int().min(0).max(1e6) });
const prediction = z.object({ predicted: z.string().max(200), outcome: z.string().max(200).nullable() });

/** One chapter's record. */
export const chapterRecord = z.object({
  /** Section ids the reader has reached. */
  seen: z.array(z.string().max(64)).max(64),
  read: z.boolean(),
  /** Per question id: passed, and how many tries it took. */
  checks: z.record(z.string().max(64), check),
  /** Per experiment id: what the reader predicted and what happened. */
  predictions: z.record(z.string().max(64), prediction),
});

/** Version 2 (current): per-chapter sections, checks and predictions. */
export const progressV2 = z.object({
  version: z.literal(2),
  chapters: z.record(slug, chapterRecord),
  last: place.nullable(),
  updatedAt: z.number().int().min(0),
});

export type ProgressV1 = z.infer<typeof progressV1>;
export type Progress = z.infer<typeof progressV2>;
export type ChapterRecord = z.infer<typeof chapterRecord>;
export type Place = z.infer<typeof place>;

export const CURRENT_VERSION = 2;

export const emptyProgress = (): Progress => ({ version: 2, chapters: {}, last: null, updatedAt: 0 });

export const emptyChapter = (): ChapterRecord => ({ seen: [], read: false, checks: {}, predictions: {} });
