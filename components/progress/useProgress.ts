'use client';

import { useSyncExternalStore } from 'react';
import { createProgressStore, type ProgressState, type ProgressStore } from '@/lib/progress/store';
import { emptyProgress } from '@/lib/progress/empty';
import { localStore } from '@/lib/storage';

let store: ProgressStore | null = null;
const SERVER_STATE: ProgressState = { progress: emptyProgress(), note: 'none' };

/** The page's one progress store, over localStorage; kept in step with other tabs. */
export function progressStore(): ProgressStore {
  if (!store) {
    const storage = localStore();
    const created = createProgressStore(storage);
    if (!storage) created.noteUnremembered(); // site data blocked: progress lives for this visit only
    window.addEventListener('storage', (event) => {
      if (event.key === null || event.key.startsWith('neuron-story:')) created.reload();
    });
    store = created;
  }
  return store;
}

const subscribe = (listener: () => void) => progressStore().subscribe(listener);
const read = () => progressStore().get();

/** The reader's progress (empty on the server and during hydration). */
export function useProgress(): ProgressState {
  return useSyncExternalStore(subscribe, read, () => SERVER_STATE);
}
