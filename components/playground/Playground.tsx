'use client';

import { startTransition, useEffect, useState } from 'react';
import type { Locale } from '@/lib/i18n';
import { usePlaygroundUrl } from './usePlaygroundUrl';
import type { Workbench as WorkbenchType } from './Workbench';
import { words } from './words';
import styles from './Playground.module.css';

/**
 * The playground reads its setup from the address's fragment, which only the browser
 * has: the server sends a placeholder of the same height, and the browser fills it.
 * The workbench's code is fetched after the page is up, and it mounts in a transition, so
 * React builds it in short slices instead of one long task that would keep the page from
 * answering while it loads.
 */
export function Playground({ lang }: { lang: Locale }) {
  const { decoded, update } = usePlaygroundUrl();
  const [Workbench, setWorkbench] = useState<typeof WorkbenchType | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    import('./Workbench').then(
      (module) => startTransition(() => setWorkbench(() => module.Workbench)),
      () => setFailed(true),
    );
  }, []);
  if (failed) return <p className={styles.loading} role="alert">{words[lang].loadFailed}</p>;
  if (!decoded || !Workbench) return <p className={styles.loading}>{words[lang].loading}</p>;
  return <Workbench lang={lang} state={decoded.state} problem={decoded.problem} update={update} />;
}
