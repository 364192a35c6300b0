import { describe, expect, it } from 'vitest';
import { loadProgress } from './load';
import { createProgressStore, STORAGE_KEY } from './store';

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
  it('round-trips through storage', () => {
    const storage = memoryStorage();
    const store = createProgressStore(storage, () => 42);
    store.updateChapter('loss', (r) => ({ ...r, read: true, checks: { q1: { passed: true, attempts: 2 } } }));
    store.setLast({ lang: 'zh', slug: 'loss', section: 'mse' });
    const again = createProgressStore(storage);
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

  it.each(['{not json', '[]', '"hello"', 'null', JSON.stringify({ version: 99 }), 'x'.repeat(100_000)])(
    'starts afresh, with a note, from junk: %s',
    (raw) => {
      const { progress, note } = loadProgress(raw.slice(0, 100_000));
      expect(note).toBe('reset');
      expect(progress.chapters).toEqual({});
    },
  );

  it('refuses an import of junk and keeps what it had', () => {
    const storage = memoryStorage();
    const store = createProgressStore(storage);
    store.updateChapter('loss', (r) => ({ ...r, read: true }));
    expect(store.importJSON('definitely not progress')).toBe('reset');
    expect(store.get().progress.chapters.loss?.read).toBe(true);
  });

  it('forgets everything when asked', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: JSON.stringify({ version: 1, read: ['loss'], last: null }) });
    const store = createProgressStore(storage);
    store.forget();
    expect(createProgressStore(storage).get().progress.chapters).toEqual({});
  });
});
