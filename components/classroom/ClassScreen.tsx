'use client';

import type { Locale } from '@/lib/i18n';
import { Histogram } from './Histogram';
import { JoinQr } from './JoinQr';
import type { Screen } from './useScreen';
import { classWords } from './words';
import styles from './Classroom.module.css';

/** What the projector shows over the slide for the class: the join card, or one question's results. */
export function ClassScreen({ lang, screen }: { lang: Locale; screen: Screen }) {
  const w = classWords[lang];
  if (screen.show === 'join') {
    return (
      <div className={styles.screen} data-classroom="" data-testid="class-join-card">
        <JoinQr text={screen.url} label={w.qr} size={360} />
        <div className={styles.screenText}>
          <p className={styles.kicker}>{w.code}</p>
          <p className={styles.bigCode}>{screen.code}</p>
          <p className={styles.screenUrl}>
            {w.joinAt} <span>{screen.url}</span>
          </p>
        </div>
      </div>
    );
  }
  if (screen.show === 'results') {
    return (
      <div className={styles.screen} data-classroom="" data-testid="class-results">
        <div className={styles.screenText}>
          <p className={styles.kicker}>{w.results}</p>
          <p className={styles.screenQuestion}>{screen.title}</p>
          <Histogram bins={screen.bins} label={`${w.results}: ${screen.title}`} />
        </div>
      </div>
    );
  }
  return null;
}
