'use client';

import { useMemo } from 'react';
import { formatNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n';
import { Button } from '@/components/controls/Button';
import { SliderField } from '@/components/controls/SliderField';
import { NetworkDiagram } from '@/components/charts/NetworkDiagram';
import { useWidgetState } from '../state';
import { WidgetFrame } from '../WidgetFrame';
import { LayerReadout } from './LayerReadout';
import { SIGNAL } from './manifest';
import { NETWORK_JSON, START_INPUTS, createNetwork } from './network';
import { usePlayback } from './usePlayback';
import { words } from './words';
import styles from './LayerSignals.module.css';

const LAST = NETWORK_JSON.layers.length;

/** Chapter 3: four numbers go in, and a forward pass lights the network up layer by layer. */
export function LayerSignals({ lang }: { lang: Locale }) {
  const w = words[lang];
  const network = useMemo(() => createNetwork(), []);
  const [inputs, setInputs] = useWidgetState<number[]>('inputs', [...START_INPUTS]);
  const { stage, playing, back, forward, reset, toggle } = usePlayback(LAST);
  const trace = useMemo(() => network.forwardTrace(inputs), [network, inputs]);

  const describe = (column: number, index: number) => {
    if (column === 0) return `${w.input(index + 1)} = ${formatNumber(inputs[index]!)}`;
    if (column > stage) return `${w.stages[column]}, ${w.neuron(index + 1)}: ${w.notYet}`;
    const bias = NETWORK_JSON.layers[column - 1]!.biases[index]!;
    return w.describe(w.stages[column]!, index + 1, formatNumber(bias), formatNumber(trace.sums[column - 1]![index]!),
      formatNumber(trace.outputs[column - 1]![index]!));
  };
  const shown = stage === 0
    ? inputs.map((a, i) => `a${i + 1} = ${formatNumber(a)}`)
    : trace.sums[stage - 1]!.map((z, j) => `${w.neuron(j + 1)}: z = ${formatNumber(z)}, ${w.passes} ${formatNumber(trace.outputs[stage - 1]![j]!)}`);

  return (
    <WidgetFrame name="LayerSignals" title={w.title} summary={w.summary(w.narration[stage]!, shown.join('; '))}>
      <div className={styles.inputs}>
        {inputs.map((a, i) => (
          <SliderField
            key={i}
            label={w.input(i + 1)}
            value={a}
            {...SIGNAL}
            lang={lang}
            onChange={(value) => setInputs((old) => old.map((v, k) => (k === i ? value : v)))}
          />
        ))}
      </div>
      <ol className={styles.track} aria-label={w.title}>
        {w.stages.map((name, s) => (
          <li key={name} aria-current={s === stage ? 'step' : undefined} data-done={s <= stage ? '' : undefined}>
            {name}
          </li>
        ))}
      </ol>
      <NetworkDiagram
        layers={NETWORK_JSON.layers}
        values={{ sums: trace.sums, outputs: [inputs, ...trace.outputs] }}
        lit={stage}
        label={w.diagram}
        width={420}
        height={250}
        describe={describe}
        note={(column, index) => (column === 0 ? null : `z = ${formatNumber(trace.sums[column - 1]![index]!)}`)}
      />
      {/* aria-disabled, not disabled: a button that vanishes from the tab order would drop the keyboard's focus. */}
      <div className={styles.buttons}>
        <Button onClick={back} aria-disabled={stage === 0}>
          {w.back}
        </Button>
        <Button primary onClick={forward} aria-disabled={stage === LAST}>
          {w.forward}
        </Button>
        <Button onClick={toggle}>
          {playing ? w.pause : w.play}
        </Button>
        <Button onClick={reset}>{w.reset}</Button>
      </div>
      <LayerReadout stage={stage} inputs={inputs} trace={trace} network={NETWORK_JSON} lang={lang} />
    </WidgetFrame>
  );
}
