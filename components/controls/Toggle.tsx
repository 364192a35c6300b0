'use client';

import { useId } from 'react';
import styles from './controls.module.css';

/** An on/off switch with its label (a checkbox underneath, so Space toggles it). */
export function Toggle({ label, checked, onChange }: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  const id = useId();
  return (
    <label className={styles.toggle} htmlFor={id}>
      <input id={id} type="checkbox" role="switch" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <span className={styles.track} aria-hidden="true" />
      {label}
    </label>
  );
}
