'use client';

import { useMemo, useState, type ReactNode } from 'react';
import type { Locale } from '@/lib/i18n';
import { Button } from '@/components/controls/Button';
import { progressStore, useProgress } from '@/components/progress/useProgress';
import { useClassAnswer } from '@/components/classroom/ClassroomContext';
import { PredictContext } from './PredictContext';
import styles from './Check.module.css';

const words = {
  zh: { kicker: '先猜一猜', ran: '我试过了，看看结果', yours: '你的预测', kept: '（已记录在你的进度里）' },
  en: { kicker: 'Predict first', ran: 'I ran it — show what happens', yours: 'Your prediction', kept: '(kept in your progress)' },
};

/**
 * Before an experiment: the reader picks what they think will happen, runs the widget,
 * then sees their prediction beside the outcome. Both are kept in the progress.
 */
export function Predict({ id, outcome, chapter, lang, children }: { id: string; outcome: string; chapter: string; lang: Locale; children: ReactNode }) {
  const stored = useProgress().progress.chapters[chapter]?.predictions[id];
  const [revealedNow, setRevealedNow] = useState(false);
  const predicted = stored?.predicted ?? null;
  const revealed = revealedNow || (stored?.outcome ?? null) !== null;
  const w = words[lang];
  const report = useClassAnswer();

  const save = (value: string, withOutcome: boolean) =>
    progressStore().updateChapter(chapter, (record) => ({
      ...record,
      predictions: { ...record.predictions, [id]: { predicted: value, outcome: withOutcome ? outcome : null } },
    }));

  const value = useMemo(
    () => ({
      predicted,
      revealed,
      outcome,
      predict(option: string) {
        if (revealed) return;
        save(option, false);
        report(`predict:${id}`, option);
      },
    }),
    // save only closes over stable values
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [predicted, revealed, outcome, report],
  );

  return (
    <PredictContext.Provider value={value}>
      <section className={styles.check} data-predict={id}>
        <p className={styles.kicker}>{w.kicker}</p>
        {children}
        {predicted && !revealed ? (
          <Button
            onClick={() => {
              setRevealedNow(true);
              save(predicted, true);
            }}
          >
            {w.ran}
          </Button>
        ) : null}
        {revealed ? <p className={styles.feedback}>{w.kept}</p> : null}
      </section>
    </PredictContext.Provider>
  );
}
