'use client';

import { formatNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n';
import { SliderField } from '@/components/controls/SliderField';
import { useWidgetState } from '../state';
import { WidgetFrame } from '../WidgetFrame';
import { breakdown, type NeuronSetting } from './breakdown';
import { Formula } from './Formula';
import { Presets } from './Presets';
import { INPUT, WEIGHT } from './manifest';
import { PRESETS, matchingPreset } from './presets';
import { TermBars } from './TermBars';
import { words } from './words';
import styles from './NeuronCalculator.module.css';

const replace = (list: readonly number[], i: number, value: number) => list.map((v, j) => (j === i ? value : v));

/** Chapter 2: set my inputs, weights and bias and watch the weighted sum build up term by term. */
export function NeuronCalculator({ lang }: { lang: Locale }) {
  // Three keys, not one object, so a story step's numbers can glide (see manifest.ts).
  const [inputs, setInputs] = useWidgetState<readonly number[]>('inputs', PRESETS.picnic.inputs);
  const [weights, setWeights] = useWidgetState<readonly number[]>('weights', PRESETS.picnic.weights);
  const [bias, setBias] = useWidgetState('bias', PRESETS.picnic.bias);
  const setting: NeuronSetting = { inputs, weights, bias };
  const w = words[lang];
  const parts = breakdown(setting);
  const active = matchingPreset(setting);
  const pick = (preset: NeuronSetting) => {
    setInputs(preset.inputs);
    setWeights(preset.weights);
    setBias(preset.bias);
  };
  const list = (values: readonly number[]) => values.map((v) => formatNumber(v));

  const slider = (label: string, value: number, range: { min: number; max: number; step: number }, onChange: (v: number) => void) => (
    <SliderField key={label} label={label} value={value} {...range} lang={lang} signed onChange={onChange} />
  );
  const pairs = setting.inputs.flatMap((a, i) => [
    slider(w.input(i + 1), a, INPUT, (v) => setInputs((old) => replace(old, i, v))),
    slider(w.weight(i + 1), setting.weights[i]!, WEIGHT, (v) => setWeights((old) => replace(old, i, v))),
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
      <Presets label={w.presets} names={w.preset} active={active} caption={active ? w.story[active] : w.custom} onPick={(id) => pick(PRESETS[id])} />
      <div className={styles.sliders}>
        {pairs}
        {slider(w.bias, setting.bias, WEIGHT, setBias)}
      </div>
    </WidgetFrame>
  );
}
