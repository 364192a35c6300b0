'use client';

import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { AxisBottom, AxisLeft } from './Axes';
import styles from './LineChart.module.css';

/** One line: values[i] is the value at step i × `every`. Non-finite values leave a gap. */
export interface Series {
  id: string;
  label: string;
  values: ArrayLike<number>;
  colour: string;
  dashed?: boolean;
  /** Steps between consecutive values (default 1). */
  every?: number;
  /** The step of each value (e.g. a trainer snapshot's historySteps); overrides `every`. */
  steps?: ArrayLike<number>;
}

/** The step at which value i of a series was measured. */
const stepOf = (s: Series, i: number) => (s.steps ? s.steps[i]! : i * (s.every ?? 1));

/** A vertical mark at step x, e.g. "diverged here" or "learning rate changed". */
export interface StepMark {
  x: number;
  label: string;
  colour: string;
}

/** Room for the axes inside the viewBox (exported so a reader of the chart can map a pointer to a step). */
export const MARGIN = { top: 16, right: 14, bottom: 34, left: 46 };

/** Loss (or any quantity) over steps, several series on shared axes, with a legend. */
export function LineChart({
  series,
  marks = [],
  width = 480,
  height = 220,
  xLabel,
  yLabel,
  label,
  yDomain,
  xMax,
}: {
  series: Series[];
  marks?: StepMark[];
  width?: number;
  height?: number;
  xLabel?: string;
  yLabel?: string;
  label: string;
  /** Fixed y range; by default 0 to the largest finite value. */
  yDomain?: [number, number];
  /** Fixed x extent, so the axis does not jump while a run grows. */
  xMax?: number;
}) {
  let maxX = xMax ?? 1;
  let maxY = 0;
  for (const s of series) {
    if (s.values.length > 0) maxX = Math.max(maxX, stepOf(s, s.values.length - 1));
    for (let i = 0; i < s.values.length; i++) {
      const v = s.values[i]!;
      if (Number.isFinite(v) && v > maxY) maxY = v;
    }
  }
  // A mark ahead of the run (a rate change planned for a later step) widens the axis to it, so it is
  // drawn inside the chart, not past its last step over whatever sits beside it.
  for (const mark of marks) maxX = Math.max(maxX, mark.x);
  const x = scaleLinear().domain([0, maxX]).range([MARGIN.left, width - MARGIN.right]);
  const y = scaleLinear()
    .domain(yDomain ?? [0, maxY > 0 ? maxY * 1.05 : 1])
    .range([height - MARGIN.bottom, MARGIN.top])
    .nice();
  const [top, bottom] = [y.range()[1]!, y.range()[0]!];
  return (
    <figure className={styles.chart}>
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={label}>
        <AxisLeft scale={y} x={MARGIN.left} width={width - MARGIN.left - MARGIN.right} label={yLabel} />
        <AxisBottom scale={x} y={bottom} label={xLabel} />
        {series.map((s) => {
          const path = line<number>()
            .defined((v) => Number.isFinite(v))
            .x((_, i) => x(stepOf(s, i)))
            .y((v) => y(Math.min(v, y.domain()[1]!)));
          return (
            <path
              key={s.id}
              d={path(Array.from(s.values)) ?? ''}
              fill="none"
              stroke={s.colour}
              strokeWidth={2}
              strokeDasharray={s.dashed ? '5 4' : undefined}
              strokeLinejoin="round"
              data-series={s.id}
            />
          );
        })}
        {marks.map((mark) => (
          <g key={`${mark.x}-${mark.label}`}>
            <line x1={x(mark.x)} x2={x(mark.x)} y1={top} y2={bottom} stroke={mark.colour} strokeDasharray="3 3" />
            {/* (its label to the left of the line where it would run past the chart's right edge; about 0.6 em a character) */}
            <text {...(x(mark.x) + 4 + mark.label.length * 11 * 0.6 > width ? { x: x(mark.x) - 4, textAnchor: 'end' } : { x: x(mark.x) + 4 })} y={top + 12} fontSize="11" fill={mark.colour}>
              {mark.label}
            </text>
          </g>
        ))}
      </svg>
      <figcaption className={styles.legend}>
        {series.map((s) => (
          <span key={s.id} className={styles.key}>
            <svg width="22" height="10" aria-hidden="true">
              <line x1="1" x2="21" y1="5" y2="5" stroke={s.colour} strokeWidth="2.5" strokeDasharray={s.dashed ? '5 3' : undefined} />
            </svg>
            {s.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
