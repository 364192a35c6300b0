// Layer sizes of the floor's network (2-16-16-1), drawn small: 16 neurons show as 4.
const NET = [2, 4, 4, 1];

/** A small picture of the network the trays go into (its layer sizes, not every neuron). */
export function NetworkIcon({ x: x0, label }: { x: number; label: string }) {
  const cols = NET.map((n, c) => ({ x: x0 + 8 + c * 16, ys: Array.from({ length: n }, (_, i) => 50 + (i - (n - 1) / 2) * 10) }));
  return (
    <g>
      <rect x={x0} y={24} width={62} height={54} rx={8} fill="var(--card)" stroke="var(--accent)" strokeWidth={1.5} />
      {cols.slice(1).map((col, c) =>
        col.ys.flatMap((y) => cols[c]!.ys.map((y0) => <line key={`${c}-${y}-${y0}`} x1={cols[c]!.x} y1={y0} x2={col.x} y2={y} stroke="var(--line)" />)),
      )}
      {cols.flatMap((col) => col.ys.map((y) => <circle key={`${col.x}-${y}`} cx={col.x} cy={y} r={3.2} fill="var(--neuron)" />))}
      <text x={x0 + 31} y={17} fontSize="14" textAnchor="middle" fill="var(--muted)">{label}</text>
    </g>
  );
}
