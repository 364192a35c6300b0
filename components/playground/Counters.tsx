import styles from './Playground.module.css';

/** Big, fixed-width numbers in a row (epoch, step, examples, losses, accuracies). */
export function Counters({ items }: { items: { id: string; label: string; value: string; tone?: 'pos' | 'muted' }[] }) {
  return (
    <dl className={styles.counters}>
      {items.map((item) => (
        <div key={item.id} className={styles.counter} data-counter={item.id}>
          <dt>{item.label}</dt>
          <dd data-tone={item.tone}>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
