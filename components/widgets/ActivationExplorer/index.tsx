'use client';

import { activate, activationDerivative } from '@/lib/nn';
import { formatNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n';
import { SliderField } from '@/components/controls/SliderField';
import { Segmented } from '@/components/controls/Segmented';
import { Toggle } from '@/components/controls/Toggle';
import { accepts } from '@/lib/scenes/limits';
import { useWidgetState } from '../state';
import { ActivationExplorer as manifest } from './manifest';
import { WidgetFrame } from '../WidgetFrame';
import { ActivationPlot } from './ActivationPlot';
import { ALPHA_RANGE, FUNCTIONS, Z_RANGE, reading, type FunctionName } from './functions';
import { NeedleMeter } from './NeedleMeter';
import { ValueTable } from './ValueTable';
import { words } from './words';
import styles from './ActivationExplorer.module.css';

/** Chapter 4: one input z through four activations, with the needle-and-pain picture beside them. */
export function ActivationExplorer({ lang }: { lang: Locale }) {
  // Shared state: a story step or the other presentation window may set any of these.
  const [z, setZ] = useWidgetState('z', 1.5);
  // Steeper than the engine's default 0.01 so the leak is visible on the plot at first sight.
  const [alpha, setAlpha] = useWidgetState('alpha', 0.1);
  const [derivatives, setDerivatives] = useWidgetState('derivatives', false);
  const [meterFn, setMeterFn] = useWidgetState<FunctionName>('meterFn', 'sigmoid', accepts(manifest.scene.state.meterFn));
  const w = words[lang];
  const zText = formatNumber(z);
  const name = (fn: FunctionName) => (fn === 'leakyRelu' ? `${w.names[fn]} (α = ${formatNumber(alpha)})` : w.names[fn]);
  const values = FUNCTIONS.map((fn) => `${name(fn)} ${formatNumber(activate(fn, z, alpha), 3)}`);
  const slopes = derivatives ? FUNCTIONS.map((fn) => `${w.names[fn]} ${formatNumber(activationDerivative(fn, z, alpha), 3)}`) : null;
  const meterSlope = formatNumber(activationDerivative(meterFn, z, alpha), 3);
  const story = w.reading[reading(meterFn, z, alpha)](w.names[meterFn], meterSlope);

  return (
    <WidgetFrame name="ActivationExplorer" title={w.title} summary={w.summary(zText, values, slopes, story)}>
      <div className={styles.body}>
        <ActivationPlot z={z} alpha={alpha} derivatives={derivatives} names={w.names} label={w.plot(zText)} legendDerivative={w.legendDerivative} />
        <div className={styles.options}>
          <SliderField label={w.z} value={z} {...Z_RANGE} lang={lang} signed onChange={setZ} />
          <SliderField label={w.alpha} value={alpha} {...ALPHA_RANGE} lang={lang} onChange={setAlpha} />
          <Toggle label={w.derivatives} checked={derivatives} onChange={setDerivatives} />
        </div>
        <div className={styles.lower}>
          <ValueTable z={z} alpha={alpha} derivatives={derivatives} names={w.names} headers={w} chosen={meterFn} />
          <div>
            <Segmented label={w.meterFor} options={FUNCTIONS.map((fn) => ({ value: fn, label: w.names[fn] }))} value={meterFn} onChange={setMeterFn} />
            <NeedleMeter z={z} alpha={alpha} fn={meterFn} painLabel={w.pain} label={w.needle(zText, w.names[meterFn], formatNumber(activate(meterFn, z, alpha)))} />
          </div>
        </div>
        <p className={styles.reading} data-testid="meter-reading">
          {story}
        </p>
      </div>
    </WidgetFrame>
  );
}

