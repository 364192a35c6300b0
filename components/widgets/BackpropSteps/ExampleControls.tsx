'use client';

import type { Locale } from '@/lib/i18n';
import { SliderField } from '@/components/controls/SliderField';
import { Segmented } from '@/components/controls/Segmented';
import { RANGES } from './manifest';
import type { words } from './words';
import styles from '../stops/stops.module.css';
import own from './BackpropSteps.module.css';

/** The example (three inputs and the right answer) and the step size, all changeable. */
export function ExampleControls({
  inputs, target, lr, lang, words: w, onInput, onTarget, onEta,
}: {
  inputs: number[];
  target: number;
  lr: number;
  lang: Locale;
  words: (typeof words)[Locale];
  onInput: (index: number, value: number) => void;
  onTarget: (target: number) => void;
  onEta: (lr: number) => void;
}) {
  return (
    <div className={`${styles.controls} ${own.controls}`}>
      {inputs.map((a, i) => (
        <SliderField key={i} label={w.input(i + 1)} value={a} {...RANGES.input} lang={lang} signed onChange={(v) => onInput(i, v)} />
      ))}
      <SliderField label={w.lr} value={lr} {...RANGES.lr} lang={lang} onChange={onEta} />
      <Segmented
        label={w.target}
        options={[{ value: '1', label: 'y = 1' }, { value: '0', label: 'y = 0' }]}
        value={String(target) as '0' | '1'}
        onChange={(v) => onTarget(Number(v))}
      />
    </div>
  );
}
