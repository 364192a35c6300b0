'use client';

import { formatNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n';
import { WidgetFrame } from '../WidgetFrame';
import { ContourPart, standings } from './ContourPart';
import { CurvePart } from './CurvePart';
import { curve } from './landscape';
import { useBowl } from './useBowl';
import { useCurve } from './useCurve';
import { words } from './words';

/** Chapter 7: gradient descent on a loss curve, then SGD, momentum and Adam racing down a narrow bowl. */
export function RollingDownhill({ lang }: { lang: Locale }) {
  const w = words[lang];
  const curveState = useCurve();
  const race = useBowl();
  const { state } = curveState;
  const f3 = (v: number) => formatNumber(v, 3);
  const curveSummary = state.status === 'ok'
    ? w.curveSummary(state.steps, f3(state.w), f3(curve.slope(state.w)), f3(curve.loss(state.w)))
    : state.status === 'off' ? w.off(formatNumber(state.w, 2)) : w.diverged;
  const mapSummary = w.mapSummary(
    race.steps, formatNumber(race.start[0], 2), formatNumber(race.start[1], 2),
    standings(race).map((row) => w.racerSummary(w.racer[row.racer.id], f3(row.loss))),
  );
  return (
    <WidgetFrame name="RollingDownhill" title={w.title} summary={`${curveSummary} ${mapSummary}`}>
      <CurvePart curveState={curveState} lang={lang} w={w} />
      <ContourPart race={race} w={w} />
    </WidgetFrame>
  );
}
