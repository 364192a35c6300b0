'use client';

import { useRef } from 'react';
import { scaleLinear } from 'd3-scale';
import { usePalette } from '@/components/charts/usePalette';
import { PredictionHandle } from './PredictionHandle';
import styles from './LossExplorer.module.css';

const W = 360;
const H = 230;
const M = { top: 24, right: 8, bottom: 44, left: 34 };

/**
 * The examples side by side: each true answer y as a ring at 0 or 1, each prediction ŷ
 * as a dot the reader drags, and the gap between them (what every loss measures).
 */
export function PredictionChart({
  targets, predictions, label, handleLabel, answerLabel, onChange,
}: {
  targets: readonly number[];
  predictions: readonly number[];
  label: string;
  handleLabel: (n: number) => string;
  answerLabel: (y: number) => string;
  onChange: (index: number, value: number) => void;
}) {
  const svg = useRef<SVGSVGElement>(null);
  const palette = usePalette();
  // A prediction's colour says which answer it leans to: blue towards 0, orange towards 1.
  const lean = scaleLinear<string>().domain([0, 1]).range([palette.neg, palette.pos]);
  const bottom = H - M.bottom;
  const column = (W - M.left - M.right) / targets.length;
  const y = (v: number) => bottom - (bottom - M.top) * v;
  const toValue = (clientY: number) => {
    const rect = svg.current?.getBoundingClientRect();
    if (!rect || rect.height === 0) return 0;
    const yView = ((clientY - rect.top) / rect.height) * H;
    return (bottom - yView) / (bottom - M.top);
  };
  return (
    <svg ref={svg} viewBox={`0 0 ${W} ${H}`} width="100%" role="group" aria-label={label} className={styles.chart}>
      {[0, 0.5, 1].map((tick) => (
        <g key={tick} fontSize="11" fill="var(--muted)">
          <line x1={M.left} x2={W - M.right} y1={y(tick)} y2={y(tick)} stroke="var(--line)" strokeDasharray={tick === 0.5 ? '3 4' : undefined} />
          <text x={M.left - 6} y={y(tick) + 4} textAnchor="end">{tick}</text>
        </g>
      ))}
      <text x={4} y={12} fontSize="12" fill="var(--muted)" fontStyle="italic">ŷ</text>
      {targets.map((target, i) => {
        const x = M.left + column * (i + 0.5);
        const p = predictions[i]!;
        const answerColour = target === 1 ? 'var(--pos)' : 'var(--neg)';
        return (
          <g key={i}>
            <line x1={x} x2={x} y1={y(0)} y2={y(1)} stroke="var(--line)" strokeWidth={2} />
            <line x1={x} x2={x} y1={y(target)} y2={y(p)} stroke="var(--accent)" strokeOpacity={0.45} strokeWidth={7} strokeLinecap="round" />
            <circle cx={x} cy={y(target)} r={9} fill="none" stroke={answerColour} strokeWidth={2.5} />
            <text x={x} y={bottom + 20} textAnchor="middle" fontSize="12" fill="var(--ink)" fontWeight={700}>{i + 1}</text>
            <text x={x} y={bottom + 36} textAnchor="middle" fontSize="12" fill={answerColour}>{answerLabel(target)}</text>
            <PredictionHandle
              x={x}
              top={M.top}
              bottom={bottom}
              width={column}
              value={p}
              colour={lean(p)}
              label={handleLabel(i + 1)}
              onChange={(value) => onChange(i, value)}
              toValue={toValue}
              labelLeft={i === targets.length - 1}
            />
          </g>
        );
      })}
    </svg>
  );
}
