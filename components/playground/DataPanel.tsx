import type { Locale } from '@/lib/i18n';
import { Button } from '@/components/controls/Button';
import { Segmented } from '@/components/controls/Segmented';
import { SliderField } from '@/components/controls/SliderField';
import { Toggle } from '@/components/controls/Toggle';
import { set } from '@/lib/playground/edit';
import { isOwn, isPictures } from '@/lib/playground/model';
import { withDataset } from '@/lib/playground/presets';
import { DATASETS, LIMITS, PROBLEMS, REGRESSION_SETS, problemOf, type PlaygroundState } from '@/lib/playground/table';
import { OwnCsv } from './OwnCsv';
import type { Update } from './update';
import type { PlaygroundWords } from './words';
import styles from './Playground.module.css';

/** Which data, how noisy, how much is held back for testing, and a fresh draw with the next seed. */
export function DataPanel({ w, lang, state, update }: { w: PlaygroundWords; lang: Locale; state: PlaygroundState; update: Update }) {
  const pictures = isPictures(state.dataset);
  const problem = problemOf(state.dataset);
  // the problem type is the dataset's family: switching it picks that family's first set
  const sets = DATASETS.filter((kind) => problemOf(kind) === problem);
  return (
    <div className={styles.stack}>
      <Segmented
        label={w.problem}
        value={problem}
        onChange={(p) => update((s) => withDataset(s, p === 'regression' ? REGRESSION_SETS[0] : 'circle'))}
        options={PROBLEMS.map((p) => ({ value: p, label: w.problems[p] }))}
      />
      <Segmented
        label={w.dataset}
        value={state.dataset}
        onChange={(kind) => update((s) => withDataset(s, kind))}
        options={sets.map((kind) => ({ value: kind, label: w.datasets[kind] }))}
      />
      {pictures ? <p className={styles.hint}>{w.picturesLoaded}</p> : null}
      {state.dataset === 'own' ? <OwnCsv lang={lang} points={state.own} onChange={(points) => update(set('own', points))} /> : null}
      {state.dataset === 'ownvalue' ? <OwnCsv lang={lang} kind="value" points={state.values} onChange={(points) => update(set('values', points))} /> : null}
      {!pictures && !isOwn(state.dataset) ? (
        <SliderField label={w.noise} value={state.noise} min={LIMITS.noise.min} max={LIMITS.noise.max} step={0.05} lang={lang}
          onChange={(v) => update(set('noise', v))} />
      ) : null}
      <SliderField label={w.testRatio} value={state.testRatio} min={LIMITS.testRatio.min} max={LIMITS.testRatio.max} step={0.1} lang={lang}
        onChange={(v) => update(set('testRatio', Math.round(v * 100) / 100))} />
      <div className={styles.row}>
        <Button onClick={() => update(set('seed', state.seed >= LIMITS.seed.max ? 0 : state.seed + 1))} data-action="regenerate">
          ⟳ {w.regenerate}
        </Button>
        <span className={styles.muted} data-testid="seed">{w.seed(state.seed)}</span>
      </div>
      {!pictures ? (
        <div className={styles.row}>
          {/* own points are all drawn, editable, over the plot: train and test alike */}
          {!isOwn(state.dataset) ? <Toggle label={w.showTest} checked={state.showTest} onChange={(v) => update(set('showTest', v))} /> : null}
          {problem === 'classification' ? <Toggle label={w.discrete} checked={state.discrete} onChange={(v) => update(set('discrete', v))} /> : null}
        </div>
      ) : null}
    </div>
  );
}
