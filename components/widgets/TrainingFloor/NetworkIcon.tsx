import styles from './Conveyor.module.css';

// Layer sizes of the floor's network (2-16-16-1), drawn small: 16 neurons show as 4.
const NET = [2, 4, 4, 1];
const COLS = NET.map((n, c) => ({ x: 9 + c * 16, ys: Array.from({ length: n }, (_, i) => 28 + (i - (n - 1) / 2) * 10) }));

/** A small picture of the network the trays go into (its layer sizes, not every neuron). */
export function NetworkIcon() {
  return (
    <svg className={styles.network} viewBox="0 0 66 56" aria-hidden="true">
      <rect x={1} y={1} width={64} height={54} rx={8} fill="var(--card)" stroke="var(--accent)" strokeWidth={1.5} />
      {COLS.slice(1).map((col, c) =>
        col.ys.flatMap((y) => COLS[c]!.ys.map((y0) => <line key={`${c}-${y}-${y0}`} x1={COLS[c]!.x} y1={y0} x2={col.x} y2={y} stroke="var(--line)" />)),
      )}
      {COLS.flatMap((col) => col.ys.map((y) => <circle key={`${col.x}-${y}`} cx={col.x} cy={y} r={3.2} fill="var(--neuron)" />))}
    </svg>
  );
}
