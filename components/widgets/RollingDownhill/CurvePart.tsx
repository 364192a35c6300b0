'use client';

import { useId, type PointerEvent } from 'react';
import { formatNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n';
import { FunctionPlot } from '@/components/charts/FunctionPlot';
import { Button } from '@/components/controls/Button';
import { SliderField } from '@/components/controls/SliderField';
import { settled, canStep } from './curveState';
import { curveStep } from './descend';
import { curve } from './landscape';
import type { useCurve } from './useCurve';
import type { words } from './words';
import styles from './RollingDownhill.module.css';

const WIDTH = 400;
const bracket = (text: string) => (text.startsWith('−') ? `(${text})` : text);
const HEIGHT = 240;

/**
 * Part (a): the ball on a 1-D loss curve with its tangent. Dragging on the plot (or the
 * weight field) places the ball; Step and Play take the engine's SGD steps.
 */
export function CurvePart({ curveState, lang, w: t }: { curveState: ReturnType<typeof useCurve>; lang: Locale; w: (typeof words)[Locale] }) {
  const { state, dispatch, running, togglePlay, place } = curveState;
  const arrow = `rd-arrow-${useId().replace(/:/g, '')}`;
  const on = state.status === 'ok';
  const slope = curve.slope(state.w);
  const loss = curve.loss(state.w);
  // The coming step, previewed by the same engine call that will take it.
  const next = on ? curveStep(state.w, state.lr) : null;
  const [lo, hi] = curve.domain;
  const placeAt = (event: PointerEvent<SVGRectElement>, toW: (x: number) => number) => {
    const box = event.currentTarget.ownerSVGElement?.getBoundingClientRect();
    if (!box || box.width === 0) return;
    const w = toW(((event.clientX - box.left) / box.width) * WIDTH);
    place(Math.min(hi, Math.max(lo, Number(w.toFixed(2)))));
  };
  return (
    <section className={styles.part} aria-label={t.curveHeading}>
      <h5 className={styles.heading}>{t.curveHeading}</h5>
      <div className={styles.plot}>
        <FunctionPlot
          xDomain={curve.domain}
          yDomain={curve.lossDomain}
          width={WIDTH}
          height={HEIGHT}
          curves={[{ id: 'loss', label: t.loss, fn: curve.loss, colour: 'var(--ink)' }]}
          markers={on ? [{ id: 'ball', x: state.w, y: loss, colour: 'var(--accent)' }] : []}
          tangent={on ? { x: state.w, y: loss, slope, colour: 'var(--muted)' } : undefined}
          xLabel="w"
          yLabel="L"
          label={t.curveLabel}
        >
          {({ x, y }) => (
            <>
              {state.trail.map((w, i) => (
                <circle key={i} cx={x(w)} cy={y(curve.loss(w))} r={3.5} fill="var(--accent)" opacity={0.15 + (0.5 * (i + 1)) / state.trail.length} />
              ))}
              {next !== null && Math.abs(x(next) - x(state.w)) > 4 ? (
                <line x1={x(state.w)} x2={x(next)} y1={y(loss) - 14} y2={y(loss) - 14} stroke="var(--accent)" strokeWidth={2.5} markerEnd={`url(#${arrow})`} />
              ) : null}
              <defs>
                <marker id={arrow} viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                  <path d="M0,0 L8,4 L0,8 z" fill="var(--accent)" />
                </marker>
              </defs>
              <rect
                className={styles.dragSurface}
                x={x(lo)} y={y(curve.lossDomain[1])} width={x(hi) - x(lo)} height={y(curve.lossDomain[0]) - y(curve.lossDomain[1])}
                fill="transparent"
                onPointerDown={(event) => {
                  event.currentTarget.setPointerCapture(event.pointerId);
                  placeAt(event, x.invert);
                }}
                onPointerMove={(event) => event.currentTarget.hasPointerCapture(event.pointerId) && placeAt(event, x.invert)}
              />
            </>
          )}
        </FunctionPlot>
      </div>
      <p className={styles.readout}>
        <span data-testid="curve-steps">{t.steps(state.steps)}</span>
        <span>w = <output data-testid="curve-w">{formatNumber(state.w, 3)}</output></span>
        <span>{t.slope} f′(w) = <output data-testid="curve-slope">{on ? formatNumber(slope, 3) : '—'}</output></span>
        <span>{t.loss} = <output data-testid="curve-loss">{on ? formatNumber(loss, 3) : '—'}</output></span>
      </p>
      <p className={styles.nextStep} role="status" data-testid="curve-status">
        {state.status === 'off' ? t.off(formatNumber(state.w, 2)) : state.status === 'diverged' ? t.diverged : settled(state) ? t.settled
          : next !== null ? `${t.nextStep}: Δw = −η · f′(w) = −${formatNumber(state.lr, 2)} × ${bracket(formatNumber(slope, 3))} = ${formatNumber(next - state.w, 3)}` : ''}
      </p>
      <div className={styles.controls}>
        <SliderField label={t.weight} value={Math.min(hi, Math.max(lo, state.w))} min={lo} max={hi} step={0.05} lang={lang} digits={2} onChange={place} />
        <SliderField label={t.lr} value={state.lr} min={0.01} max={1.2} step={0.01} lang={lang} onChange={(lr) => dispatch({ type: 'lr', lr })} />
      </div>
      <div className={styles.buttons}>
        <Button onClick={() => dispatch({ type: 'step' })} disabled={!canStep(state)}>{t.step}</Button>
        <Button primary onClick={togglePlay} disabled={!running && (!canStep(state) || settled(state))} aria-pressed={running}>
          {running ? t.pause : t.play}
        </Button>
        <Button onClick={() => dispatch({ type: 'reset' })}>{t.reset}</Button>
      </div>
    </section>
  );
}
