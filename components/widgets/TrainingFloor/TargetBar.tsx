import styles from './TrainingFloor.module.css';

/** How far the training loss has come toward the programmers' target, and the cheer when it gets there. */
export function TargetBar({ share, label, now, cheer }: { share: number; label: string; now: string; cheer: string | null }) {
  const percent = Math.round(share * 100);
  return (
    <div className={styles.target}>
      <div className={styles.targetText}>
        <span>{label}</span>
        <span data-testid="floor-loss">{now}</span>
      </div>
      <div className={styles.bar} role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
        <div className={styles.fill} style={{ width: `${percent}%` }} data-done={share >= 1 ? '' : undefined} />
      </div>
      <p className={styles.cheer} role="status">{cheer ?? '\u00a0'}</p>
    </div>
  );
}
