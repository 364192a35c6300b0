'use client';

import { useState } from 'react';
import type { Locale } from '@/lib/i18n';
import { BREEDS } from '@/lib/nn/datasets/index';
import { cellMembers } from '@/lib/playground/inspect';
import { SIDE } from '@/lib/playground/model';
import { BreedBars } from './BreedBars';
import type { Cell } from './ConfusionMatrix';
import { PixelCanvas } from './PixelCanvas';
import { pictureWords } from './pictureWords';
import type { PictureScores } from './usePictureScores';
import styles from './Playground.module.css';

/** Drawn at most this many at once: a cell can hold every test picture, and 256 canvases is a long page on a phone. */
export const CELL_SHOWN = 48;

/**
 * The test pictures in one matrix cell (true breed × guessed breed), drawn small; clicking one
 * shows its scores for every breed. Off the diagonal these are the network's mistakes themselves.
 */
export function CellPictures({ lang, scores, cell }: { lang: Locale; scores: PictureScores; cell: Cell }) {
  const p = pictureWords[lang];
  const [actual, guessed] = cell;
  const members = cellMembers(scores.outputs, scores.labels, actual, guessed);
  const [chosen, setChosen] = useState<number | null>(null);
  // a picture chosen in another cell (or before the network changed) is not shown here
  const open = chosen !== null && members.includes(chosen) ? chosen : null;
  const names = BREEDS.map((b) => b[lang]);
  return (
    <section className={styles.stack} data-testid="cell-pictures" data-cell={`${actual}-${guessed}`}>
      <p className={styles.subhead}>{p.cellTitle(names[actual]!, names[guessed]!, members.length)}</p>
      {members.length > CELL_SHOWN ? <p className={styles.hint}>{p.cellFirst(CELL_SHOWN, members.length)}</p> : null}
      <ul className={styles.cellPictures}>
        {members.slice(0, CELL_SHOWN).map((k) => (
          <li key={k}>
            <button type="button" className={styles.cellPicture} data-index={k} aria-pressed={open === k}
              aria-label={p.testPicture(k + 1, names[actual]!, names[guessed]!)} onClick={() => setChosen(open === k ? null : k)}>
              <PixelCanvas values={scores.inputs[k]!} side={SIDE} mode="grey" size={40} label="" />
            </button>
          </li>
        ))}
      </ul>
      {open !== null ? (
        <div data-testid="cell-picture-scores" data-index={open}>
          <p className={styles.hint}>{p.scoresOf(open + 1)}</p>
          <BreedBars lang={lang} probabilities={scores.outputs[open]!} />
        </div>
      ) : null}
    </section>
  );
}
