import { loadProgress, type LoadNote } from './load';
import { emptyChapter, emptyProgress, type ChapterRecord, type Progress } from './schema';

/** What the page reads: the progress and how it was loaded. */
export interface ProgressState {
  progress: Progress;
  note: LoadNote;
}

/** The key progress is kept under in localStorage. */
export const STORAGE_KEY = 'neuron-story:progress';

/** A tiny store over localStorage (or nothing, in tests and on the server); no React here. */
export function createProgressStore(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null, now = () => Date.now()) {
  let state: ProgressState = readStorage();
  const listeners = new Set<() => void>();

  function readStorage(): ProgressState {
    try {
      return loadProgress(storage?.getItem(STORAGE_KEY) ?? null);
    } catch {
      return { progress: emptyProgress(), note: 'reset' };
    }
  }

  function set(next: ProgressState, persist = true) {
    state = next;
    if (persist) {
      try {
        storage?.setItem(STORAGE_KEY, JSON.stringify(next.progress));
      } catch {
        // Storage full or refused (private mode): progress lives for this visit only.
      }
    }
    listeners.forEach((listener) => listener());
  }

  return {
    get: () => state,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Changes one chapter's record (created when missing) and stamps the time. */
    updateChapter(slug: string, change: (record: ChapterRecord) => ChapterRecord) {
      const progress = state.progress;
      const record = change(progress.chapters[slug] ?? emptyChapter());
      set({ ...state, progress: { ...progress, chapters: { ...progress.chapters, [slug]: record }, updatedAt: now() } });
    },
    /** Remembers where the reader is. */
    setLast(last: Progress['last']) {
      const old = state.progress.last;
      if (old && last && old.lang === last.lang && old.slug === last.slug && old.section === last.section) return;
      set({ ...state, progress: { ...state.progress, last, updatedAt: now() } });
    },
    dismissNote() {
      set({ ...state, note: 'none' }, false);
    },
    forget() {
      set({ progress: emptyProgress(), note: 'none' });
    },
    exportJSON: () => JSON.stringify(state.progress, null, 2),
    /** Replaces progress with an exported file's contents; junk is refused, not half-read. */
    importJSON(text: string): LoadNote {
      const loaded = loadProgress(text);
      if (loaded.note === 'reset') return 'reset';
      set(loaded);
      return loaded.note;
    },
    /** Re-reads storage, e.g. after another tab changed it. */
    reload() {
      set(readStorage(), false);
    },
  };
}

export type ProgressStore = ReturnType<typeof createProgressStore>;
