'use client';

import { useEffect } from 'react';
import type { Locale } from '@/lib/i18n';
import { Button } from '@/components/controls/Button';
import styles from './TrainerProblem.module.css';

const words = {
  zh: {
    failed: '这个网络没能启动。请重试；如果还不行，请刷新页面。',
    refused: '网络没有接受这个设置，仍按原来的设置训练。',
    retry: '重试',
  },
  en: {
    failed: 'This network could not start. Try again, or reload the page if it still will not.',
    refused: 'The network did not accept that setting; it goes on with the one it had.',
    retry: 'Try again',
  },
};

/** A trainer as useTrainer returns it: whether it stopped, what it refused, and how to start it again. */
type Trainer = { failed: boolean; error: string | null; retry: () => void };

/**
 * What a training widget says when its trainer stopped (with a retry, which starts every lane
 * afresh, so they stay in step) or refused a request: in the page's language and in plain
 * words. The trainer's own message goes to the console for whoever debugs it.
 */
export function TrainerProblem({ lang, trainer: { failed, error, retry } }: { lang: Locale; trainer: Trainer }) {
  useEffect(() => {
    if (error) console.warn(`trainer refused a request: ${error}`);
  }, [error]);
  const w = words[lang];
  if (failed) {
    return (
      <div className={styles.problem} role="alert" data-widget-error="">
        <p>{w.failed}</p>
        <Button onClick={retry}>{w.retry}</Button>
      </div>
    );
  }
  return error ? (
    <p className={styles.problem} role="status">
      {w.refused}
    </p>
  ) : null;
}
