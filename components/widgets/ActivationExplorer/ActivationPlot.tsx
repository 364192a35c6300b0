'use client';

import { activate, activationDerivative } from '@/lib/nn';
import { FunctionPlot, type Curve } from '@/components/charts/FunctionPlot';
import { COLOURS, FUNCTIONS, Z_RANGE, type FunctionName } from './functions';
import styles from './ActivationExplorer.module.css';

// Tall enough for sigmoid's 0..1 to be seen clearly; ReLU leaves the top past z = 2.5
// and a mark at the edge says where its point went.
const Y_DOMAIN: [number, number] = [-1.5, 2.5];
const EDGE = 7;

/** A point on a curve, or a triangle at the edge pointing to where it is off the plot. */
function Point({ cx, cy, top, bottom, colour, hollow }: { cx: number; cy: number; top: number; bottom: number; colour: string; hollow?: boolean }) {
  if (cy < top || cy > bottom) {
    const up = cy < top;
    const y = up ? top + EDGE : bottom - EDGE;
    const d = up ? `M${cx},${y - 6} l6,10 h-12 z` : `M${cx},${y + 6} l6,-10 h-12 z`;
    return <path d={d} fill={colour} stroke="var(--card)" strokeWidth={1.5} />;
  }
  return hollow ? (
    <circle cx={cx} cy={cy} r={4} fill="var(--card)" stroke={colour} strokeWidth={2} />
  ) : (
    <circle cx={cx} cy={cy} r={5.5} fill={colour} stroke="var(--card)" strokeWidth={2} />
  );
}

/**
 * The four activations on one pair of axes, their slopes dashed when asked for, a line
 * at the current z and a point where it meets each curve. Every height is the engine's.
 */
export function ActivationPlot({
  z,
  alpha,
  derivatives,
  names,
  label,
  legendDerivative,
}: {
  z: number;
  alpha: number;
  derivatives: boolean;
  names: Record<FunctionName, string>;
  label: string;
  legendDerivative: string;
}) {
  const curves: Curve[] = FUNCTIONS.map((name) => ({ id: name, label: names[name], colour: COLOURS[name], fn: (x: number) => activate(name, x, alpha) }));
  if (derivatives) {
    for (const name of FUNCTIONS) {
      curves.push({ id: `${name}-der`, label: names[name], colour: COLOURS[name], dashed: true, fn: (x: number) => activationDerivative(name, x, alpha) });
    }
  }
  return (
    <figure className={styles.plot}>
      <FunctionPlot xDomain={[Z_RANGE.min, Z_RANGE.max]} yDomain={Y_DOMAIN} curves={curves} width={330} height={240} xLabel="z" yLabel="f(z)" label={label} samples={401}>
        {({ x, y }) => {
          const [bottom, top] = y.range() as [number, number];
          return (
            <g>
              <line x1={x(z)} x2={x(z)} y1={top} y2={bottom} stroke="var(--ink)" strokeOpacity={0.35} strokeWidth={1.5} strokeDasharray="3 3" />
              {FUNCTIONS.map((name) => (
                <g key={name} data-point={name}>
                  {derivatives ? <Point cx={x(z)} cy={y(activationDerivative(name, z, alpha))} top={top} bottom={bottom} colour={COLOURS[name]} hollow /> : null}
                  <Point cx={x(z)} cy={y(activate(name, z, alpha))} top={top} bottom={bottom} colour={COLOURS[name]} />
                </g>
              ))}
            </g>
          );
        }}
      </FunctionPlot>
      <figcaption>
        <ul className={styles.legend}>
          {FUNCTIONS.map((name) => (
            <li key={name}>
              <svg width="26" height="10" aria-hidden="true">
                <line x1="1" x2="25" y1="5" y2="5" stroke={COLOURS[name]} strokeWidth="3" strokeLinecap="round" />
              </svg>
              {names[name]}
            </li>
          ))}
          {/* Always laid out, only hidden, so switching derivatives on does not reflow the legend. */}
          <li style={{ visibility: derivatives ? 'visible' : 'hidden' }}>
            <svg width="26" height="10" aria-hidden="true">
              <line x1="1" x2="25" y1="5" y2="5" stroke="var(--muted)" strokeWidth="2.5" strokeDasharray="6 4" />
            </svg>
            {legendDerivative}
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}
