'use client';

import { useEffect, useState } from 'react';
import type { Locale } from '@/lib/i18n';
import { words } from './words';
import styles from './Presenter.module.css';

/** The time of day (only after hydration: the server's clock is not the classroom's). */
export function Clock({ lang }: { lang: Locale }) {
  const [time, setTime] = useState('');
  useEffect(() => {
    const tick = () => setTime(new Date().toLocaleTimeString(lang === 'zh' ? 'zh-CN' : 'en-GB', { hour: '2-digit', minute: '2-digit' }));
    tick();
    const timer = window.setInterval(tick, 5000);
    return () => window.clearInterval(timer);
  }, [lang]);
  return (
    <p className={styles.clock} aria-label={words[lang].clock}>
      <span className={styles.bigTime}>{time || '--:--'}</span>
    </p>
  );
}
