import { describe, expect, it, vi } from 'vitest';
import { loadProgress } from './load';
import { BACKUP_KEY, createProgressStore, STORAGE_KEY } from './store';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
    data,
  };
}

describe('progress records', () => {
  it('round-trips through storage', async () => {
    const storage = memoryStorage();
    const store = createProgressStore(storage, () => 42);
    await store.ready;
    store.updateChapter('loss', (r) => ({ ...r, read: true, checks: { q1: { passed: true, attempts: 2 } } }));
    store.setLast({ lang: 'zh', slug: 'loss', section: 'mse' });
    const again = createProgressStore(storage);
    await again.ready;
    expect(again.get().note).toBe('none');
    expect(again.get().progress.chapters.loss?.checks.q1).toEqual({ passed: true, attempts: 2 });
    expect(again.get().progress.last).toEqual({ lang: 'zh', slug: 'loss', section: 'mse' });
  });

  it('migrates a version-1 record without losing chapters read or the last place', () => {
    const v1 = { version: 1, read: ['hello-neuron', 'training'], last: { lang: 'en', slug: 'training', section: 'epochs' } };
    const { progress, note } = loadProgress(JSON.stringify(v1));
    expect(note).toBe('migrated');
    expect(progress.version).toBe(2);
    expect(progress.chapters['hello-neuron']?.read).toBe(true);
    expect(progress.chapters.training?.read).toBe(true);
    expect(progress.last?.section).toBe('epochs');
  });

  it('repairs a damaged record, keeping the chapters that are still valid', () => {
    const damaged = {
      version: 2,
      updatedAt: 'yesterday',
      chapters: { loss: { seen: ['a'], read: true, checks: {}, predictions: {} }, '<script>': { read: 'yes' } },
      last: { lang: 'fr', slug: 'x', section: null },
    };
    const { progress, note } = loadProgress(JSON.stringify(damaged));
    expect(note).toBe('repaired');
    expect(Object.keys(progress.chapters)).toEqual(['loss']);
    expect(progress.last).toBeNull();
  });

  it.each(['{not json', '[]', '"hello"', 'null', JSON.stringify({ version: '3' }), 'x'.repeat(100_000)])(
    'starts afresh, with a note, from junk: %s',
    (raw) => {
      const { progress, note } = loadProgress(raw.slice(0, 100_000));
      expect(note).toBe('reset');
      expect(progress.chapters).toEqual({});
    },
  );

  it('refuses an import of junk and keeps what it had', async () => {
    const storage = memoryStorage();
    const store = createProgressStore(storage);
    store.updateChapter('loss', (r) => ({ ...r, read: true }));
    expect(await store.importJSON('definitely not progress')).toBe('reset');
    expect(store.get().progress.chapters.loss?.read).toBe(true);
  });

  it('forgets everything when asked', async () => {
    const storage = memoryStorage({ [STORAGE_KEY]: JSON.stringify({ version: 1, read: ['loss'], last: null }) });
    const store = createProgressStore(storage);
    await store.ready;
    store.forget();
    const again = createProgressStore(storage);
    await again.ready;
    expect(again.get().progress.chapters).toEqual({});
  });

  it('on a first visit, stores changes at once without fetching the validator', async () => {
    const storage = memoryStorage();
    const fetchValidator = vi.fn(() => import('./load').then((module) => module.loadProgress));
    const store = createProgressStore(storage, () => 5, fetchValidator);
    store.updateChapter('loss', (r) => ({ ...r, read: true }));
    expect(JSON.parse(storage.data.get(STORAGE_KEY)!).chapters.loss.read).toBe(true);
    await store.ready;
    expect(fetchValidator).not.toHaveBeenCalled();
    // An import needs it, and gets it.
    expect(await store.importJSON('{"version": 7}')).toBe('reset');
    expect(fetchValidator).toHaveBeenCalledTimes(1);
  });

  it('keeps a change made before storage was read, on top of what storage held', async () => {
    const last = { lang: 'zh', slug: 'training', section: 'epochs' };
    const stored = JSON.stringify({ version: 2, chapters: { training: { seen: ['epochs'], read: true, checks: {}, predictions: {} } }, last, updatedAt: 1 });
    const storage = memoryStorage({ [STORAGE_KEY]: stored });
    let arrive!: (loader: typeof loadProgress) => void;
    const store = createProgressStore(storage, () => 7, () => new Promise((resolve) => (arrive = resolve)));
    store.updateChapter('loss', (r) => ({ ...r, read: true }));
    store.setLast((old) => ({ lang: 'en', slug: 'training', section: old?.slug === 'training' ? old.section : null }));
    // Shown at once, but the empty start must not overwrite what was stored.
    expect(store.get().progress.chapters.loss?.read).toBe(true);
    expect(storage.data.get(STORAGE_KEY)).toBe(stored);
    arrive(loadProgress);
    await store.ready;
    expect(Object.keys(store.get().progress.chapters).sort()).toEqual(['loss', 'training']);
    expect(JSON.parse(storage.data.get(STORAGE_KEY)!).chapters.training.seen).toEqual(['epochs']);
    expect(JSON.parse(storage.data.get(STORAGE_KEY)!).chapters.loss.read).toBe(true);
    // Reopening the chapter kept the section the reader had reached.
    expect(store.get().progress.last).toEqual({ lang: 'en', slug: 'training', section: 'epochs' });
  });

  it('leaves storage alone when the validator cannot be fetched (offline), keeping changes for the visit', async () => {
    const stored = JSON.stringify({ version: 1, read: ['loss'], last: null });
    const storage = memoryStorage({ [STORAGE_KEY]: stored });
    const store = createProgressStore(storage, () => 7, () => Promise.reject(new Error('chunk failed')));
    store.updateChapter('training', (r) => ({ ...r, read: true }));
    await store.ready;
    store.setLast({ lang: 'en', slug: 'training', section: null });
    expect(store.get().progress.chapters.training?.read).toBe(true);
    expect(store.get().progress.last?.slug).toBe('training');
    expect(storage.data.get(STORAGE_KEY)).toBe(stored);
  });

  it('keeps an unreadable record under a backup key before replacing it', async () => {
    const storage = memoryStorage({ [STORAGE_KEY]: '{"version":2,"chapters":' });
    const store = createProgressStore(storage);
    await store.ready;
    expect(store.get().note).toBe('reset');
    expect(storage.data.get(BACKUP_KEY)).toBe('{"version":2,"chapters":');
    store.updateChapter('loss', (r) => ({ ...r, read: true }));
    expect(JSON.parse(storage.data.get(STORAGE_KEY)!).chapters.loss.read).toBe(true);
    expect(storage.data.get(BACKUP_KEY)).toBe('{"version":2,"chapters":');
  });

  it('reads what it can of a newer edition’s record and never writes over it', async () => {
    const newer = JSON.stringify({ version: 3, chapters: { loss: { seen: [], read: true, checks: {}, predictions: {} } }, last: null, stars: 5 });
    const storage = memoryStorage({ [STORAGE_KEY]: newer });
    const store = createProgressStore(storage);
    await store.ready;
    expect(store.get().note).toBe('newer');
    expect(store.get().progress.chapters.loss?.read).toBe(true);
    store.updateChapter('training', (r) => ({ ...r, read: true }));
    expect(store.get().progress.chapters.training?.read).toBe(true); // this visit still counts
    expect(storage.data.get(STORAGE_KEY)).toBe(newer);
    expect(storage.data.has(BACKUP_KEY)).toBe(false);
  });

  it('goes on when storage is full: changes last for the visit, nothing throws', async () => {
    const storage = memoryStorage();
    storage.setItem = () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
    const store = createProgressStore(storage);
    await store.ready;
    expect(() => store.updateChapter('loss', (r) => ({ ...r, read: true }))).not.toThrow();
    expect(store.get().progress.chapters.loss?.read).toBe(true);
  });

  it('starts afresh, without an error, when the reader clears storage mid-visit', async () => {
    const storage = memoryStorage();
    const store = createProgressStore(storage);
    await store.ready;
    store.updateChapter('loss', (r) => ({ ...r, read: true }));
    storage.data.clear();
    store.reload();
    await vi.waitFor(() => expect(store.get().progress.chapters).toEqual({}));
    store.updateChapter('training', (r) => ({ ...r, read: true }));
    expect(JSON.parse(storage.data.get(STORAGE_KEY)!).chapters.training.read).toBe(true);
  });
});
