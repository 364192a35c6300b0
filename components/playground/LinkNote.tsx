import type { LinkProblem } from '@/lib/playground/codec';
import type { ShareWords } from './shareWords';
import styles from './Playground.module.css';

/** Says why the address was not used; the page already shows the defaults. */
export function LinkNote({ s, problem }: { s: ShareWords; problem: LinkProblem }) {
  return (
    <p className={styles.note} role="alert" data-testid="link-note">
      ⚠ {s.note(problem)}
    </p>
  );
}
