import styles from './TrainingFloor.module.css';

/** The three counters, big and steady (fixed-width digits), with the arithmetic to check them. */
export function Counters({ items, arithmetic }: { items: { label: string; value: string; id: string }[]; arithmetic: string }) {
  return (
    <div className={styles.counters}>
      <dl className={styles.counterRow}>
        {items.map((item) => (
          <div key={item.id} className={styles.counter}>
            <dt>{item.label}</dt>
            <dd data-testid={`floor-${item.id}`}>{item.value}</dd>
          </div>
        ))}
      </dl>
      <p className={styles.arithmetic} data-testid="floor-arithmetic">{arithmetic}</p>
    </div>
  );
}
