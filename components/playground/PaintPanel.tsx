'use client';

import { useMemo, useState } from 'react';
import type { Locale } from '@/lib/i18n';
import type { Network } from '@/lib/nn';
import { BREEDS, renderDog, type OwnPicture } from '@/lib/nn/datasets/index';
import { formatNumber } from '@/lib/format';
import type { Away } from '@/lib/playground/away';
import { SIDE } from '@/lib/playground/model';
import { Button } from '@/components/controls/Button';
import { Segmented } from '@/components/controls/Segmented';
import { BreedBars } from './BreedBars';
import { OwnDrawings } from './OwnDrawings';
import { openPicture } from './openPicture';
import { PaintGrid } from './PaintGrid';
import { pictureWords } from './pictureWords';
import { FileButton } from './FileButton';
import styles from './Playground.module.css';

const SHADES = { black: 0, grey: 0.5, white: 1 } as const;
type Shade = keyof typeof SHADES;

/**
 * Paint a 16 × 16 dog (or start from a drawn one) and read the trained network's breed
 * probabilities; with `onDrawings`, add the painting to the training set as a breed.
 */
export function PaintPanel({ lang, network, drawings, away, onDrawings }: {
  lang: Locale;
  /** what the link said of drawings it left out */
  away?: Away | null;
  network: Network | null;
  drawings?: readonly OwnPicture[];
  onDrawings?: (next: OwnPicture[]) => void;
}) {
  const p = pictureWords[lang];
  const [pixels, setPixels] = useState<number[]>(() => renderDog({ breed: 0, seed: 7 }).pixels);
  const [shade, setShade] = useState<Shade>('white');
  const [next, setNext] = useState(1);
  const [opened, setOpened] = useState('');
  const open = async (file: File) => {
    const result = await openPicture(file);
    if ('problem' in result) return setOpened(p.pictureProblem(result.problem));
    setPixels(result.pixels);
    setOpened(p.pictureOpened(file.name.slice(0, 60)));
  };
  // the output layer is a softmax, so predict gives the probabilities directly
  const probabilities = useMemo(() => (network ? network.predict([pixels])[0]! : null), [network, pixels]);
  const paint = (k: number) => setPixels((old) => (old[k] === SHADES[shade] ? old : old.map((v, j) => (j === k ? SHADES[shade] : v))));
  const breed = BREEDS[next % BREEDS.length]!;
  return (
    <div className={styles.paintPanel} data-testid="paint-panel">
      <div className={styles.stack}>
        <PaintGrid pixels={pixels} side={SIDE} label={p.paintGrid} onPaint={paint}
          cursorLabel={(row, col, value) => p.cursorAt(row, col, formatNumber(value))} />
        <Segmented label={p.brush} value={shade} onChange={setShade}
          options={(Object.keys(SHADES) as Shade[]).map((s) => ({ value: s, label: p.shades[s] }))} />
        <div className={styles.row}>
          <Button onClick={() => setPixels(new Array<number>(SIDE * SIDE).fill(0))} data-action="clear">{p.clear}</Button>
          <Button data-action="sample" onClick={() => {
            setPixels(renderDog({ breed: next % BREEDS.length, seed: 7 + next }).pixels);
            setNext(next + 1);
          }}>{p.sample(breed[lang])}</Button>
        </div>
        <div className={styles.row}>
          <FileButton label={p.openPicture} accept="image/png,image/*" testId="open-picture" onFile={(file) => void open(file)} />
        </div>
        <p className={styles.hint}>{p.pictureHint}</p>
        <p className={styles.message} role="status" data-testid="picture-message">{opened}</p>
      </div>
      <BreedBars lang={lang} probabilities={probabilities} />
      {onDrawings ? <OwnDrawings lang={lang} pixels={pixels} drawings={drawings ?? []} away={away} onDrawings={onDrawings} /> : null}
    </div>
  );
}
