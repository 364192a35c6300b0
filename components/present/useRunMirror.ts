'use client';

import { useEffect, useState, useSyncExternalStore } from 'react';
import type { DeckLink } from '@/lib/present/link';
import { createRunHost, PRIORITY, type RunHost } from '@/components/trainer/host';
import { viewFromUrl } from './useView';

/** How much this window may own the deck's runs, from the view its URL asks for (printing does not change it). */
function priorityOfWindow(follow: boolean): number {
  if (follow || typeof window === 'undefined') return PRIORITY.follower;
  return PRIORITY[viewFromUrl()];
}

/**
 * The deck's run host (components/trainer/host.ts): one run per trainer for all the deck's
 * windows, trained by the presenter window if one is open, drawn by the others. `links` is null
 * until the deck knows its links (so no window trains a copy before it could hear the owner);
 * `follow` makes this window a pure mirror that never trains nor drives (a classroom student).
 * `owns` says whether this window trains the runs now (the deck shows it as `data-runs`).
 */
export function useRunMirror(links: readonly DeckLink[] | null, follow: boolean): { host: RunHost; owns: boolean } {
  const [host] = useState(() =>
    createRunHost({ priority: priorityOfWindow(follow), since: typeof performance === 'undefined' ? 0 : performance.timeOrigin }),
  );
  const owns = useSyncExternalStore(host.onRole, host.owns, () => false);
  useEffect(() => {
    if (links) host.attach(links);
  }, [host, links]);
  useEffect(() => {
    // a closing window hands its runs over at once rather than after a silence
    const bye = () => host.close();
    window.addEventListener('pagehide', bye);
    return () => {
      window.removeEventListener('pagehide', bye);
      host.close();
    };
  }, [host]);
  return { host, owns };
}
