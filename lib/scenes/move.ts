import type { JsonValue } from '../json';
import type { ScenePlan } from './remark';

type State = Readonly<Record<string, JsonValue>>;

/** How to bring a widget to a step (see planMove). */
export type Move =
  /** Mount the widget afresh with exactly this state: its seeded start, then the step. */
  | { kind: 'remount'; state: State }
  /** Continue as it is, changing only these keys (the next step of a running widget). */
  | { kind: 'continue'; values: State }
  /** Give it exactly this state; the listed keys slide there from where they are. */
  | { kind: 'replace'; state: State; glide: { key: string; from: JsonValue; to: JsonValue }[] };

/**
 * The move from the step the widget shows (`shown`, null if none or the reader has played)
 * to step `target`. A widget with hidden state (training) continues to the next step, so an
 * announcement really changes a running network, and remounts for any other move, so going
 * back is exact. Any other widget is given the step's whole state, gliding where it may.
 */
export function planMove(plan: ScenePlan, target: number, shown: number | null, options: { animate: boolean; current: (key: string) => JsonValue | undefined }): Move {
  const step = plan.steps[target];
  if (!step) throw new Error(`scene ${plan.id} has no step ${target}`);
  const next = shown !== null && target === shown + 1;
  if (plan.restart) return next ? { kind: 'continue', values: step.set } : { kind: 'remount', state: step.state };
  const glide = options.animate
    ? plan.glide.flatMap((key) => {
        const from = options.current(key);
        const to = step.state[key];
        return from !== undefined && to !== undefined && canMix(from, to) && JSON.stringify(from) !== JSON.stringify(to) ? [{ key, from, to }] : [];
      })
    : [];
  return { kind: 'replace', state: step.state, glide };
}

const isNumbers = (value: JsonValue): value is readonly number[] => Array.isArray(value) && value.every((item) => typeof item === 'number');

/** True if `from` and `to` are numbers, or number lists of one length: what can slide. */
export function canMix(from: JsonValue, to: JsonValue): boolean {
  if (typeof from === 'number' && typeof to === 'number') return true;
  return isNumbers(from) && isNumbers(to) && from.length === to.length;
}

/** The value a fraction `t` of the way from `from` to `to` (both mixable; see canMix). */
export function mix(from: JsonValue, to: JsonValue, t: number): JsonValue {
  if (typeof from === 'number' && typeof to === 'number') return t >= 1 ? to : from + (to - from) * t;
  if (isNumbers(from) && isNumbers(to)) return from.map((a, i) => mix(a, to[i]!, t) as number);
  return to;
}
