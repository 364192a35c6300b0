import type { LoadNote } from './load';
import type { ChapterRecord, Progress } from './schema';
import { emptyChapter, emptyProgress } from './empty';

/** What the page reads: the progress and how it was loaded. */
export interface ProgressState {
  progress: Progress;
  note: LoadNote;
}

/** The key progress is kept under in localStorage. */
export const STORAGE_KEY = 'neuron-story:progress';
/** Where an unreadable or damaged record is copied before it is replaced. */
export const BACKUP_KEY = 'neuron-story:progress:backup';

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>;
type Loader = (raw: string | null) => ProgressState;
/** A change to the state; null when there is nothing to change. */
type Change = (state: ProgressState) => ProgressState | null;

/** The validator (zod) comes in its own chunk, after the page is drawn: no page waits for it. */
const fetchLoader = (): Promise<Loader> => import('./load').then((module) => module.loadProgress);

/**
 * A tiny store over localStorage (or nothing, in tests and on the server); no React here.
 *
 * With nothing stored (a first visit) it is ready at once, and the validator is fetched only
 * if a file is imported. With a record stored, it starts empty and reads storage once the
 * validator has arrived (`ready`). A change made before then shows at once and is applied
 * again on top of what storage held, so nothing the reader did is lost and nothing stored is
 * overwritten by the empty start. If the validator cannot be fetched, progress lives for this
 * visit only and storage is left alone.
 */
export function createProgressStore(storage: Storage | null, now = () => Date.now(), fetchValidator: () => Promise<Loader> = fetchLoader) {
  let state: ProgressState = { progress: emptyProgress(), note: 'none' };
  let pending: Change[] | null = [];
  const listeners = new Set<() => void>();
  let writable = false;

  function readStorage(read: Loader): ProgressState {
    try {
      return read(storage?.getItem(STORAGE_KEY) ?? null);
    } catch {
      return { progress: emptyProgress(), note: 'reset' };
    }
  }

  function set(next: ProgressState, persist = true) {
    state = next;
    if (persist && writable) {
      try {
        storage?.setItem(STORAGE_KEY, JSON.stringify(next.progress));
      } catch {
        // Storage full or refused (private mode): progress lives for this visit only.
      }
    }
    listeners.forEach((listener) => listener());
  }

  function change(apply: Change) {
    pending?.push(apply);
    const next = apply(state);
    if (next) set(next);
  }

  let stored: string | null = null;
  try {
    stored = storage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    stored = null; // storage refused: as good as empty
  }
  let validator: Promise<Loader | null> | null = null;
  /** Fetches the validator once; null when it cannot be had. */
  const validate = () =>
    (validator ??= fetchValidator().catch(() => null));

  let ready = Promise.resolve();
  if (!stored) {
    pending = null;
    writable = true;
  } else {
    ready = validate().then((loaded) => {
      const changes = pending ?? [];
      pending = null;
      // Offline before the validator was cached: keep this visit's changes in memory only.
      if (!loaded) return;
      let next = readStorage(loaded);
      // a later edition's record is read, never written over; a record about to be replaced is kept
      writable = next.note !== 'newer';
      if (next.note === 'reset' || next.note === 'repaired') {
        try {
          storage?.setItem(BACKUP_KEY, stored ?? '');
        } catch {
          // no room for the copy: the record itself stays until the reader changes something
        }
      }
      for (const apply of changes) next = apply(next) ?? next;
      set(next, changes.length > 0);
    });
  }

  return {
    get: () => state,
    /** Settles once storage has been read (or could not be). */
    ready,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Changes one chapter's record (created when missing) and stamps the time. */
    updateChapter(slug: string, edit: (record: ChapterRecord) => ChapterRecord) {
      change(({ progress, note }) => {
        const record = edit(progress.chapters[slug] ?? emptyChapter());
        return { note, progress: { ...progress, chapters: { ...progress.chapters, [slug]: record }, updatedAt: now() } };
      });
    },
    /** Remembers where the reader is (or works it out from where they were). */
    setLast(place: Progress['last'] | ((old: Progress['last']) => Progress['last'])) {
      change(({ progress, note }) => {
        const old = progress.last;
        const last = typeof place === 'function' ? place(old) : place;
        if (old && last && old.lang === last.lang && old.slug === last.slug && old.section === last.section) return null;
        return { note, progress: { ...progress, last, updatedAt: now() } };
      });
    },
    dismissNote() {
      set({ ...state, note: 'none' }, false);
    },
    /** Tells the reader, once, that this browser keeps nothing: progress lasts for this visit. */
    noteUnremembered() {
      set({ ...state, note: 'unremembered' }, false);
    },
    forget() {
      change(() => ({ progress: emptyProgress(), note: 'none' }));
    },
    exportJSON: () => JSON.stringify(state.progress, null, 2),
    /** Replaces progress with an exported file's contents; junk is refused, not half-read. */
    async importJSON(text: string): Promise<LoadNote> {
      await ready;
      const read = await validate();
      if (!read) return 'reset';
      const loaded = read(text);
      // junk, or a later edition's file this one cannot take in whole: refused, nothing changes
      if (loaded.note === 'reset' || loaded.note === 'newer') return 'reset';
      set(loaded);
      return loaded.note;
    },
    /** Re-reads storage, e.g. after another tab changed it (or the reader cleared it). */
    reload() {
      if (writable) void validate().then((read) => read && set(readStorage(read), false));
    },
  };
}

export type ProgressStore = ReturnType<typeof createProgressStore>;
