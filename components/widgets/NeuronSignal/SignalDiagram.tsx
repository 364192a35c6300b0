'use client';

import { LazyMotion, domAnimation, m, useReducedMotion } from 'framer-motion';
import { formatNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n';
import { words } from './words';

const IN_X = 46;
const ME = { x: 200, y: 95, r: 34 };
const OUT_X = 330;
const rows = [35, 95, 155];

const signColour = (v: number) => (v > 0 ? 'var(--pos)' : v < 0 ? 'var(--neg)' : 'var(--line)');

/**
 * Inputs on the left, the neuron in the middle, the next layer on the right. A wire's
 * colour is the sign of what it contributes (weight × input), its thickness the size.
 * On every change a pulse runs along the wires: the signal really travels.
 */
export function SignalDiagram({
  inputs,
  weights,
  sum,
  output,
  pulse,
  depth,
  label,
  lang,
}: {
  inputs: number[];
  weights: number[];
  sum: number;
  output: number;
  pulse: number;
  /** how much of the inside is shown: 0 none (a black box), 1 the weights and z, 2 also σ */
  depth: number;
  label: string;
  lang: Locale;
}) {
  const still = useReducedMotion() ?? false;
  const w = words[lang];
  return (
    <LazyMotion features={domAnimation} strict>
      <svg viewBox="0 0 380 190" width="100%" role="img" aria-label={label}>
        {inputs.map((a, i) => {
          const y = rows[i]!;
          const contribution = a * (weights[i] ?? 0);
          return (
            <g key={i}>
              <line
                x1={IN_X}
                y1={y}
                x2={ME.x - ME.r}
                y2={ME.y}
                stroke={signColour(contribution)}
                strokeWidth={1.5 + 7 * Math.min(1, Math.abs(contribution))}
                strokeLinecap="round"
              />
              <circle cx={IN_X} cy={y} r={19} fill="var(--card)" stroke={signColour(a)} strokeWidth={2.5} />
              <text x={IN_X} y={y + 5} textAnchor="middle" fontSize="13" fill="var(--ink)">
                {formatNumber(a, 1)}
              </text>
              {depth > 0 ? (
                <text x={(IN_X + ME.x) / 2 - 4} y={(y + ME.y) / 2 - 6} textAnchor="middle" fontSize="11" fill="var(--muted)">
                  w{i + 1}={formatNumber(weights[i] ?? 0, 1)}
                </text>
              ) : null}
              {!still && pulse > 0 ? (
                <m.circle
                  key={`p${pulse}-${i}`}
                  r={4}
                  fill={signColour(contribution)}
                  initial={{ cx: IN_X, cy: y, opacity: 1 }}
                  animate={{ cx: ME.x - ME.r, cy: ME.y, opacity: [1, 1, 0] }}
                  transition={{ duration: 0.5, ease: 'easeIn' }}
                />
              ) : null}
            </g>
          );
        })}
        <line
          x1={ME.x + ME.r}
          y1={ME.y}
          x2={OUT_X - 20}
          y2={ME.y}
          stroke="var(--pos)"
          strokeOpacity={0.25 + 0.75 * output}
          strokeWidth={1.5 + 7 * output}
          strokeLinecap="round"
        />
        {!still && pulse > 0 ? (
          <m.circle
            key={`out${pulse}`}
            r={5}
            fill="var(--pos)"
            initial={{ cx: ME.x + ME.r, cy: ME.y, opacity: 0 }}
            animate={{ cx: OUT_X - 20, opacity: [0, 1, 1, 0] }}
            transition={{ delay: 0.45, duration: 0.5, ease: 'easeOut' }}
          />
        ) : null}
        <circle cx={ME.x} cy={ME.y} r={ME.r} fill="var(--neuron)" stroke="#b86b14" strokeWidth={2.5} />
        <text x={ME.x} y={ME.y - 4} textAnchor="middle" fontSize="12" fill="#2a2420">
          {w.me}
        </text>
        <text x={ME.x} y={ME.y + 13} textAnchor="middle" fontSize="13" fontWeight="700" fill="#2a2420">
          {depth > 0 ? `z=${formatNumber(sum)}` : '?'}
        </text>
        <circle cx={OUT_X} cy={ME.y} r={20} fill="var(--card)" stroke="var(--line)" strokeWidth={2} />
        <text x={OUT_X} y={ME.y + 5} textAnchor="middle" fontSize="13" fill="var(--ink)">
          {formatNumber(output)}
        </text>
        <text x={OUT_X} y={ME.y + 38} textAnchor="middle" fontSize="11" fill="var(--muted)">
          {w.next}
        </text>
      </svg>
    </LazyMotion>
  );
}
