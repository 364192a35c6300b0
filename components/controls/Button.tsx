import type { ButtonHTMLAttributes } from 'react';
import styles from './controls.module.css';

/** The book's button: `primary` for the one main action of a widget (play), plain otherwise. */
export function Button({ primary, className, ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { primary?: boolean }) {
  return <button type="button" {...props} className={`${styles.button} ${primary ? styles.primary : ''} ${className ?? ''}`} />;
}
