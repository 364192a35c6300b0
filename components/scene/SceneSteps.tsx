import type { ReactNode } from 'react';
import styles from './Scene.module.css';

/** The steps of a scene, beside the widget on wide screens, below it on phones. */
export function SceneSteps({ children }: { children: ReactNode }) {
  return <div className={styles.steps}>{children}</div>;
}
