import { t, type Locale } from '@/lib/i18n';
import { NeuronAvatar } from '@/components/story/NeuronAvatar';
import { DabaiAvatar } from '@/components/story/DabaiAvatar';
import styles from './TitleCard.module.css';

/** Slide 1 of every chapter: which chapter, its title and summary, and the two characters. */
export function TitleCard({ lang, order, title, summary }: { lang: Locale; order: number; title: string; summary: string }) {
  return (
    <div className={styles.card}>
      <p className={styles.book}>{t(lang, 'bookTitle')}</p>
      <p className={styles.kicker}>{t(lang, 'chapter', { n: order })}</p>
      <h1 className={styles.title}>{title}</h1>
      <p className={styles.summary}>{summary}</p>
      <div className={styles.cast}>
        <figure className={styles.who}>
          <NeuronAvatar size={92} />
          <figcaption>{t(lang, 'neuron')}</figcaption>
        </figure>
        <figure className={styles.who}>
          <DabaiAvatar size={92} />
          <figcaption>{t(lang, 'dabai')}</figcaption>
        </figure>
      </div>
    </div>
  );
}
