import type { ReactNode } from 'react';
import { t, type Locale } from '@/lib/i18n';
import { NeuronAvatar } from './NeuronAvatar';
import { DabaiAvatar } from './DabaiAvatar';
import styles from './Line.module.css';

export type Speaker = 'neuron' | 'dabai';

/** One line of dialogue: the speaker's avatar and a speech bubble. */
export function Line({ who, lang, children }: { who: Speaker; lang: Locale; children: ReactNode }) {
  const name = t(lang, who);
  return (
    <figure className={styles.line} data-speaker={who}>
      <div className={styles.avatar}>
        {who === 'neuron' ? <NeuronAvatar /> : <DabaiAvatar />}
        <figcaption className={styles.name}>{name}</figcaption>
      </div>
      <div className={styles.bubble}>{children}</div>
    </figure>
  );
}
