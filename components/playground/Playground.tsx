'use client';

import type { Locale } from '@/lib/i18n';
import { usePlaygroundUrl } from './usePlaygroundUrl';
import { Workbench } from './Workbench';
import { words } from './words';
import styles from './Playground.module.css';

/**
 * The playground reads its setup from the address's fragment, which only the browser
 * has: the server sends a placeholder of the same height, and the browser fills it.
 */
export function Playground({ lang }: { lang: Locale }) {
  const { decoded, update } = usePlaygroundUrl();
  if (!decoded) return <p className={styles.loading}>{words[lang].loading}</p>;
  return <Workbench lang={lang} state={decoded.state} problem={decoded.problem} update={update} />;
}
