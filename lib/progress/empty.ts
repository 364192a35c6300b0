import type { ChapterRecord, Progress } from './schema';

// Kept apart from the schema so that a page can start with empty progress before the
// validator (zod) has arrived.

export const emptyProgress = (): Progress => ({ version: 2, chapters: {}, last: null, updatedAt: 0 });

export const emptyChapter = (): ChapterRecord => ({ seen: [], read: false, checks: {}, predictions: {} });
