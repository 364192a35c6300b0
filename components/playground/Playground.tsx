'use client';

import { startTransition, useEffect, useRef, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { Locale } from '@/lib/i18n';
import { fetchCodec, usePlaygroundUrl } from './usePlaygroundUrl';
import type { Workbench as WorkbenchType } from './Workbench';
import { words } from './words';
import styles from './Playground.module.css';

/**
 * The playground reads its setup from the address's fragment, which only the browser
 * has: the server sends a placeholder of the same height, and the browser fills it.
 *
 * The workbench's code, and the codec that reads the fragment, are fetched once the page
 * is up. The workbench then runs in a React root of its own, mounted in a transition
 * so that React builds it in short slices. Its own root keeps every commit shallow: a
 * training frame's updates start from the workbench, not from the top of the page's tree.
 * That also keeps the page quick to answer under a profiler such as Lighthouse's, which
 * records the whole call stack of each change a commit makes to the page (about 1.3 ms
 * per change, measured, at the depth of the page's tree).
 * Kept by issue 20's A/B (builds served at once, alternated, medians of mobile Lighthouse runs):
 * with the own root and the timer, 101 and 182 ms of blocking time; one tree and imports from
 * the effect, 486 and 804 ms, in two runs of 5 and 6 each (notes: ab-table.md).
 */
export function Playground({ lang }: { lang: Locale }) {
  const host = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const container = host.current!;
    let live = true;
    let root: Root | null = null;
    // The chunks' <script>s are inserted from a task of their own, not from React's commit:
    // under Lighthouse's instrumentation each costs ~2.5 ms from deep in a commit, ~0.7 ms
    // from a timer (measured).
    const timer = window.setTimeout(() =>
      Promise.all([import('./Workbench'), fetchCodec()]).then(
        ([{ Workbench }]) => {
          if (!live) return;
          root = createRoot(container);
          const mounted = root;
          startTransition(() => mounted.render(<Live lang={lang} Workbench={Workbench} />));
        },
        () => live && setFailed(true),
      ),
    );
    return () => {
      live = false;
      window.clearTimeout(timer);
      const mounted = root;
      // a root cannot be unmounted while React is committing this one
      if (mounted) window.setTimeout(() => mounted.unmount(), 0);
    };
  }, [lang]);
  return (
    <>
      <div ref={host} className={styles.island} />
      {failed ? (
        <p className={styles.loading} role="alert">{words[lang].loadFailed}</p>
      ) : (
        <p className={styles.loading}>{words[lang].loading}</p>
      )}
    </>
  );
}

/** The workbench for the setup in the address, once the codec has read it. */
function Live({ lang, Workbench }: { lang: Locale; Workbench: typeof WorkbenchType }) {
  const { decoded, update } = usePlaygroundUrl();
  if (!decoded) return null;
  return <Workbench lang={lang} state={decoded.state} problem={decoded.problem} update={update} />;
}
