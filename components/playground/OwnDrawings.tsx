'use client';

import { useState } from 'react';
import type { Locale } from '@/lib/i18n';
import { BREEDS, type OwnPicture } from '@/lib/nn/datasets/index';
import { LINK_DRAWINGS, MAX_DRAWINGS, drawingsFile, parseDrawings, roundPixels, withoutDrawing } from '@/lib/playground/drawings';
import type { Away } from '@/lib/playground/away';
import { SIDE } from '@/lib/playground/model';
import { Button } from '@/components/controls/Button';
import { Segmented } from '@/components/controls/Segmented';
import { save } from './FilePanel';
import { PixelCanvas } from './PixelCanvas';
import { pictureWords } from './pictureWords';
import { FileButton } from './FileButton';
import styles from './Playground.module.css';

/** A drawings file of MAX_DRAWINGS pictures is about 70 kB; anything far larger is not one. */
const MAX_BYTES = 1_000_000;

/**
 * The painted picture added to the training set as a breed of the reader's choice, and
 * drawings saved to or opened from a file. Any change starts a fresh run on the new set.
 */
export function OwnDrawings({ lang, pixels, drawings, away = null, onDrawings }: {
  lang: Locale;
  /** what the link said of drawings it left out (they are in the drawings file) */
  away?: Away | null;
  /** the picture on the canvas now */
  pixels: readonly number[];
  drawings: readonly OwnPicture[];
  onDrawings: (next: OwnPicture[]) => void;
}) {
  const p = pictureWords[lang];
  const [breed, setBreed] = useState<string>(BREEDS[0]!.id);
  const [message, setMessage] = useState('');
  const label = BREEDS.findIndex((b) => b.id === breed);
  const full = drawings.length >= MAX_DRAWINGS;
  const add = () => {
    if (full) return setMessage(p.ownFull(MAX_DRAWINGS));
    onDrawings([...drawings, { label, pixels: roundPixels(pixels) }]);
    setMessage(p.ownAdded(BREEDS[label]![lang], drawings.length + 1));
  };
  const open = async (file: File) => {
    if (file.size > MAX_BYTES) return setMessage(p.ownProblem({ kind: 'not-json' }));
    const result = parseDrawings(await file.text(), MAX_DRAWINGS - drawings.length);
    if ('problem' in result) return setMessage(p.ownProblem(result.problem, MAX_DRAWINGS - drawings.length));
    onDrawings([...drawings, ...result.drawings]);
    setMessage(p.ownOpened(result.drawings.length));
  };
  return (
    <div className={styles.stack} data-testid="own-drawings" data-count={drawings.length}>
      <Segmented label={p.ownBreed} value={breed} onChange={setBreed}
        options={BREEDS.map((b) => ({ value: b.id, label: b[lang] }))} />
      <div className={styles.row}>
        <Button onClick={add} disabled={full} data-action="add-drawing">{p.ownAdd(BREEDS[label]![lang])}</Button>
      </div>
      <p className={styles.hint}>{p.ownCount(drawings.length, MAX_DRAWINGS)}</p>
      {drawings.length ? (
        <ul className={styles.cellPictures} aria-label={p.ownListTitle}>
          {drawings.map((d, k) => (
            <li key={k} className={styles.ownDrawing}>
              <PixelCanvas values={d.pixels} side={SIDE} mode="grey" size={32} label={p.ownItem(k + 1, BREEDS[d.label]![lang])} />
              <button type="button" className={styles.removeOne} aria-label={p.ownRemoveOne(k + 1, BREEDS[d.label]![lang])} data-action="remove-drawing"
                onClick={(event) => {
                  // focus stays in the list: on the next drawing's button (or the one before)
                  const list = event.currentTarget.closest('ul');
                  onDrawings(withoutDrawing(drawings, k));
                  setMessage(p.ownRemovedOne(k + 1, drawings.length - 1));
                  requestAnimationFrame(() => (list?.querySelectorAll('button')[Math.min(k, drawings.length - 2)] as HTMLElement | undefined)?.focus());
                }}>×</button>
            </li>
          ))}
        </ul>
      ) : null}
      {drawings.length > LINK_DRAWINGS ? <p className={styles.note} data-testid="own-not-in-link">{p.ownNotInLink(LINK_DRAWINGS)}</p> : null}
      {drawings.length === 0 && away ? <p className={styles.note} role="status" data-testid="drawings-away">{p.ownAway(away.count)}</p> : null}
      <div className={styles.row}>
        <Button disabled={!drawings.length} data-action="save-drawings"
          onClick={() => save(drawingsFile(drawings), 'application/json', 'my-dog-drawings.json')}>⬇ {p.ownSave}</Button>
        <FileButton label={p.ownOpen} accept="application/json,.json" testId="open-drawings" onFile={(file) => void open(file)} />
        <Button disabled={!drawings.length} data-action="remove-drawings"
          onClick={() => { onDrawings([]); setMessage(p.ownRemoved); }}>{p.ownRemove}</Button>
      </div>
      <p className={styles.message} role="status" data-testid="own-message">{message}</p>
    </div>
  );
}
