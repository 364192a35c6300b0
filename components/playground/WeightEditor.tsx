'use client';

import { useId, useState } from 'react';
import type { Locale } from '@/lib/i18n';
import type { FeatureName, NetworkJSON } from '@/lib/nn';
import { formatNumber, inputMessage, parseNumberInput } from '@/lib/format';
import { layerName } from './DiagramView';
import { pictureWords } from './pictureWords';
import type { PlaygroundWords } from './words';
import styles from './Playground.module.css';

/** A neuron picked in the diagram (`count` tells one pick from the next of the same neuron). */
export interface Picked {
  layer: number;
  neuron: number;
  count: number;
}

/** Typed weights stay within this range: larger ones only saturate every neuron after them. */
const LIMIT = 100;

/**
 * Pick a neuron and one of its inputs (or its bias) to read the current value; type a new
 * one and press Enter to train on from the edited network.
 */
export function WeightEditor({ w, lang, network, pictures, features = ['x1', 'x2'], onEdit, picked = null }: {
  w: PlaygroundWords;
  lang: Locale;
  network: NetworkJSON;
  pictures: boolean;
  /** the input features a 2-D set's first layer takes, to name its inputs */
  features?: readonly FeatureName[];
  onEdit: (edited: NetworkJSON, what: string) => void;
  picked?: Picked | null;
}) {
  const p = pictureWords[lang];
  const id = useId();
  const [target, setTarget] = useState('0:0');
  const [source, setSource] = useState(-1); // −1: the bias
  const [draft, setDraft] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  // a pick in the diagram chooses the neuron, as the list would (adjusting state while rendering)
  const [seenPick, setSeenPick] = useState<Picked | null>(null);
  if (picked !== seenPick) {
    setSeenPick(picked);
    if (picked) {
      setTarget(`${picked.layer}:${picked.neuron}`);
      setDraft(null);
    }
  }
  const count = network.layers.length;
  const [l, j] = target.split(':').map(Number) as [number, number];
  const layer = network.layers[Math.min(l, count - 1)]!;
  const neuron = Math.min(j, layer.biases.length - 1);
  const inputs = layer.weights[0]!.length;
  const from = Math.min(source, inputs - 1);
  const inputLabel = (i: number) =>
    l === 0 ? (pictures ? p.pixel(i + 1) : w.input(w.featureNames[features[i] ?? 'x1'])) : p.neuronIn(layerName(w, l - 1, count), i + 1);
  const value = from < 0 ? layer.biases[neuron]! : layer.weights[neuron]![from]!;
  const commit = (text: string) => {
    const parsed = parseNumberInput(text, -LIMIT, LIMIT);
    if (!parsed.ok) return setMessage(inputMessage(lang, parsed.reason));
    const edited = structuredClone(network);
    const at = edited.layers[l]!;
    if (from < 0) at.biases[neuron] = parsed.value;
    else at.weights[neuron]![from] = parsed.value;
    const what = `${p.neuronOption(layerName(w, l, count), neuron + 1)}, ${from < 0 ? p.bias : inputLabel(from)}`;
    setDraft(null);
    setMessage(p.edited(what, formatNumber(parsed.value, 4)) + (parsed.clamped ? ` ${inputMessage(lang, 'clamped', { value: String(parsed.value), min: String(-LIMIT), max: String(LIMIT) })}` : ''));
    onEdit(edited, what);
  };
  return (
    <fieldset className={styles.editor} data-testid="weight-editor">
      <legend className={styles.subhead}>{p.editorTitle}</legend>
      <p className={styles.hint}>{p.editorHint}</p>
      <div className={styles.editorRow}>
        <label className={styles.fieldLabel}>{p.toNeuron}
          <select className={styles.select} value={`${l}:${neuron}`} onChange={(e) => { setTarget(e.target.value); setDraft(null); }}>
            {network.layers.map((lay, li) => lay.biases.map((_, ni) => (
              <option key={`${li}:${ni}`} value={`${li}:${ni}`}>{p.neuronOption(layerName(w, li, count), ni + 1)}</option>
            )))}
          </select>
        </label>
        <label className={styles.fieldLabel}>{p.fromInput}
          <select className={styles.select} value={from} onChange={(e) => { setSource(Number(e.target.value)); setDraft(null); }}>
            <option value={-1}>{p.bias}</option>
            {Array.from({ length: inputs }, (_, i) => <option key={i} value={i}>{p.inputOption(inputLabel(i))}</option>)}
          </select>
        </label>
        <label className={styles.fieldLabel} htmlFor={`${id}-value`}>{p.weightValue}</label>
        <input id={`${id}-value`} className={styles.number} type="text" inputMode="decimal" aria-describedby={`${id}-msg`}
          value={draft ?? formatNumber(value, 4).replace('−', '-')} data-testid="weight-value"
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => { if (e.key === 'Enter' && draft !== null) commit(draft); if (e.key === 'Escape') setDraft(null); }} />
      </div>
      <p id={`${id}-msg`} className={styles.message} role="status">{message}</p>
    </fieldset>
  );
}
