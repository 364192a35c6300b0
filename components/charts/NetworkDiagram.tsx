'use client';

import { useState } from 'react';
import { formatNumber } from '@/lib/format';
import { columnSizes, diagramLayout } from './diagramLayout';
import styles from './NetworkDiagram.module.css';

/** The part of a network's JSON the diagram draws: weights[o][i] and biases[o] per layer. */
export interface DiagramLayer {
  weights: number[][];
  biases: number[];
}

/** What one neuron shows when it is lit: its weighted sum and its output. */
export interface NeuronValues {
  sums?: number[][];
  /** outputs[0] are the inputs; outputs[l + 1] the outputs of layer l. */
  outputs?: number[][];
}

const signColour = (v: number) => (v > 0 ? 'var(--pos)' : v < 0 ? 'var(--neg)' : 'var(--line)');

/**
 * Neurons as circles in columns, weights as lines: colour is the sign, thickness the
 * size. Every neuron can be focused (or hovered) to read its bias, sum and output.
 * Columns after `lit` are drawn faint, so a forward pass can light up layer by layer.
 */
export function NetworkDiagram({
  layers,
  values = {},
  lit = Infinity,
  label,
  width = 460,
  height = 240,
  describe,
  note,
  onPick,
}: {
  layers: DiagramLayer[];
  values?: NeuronValues;
  /** Columns 0..lit are lit (column 0 is the input layer). */
  lit?: number;
  label: string;
  width?: number;
  height?: number;
  /** Words for a focused neuron, e.g. "layer 1, neuron 2: z = 0.31, a = 0.58". */
  describe: (column: number, index: number) => string;
  /** A short label drawn under a lit neuron, e.g. its sum "z = 0.31" (none when null). */
  note?: (column: number, index: number) => string | null;
  /** a neuron clicked, or Enter pressed on it */
  onPick?: (column: number, index: number) => void;
}) {
  const [focus, setFocus] = useState<{ column: number; index: number } | null>(null);
  const sizes = columnSizes(layers);
  const { radius, x, y: yOf } = diagramLayout(sizes, width, height);
  let maxWeight = 1e-9;
  for (const layer of layers) for (const row of layer.weights) for (const w of row) maxWeight = Math.max(maxWeight, Math.abs(w));

  return (
    <div className={styles.wrap}>
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="group" aria-label={label}>
        {layers.map((layer, l) =>
          layer.weights.map((row, o) =>
            row.map((w, i) => (
              <line
                key={`${l}-${o}-${i}`}
                x1={x(l)}
                y1={yOf(l, i)}
                x2={x(l + 1)}
                y2={yOf(l + 1, o)}
                stroke={signColour(w)}
                strokeWidth={0.6 + 4.4 * (Math.abs(w) / maxWeight)}
                strokeOpacity={l + 1 <= lit ? 0.85 : 0.18}
              >
                <title>{`w = ${formatNumber(w)}`}</title>
              </line>
            )),
          ),
        )}
        {sizes.map((n, column) =>
          Array.from({ length: n }, (_, index) => {
            const output = values.outputs?.[column]?.[index];
            const on = column <= lit;
            const isFocused = focus?.column === column && focus.index === index;
            const noted = on && note ? note(column, index) : null;
            return (
              <g
                key={`${column}-${index}`}
                tabIndex={0}
                role="img"
                aria-label={describe(column, index)}
                className={styles.neuron}
                onFocus={() => setFocus({ column, index })}
                onBlur={() => setFocus(null)}
                onMouseEnter={() => setFocus({ column, index })}
                onMouseLeave={() => setFocus(null)}
                onClick={onPick ? () => onPick(column, index) : undefined}
                onKeyDown={onPick ? (event) => event.key === 'Enter' && onPick(column, index) : undefined}
                data-column={column}
                data-lit={on ? '' : undefined}
              >
                <circle
                  cx={x(column)}
                  cy={yOf(column, index)}
                  r={radius}
                  fill={on && output !== undefined ? tint(output) : 'var(--card)'}
                  stroke={isFocused ? 'var(--focus)' : on ? 'var(--ink)' : 'var(--line)'}
                  strokeWidth={isFocused ? 3 : 1.5}
                />
                {on && output !== undefined && radius >= 12 ? (
                  <text x={x(column)} y={yOf(column, index) + 4} textAnchor="middle" fontSize={Math.min(12, radius * 0.62)} fill="var(--ink)">
                    {formatNumber(output)}
                  </text>
                ) : null}
                {noted ? (
                  <text x={x(column)} y={yOf(column, index) + radius + 12} textAnchor="middle" fontSize={11} fill="var(--muted)">
                    {noted}
                  </text>
                ) : null}
              </g>
            );
          }),
        )}
      </svg>
      <p className={styles.readout} aria-hidden="true">
        {focus ? describe(focus.column, focus.index) : '\u00a0'}
      </p>
    </div>
  );
}

/** A fill for an output value: stronger orange for larger positive, blue for negative. */
function tint(value: number): string {
  const strength = Math.round(Math.min(1, Math.abs(value)) * 55);
  const hue = value >= 0 ? 'var(--pos)' : 'var(--neg)';
  return `color-mix(in srgb, ${hue} ${strength}%, var(--card))`;
}
