import { chapterRecord, place, progressV1, progressV2, type Progress, type ProgressV1 } from './schema';
import { emptyChapter, emptyProgress } from './empty';

/**
 * How stored progress was read back, for the note the reader sees: 'newer' for a record a later
 * edition wrote (read, never written over), 'unremembered' where the browser keeps no site data.
 */
export type LoadNote = 'none' | 'migrated' | 'repaired' | 'reset' | 'newer' | 'unremembered';

/** Moves a version-1 record forward without losing what it knew. */
function fromV1(old: ProgressV1): Progress {
  const progress = emptyProgress();
  for (const slug of old.read) progress.chapters[slug] = { ...emptyChapter(), read: true };
  progress.last = old.last;
  return progress;
}

/**
 * Reads a stored progress record of any version. Valid records are migrated to the
 * current version; a damaged one keeps every chapter entry that is still valid; junk
 * starts afresh. Never throws.
 */
export function loadProgress(raw: string | null): { progress: Progress; note: LoadNote } {
  if (raw === null || raw === '') return { progress: emptyProgress(), note: 'none' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { progress: emptyProgress(), note: 'reset' };
  }
  const current = progressV2.safeParse(data);
  if (current.success) return { progress: current.data, note: 'none' };
  const v1 = progressV1.safeParse(data);
  if (v1.success) return { progress: fromV1(v1.data), note: 'migrated' };
  const version = typeof data === 'object' && data !== null ? (data as { version?: unknown }).version : undefined;
  if (typeof version === 'number' && version > 2) return { progress: repair(data).progress, note: 'newer' };
  return repair(data);
}

/** Salvages the valid chapter entries of a damaged current-version record. */
function repair(data: unknown): { progress: Progress; note: LoadNote } {
  const progress = emptyProgress();
  if (typeof data !== 'object' || data === null || !('chapters' in data)) return { progress, note: 'reset' };
  const chapters = (data as { chapters: unknown }).chapters;
  if (typeof chapters !== 'object' || chapters === null) return { progress, note: 'reset' };
  let kept = 0;
  for (const [slug, record] of Object.entries(chapters).slice(0, 64)) {
    const parsed = chapterRecord.safeParse(record);
    if (parsed.success && /^[a-z0-9-]{1,64}$/.test(slug)) {
      progress.chapters[slug] = parsed.data;
      kept++;
    }
  }
  const last = place.safeParse((data as { last?: unknown }).last);
  if (last.success) progress.last = last.data;
  return { progress, note: kept > 0 || progress.last ? 'repaired' : 'reset' };
}
