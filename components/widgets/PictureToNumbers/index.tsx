'use client';

import { useId, useMemo, useState } from 'react';
import { weightedSum } from '@/lib/nn';
import { BREEDS } from '@/lib/nn/datasets';
import { formatNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n';
import { Button } from '@/components/controls/Button';
import { Segmented } from '@/components/controls/Segmented';
import { useWidgetState } from '../state';
import { WidgetFrame } from '../WidgetFrame';
import { InputColumn } from './InputColumn';
import { NeuronPanel } from './NeuronPanel';
import { NEURON } from './neuron';
import { PixelGrid } from './PixelGrid';
import { PixelImage } from './PixelImage';
import { SIDE, pictureFor } from './recipe';
import { BRUSHES, BRUSH_NAMES, type Brush } from './brushes';
import { words } from './words';
import { ZoomPanel } from './ZoomPanel';
import styles from './PictureToNumbers.module.css';

/** Chapter 3: a dog picture becomes 256 grey levels, the input column a neuron sums up. */
export function PictureToNumbers({ lang }: { lang: Locale }) {
  const w = words[lang];
  const readoutId = useId();
  // Shared state (a story step or the other presentation window may set it). `painted` is
  // [] while the picture is untouched, so a step that only names a breed shows that breed.
  const [storedBreed, setBreed] = useWidgetState('breed', 0);
  const [storedPicture, setPicture] = useWidgetState('picture', 0);
  const [painted, setPainted] = useWidgetState<number[]>('pixels', []);
  const [storedBrush, setBrush] = useWidgetState<Brush>('brush', '1');
  const [cursor, setCursor] = useState(0);
  const [hover, setHover] = useState<number | null>(null);
  const breed = BREEDS[storedBreed] ? storedBreed : 0;
  const picture = Number.isInteger(storedPicture) && storedPicture >= 0 ? storedPicture : 0;
  const brush = BRUSHES.includes(storedBrush) ? storedBrush : '1';
  const original = useMemo(() => pictureFor(breed, picture), [breed, picture]);
  const pixels = painted.length === original.length ? painted : original;

  const show = (nextBreed: number, nextPicture: number) => {
    setBreed(nextBreed);
    setPicture(nextPicture);
    setPainted([]);
  };
  const paint = (index: number) => {
    const value = Number(brush);
    setPainted((old) => {
      const base = old.length === original.length ? old : original;
      return base[index] === value ? old : base.map((v, k) => (k === index ? value : v));
    });
    setCursor(index);
  };

  const z = weightedSum(pixels, NEURON.weights, NEURON.bias);
  const focus = hover ?? cursor;
  const name = BREEDS[breed]![lang];
  const place = (index: number) => w.row(Math.floor(index / SIDE) + 1, (index % SIDE) + 1);
  return (
    <WidgetFrame
      name="PictureToNumbers"
      title={w.title}
      summary={w.summary(name, picture + 1, cursor + 1, Math.floor(cursor / SIDE) + 1, (cursor % SIDE) + 1, formatNumber(pixels[cursor]!), formatNumber(z))}
    >
      <div className={styles.wrap}>
        <div className={styles.controls}>
          <Segmented
            label={w.breed}
            options={BREEDS.map((b) => ({ value: b.id, label: b[lang] }))}
            value={BREEDS[breed]!.id}
            onChange={(id) => show(BREEDS.findIndex((b) => b.id === id), 0)}
          />
          <div className={styles.buttons}>
            <Button onClick={() => show(breed, picture + 1)}>{w.another}</Button>
            <Button onClick={() => show(breed, picture)}>{w.restore}</Button>
          </div>
        </div>
        <div className={styles.stages}>
          <figure className={styles.picture}>
            <figcaption className={styles.step}>{w.stepPicture}</figcaption>
            <PixelImage values={pixels} side={SIDE} mode="grey" smooth size={132} label={w.pictureLabel(name, picture + 1)} />
            <p className={styles.small}>
              {name} · {w.pictureNo(picture + 1)}
            </p>
          </figure>
          <figure className={styles.pixels}>
            <figcaption className={styles.step}>{w.stepGrid}</figcaption>
            <PixelGrid
              values={pixels}
              side={SIDE}
              cursor={cursor}
              hover={hover}
              label={w.gridLabel}
              describedBy={readoutId}
              onCursor={(index) => {
              setCursor(index);
              setHover(null); // the keyboard takes over from a pointer resting on the grid
            }}
              onHover={setHover}
              onPaint={paint}
            />
            <p id={readoutId} className={styles.readout} data-testid="pixel-readout">
              {place(focus)} → a<sub>{focus + 1}</sub> = <b>{formatNumber(pixels[focus]!)}</b>
            </p>
          </figure>
          <figure className={styles.inputs}>
            <figcaption className={styles.step}>{w.stepColumn}</figcaption>
            <InputColumn values={pixels} focus={focus} label={w.column} />
          </figure>
        </div>
        <div className={styles.tools}>
          <ZoomPanel values={pixels} side={SIDE} focus={focus} caption={w.zoom} />
          <div className={styles.brush}>
            <Segmented
              label={w.brush}
              options={BRUSHES.map((value) => ({ value, label: w.brushes[BRUSH_NAMES[value]] }))}
              value={brush}
              onChange={setBrush}
            />
            <p className={styles.small}>{w.paintHint}</p>
          </div>
        </div>
        <NeuronPanel pixels={pixels} z={z} focus={focus} lang={lang} />
      </div>
    </WidgetFrame>
  );
}
