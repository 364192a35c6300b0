'use client';

import { useEffect, useState } from 'react';
import { t, type Locale } from '@/lib/i18n';
import { readItem, writeItem } from '@/lib/storage';
import styles from './ThemeToggle.module.css';

type Choice = 'light' | 'dark' | 'system';
const order: Choice[] = ['system', 'light', 'dark'];

function apply(choice: Choice) {
  const dark = choice === 'dark' || (choice === 'system' && matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
}

/** Cycles system → light → dark; the choice is kept in localStorage where the browser allows. */
export function ThemeToggle({ lang }: { lang: Locale }) {
  const [choice, setChoice] = useState<Choice>('system');

  useEffect(() => {
    const stored = readItem('theme');
    // eslint-disable-next-line react-hooks/set-state-in-effect -- read once from storage after hydration
    if (stored === 'light' || stored === 'dark') setChoice(stored);
  }, []);

  useEffect(() => {
    if (choice !== 'system') return;
    const query = matchMedia('(prefers-color-scheme: dark)');
    const follow = () => apply('system');
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, [choice]);

  const label = { light: t(lang, 'themeLight'), dark: t(lang, 'themeDark'), system: t(lang, 'themeSystem') }[choice];
  return (
    <button
      type="button"
      className={styles.toggle}
      aria-label={`${t(lang, 'theme')}: ${label}`}
      title={`${t(lang, 'theme')}: ${label}`}
      data-choice={choice}
      onClick={() => {
        const nextChoice = order[(order.indexOf(choice) + 1) % order.length]!;
        setChoice(nextChoice);
        writeItem('theme', nextChoice === 'system' ? null : nextChoice);
        apply(nextChoice);
      }}
    >
      <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
        {choice === 'dark' ? (
          <path d="M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5z" fill="currentColor" />
        ) : choice === 'light' ? (
          <g fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
            <circle cx="12" cy="12" r="4" fill="currentColor" />
            <path d="M12 2v2M12 20v2M2 12h2M20 12h2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
          </g>
        ) : (
          <g>
            <circle cx="12" cy="12" r="8" fill="none" stroke="currentColor" strokeWidth="2" />
            <path d="M12 4a8 8 0 0 1 0 16z" fill="currentColor" />
          </g>
        )}
      </svg>
    </button>
  );
}
