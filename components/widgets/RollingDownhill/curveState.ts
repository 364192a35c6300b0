import { curveStep } from './descend';
import { curve } from './landscape';

/** Where the ball is on the 1-D curve and how it got there. */
export interface CurveState {
  /** where the reader put the ball (Reset returns here) */
  start: number;
  /** the ball's weight now */
  w: number;
  /** learning rate η */
  lr: number;
  /** steps taken since the ball was placed */
  steps: number;
  /** earlier positions, oldest first (the last few only) */
  trail: number[];
  /** size of the last step, to tell when the ball has settled */
  lastMove: number;
  /** 'off': a step landed outside the chart; 'diverged': the engine refused a non-finite step */
  status: 'ok' | 'off' | 'diverged';
}

export type CurveAction =
  | { type: 'place'; w: number }
  | { type: 'lr'; lr: number }
  | { type: 'step' }
  | { type: 'run' }
  | { type: 'reset' };

const TRAIL = 40;
/** Steps after which Play gives up even if the ball still creeps. */
export const CURVE_MAX_STEPS = 200;
/** A step smaller than this counts as standing still. */
export const SETTLED = 1e-4;

export const initialCurve: CurveState = { start: 2.6, w: 2.6, lr: 0.1, steps: 0, trail: [], lastMove: Infinity, status: 'ok' };

/** True while another step can still change something worth watching. */
export const canStep = (s: CurveState) => s.status === 'ok' && s.steps < CURVE_MAX_STEPS;
export const settled = (s: CurveState) => s.lastMove < SETTLED;

function step(s: CurveState): CurveState {
  if (!canStep(s)) return s;
  const next = curveStep(s.w, s.lr);
  if (next === null) return { ...s, status: 'diverged' };
  const [lo, hi] = curve.domain;
  return {
    ...s,
    w: next,
    steps: s.steps + 1,
    trail: [...s.trail, s.w].slice(-TRAIL),
    lastMove: Math.abs(next - s.w),
    status: next < lo || next > hi ? 'off' : 'ok',
  };
}

/** The curve's state changes; every step is the engine's SGD (see descend.ts). */
export function curveReducer(s: CurveState, action: CurveAction): CurveState {
  switch (action.type) {
    case 'place':
      return { ...s, start: action.w, w: action.w, steps: 0, trail: [], lastMove: Infinity, status: 'ok' };
    case 'lr':
      return { ...s, lr: action.lr };
    case 'step':
      return step(s);
    case 'run': {
      // Reduced motion: Play jumps to where the ball comes to rest, without the frames between.
      let out = s;
      while (canStep(out) && !settled(out)) out = step(out);
      return out;
    }
    case 'reset':
      return curveReducer(s, { type: 'place', w: s.start });
  }
}
