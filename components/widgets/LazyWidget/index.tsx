'use client';

import { createContext, useContext, useEffect, useRef, useState, type CSSProperties } from 'react';
import type { Locale } from '@/lib/i18n';
import { Button } from '@/components/controls/Button';
import type { WidgetComponent } from '../manifest';
import { widgets, type WidgetName } from '../widgets';
import { words } from './words';
import styles from './LazyWidget.module.css';

/**
 * Each widget's code (`<Name>/index.tsx`, exporting `<Name>`) behind its own dynamic import, so
 * a chapter's first load carries none of it: one chunk per widget, fetched when asked for.
 */
const fetchWidget = (name: WidgetName): Promise<WidgetComponent> =>
  import(`../${name}/index.tsx`).then((module: Record<string, WidgetComponent>) => module[name]!);

/** Widgets whose code has arrived: a later mount (a scene's remount, a reset) draws at once. */
const loaded = new Map<WidgetName, WidgetComponent>();

/**
 * How far beyond the screen (a third of its height, above and below) a widget starts loading:
 * near enough that a reader scrolling at reading speed never waits, far enough that the
 * first screen of a chapter is not slowed by widgets further down.
 */
const NEAR = '33% 0px';

/**
 * True where every widget must be drawn now, seen or not: the deck's handout, whose lower
 * slides are never scrolled into view before they are printed.
 */
export const LoadAllWidgets = createContext(false);

/**
 * A chapter widget whose code loads only when it comes within a screen of the viewport. Until
 * then (and on the server) it is a card of the widget's own height with a calm note, keeping
 * `data-widget`; if its code cannot be fetched it says so and offers to try again.
 */
export function LazyWidget({ name, lang }: { name: WidgetName; lang: Locale }) {
  const [Widget, setWidget] = useState<WidgetComponent | null>(() => loaded.get(name) ?? null);
  const [failed, setFailed] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const eager = useContext(LoadAllWidgets);

  useEffect(() => {
    const element = box.current;
    if (Widget || failed || !element) return;
    let live = true;
    const load = () =>
      fetchWidget(name).then(
        (component) => {
          loaded.set(name, component);
          if (live) setWidget(() => component);
        },
        () => live && setFailed(true),
      );
    if (eager || typeof IntersectionObserver === 'undefined') {
      void load();
      return () => void (live = false);
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        void load();
      },
      { rootMargin: NEAR },
    );
    observer.observe(element);
    return () => {
      live = false;
      observer.disconnect();
    };
  }, [name, Widget, failed, eager]);

  if (Widget) return <Widget lang={lang} />;
  const w = words[lang];
  const { narrow, wide } = widgets[name].height;
  const room = { '--narrow': `${narrow}px`, '--wide': `${wide}px` } as CSSProperties;
  return (
    <div ref={box} className={styles.placeholder} style={room} data-widget={name} data-widget-pending={failed ? 'failed' : 'loading'} aria-busy={!failed}>
      {failed ? (
        <>
          <p role="alert">{w.failed}</p>
          <Button onClick={() => setFailed(false)}>{w.retry}</Button>
        </>
      ) : (
        <>
          <span className={styles.pulse} aria-hidden="true" />
          <p>{w.loading}</p>
        </>
      )}
    </div>
  );
}
