'use client';

import { startTransition, useEffect, useState } from 'react';
import type { Locale } from '@/lib/i18n';
import { fetchCodec, usePlaygroundUrl } from './usePlaygroundUrl';
import type { Workbench as WorkbenchType } from './Workbench';
import { words } from './words';
import styles from './Playground.module.css';

/**
 * The playground reads its setup from the address's fragment, which only the browser
 * has: the server sends a placeholder of the same height, and the browser fills it.
 * The workbench's code, and the codec that reads the fragment, are fetched after the page
 * is up, and the workbench mounts in a transition once both are here, so React builds it in
 * short slices instead of one long task that would keep the page from answering while it
 * loads.
 */
export function Playground({ lang }: { lang: Locale }) {
  const { decoded, update } = usePlaygroundUrl();
  const [Workbench, setWorkbench] = useState<typeof WorkbenchType | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    // The chunks' <script>s are inserted from a task of their own, not from React's commit:
    // inserting a script is not free (10-15 ms each under Lighthouse's DevTools
    // instrumentation), and the commit's task is already the page's longest.
    const timer = window.setTimeout(() => {
      Promise.all([import('./Workbench'), fetchCodec()]).then(
        ([module]) => startTransition(() => setWorkbench(() => module.Workbench)),
        () => setFailed(true),
      );
    }, 0);
    return () => window.clearTimeout(timer);
  }, []);
  if (failed) return <p className={styles.loading} role="alert">{words[lang].loadFailed}</p>;
  if (!decoded || !Workbench) return <p className={styles.loading}>{words[lang].loading}</p>;
  return <Workbench lang={lang} state={decoded.state} problem={decoded.problem} update={update} />;
}
