'use client';

import { useState } from 'react';
import { activate, weightedSum } from '@/lib/nn';
import { formatNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n';
import { SliderField } from '@/components/controls/SliderField';
import { useWidgetState } from '../state';
import { WidgetFrame } from '../WidgetFrame';
import { SignalDiagram } from './SignalDiagram';
import { words } from './words';
import styles from './NeuronSignal.module.css';

/** The neuron's own weights and bias in chapter 1; chapter 2 lets the reader change them. */
const WEIGHTS = [0.9, -0.6, 0.4] as const;
const BIAS = -0.1;

/** Chapter 1: three signals arrive, the neuron sums them and passes one signal on. */
export function NeuronSignal({ lang }: { lang: Locale }) {
  // Shared widget state: the projector and the presenter window show the same inputs.
  const [inputs, setInputs] = useWidgetState<number[]>('inputs', [0.8, 0.3, 0.5]);
  // A pulse runs on every change of the inputs, made here or in the other presentation window.
  const [pulse, setPulse] = useState(0);
  const [pulsed, setPulsed] = useState(inputs);
  if (pulsed !== inputs) {
    setPulsed(inputs);
    setPulse((p) => p + 1);
  }
  const z = weightedSum(inputs, [...WEIGHTS], BIAS);
  const y = activate('sigmoid', z);
  const w = words[lang];

  const setInput = (i: number, value: number) => {
    setInputs((old) => old.map((v, j) => (j === i ? value : v)));
  };

  const terms = inputs.map((a, i) => `${formatNumber(WEIGHTS[i]!, 1)}×${formatNumber(a)}`).join(' + ');
  return (
    <WidgetFrame
      name="NeuronSignal"
      title={w.title}
      summary={w.summary(inputs.map((a) => formatNumber(a)), formatNumber(z), formatNumber(y))}
    >
      <SignalDiagram inputs={inputs} weights={[...WEIGHTS]} sum={z} output={y} pulse={pulse} lang={lang} />
      <div className={styles.controls}>
        {inputs.map((a, i) => (
          <SliderField
            key={i}
            label={w.input(i + 1)}
            value={a}
            min={-1}
            max={1}
            step={0.05}
            lang={lang}
            signed
            onChange={(value) => setInput(i, value)}
          />
        ))}
      </div>
      <p className={styles.formula} data-testid="neuron-sum">
        <span className={styles.symbol}>z</span> = {terms.replace(/\+ −/g, '− ')} {BIAS < 0 ? '−' : '+'}{' '}
        {formatNumber(Math.abs(BIAS), 1)} = <output className={styles.value}>{formatNumber(z)}</output>
      </p>
      <p className={styles.formula} data-testid="neuron-output">
        {w.passOn} <span className={styles.symbol}>y</span> = σ(<span className={styles.symbol}>z</span>) ={' '}
        <output className={styles.value}>{formatNumber(y)}</output>
      </p>
    </WidgetFrame>
  );
}
