'use client';

import type { Locale } from '@/lib/i18n';
import { Button } from '@/components/controls/Button';
import { Segmented } from '@/components/controls/Segmented';
import { SliderField } from '@/components/controls/SliderField';
import { accepts } from '@/lib/scenes/limits';
import { useWidgetState } from '../state';
import { WidgetFrame } from '../WidgetFrame';
import { BackpropChain as manifest, RANGES } from './manifest';
import { START_PARAMS, START_TARGET, START_X, runChain } from './chain';
import { ChainDiagram } from './ChainDiagram';
import { ChainLedger } from './ChainLedger';
import { results, working } from './formula';
import { PHASE, STAGES } from './stages';
import { words } from './words';
import { StagePanel } from '../stops/StagePanel';
import { StageProgress } from '../stops/StageProgress';
import styles from '../stops/stops.module.css';
import own from './BackpropChain.module.css';

/**
 * Chapter 7: one example through two neurons in a row (1 → 1 → 1), forwards, then the blame
 * back through the output neuron, through the weight w₂, and through my own sigmoid to my weight.
 * Every number is the engine's (lib/nn backwardTrace and gradients).
 */
const { state } = manifest.scene;

export function BackpropChain({ lang }: { lang: Locale }) {
  // Shared widget state: a story step (or the other presentation window) may set any of these.
  const [x, setX] = useWidgetState('x', START_X, accepts(state.x));
  const [w2, setW2] = useWidgetState('w2', START_PARAMS.w2, accepts(state.w2));
  const [target, setTarget] = useWidgetState('target', START_TARGET, accepts(state.target));
  const [stage, setStage] = useWidgetState('stage', 0, accepts(state.stage));
  const w = words[lang];
  const params = { ...START_PARAMS, w2 };
  const chain = runChain(params, x, target);
  const id = STAGES[stage]!;
  const narration = w.narrate(id, chain, params, x, target);
  const last = stage === STAGES.length - 1;
  const startOver = () => {
    setX(START_X);
    setW2(START_PARAMS.w2);
    setTarget(START_TARGET);
    setStage(0);
  };

  return (
    <WidgetFrame name="BackpropChain" title={w.title} summary={w.summary(w.stage[id], narration)}>
      <div className={`${styles.controls} ${own.controls}`}>
        <SliderField label={w.input} value={x} {...RANGES.x} lang={lang} signed onChange={setX} />
        <SliderField label={w.weight2} value={w2} {...RANGES.w2} lang={lang} signed onChange={setW2} />
        <Segmented
          label={w.target}
          options={[{ value: '1', label: 'y = 1' }, { value: '0', label: 'y = 0' }]}
          value={String(target) as '0' | '1'}
          onChange={(v) => setTarget(Number(v))}
        />
      </div>
      <StageProgress stages={STAGES} phaseOf={PHASE} current={stage} label={w.progress} names={w.stage} phases={w.phase} onGo={setStage} />
      <ChainDiagram stage={stage} x={x} params={params} target={target} chain={chain} me={w.me} label={narration} />
      {/* Above the panel: its height varies by stop, so the buttons never move under a finger. */}
      <div className={styles.nav}>
        <Button onClick={() => setStage(stage - 1)} disabled={stage === 0}>← {w.back}</Button>
        <Button primary onClick={() => setStage(stage + 1)} disabled={last}>{w.next} →</Button>
        <Button onClick={startOver}>{w.restart}</Button>
      </div>
      <StagePanel
        short
        testPrefix="bc"
        heading={`${stage + 1}/${STAGES.length} · ${w.stage[id]}`}
        lines={working(id, chain, params, x, target)}
        results={results(id, chain)}
        narration={narration}
      />
      <ChainLedger stage={stage} params={params} chain={chain} caption={w.ledger} />
    </WidgetFrame>
  );
}
