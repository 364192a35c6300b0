'use client';

import { useState } from 'react';
import { formatNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n';
import { SliderField } from '@/components/controls/SliderField';
import { WidgetFrame } from '../WidgetFrame';
import { breakdown, type NeuronSetting } from './breakdown';
import { Formula } from './Formula';
import { Presets } from './Presets';
import { PRESETS, matchingPreset } from './presets';
import { TermBars } from './TermBars';
import { words } from './words';
import styles from './NeuronCalculator.module.css';

// Steps of 0.1 keep every product exact at two decimals, so the printed terms add up to
// the printed total; a typed value may be finer. Weights reach ±2 for the picnic's −2.
const INPUT = { min: -1, max: 1, step: 0.1 };
const WEIGHT = { min: -2, max: 2, step: 0.1 };

const replace = (list: readonly number[], i: number, value: number) => list.map((v, j) => (j === i ? value : v));

/** Chapter 2: set my inputs, weights and bias and watch the weighted sum build up term by term. */
export function NeuronCalculator({ lang }: { lang: Locale }) {
  const [setting, setSetting] = useState<NeuronSetting>(PRESETS.picnic);
  const w = words[lang];
  const parts = breakdown(setting);
  const active = matchingPreset(setting);
  const list = (values: readonly number[]) => values.map((v) => formatNumber(v));

  const slider = (label: string, value: number, range: typeof INPUT, onChange: (v: number) => void) => (
    <SliderField key={label} label={label} value={value} {...range} lang={lang} signed onChange={onChange} />
  );
  const pairs = setting.inputs.flatMap((a, i) => [
    slider(w.input(i + 1), a, INPUT, (v) => setSetting((s) => ({ ...s, inputs: replace(s.inputs, i, v) }))),
    slider(w.weight(i + 1), setting.weights[i]!, WEIGHT, (v) => setSetting((s) => ({ ...s, weights: replace(s.weights, i, v) }))),
  ]);

  return (
    <WidgetFrame
      name="NeuronCalculator"
      title={w.title}
      summary={w.summary(list(setting.inputs), list(setting.weights), formatNumber(setting.bias), list(parts.terms), formatNumber(parts.z))}
    >
      <div className={styles.top}>
        <div className={styles.bars}>
          <TermBars parts={parts} bias={setting.bias} label={w.bars(list(parts.terms), formatNumber(setting.bias), formatNumber(parts.z))} />
        </div>
        <Formula setting={setting} parts={parts} />
      </div>
      <Presets label={w.presets} names={w.preset} active={active} caption={active ? w.story[active] : w.custom} onPick={(id) => setSetting(PRESETS[id])} />
      <div className={styles.sliders}>
        {pairs}
        {slider(w.bias, setting.bias, WEIGHT, (v) => setSetting((s) => ({ ...s, bias: v })))}
      </div>
    </WidgetFrame>
  );
}
