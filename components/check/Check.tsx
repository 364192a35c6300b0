'use client';

import { useMemo, useState, type ReactNode } from 'react';
import type { Locale } from '@/lib/i18n';
import { progressStore, useProgress } from '@/components/progress/useProgress';
import { useClassAnswer } from '@/components/classroom/ClassroomContext';
import { CheckContext } from './CheckContext';
import { checkWords } from './words';
import styles from './Check.module.css';

/**
 * One check-yourself question. Its answers (<Choice>, <NumberAnswer>) report here;
 * a right answer reveals <Explain> and is kept in the reader's progress.
 */
export function Check({ id, chapter, lang, children }: { id: string; chapter: string; lang: Locale; children: ReactNode }) {
  const stored = useProgress().progress.chapters[chapter]?.checks[id];
  const [picked, setPicked] = useState<string | null>(null);
  const passed = stored?.passed ?? false;
  const w = checkWords[lang];
  const report = useClassAnswer();

  const value = useMemo(
    () => ({
      lang,
      picked,
      passed,
      answer(answerId: string, correct: boolean, given: string | number) {
        setPicked(answerId);
        report(`check:${id}`, given);
        progressStore().updateChapter(chapter, (record) => {
          const old = record.checks[id] ?? { passed: false, attempts: 0 };
          const checks = { ...record.checks, [id]: { passed: old.passed || correct, attempts: old.attempts + 1 } };
          return { ...record, checks };
        });
      },
    }),
    [lang, picked, passed, chapter, id, report],
  );

  return (
    <CheckContext.Provider value={value}>
      <section className={styles.check} data-check={id} data-passed={passed ? '' : undefined}>
        <p className={styles.kicker}>
          <span className={styles.label}>{w.question}</span>
          {passed ? <span className={styles.passed}>✓ {w.passed}</span> : null}
        </p>
        {children}
      </section>
    </CheckContext.Provider>
  );
}
