'use client';

import { formatNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n';
import { Button } from '@/components/controls/Button';
import { ContourMap } from './ContourMap';
import { MAX_STEPS } from './descend';
import { bowl } from './landscape';
import type { useBowl } from './useBowl';
import type { words } from './words';
import numbers from '../numberTable.module.css';
import styles from './RollingDownhill.module.css';

/** Loss below which a path counts as having reached the valley floor. */
export const FLOOR = 0.01;

/** Where each path is after `steps` steps, its loss, and the first step it got below FLOOR. */
export function standings(race: ReturnType<typeof useBowl>) {
  return race.paths.map(({ racer, path }) => {
    const at = path.points[Math.min(race.steps, path.points.length - 1)]!;
    const floor = path.points.findIndex(([a, b]) => bowl.loss(a, b) < FLOOR);
    return { racer, at, loss: bowl.loss(at[0], at[1]), floor: floor >= 0 && floor <= race.steps ? floor : null };
  });
}

/** Part (b): SGD, momentum and Adam from the same start on a long, narrow bowl. */
export function ContourPart({ race, w: t }: { race: ReturnType<typeof useBowl>; w: (typeof words)[Locale] }) {
  const rows = standings(race);
  const f2 = (v: number) => formatNumber(v, 2);
  return (
    <section className={styles.part} aria-label={t.mapHeading}>
      <h5 className={styles.heading}>{t.mapHeading}</h5>
      <p className={styles.hint}>{t.mapHint}</p>
      <ContourMap
        start={race.start}
        paths={race.paths.map(({ racer, path }) => ({ id: racer.id, colour: racer.colour, path }))}
        steps={race.steps}
        label={t.mapLabel}
        startLabel={t.startLabel(f2(race.start[0]), f2(race.start[1]))}
        onStart={race.moveTo}
      />
      <div className={styles.buttons}>
        <Button onClick={race.step} disabled={race.steps >= MAX_STEPS}>{t.step}</Button>
        <Button primary onClick={race.togglePlay} aria-pressed={race.running}>{race.running ? t.pause : t.play}</Button>
        <Button onClick={race.reset}>{t.reset}</Button>
        <span className={styles.counter} data-testid="bowl-steps">{t.steps(race.steps)}</span>
      </div>
      <table className={numbers.table}>
        <thead>
          <tr>
            <th scope="col">{t.method}</th>
            <th scope="col">w₁</th>
            <th scope="col">w₂</th>
            <th scope="col">{t.loss}</th>
            <th scope="col">{t.bottom}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ racer, at, loss, floor }) => (
            <tr key={racer.id} data-testid={`bowl-${racer.id}`}>
              <th scope="row">
                <span className={styles.swatch} style={{ background: racer.colour }} aria-hidden="true" />
                {t.racer[racer.id]} <span className={styles.lr}>η = {racer.lr}</span>
              </th>
              <td data-testid={`bowl-${racer.id}-w1`}>{f2(at[0])}</td>
              <td data-testid={`bowl-${racer.id}-w2`}>{f2(at[1])}</td>
              <td data-testid={`bowl-${racer.id}-loss`}>{formatNumber(loss, 3)}</td>
              <td>{floor === null ? t.notYet : t.atStep(floor)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
