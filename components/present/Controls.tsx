'use client';

import type { Locale } from '@/lib/i18n';
import type { DeckAction } from '@/lib/present/keys';
import type { DeckView } from './DeckContext';
import { Icon, type IconName } from './Icon';
import { ClassOverlay } from '@/components/classroom/ClassOverlay';
import { words } from './words';
import styles from './Controls.module.css';

/** On-screen buttons for mouse and touch: the same actions as the keys. */
export function Controls({ lang, view, index, total, run }: { lang: Locale; view: DeckView; index: number; total: number; run: (action: DeckAction) => void }) {
  const w = words[lang];
  if (view === 'handout') {
    return (
      <div className={styles.handoutBar}>
        <button type="button" className={styles.button} onClick={() => window.print()}>
          {w.print}
        </button>
      </div>
    );
  }
  const button = (action: DeckAction & IconName, label: string, disabled = false) => (
    <button type="button" className={styles.button} onClick={() => run(action)} aria-label={label} title={label} disabled={disabled} data-action={action}>
      <Icon name={action} />
    </button>
  );
  return (
    <nav className={styles.controls} data-view={view} aria-label={w.slides}>
      {button('previous', w.previous, index === 0)}
      <span className={styles.counter} aria-live="polite" data-testid="slide-counter">
        <span className="visually-hidden">{w.slideOf(index + 1, total)}</span>
        <span aria-hidden="true">
          {index + 1} / {total}
        </span>
      </span>
      {button('next', w.next, index === total - 1)}
      {button('overview', w.overview)}
      {view === 'projector' ? button('presenter', w.presenter) : null}
      {button('black', w.black)}
      {button('handout', w.handout)}
      {button('fullscreen', w.fullscreen)}
      {button('help', w.help)}
      <ClassOverlay lang={lang} view={view} />
    </nav>
  );
}
