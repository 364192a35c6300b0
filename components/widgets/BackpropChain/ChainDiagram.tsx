import { formatNumber } from '@/lib/format';
import type { Chain, ChainParams } from './chain';
import { PHASE, STAGES, reached } from './stages';
import styles from '../stops/stops.module.css';
import { signColour } from '../stops/numbers';

const X = { x: 26, y: 56, r: 17 };
const ME = { x: 128, y: 56, r: 31 };
const OUT = { x: 240, y: 56, r: 31 };
const LOSS = { x: 300, y: 34, w: 54, h: 44 };

const n3 = (v: number) => formatNumber(v, 3);

/**
 * Input, me (the hidden neuron), the output neuron and the loss desk in a row. Forward stops
 * fill in the values left to right; backward stops write each blame under the part it belongs
 * to, in its sign's colour, right to left.
 */
export function ChainDiagram({ stage, x, params, target, chain, me, label }: {
  stage: number;
  x: number;
  params: ChainParams;
  target: number;
  chain: Chain;
  me: string;
  label: string;
}) {
  const id = STAGES[stage]!;
  const back = PHASE[id] !== 'forward';
  const at = (s: (typeof STAGES)[number]) => reached(stage, s);
  const wire = (lit: boolean, blame: number | null) =>
    blame !== null ? { stroke: signColour(blame), strokeWidth: 4 } : { stroke: lit ? 'var(--accent)' : 'var(--line)', strokeWidth: 2.5 };
  const blameText = (cx: number, value: number, text: string) => (
    <text x={cx} y={ME.y + ME.r + 30} textAnchor="middle" fontSize="11.5" fontWeight={700} fill={signColour(value)}>{text}</text>
  );
  return (
    <svg viewBox="0 0 360 130" width="100%" role="img" aria-label={label} className={styles.diagram}>
      <line x1={X.x + X.r} y1={X.y} x2={ME.x - ME.r} y2={ME.y} {...wire(id === 'z1', back && at('hidden') ? chain.dW1 : null)} />
      <line x1={ME.x + ME.r} y1={ME.y} x2={OUT.x - OUT.r} y2={OUT.y} {...wire(id === 'z2', back && at('dH') ? chain.dH : null)} />
      <line x1={OUT.x + OUT.r} y1={OUT.y} x2={LOSS.x} y2={OUT.y} {...wire(id === 'loss', back ? chain.dYhat : null)} />
      <circle cx={X.x} cy={X.y} r={X.r} fill="var(--card)" stroke={signColour(x)} strokeWidth={2.5} />
      <text x={X.x} y={X.y + 4.5} textAnchor="middle" fontSize="12" fill="var(--ink)">{formatNumber(x, 1)}</text>
      <text x={(X.x + X.r + ME.x - ME.r) / 2} y={X.y - 10} textAnchor="middle" fontSize="11.5" fill="var(--muted)" className={styles.halo}>w₁={formatNumber(params.w1, 1)}</text>
      <text x={(ME.x + OUT.x) / 2} y={ME.y - 10} textAnchor="middle" fontSize="11.5" fill="var(--muted)" className={styles.halo}>w₂={formatNumber(params.w2, 1)}</text>
      {[{ c: ME, z: chain.z1, out: at('h') ? `h=${n3(chain.h)}` : 'h=?', sumShown: at('z1'), name: me, b: params.b1, lit: id === 'z1' || id === 'h' || id === 'dZ1' },
        { c: OUT, z: chain.z2, out: at('yhat') ? `ŷ=${n3(chain.yhat)}` : 'ŷ=?', sumShown: at('z2'), name: '', b: params.b2, lit: id === 'z2' || id === 'yhat' || id === 'dZ2' }].map(({ c, z, out, sumShown, name, b, lit }, i) => (
        <g key={i}>
          <circle cx={c.x} cy={c.y} r={c.r} fill="var(--neuron)" stroke={lit ? 'var(--accent)' : '#b86b14'} strokeWidth={lit ? 5 : 2.5} />
          <text x={c.x} y={c.y - 6} textAnchor="middle" fontSize="11" fill="#2a2420">{sumShown ? `z=${n3(z)}` : 'z=?'}</text>
          <text x={c.x} y={c.y + 11} textAnchor="middle" fontSize="11.5" fontWeight={700} fill="#2a2420">{out}</text>
          <text x={c.x} y={c.y - c.r - 6} textAnchor="middle" fontSize="11" fill="var(--muted)">{name ? `${name} · ` : ''}b={formatNumber(b, 1)}</text>
        </g>
      ))}
      <rect x={LOSS.x} y={LOSS.y} width={LOSS.w} height={LOSS.h} rx={8} fill="var(--card)" stroke={id === 'loss' ? 'var(--accent)' : 'var(--line)'} strokeWidth={2} />
      <text x={LOSS.x + LOSS.w / 2} y={LOSS.y + 17} textAnchor="middle" fontSize="11.5" fill="var(--muted)">y={target}</text>
      <text x={LOSS.x + LOSS.w / 2} y={LOSS.y + 34} textAnchor="middle" fontSize="11.5" fontWeight={700} fill="var(--ink)">L={at('loss') ? n3(chain.loss) : '?'}</text>
      {at('dZ2') ? blameText(OUT.x, chain.dZ2, `∂L/∂z₂=${n3(chain.dZ2)}`) : null}
      {at('dZ1') ? blameText(ME.x, chain.dZ1, `∂L/∂z₁=${n3(chain.dZ1)}`) : null}
      {at('dH') ? <text x={(ME.x + OUT.x) / 2} y={ME.y + 16} textAnchor="middle" fontSize="11" fill={signColour(chain.dH)} className={styles.halo}>← {n3(chain.dH)}</text> : null}
    </svg>
  );
}
