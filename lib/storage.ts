// The one way into the browser's localStorage. Schools often block site data, private windows
// refuse writes, a full disk refuses them too, and a reader may clear storage mid-visit: none of
// that may break a page. Every read and write goes through here and answers instead of throwing.

/** localStorage, or null where the browser refuses it (site data blocked, no window). */
export function localStore(): Storage | null {
  try {
    const storage = typeof window === 'undefined' ? null : window.localStorage;
    storage?.getItem('neuron-story:probe'); // some browsers refuse only on first use
    return storage ?? null;
  } catch {
    return null;
  }
}

/** The stored text under `key`, or null (nothing stored, or storage refused). */
export function readItem(key: string): string | null {
  try {
    return localStore()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Stores `value` (or removes the key, for null); false when the browser refused (blocked or full). */
export function writeItem(key: string, value: string | null): boolean {
  const storage = localStore();
  if (!storage) return false;
  try {
    if (value === null) storage.removeItem(key);
    else storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}
