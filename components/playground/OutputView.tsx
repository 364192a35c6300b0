import type { Locale } from '@/lib/i18n';
import type { Network } from '@/lib/nn';
import type { Dataset } from '@/lib/nn/datasets/index';
import { isRegression } from '@/lib/playground/model';
import type { PlaygroundState } from '@/lib/playground/table';
import { BoundaryView } from './BoundaryView';
import { OwnEditor } from './OwnEditor';
import { set } from '@/lib/playground/edit';
import type { Update } from './update';
import { ConfusionMatrix } from './ConfusionMatrix';
import { GuessGrid, type Guess } from './GuessGrid';
import { PaintPanel } from './PaintPanel';
import type { PlaygroundWords } from './words';
import styles from './Playground.module.css';

/** What the network does: its boundary over the plane, or its guesses on pictures and on yours. */
export function OutputView({ w, lang, state, grid, data, scores, update }: {
  w: PlaygroundWords;
  lang: Locale;
  state: PlaygroundState;
  grid: Float64Array | null;
  data: Dataset | null;
  scores: { counts: number[][]; guesses: Guess[]; net: Network } | null;
  update: Update;
}) {
  if (state.dataset === 'own') {
    return <OwnEditor lang={lang} points={state.own} onChange={(points) => update(set('own', points))}
      boundary={(overlay) => <BoundaryView w={w} values={grid} data={data} showTest={false} discrete={state.discrete} overlay={overlay} />} />;
  }
  if (state.dataset !== 'dogs') {
    return <BoundaryView w={w} values={grid} data={data} showTest={state.showTest} discrete={state.discrete} regression={isRegression(state.dataset)} />;
  }
  if (!data) return <p className={styles.hint} data-testid="drawing">{w.drawing}</p>;
  return (
    <div className={styles.stack}>
      {scores ? <GuessGrid lang={lang} guesses={scores.guesses} size={56} /> : null}
      {scores ? <ConfusionMatrix lang={lang} counts={scores.counts} /> : null}
      <PaintPanel lang={lang} network={scores?.net ?? null} />
    </div>
  );
}
