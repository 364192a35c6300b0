'use client';
// The race's shared state: what a story step may set (see manifest.ts), kept in the widget store
// so a scene, the presenter's other window and the reader all move the same race.
import { useWidgetState } from '../state';
import { isAnnounced, isDecay, isRates, isUntil } from './manifest';
import { LANES, RACE_STEPS } from './manifest';
import type { ScheduleKind } from './config';

export interface Decay {
  on: boolean;
  kind: ScheduleKind;
}

export function useRaceState() {
  const [rates, setRates] = useWidgetState<number[]>('rates', LANES.map((lane) => lane.initial), isRates);
  const [decay, setDecay] = useWidgetState<Decay>('decay', { on: false, kind: 'exponential' }, isDecay);
  const [playing, setPlaying] = useWidgetState<boolean>('playing', false);
  /** a running race pauses here (a story may stop it halfway); the reader's races run to the end */
  const [until, setUntil] = useWidgetState<number>('until', RACE_STEPS, isUntil);
  /** steps at which the loudspeaker quartered the large lane's rate */
  const [announced, setAnnounced] = useWidgetState<number[]>('announced', [], isAnnounced);
  return { rates, setRates, decay, setDecay, playing, setPlaying, until, setUntil, announced, setAnnounced };
}
