'use client';

import { useState } from 'react';
import { activate, weightedSum } from '@/lib/nn';
import { formatNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n';
import { Segmented } from '@/components/controls/Segmented';
import { SliderField } from '@/components/controls/SliderField';
import { accepts } from '@/lib/scenes/limits';
import { useWidgetState } from '../state';
import { NeuronSignal as manifest, SIGNAL } from './manifest';
import { WidgetFrame } from '../WidgetFrame';
import { SignalDiagram } from './SignalDiagram';
import { BIAS, WEIGHTS } from './neuron';
import { words } from './words';
import styles from './NeuronSignal.module.css';

const DEPTHS = ['0', '1', '2'] as const;

/** Chapter 1: three signals arrive, the neuron sums them and passes one signal on. */
export function NeuronSignal({ lang }: { lang: Locale }) {
  // Shared widget state: the projector and the presenter window show the same inputs.
  const [inputs, setInputs] = useWidgetState<number[]>('inputs', [0.8, 0.3, 0.5]);
  // Chapter 1 says the reader can't see inside yet: the inside is revealed a step at a time.
  const [depth, setDepth] = useWidgetState('depth', 0, accepts(manifest.scene.state.depth));
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

  const summary = w.summary(inputs.map((a) => formatNumber(a)), depth > 0 ? formatNumber(z) : null, formatNumber(y));
  const terms = inputs.map((a, i) => `${formatNumber(WEIGHTS[i]!, 1)}×${formatNumber(a)}`).join(' + ');
  return (
    <WidgetFrame
      name="NeuronSignal"
      title={w.title}
      summary={summary}
    >
      <SignalDiagram inputs={inputs} weights={[...WEIGHTS]} sum={z} output={y} pulse={pulse} depth={depth} label={summary} lang={lang} />
      <div className={styles.controls}>
        {inputs.map((a, i) => (
          <SliderField
            key={i}
            label={w.input(i + 1)}
            value={a}
            {...SIGNAL}
            lang={lang}
            signed
            onChange={(value) => setInput(i, value)}
          />
        ))}
      </div>
      <Segmented
        label={w.look}
        options={DEPTHS.map((d) => ({ value: d, label: w.depth[Number(d)]! }))}
        value={String(depth) as (typeof DEPTHS)[number]}
        onChange={(d) => setDepth(Number(d))}
      />
      {depth > 0 ? (
        <p className={styles.formula} data-testid="neuron-sum">
          <span className={styles.symbol}>z</span> = {terms.replace(/\+ −/g, '− ')} {BIAS < 0 ? '−' : '+'}{' '}
          {formatNumber(Math.abs(BIAS), 1)} = <output className={styles.value}>{formatNumber(z)}</output>
        </p>
      ) : null}
      <p className={styles.formula} data-testid="neuron-output">
        {w.passOn}{' '}
        {depth > 1 ? (
          <>
            <span className={styles.symbol}>ŷ</span> = σ(<span className={styles.symbol}>z</span>) ={' '}
          </>
        ) : null}
        <output className={styles.value}>{formatNumber(y)}</output>
        {depth === 1 ? <span className={styles.later}> {w.later}</span> : null}
      </p>
    </WidgetFrame>
  );
}
