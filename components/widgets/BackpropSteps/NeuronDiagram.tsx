'use client';

import { LazyMotion, domAnimation, m, useReducedMotion } from 'framer-motion';
import type { Round } from './round';
import { STAGES, reached, type Stage } from './stages';
import styles from '../stops/stops.module.css';
import own from './BackpropSteps.module.css';
import { inFormula, signColour } from '../stops/numbers';

const IN_X = 36;
const ME = { x: 196, y: 88, r: 34 };
const LOSS = { x: 300, y: 66, w: 54, h: 44 };
const ROWS = [30, 88, 146];
/** How far along its wire a weight's label sits (0 = at the input, 1 = at the neuron). */
const LABEL_AT = 0.42;


/**
 * Inputs, the neuron and the loss desk. Forward stops light the wires left to right;
 * from the ledger on, each wire takes its blame's colour (sign) and thickness (size),
 * and a pulse runs the way the stop's quantity travels.
 */
export function NeuronDiagram({
  stage, inputs, weights, bias, target, round, label,
}: {
  stage: number;
  inputs: number[];
  weights: number[];
  bias: number;
  target: number;
  round: Round;
  label: string;
}) {
  const still = useReducedMotion() ?? false;
  const id = STAGES[stage]!;
  const blamed = reached(stage, 'ledger');
  const biggest = Math.max(1e-9, ...round.dWeights.map(Math.abs));
  const lit = (part: 'wires' | 'me' | 'loss') =>
    (part === 'wires' && (id === 'z' || id === 'ledger' || id === 'update')) ||
    (part === 'me' && (id === 'a' || id === 'dZ')) ||
    (part === 'loss' && (id === 'loss' || id === 'dA'));
  return (
    <LazyMotion features={domAnimation} strict>
      <svg viewBox="0 0 360 176" width="100%" role="img" aria-label={label} className={`${styles.diagram} ${own.diagram}`}>
        {inputs.map((a, i) => {
          const y = ROWS[i]!;
          const g = round.dWeights[i]!;
          return (
            <g key={i}>
              <line
                x1={IN_X + 18} y1={y} x2={ME.x - ME.r} y2={ME.y}
                stroke={blamed ? signColour(g) : lit('wires') ? 'var(--accent)' : 'var(--line)'}
                strokeWidth={blamed ? 1.5 + 7 * (Math.abs(g) / biggest) : 2.5}
                strokeLinecap="round"
              />
              <circle cx={IN_X} cy={y} r={18} fill="var(--card)" stroke={signColour(a)} strokeWidth={2.5} />
              <text x={IN_X} y={y + 4.5} textAnchor="middle" fontSize="13" fill="var(--ink)">{inFormula(a)}</text>
              <text x={IN_X + 18 + LABEL_AT * (ME.x - ME.r - IN_X - 18)} y={y + LABEL_AT * (ME.y - y) + (i === 2 ? 17 : -8)} textAnchor="middle" fontSize="12" fill="var(--muted)" className={styles.halo}>
                w{i + 1}={inFormula(weights[i]!)}
              </text>
            </g>
          );
        })}
        <line x1={ME.x + ME.r} y1={ME.y} x2={LOSS.x} y2={ME.y} stroke={lit('loss') ? 'var(--accent)' : 'var(--line)'} strokeWidth={2.5} />
        <circle cx={ME.x} cy={ME.y} r={ME.r} fill="var(--neuron)" stroke={lit('me') ? 'var(--accent)' : '#b86b14'} strokeWidth={lit('me') ? 5 : 2.5} />
        <text x={ME.x} y={ME.y - 5} textAnchor="middle" fontSize="12" fill="#2a2420">z={inFormula(round.z)}</text>
        <text x={ME.x} y={ME.y + 13} textAnchor="middle" fontSize="13" fontWeight={700} fill="#2a2420">
          {reached(stage, 'a') ? `ŷ=${inFormula(round.a)}` : 'ŷ=?'}
        </text>
        <text x={ME.x} y={ME.y + ME.r + 16} textAnchor="middle" fontSize="12" fill="var(--muted)">b={inFormula(bias)}</text>
        <rect x={LOSS.x} y={LOSS.y} width={LOSS.w} height={LOSS.h} rx={8} fill="var(--card)" stroke={lit('loss') ? 'var(--accent)' : 'var(--line)'} strokeWidth={lit('loss') ? 3 : 2} />
        <text x={LOSS.x + LOSS.w / 2} y={LOSS.y + 18} textAnchor="middle" fontSize="12" fill="var(--muted)">y={target}</text>
        <text x={LOSS.x + LOSS.w / 2} y={LOSS.y + 35} textAnchor="middle" fontSize="13" fontWeight={700} fill="var(--ink)">
          L={reached(stage, 'loss') ? inFormula(round.loss) : '?'}
        </text>
        {still
          ? null
          : pulses(id, round).map((p, i) => (
              <m.circle
                key={`${stage}-${i}`}
                r={5}
                fill={p.colour}
                initial={{ cx: p.from[0], cy: p.from[1], opacity: 0 }}
                animate={{ cx: p.to[0], cy: p.to[1], opacity: [0, 1, 1, 0] }}
                transition={{ duration: 0.7, ease: 'easeInOut' }}
              />
            ))}
      </svg>
    </LazyMotion>
  );
}

/** Where a stop's quantity travels: signals forwards to the loss, blame backwards to the inputs. */
function pulses(stage: Stage, round: Round): { from: [number, number]; to: [number, number]; colour: string }[] {
  const edge = { left: ME.x - ME.r, right: ME.x + ME.r };
  if (stage === 'z') return ROWS.map((y) => ({ from: [IN_X + 18, y], to: [edge.left, ME.y], colour: 'var(--accent)' }));
  if (stage === 'loss') return [{ from: [edge.right, ME.y], to: [LOSS.x, ME.y], colour: 'var(--accent)' }];
  if (stage === 'dA') return [{ from: [LOSS.x, ME.y], to: [edge.right, ME.y], colour: signColour(round.dA) }];
  if (stage === 'ledger') {
    return ROWS.map((y, i) => ({ from: [edge.left, ME.y], to: [IN_X + 18, y], colour: signColour(round.dWeights[i]!) }));
  }
  return [];
}
