'use client';

import { useState } from 'react';
import type { Locale } from '@/lib/i18n';
import type { Dataset } from '@/lib/nn/datasets/index';
import { isRegression } from '@/lib/playground/model';
import { set } from '@/lib/playground/edit';
import type { PlaygroundState } from '@/lib/playground/table';
import { BoundaryView } from './BoundaryView';
import { OwnEditor } from './OwnEditor';
import { CellPictures } from './CellPictures';
import { ConfusionMatrix, type Cell } from './ConfusionMatrix';
import { GuessGrid } from './GuessGrid';
import { PaintPanel } from './PaintPanel';
import type { PictureScores } from './usePictureScores';
import type { Update } from './update';
import type { PlaygroundWords } from './words';
import styles from './Playground.module.css';

/** What the network does: its boundary over the plane, or its guesses on pictures and on yours. */
export function OutputView({ w, lang, state, grid, data, scores, update }: {
  w: PlaygroundWords;
  lang: Locale;
  state: PlaygroundState;
  grid: Float64Array | null;
  data: Dataset | null;
  scores: PictureScores | null;
  update: Update;
}) {
  const [cell, setCell] = useState<Cell | null>(null);
  if (state.dataset === 'own') {
    return <OwnEditor lang={lang} points={state.own} away={state.ownAway} onChange={(points) => update(set('own', points))}
      boundary={(overlay) => <BoundaryView w={w} values={grid} data={data} showTest={false} discrete={state.discrete} overlay={overlay} />} />;
  }
  if (state.dataset === 'ownvalue') {
    return <OwnEditor lang={lang} kind="value" points={state.values} away={state.valuesAway} onChange={(points) => update(set('values', points))}
      boundary={(overlay) => <BoundaryView w={w} values={grid} data={data} showTest={false} discrete={false} regression overlay={overlay} />} />;
  }
  if (state.dataset !== 'dogs') {
    return <BoundaryView w={w} values={grid} data={data} showTest={state.showTest} discrete={state.discrete} regression={isRegression(state.dataset)} />;
  }
  // the painting stays while the pictures are drawn again (adding a drawing changes the set)
  return (
    <div className={styles.stack}>
      {!data ? <p className={styles.hint} data-testid="drawing">{w.drawing}</p> : null}
      {scores ? <GuessGrid lang={lang} guesses={scores.guesses} size={56} /> : null}
      {scores ? <ConfusionMatrix lang={lang} counts={scores.counts} picked={cell}
        onPick={(next) => setCell(cell && cell[0] === next[0] && cell[1] === next[1] ? null : next)} /> : null}
      {/* a cell that training (or a new run) has emptied shows nothing until pictures come back to it */}
      {scores && cell && scores.counts[cell[0]]![cell[1]]! > 0 ? <CellPictures lang={lang} scores={scores} cell={cell} /> : null}
      <PaintPanel lang={lang} network={scores?.net ?? null} drawings={state.drawings} away={state.drawingsAway}
        onDrawings={(next) => update(set('drawings', next))} />
    </div>
  );
}
